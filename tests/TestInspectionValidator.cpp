#include "TestSupport.h"
#include "inspections/InspectionValidator.h"

#include <QTest>

#include <functional>

using namespace bevilling;

namespace {

const QDate kToday(2026, 6, 15);

using Change = std::function<void(Inspection &, QList<Inspector> &)>;

QList<Inspector> inspectors()
{
    Inspector a;
    a.id = 1;
    a.name = QStringLiteral("Anne Kontrollør");
    a.knowledgeTestPassed = QDate(2024, 2, 1);
    Inspector b;
    b.id = 2;
    b.name = QStringLiteral("Bjørn Kontrollør");
    b.knowledgeTestPassed = QDate(2025, 3, 1);
    return {a, b};
}

// A complete serving inspection without problems: two inspectors, 22:00-01:30, report sent.
Inspection validInspection()
{
    Inspection in;
    in.licenceId = 7;
    in.number = QStringLiteral("K-2026-001");
    in.date = QDate(2026, 6, 5);
    in.start = QTime(22, 0);
    in.end = QTime(1, 30);
    in.type = rules::InspectionType::Serving;
    in.inspectorIds = {1, 2};
    in.checklist = {{QStringLiteral("age_checks"), true, true, {}}, {QStringLiteral("intoxication"), true, true, {}}};
    in.reportSent = QDate(2026, 6, 8);
    return in;
}

InspectionFinding intoxicationFinding()
{
    InspectionFinding f;
    f.code = QStringLiteral("intoxicated_served");
    f.description = QStringLiteral("Gjest fikk servert øl");
    IntoxicationSigns s;
    s.speech = QStringLiteral("snøvlete tale");
    s.balance = QStringLiteral("ustø gange");
    s.served = QStringLiteral("0,5 l pils");
    s.when = QTime(23, 40);
    f.signs = s;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestInspectionValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validHasNoProblems();
    void problems_data();
    void problems();
    void bareConclusion_data();
    void bareConclusion();
};

void TestInspectionValidator::validHasNoProblems()
{
    const Licence licence = test::makeServingLicence();
    const QList<InspectionProblem> problems = InspectionValidator::check(validInspection(), inspectors(), &licence, kToday);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
}

void TestInspectionValidator::problems_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("noLicence");
    QTest::addColumn<QString>("field"); // empty: no problem at all
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("warning");

    auto row = [](const char *name, Change change, const QString &field = {}, const QString &code = {}, bool warning = false,
                  bool noLicence = false) { QTest::newRow(name) << change << noLicence << field << code << warning; };
    using V = InspectionValidator;
    const QString date = QStringLiteral("date");
    const QString end = QStringLiteral("end");

