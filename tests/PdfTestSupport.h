#pragma once

// Reading the PDFs the program writes (letters, reports) in tests: the bytes, the text and the page
// count through poppler's pdftotext and pdfinfo (poppler-utils, installed by scripts/common.sh).
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace bevilling::test {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a poppler tool prints for the file; a null string when the tool cannot be run or fails.
inline QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with whitespace folded (lines wrap where the layout wants).
inline QString pdfText(const QString &path)
{
    return popplerOutput(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

// The number of pages pdfinfo reports, or -1.
inline int pdfPages(const QString &path)
{
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace bevilling::test
