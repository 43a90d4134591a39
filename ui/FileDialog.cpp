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

QString run(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setLabelText(QFileDialog::LookIn, FileDialog::tr("Look in:"));
    dialog.setLabelText(QFileDialog::FileName, FileDialog::tr("File name:"));
    dialog.setLabelText(QFileDialog::FileType, FileDialog::tr("Files of type:"));
    dialog.setLabelText(QFileDialog::Reject, FileDialog::tr("Cancel"));
    dialog.setNameFilter(FileDialog::registerFilter());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
} // namespace

QString FileDialog::registerFilter()
{
    return tr("Bevilling registers (*.sqlite *.db)") + QStringLiteral(";;") + tr("All files (*)");
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

bool FileDialog::hasNextFileName()
{
    return nextFileName().has_value();
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory)
{
    if (std::optional<QString> name = takeNextFileName())
        return *name;
    QFileDialog dialog(parent, caption, directory);
    dialog.setObjectName(QStringLiteral("openFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    return run(dialog);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath)
{
    if (std::optional<QString> name = takeNextFileName())
        return *name;
    const QFileInfo suggested(suggestedPath);
    QFileDialog dialog(parent, caption, suggested.absolutePath());
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.setLabelText(QFileDialog::Accept, tr("Save"));
    dialog.selectFile(suggested.fileName());
    // Callers decide about existing files with their own (translated) question.
    dialog.setOption(QFileDialog::DontConfirmOverwrite, true);
    return run(dialog);
}

} // namespace bevilling