    row("no licence", [](Inspection &, QList<Inspector> &) {}, QStringLiteral("licence"), V::CodeLicence, false, true);
    row("licence id 0", [](Inspection &in, QList<Inspector> &) { in.licenceId = 0; }, QStringLiteral("licence"), V::CodeLicence);
    row("date missing", [](Inspection &in, QList<Inspector> &) { in.date = QDate(); in.reportSent = QDate(); }, date,
        V::CodeDateMissing);
    row("date today", [](Inspection &in, QList<Inspector> &) { in.date = kToday; in.reportSent = QDate(); });
    row("date tomorrow", [](Inspection &in, QList<Inspector> &) { in.date = kToday.addDays(1); in.reportSent = QDate(); },
        date, V::CodeDateFuture);
    row("start missing", [](Inspection &in, QList<Inspector> &) { in.start = QTime(); }, QStringLiteral("start"),
        V::CodeTimeMissing);
    row("end missing", [](Inspection &in, QList<Inspector> &) { in.end = QTime(); }, end, V::CodeTimeMissing);
    row("end equals start", [](Inspection &in, QList<Inspector> &) { in.end = in.start; }, end, V::CodeEndEqualsStart);
    row("end after start same evening", [](Inspection &in, QList<Inspector> &) { in.end = QTime(23, 59); });
    row("end 05:59 after 22:00", [](Inspection &in, QList<Inspector> &) { in.end = QTime(5, 59); });
    row("end 06:00 after 22:00", [](Inspection &in, QList<Inspector> &) { in.end = QTime(6, 0); }, end, V::CodeEndBeforeStart);
    row("end 00:00 after 22:00", [](Inspection &in, QList<Inspector> &) { in.end = QTime(0, 0); });
    row("end 13:00 before 14:00 start",
        [](Inspection &in, QList<Inspector> &) { in.start = QTime(14, 0); in.end = QTime(13, 0); }, end,
        V::CodeEndBeforeStart);
    row("end one minute after start", [](Inspection &in, QList<Inspector> &) { in.end = QTime(22, 1); });
    row("no inspector", [](Inspection &in, QList<Inspector> &) { in.inspectorIds.clear(); }, QStringLiteral("inspectors"),
        V::CodeNoInspector);
    row("unknown inspector", [](Inspection &in, QList<Inspector> &) { in.inspectorIds = {1, 99}; },
        QStringLiteral("inspectors[1]"), V::CodeUnknownInspector);
    row("serving with one inspector", [](Inspection &in, QList<Inspector> &) { in.inspectorIds = {1}; },
        QStringLiteral("inspectors"), V::CodeSingleInspector);
    row("serving with one inspector confirmed",
        [](Inspection &in, QList<Inspector> &) { in.inspectorIds = {1}; in.confirmedSingleInspector = true; },
        QStringLiteral("inspectors"), V::CodeSingleInspector, true);
    row("sales with one inspector",
        [](Inspection &in, QList<Inspector> &) { in.inspectorIds = {1}; in.type = rules::InspectionType::Sales; });
    row("inspector without knowledge test",
        [](Inspection &, QList<Inspector> &all) { all[1].knowledgeTestPassed = QDate(); }, QStringLiteral("inspectors[1]"),
        V::CodeInspectorUntested, true);
    row("unknown finding code",
        [](Inspection &in, QList<Inspector> &) { in.findings = {{0, QStringLiteral("smoking"), QStringLiteral("x"), {}}}; },
        QStringLiteral("findings[0].code"), V::CodeUnknownFinding);
    row("finding without description", [](Inspection &in, QList<Inspector> &) {
        in.findings = {{0, QStringLiteral("minor"), QStringLiteral("  "), {}}}; },
        QStringLiteral("findings[0].description"), V::CodeDescriptionMissing);
    row("underage finding without signs", [](Inspection &in, QList<Inspector> &) {
        in.findings = {{0, QStringLiteral("minor"), QStringLiteral("17-åring fikk øl"), {}}}; });
    row("intoxication finding complete", [](Inspection &in, QList<Inspector> &) { in.findings = {intoxicationFinding()}; });
    row("intoxication finding without signs", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.signs.reset();
        in.findings = {f}; }, QStringLiteral("findings[0].signs"), V::CodeSignsMissing);
    row("intoxication finding with empty signs", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.signs = IntoxicationSigns{};
        in.findings = {f}; }, QStringLiteral("findings[0].signs"), V::CodeSignsMissing);
    row("intoxication finding with bare conclusion", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.signs->speech = QStringLiteral("Beruset.");
        f.signs->balance.clear();
        in.findings = {f}; }, QStringLiteral("findings[0].signs"), V::CodeBareConclusion);
    row("intoxicated served without what", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.signs->served.clear();
        in.findings = {f}; }, QStringLiteral("findings[0].signs.served"), V::CodeServedMissing);
    row("intoxicated served without when", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.signs->when = QTime();
        in.findings = {f}; }, QStringLiteral("findings[0].signs.when"), V::CodeServedMissing);
    row("intoxicated admitted needs no served", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.code = QStringLiteral("intoxicated_admitted");
        f.signs->served.clear();
        f.signs->when = QTime();
        in.findings = {f}; });
    row("second finding is named", [](Inspection &in, QList<Inspector> &) {
        InspectionFinding f = intoxicationFinding();
        f.signs.reset();
        in.findings = {intoxicationFinding(), f}; }, QStringLiteral("findings[1].signs"), V::CodeSignsMissing);
    row("unknown checklist key", [](Inspection &in, QList<Inspector> &) { in.checklist[0].key = QStringLiteral("music"); },
        QStringLiteral("checklist[0].key"), V::CodeUnknownChecklist);
    row("checklist not in order without finding", [](Inspection &in, QList<Inspector> &) { in.checklist[1].inOrder = false; },
        QStringLiteral("checklist[1]"), V::CodeChecklistWithoutFinding, true);
    row("checklist not in order with finding", [](Inspection &in, QList<Inspector> &) {
        in.checklist[1].inOrder = false;
        in.findings = {intoxicationFinding()}; });
    row("checklist not checked is not a remark", [](Inspection &in, QList<Inspector> &) {
        in.checklist[1].checked = false;
        in.checklist[1].inOrder = false; });
    row("report sent on the seventh day", [](Inspection &in, QList<Inspector> &) { in.reportSent = in.date.addDays(7); });
    row("report sent on the eighth day", [](Inspection &in, QList<Inspector> &) { in.reportSent = in.date.addDays(8); },
        QStringLiteral("report_sent"), V::CodeReportLate, true);
    row("report not sent, due today", [](Inspection &in, QList<Inspector> &) {
        in.date = kToday.addDays(-7);
        in.reportSent = QDate(); });
    row("report not sent, overdue", [](Inspection &in, QList<Inspector> &) {
        in.date = kToday.addDays(-8);
        in.reportSent = QDate(); }, QStringLiteral("report_sent"), V::CodeReportLate, true);
    row("report sent before the inspection", [](Inspection &in, QList<Inspector> &) { in.reportSent = in.date.addDays(-1); },
        QStringLiteral("report_sent"), V::CodeReportDate);
    row("report sent tomorrow", [](Inspection &in, QList<Inspector> &) {
        in.date = kToday;
        in.reportSent = kToday.addDays(1); }, QStringLiteral("report_sent"), V::CodeReportDate);
    row("comments before report", [](Inspection &in, QList<Inspector> &) { in.commentsReceived = in.reportSent.addDays(-1); },
        QStringLiteral("comments_received"), V::CodeCommentsDate);
    row("comments after report", [](Inspection &in, QList<Inspector> &) { in.commentsReceived = in.reportSent.addDays(3); });
    row("comments in the future", [](Inspection &in, QList<Inspector> &) { in.commentsReceived = kToday.addDays(1); },
        QStringLiteral("comments_received"), V::CodeCommentsDate);
}

