#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>

namespace bevilling {

namespace {
std::optional<QString> &nextFileName()
{
    static std::optional<QString> name;
    return name;
}

std::optional<QStringList> &nextFileNames()
{
    static std::optional<QStringList> names;
    return names;
}

QStringList runMany(QFileDialog &dialog, const QString &filter)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setLabelText(QFileDialog::LookIn, FileDialog::tr("Look in:"));
    dialog.setLabelText(QFileDialog::FileName, FileDialog::tr("File name:"));
    dialog.setLabelText(QFileDialog::FileType, FileDialog::tr("Files of type:"));
    dialog.setLabelText(QFileDialog::Reject, FileDialog::tr("Cancel"));
    dialog.setNameFilter(filter.isEmpty() ? FileDialog::registerFilter() : filter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString run(QFileDialog &dialog, const QString &filter)
{
    const QStringList files = runMany(dialog, filter);
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace

QString FileDialog::registerFilter()
{
    return tr("Bevilling registers (*.sqlite *.db)") + QStringLiteral(";;") + allFilesFilter();
}

QString FileDialog::allFilesFilter()
{
    return tr("All files (*)");
}

QString FileDialog::pdfFilter()
{
    return tr("PDF documents (*.pdf)") + QStringLiteral(";;") + allFilesFilter();
}

std::optional<QString> FileDialog::takeNextFileName()
{
    std::optional<QString> name = nextFileName();
    nextFileName().reset();
    return name;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    nextFileNames() = fileNames;
}

bool FileDialog::hasNextFileName()
{
    return nextFileName().has_value() || nextFileNames().has_value();
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    if (std::optional<QString> name = takeNextFileName())
        return *name;
    QFileDialog dialog(parent, caption, directory);
    dialog.setObjectName(QStringLiteral("openFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    return run(dialog, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                         const QString &filter)
{
    if (std::optional<QStringList> names = nextFileNames()) {
        nextFileNames().reset();
        return *names;
    }
    if (std::optional<QString> name = takeNextFileName())
        return name->isEmpty() ? QStringList() : QStringList{*name};
    QFileDialog dialog(parent, caption, directory);
    dialog.setObjectName(QStringLiteral("openFilesDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    return runMany(dialog, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                    const QString &filter)
{
    if (std::optional<QString> name = takeNextFileName())
        return *name;
    const QFileInfo suggested(suggestedPath);
    QFileDialog dialog(parent, caption, suggested.absolutePath());
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const QString suffix = suggested.suffix();
    dialog.setDefaultSuffix(filter.isEmpty() || suffix.isEmpty() ? QStringLiteral("sqlite") : suffix);
    dialog.setLabelText(QFileDialog::Accept, tr("Save"));
    dialog.selectFile(suggested.fileName());
    // Callers decide about existing files with their own (translated) question.
    dialog.setOption(QFileDialog::DontConfirmOverwrite, true);
    return run(dialog, filter);
}

} // namespace bevilling
