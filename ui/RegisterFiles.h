#pragma once

#include "Clock.h"
#include "Result.h"
#include "storage/Database.h"
#include "storage/RegisterSettings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace bevilling {

// Creating, opening and demo registers, with the questions a person must answer on the way.
class RegisterFiles
{
    Q_DECLARE_TR_FUNCTIONS(RegisterFiles)
public:
    // A new, empty register at `path` (which must not exist) with the municipality's settings and
    // its rule set seeded from `rulePreset` (RuleSets::presetNames()).
    static Result<std::unique_ptr<Database>> create(const QString &path, const RegisterInfo &info, const Clock &clock,
                                                    const QString &rulePreset = QStringLiteral("national"));

    // <AppLocalDataLocation>/demo.sqlite
    static QString demoPath();
    // Creates the demo register at `path` with fictional licences (the file must not exist).
    static Result<std::unique_ptr<Database>> createDemo(const QString &path, const Clock &clock);
    // The demo register: created when missing, otherwise opened like any file (asking about locks).
    static std::unique_ptr<Database> openDemo(QWidget *parent, const Clock &clock);

    // Opens an existing register file and settles problems with the user: a lock held by
    // someone else offers read-only; a damaged, foreign or too new file is explained (with its
    // path, never touched) and another file may be chosen. Null when nothing was opened.
    static std::unique_ptr<Database> open(QWidget *parent, const QString &path);
    // Asks for a file with the file dialog and opens it as open() does.
    static std::unique_ptr<Database> chooseAndOpen(QWidget *parent, const QString &startDirectory);

    // The register's municipality name (or the file name) and whether it is a demo.
    static RegisterInfo infoOf(const Database &db, const Clock &clock);

private:
    static void removeFiles(const QString &path);
};

} // namespace bevilling