void TestInspectionValidator::problems()
{
    QFETCH(Change, change);
    QFETCH(bool, noLicence);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(bool, warning);

    Inspection in = validInspection();
    QList<Inspector> all = inspectors();
    change(in, all);
    const Licence licence = test::makeServingLicence();
    const QList<InspectionProblem> problems = InspectionValidator::check(in, all, noLicence ? nullptr : &licence, kToday);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().field + QStringLiteral(": ")
                                                                                        + problems.first().message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    const InspectionProblem &p = problems.first();
    QCOMPARE(p.field, field);
    QCOMPARE(p.code, code);
    QCOMPARE(p.warning, warning);
    QVERIFY(!p.message.isEmpty());
    QCOMPARE(InspectionValidator::hasErrors(problems), !warning);
}

void TestInspectionValidator::bareConclusion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bare");
    QTest::newRow("beruset") << QStringLiteral("beruset") << true;
    QTest::newRow("Åpenbart påvirket.") << QStringLiteral("  Åpenbart påvirket. ") << true;
    QTest::newRow("drunk") << QStringLiteral("Drunk") << true;
    QTest::newRow("observation") << QStringLiteral("snøvlete tale, gjentok seg selv") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestInspectionValidator::bareConclusion()
{
    QFETCH(QString, text);
    QFETCH(bool, bare);
    QCOMPARE(InspectionValidator::isBareConclusion(text), bare);
}

QTEST_GUILESS_MAIN(TestInspectionValidator)
#include "TestInspectionValidator.moc"
