#include "CaseUiSupport.h"

#include "storage/Database.h"
#include "storage/RuleSetRepository.h"

#include <QLocale>

namespace bevilling {

CaseEnvironment CaseEnvironment::load(const Database &db, const Clock &clock)
{
    CaseEnvironment environment;
    const Result<rules::RuleSet> ruleSet = RuleSetRepository(db, clock).current();
    if (!ruleSet)
        return environment;
    if (const rules::RuleSetVersion *version = ruleSet->versionOn(clock.today())) {
        environment.rules = *version;
        const rules::RuleSettings &settings = version->settings;
        environment.periodReading = settings.periodReading;
        environment.clock.targetDays = settings.processingTargetDays;
        environment.clock.pauseWhileIncomplete = settings.pauseClockWhileIncomplete;
        environment.clock.pauseWhileAwaitingStatements = settings.pauseClockForStatements;
        if (settings.statementReplyDays > 0)
            environment.statementReplyDays = settings.statementReplyDays;
    }
    return environment;
}

QString CaseUiTexts::fileSize(qint64 bytes)
{
    const QLocale norwegian(QLocale::NorwegianBokmal, QLocale::Norway);
    if (bytes < 1024)
        return tr("%1 byte").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 kB").arg(norwegian.toString(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MB").arg(norwegian.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace bevilling
