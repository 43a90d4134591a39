#include "RegisterFiles.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "demo/DemoData.h"
#include "storage/FeeRateRepository.h"
#include "storage/RuleSetRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace bevilling {

void RegisterFiles::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Result<std::unique_ptr<Database>> RegisterFiles::create(const QString &path, const RegisterInfo &info, const Clock &clock,
                                                        const QString &rulePreset)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        return makeError(Database::ErrorIo,
                         tr("%1 already exists. Choose another name, or open the existing file instead.")
                             .arg(QDir::toNativeSeparators(absolute)));
    }
    Database::Options options;
    options.createIfMissing = true;
    Result<std::unique_ptr<Database>> opened = Database::open(absolute, options);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    RegisterSettings settings(*db, clock);
    Status saved = settings.save(info);
    if (saved)
        saved = RuleSetRepository(*db, clock).seed(rulePreset);
    if (saved)
        saved = FeeRateRepository(*db, clock).seed();
    if (!saved) {
        db.reset();
        removeFiles(absolute); // our own, just created, empty file
        return saved.error();
    }
    return db;
}

QString RegisterFiles::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo.sqlite"));
}

Result<std::unique_ptr<Database>> RegisterFiles::createDemo(const QString &path, const Clock &clock)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return makeError(Database::ErrorIo, tr("%1 already exists.").arg(QDir::toNativeSeparators(absolute)));
    Result<std::unique_ptr<Database>> opened = Database::open(absolute, Database::Options{});
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    const Status populated = DemoData::populate(*db, clock);
    if (!populated) {
        db.reset();
        removeFiles(absolute); // our own, half-filled demo file
        return populated.error();
    }
    return db;
}

std::unique_ptr<Database> RegisterFiles::openDemo(QWidget *parent, const Clock &clock)
{
    const QString path = demoPath();
    if (QFileInfo::exists(path))
        return open(parent, path);
    Result<std::unique_ptr<Database>> created = createDemo(path, clock);
    if (!created) {
        MessageBox::critical(parent, tr("Demo register"),
                             tr("The demo register could not be created: %1").arg(created.error().message));
        return nullptr;
    }
    return std::move(created).value();
}

std::unique_ptr<Database> RegisterFiles::open(QWidget *parent, const QString &path)
{
    QString current = path;
    while (!current.isEmpty()) {
        Database::Options options;
        options.createIfMissing = false;
        Result<std::unique_ptr<Database>> opened = Database::open(current, options);
        if (opened)
            return std::move(opened).value();

        const Error &error = opened.error();
        if (error.code == Database::ErrorLocked) {
            const MessageBox::Button answer = MessageBox::show(
                parent, MessageBox::Icon::Warning, tr("Register in use"),
                error.message + QStringLiteral("\n\n")
                    + tr("Open it read-only to look things up, or cancel and try again when the other window has "
                         "closed it."),
                {MessageBox::OpenReadOnly, MessageBox::Cancel}, MessageBox::OpenReadOnly);
            if (answer != MessageBox::OpenReadOnly)
                return nullptr;
            options.access = Database::Access::ReadOnly;
            Result<std::unique_ptr<Database>> readOnly = Database::open(current, options);
            if (readOnly)
                return std::move(readOnly).value();
            const MessageBox::Button again =
                MessageBox::show(parent, MessageBox::Icon::Critical, tr("Could not open the register"),
                                 readOnly.error().message, {MessageBox::OpenOther, MessageBox::Cancel}, MessageBox::Cancel);
            if (again != MessageBox::OpenOther)
                return nullptr;
        } else {
            QString text = error.message;
            if (!text.contains(QDir::toNativeSeparators(QFileInfo(current).absoluteFilePath()))
                && !text.contains(QFileInfo(current).absoluteFilePath()))
                text = tr("%1: %2").arg(QDir::toNativeSeparators(QFileInfo(current).absoluteFilePath()), text);
            text += QStringLiteral("\n\n") + tr("The file has not been changed. You can open another file.");
            const MessageBox::Button answer =
                MessageBox::show(parent, MessageBox::Icon::Critical, tr("Could not open the register"), text,
                                 {MessageBox::OpenOther, MessageBox::Cancel}, MessageBox::OpenOther);
            if (answer != MessageBox::OpenOther)
                return nullptr;
        }
        current = FileDialog::getOpenFileName(parent, tr("Open register"), QFileInfo(current).absolutePath());
    }
    return nullptr;
}

std::unique_ptr<Database> RegisterFiles::chooseAndOpen(QWidget *parent, const QString &startDirectory)
{
    const QString path = FileDialog::getOpenFileName(parent, tr("Open register"), startDirectory);
    if (path.isEmpty())
        return nullptr;
    return open(parent, path);
}

RegisterInfo RegisterFiles::infoOf(const Database &db, const Clock &clock)
{
    const Result<RegisterInfo> info = RegisterSettings(db, clock).load();
    return info ? *info : RegisterInfo();
}

} // namespace bevilling
