// The case-processing settings of a rule set (docs/rule-set-format.md 3.1): reading, defaults,
// writing only what differs from the defaults, and validation with JSON paths.

#include "RuleSetTestSupport.h"
#include "cases/CaseChecks.h"

#include <QJsonArray>
#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;
using namespace bevilling::test;

class TestCaseRuleSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void readAll();
    void writesOnlyWhatDiffers();
    void roundTrip();
    void baerumPreset();
    void invalid_data();
    void invalid();
};

void TestCaseRuleSettings::defaults()
{
    const RuleSettings s = validRuleSet(ruleSetJson(RuleSetParts())).versions.first().settings;
    QVERIFY(!s.processingTargetDays);
    QVERIFY(s.pauseClockWhileIncomplete);
    QVERIFY(s.pauseClockForStatements);
    QCOMPARE(s.statementReplyDays, 21);
    QVERIFY(s.localPolicies.isEmpty());
    const RuleSettings national = presetRuleSet(QStringLiteral("national")).versions.first().settings;
    QVERIFY(!national.processingTargetDays);
    QVERIFY(national.localPolicies.isEmpty());
}

void TestCaseRuleSettings::readAll()
{
    RuleSetParts p;
    p.settings = R"({"processing_target_days": 60, "pause_clock_while_incomplete": false,
                     "pause_clock_for_statements": false, "statement_reply_days": 14,
                     "local_policies": ["sports_arena_political_decision", "no_serving_retail_opening_hours"]})";
    const RuleSettings s = validRuleSet(ruleSetJson(p)).versions.first().settings;
    QCOMPARE(s.processingTargetDays, std::optional<int>(60));
    QVERIFY(!s.pauseClockWhileIncomplete);
    QVERIFY(!s.pauseClockForStatements);
    QCOMPARE(s.statementReplyDays, 14);
    QCOMPARE(s.localPolicies, (QStringList{CaseChecks::PolicySportsPolitical, CaseChecks::PolicyRetailOpeningHours}));
}

void TestCaseRuleSettings::writesOnlyWhatDiffers()
{
    RuleSet ruleSet = validRuleSet(ruleSetJson(RuleSetParts()));
    QJsonObject settings = RuleSets::toJson(ruleSet)[QStringLiteral("versions")].toArray().first().toObject()
                               [QStringLiteral("settings")].toObject();
    for (const char *key : {"processing_target_days", "pause_clock_while_incomplete", "pause_clock_for_statements",
                            "statement_reply_days", "local_policies"})
        QVERIFY2(!settings.contains(QLatin1String(key)), key);

    RuleSettings &s = ruleSet.versions.first().settings;
    s.processingTargetDays = 45;
    s.pauseClockWhileIncomplete = false;
    s.pauseClockForStatements = false;
    s.statementReplyDays = 30;
    s.localPolicies = {CaseChecks::PolicyChildrenYouth};
    settings = RuleSets::toJson(ruleSet)[QStringLiteral("versions")].toArray().first().toObject()
                   [QStringLiteral("settings")].toObject();
    QCOMPARE(settings.value(QStringLiteral("processing_target_days")).toInt(), 45);
    QCOMPARE(settings.value(QStringLiteral("pause_clock_while_incomplete")), QJsonValue(false));
    QCOMPARE(settings.value(QStringLiteral("pause_clock_for_statements")), QJsonValue(false));
    QCOMPARE(settings.value(QStringLiteral("statement_reply_days")).toInt(), 30);
    QCOMPARE(settings.value(QStringLiteral("local_policies")).toArray(),
             QJsonArray{QStringLiteral("no_permanent_serving_children_youth")});
}

void TestCaseRuleSettings::roundTrip()
{
    RuleSetParts p;
    p.settings = R"({"processing_target_days": 90, "statement_reply_days": 180,
                     "local_policies": ["no_permanent_serving_children_youth"]})";
    const RuleSet first = validRuleSet(ruleSetJson(p));
    const QJsonObject written = RuleSets::toJson(first);
    const Result<RuleSet> second = RuleSets::fromJson(written);
    QVERIFY(second.ok());
    QCOMPARE(RuleSets::toJson(second.value()), written);
    QCOMPARE(second->versions.first().settings.processingTargetDays, std::optional<int>(90));
    QCOMPARE(second->versions.first().settings.statementReplyDays, 180);
}

void TestCaseRuleSettings::baerumPreset()
{
    const RuleSet baerum = presetRuleSet(QStringLiteral("baerum-2020"));
    const RuleSettings &s = baerum.versions.first().settings;
    QCOMPARE(s.localPolicies.size(), 3);
    QVERIFY(s.localPolicies.contains(CaseChecks::PolicyRetailOpeningHours));
    QVERIFY(s.localPolicies.contains(CaseChecks::PolicyChildrenYouth));
    QVERIFY(s.localPolicies.contains(CaseChecks::PolicySportsPolitical));
    QVERIFY(!s.processingTargetDays);
    QCOMPARE(s.statementReplyDays, 21);
}

void TestCaseRuleSettings::invalid_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("target 0") << QByteArray(R"({"processing_target_days": 0})")
                              << "versions[0].settings.processing_target_days"
                              << "versions[0].settings.processing_target_days: must be at least 1";
    QTest::newRow("target 366") << QByteArray(R"({"processing_target_days": 366})")
                                << "versions[0].settings.processing_target_days"
                                << "versions[0].settings.processing_target_days: must be at most 365 (found 366).";
    QTest::newRow("reply 0 days") << QByteArray(R"({"statement_reply_days": 0})")
                                  << "versions[0].settings.statement_reply_days"
                                  << "versions[0].settings.statement_reply_days: must be at least 1";
    QTest::newRow("reply 181 days") << QByteArray(R"({"statement_reply_days": 181})")
                                    << "versions[0].settings.statement_reply_days"
                                    << "versions[0].settings.statement_reply_days: must be at most 180 (found 181).";
    QTest::newRow("pause not a boolean") << QByteArray(R"({"pause_clock_for_statements": "yes"})")
                                         << "versions[0].settings.pause_clock_for_statements"
                                         << "versions[0].settings.pause_clock_for_statements:";
    QTest::newRow("unknown policy")
        << QByteArray(R"({"local_policies": ["sports_arena_political_decision", "no_bars"]})")
        << "versions[0].settings.local_policies[1]"
        << "versions[0].settings.local_policies[1]: unknown value \"no_bars\"; use one of "
           "\"no_serving_retail_opening_hours\", \"no_permanent_serving_children_youth\", "
           "\"sports_arena_political_decision\".";
    QTest::newRow("policy twice")
        << QByteArray(R"({"local_policies": ["no_serving_retail_opening_hours", "no_serving_retail_opening_hours"]})")
        << "versions[0].settings.local_policies[1]"
        << "versions[0].settings.local_policies[1]: \"no_serving_retail_opening_hours\" is listed twice.";
    QTest::newRow("policies not a list") << QByteArray(R"({"local_policies": "no_serving_retail_opening_hours"})")
                                         << "versions[0].settings.local_policies"
                                         << "versions[0].settings.local_policies:";
}

void TestCaseRuleSettings::invalid()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, field);
    QFETCH(QString, message);
    RuleSetParts p;
    p.settings = settings;
    const Result<RuleSet> result = RuleSets::fromJson(jsonObject(ruleSetJson(p)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestCaseRuleSettings)
#include "TestCaseRuleSettings.moc"
