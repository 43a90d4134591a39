#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace bevilling {

// File dialogs with our own translated labels, and a seam for tests: a name given with
// setNextFileName() is returned by the next dialog without showing it (an empty name means
// the user cancelled).
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)
public:
    // `filter` defaults to registerFilter(); pass allFilesFilter() or pdfFilter() for other files.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter = {});
    // Several existing files at once (attachments). The test seam: setNextFileNames(), or a single
    // setNextFileName().
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter = {});

    // "Bevilling registers (*.sqlite *.db);;All files (*)"
    static QString registerFilter();
    // "All files (*)"
    static QString allFilesFilter();
    // "PDF documents (*.pdf)"
    static QString pdfFilter();

    static void setNextFileName(const QString &fileName);
    static void setNextFileNames(const QStringList &fileNames);
    static bool hasNextFileName();

private:
    static std::optional<QString> takeNextFileName();
};

} // namespace bevilling
