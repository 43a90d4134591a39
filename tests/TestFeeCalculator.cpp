// FeeCalculator: the year's invoice lines from licences, turnover reports and cases (rules.md D,
// worked examples 11-16, decisions.md 8 and 10).
#include "TestSupport.h"

#include "cases/Case.h"
#include "fees/FeeLine.h"
#include "rules/RuleSet.h"

#include <QtTest>

using namespace bevilling;

namespace {

GroupLitres litres(double g1, double g2, double g3)
{
    GroupLitres l;
    l.group[0] = g1;
    l.group[1] = g2;
    l.group[2] = g3;
    return l;
}

Licence servingLicence(qint64 id, const QString &number)
{
    Licence l = test::makeServingLicence(number);
    l.id = id;
    l.validFrom = QDate(2016, 1, 1);
    l.validTo = QDate(2028, 9, 30);
    return l;
}

Licence saleLicence(qint64 id, const QString &number)
{
    Licence l = servingLicence(id, number);
    l.kind = LicenceKind::Sale;
    l.groups = Group1;
    l.premises.type = PremisesType::Shop;
    return l;
}

TurnoverReport received(qint64 licenceId, int year, std::optional<GroupLitres> actual,
                        std::optional<GroupLitres> expected, const QDate &on = {})
{
    TurnoverReport r;
    r.licenceId = licenceId;
    r.year = year;
    r.receivedOn = on.isValid() ? on : QDate(year, 2, 15);
    r.actual = actual;
    r.expected = expected;
    return r;
}

rules::FeeRules baerumFees()
{
    const Result<rules::RuleSet> set = rules::RuleSets::preset(QStringLiteral("baerum-2020"));
    Q_ASSERT(set.ok());
    return set->versionOn(QDate(2024, 1, 1))->fees;
}

FeeInput inputFor(int year)
{
    FeeInput in;
    in.year = year;
    in.rates = &rules::FeeRateTable::national();
    in.deadline = ReportDeadline{QDate(year, 3, 1), true};
    in.asOf = QDate(year, 4, 15);
    return in;
}

QList<FeeLine> linesOf(const FeeAssessment &a, FeeLineKind kind)
{
    QList<FeeLine> out;
    for (const FeeLine &l : a.lines) {
        if (l.kind == kind)
            out.append(l);
    }
    return out;
}

bool hasProblem(const FeeAssessment &a, const QString &code)
{
    for (const FeeProblem &p : a.problems) {
        if (p.code == code)
            return true;
    }
    return false;
}

Case grantedCase(qint64 id, CaseType type, qint64 licenceId, const QDate &event)
{
    Case c;
    c.id = id;
    c.number = QStringLiteral("2024-%1").arg(id, 4, 10, QLatin1Char('0'));
    c.type = type;
    c.status = CaseStatus::Decided;
    c.licenceId = licenceId;
    c.application = test::makeServingLicence(QStringLiteral("E-%1").arg(id));
    c.application.kind = type == CaseType::SingleOccasion ? LicenceKind::SingleOccasion : LicenceKind::Travelling;
    c.application.eventName = QStringLiteral("Sommerfest");
    c.application.validFrom = event;
    c.application.validTo = event;
    CaseDecision d;
    d.outcome = DecisionOutcome::Granted;
    d.decidedOn = event.addDays(-20);
    d.validFrom = event;
    d.validTo = event;
    c.decision = d;
    return c;
}

} // namespace

class TestFeeCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void provisional_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("sale");
        QTest::addColumn<double>("g1");
        QTest::addColumn<double>("g2");
        QTest::addColumn<double>("g3");
        QTest::addColumn<double>("amount");
        QTest::addColumn<bool>("minimum");
        QTest::addColumn<QString>("basisPart");

        QTest::newRow("example 11: 2024 serving") << 2024 << false << 20000.0 << 5000.0 << 300.0 << 20326.0 << false
                                                  << QStringLiteral("20 000 l group 1 × kr 0,57 = kr 11 400,00");
        QTest::newRow("example 12: small venue, minimum") << 2024 << false << 2000.0 << 500.0 << 50.0 << 6100.0 << true
                                                          << QStringLiteral("below the minimum fee kr 6 100,00");
        QTest::newRow("example 13: 2017 sale") << 2017 << true << 150000.0 << 0.0 << 0.0 << 30000.0 << false
                                               << QStringLiteral("150 000 l group 1 × kr 0,20 = kr 30 000,00");
        QTest::newRow("exactly the minimum (2017 sale)") << 2017 << true << 7850.0 << 0.0 << 0.0 << 1570.0 << false
                                                         << QStringLiteral("7 850 l group 1");
        QTest::newRow("no litres: minimum") << 2024 << false << 0.0 << 0.0 << 0.0 << 6100.0 << true << QStringLiteral("0 l");
    }
    void provisional()
    {
        QFETCH(int, year);
        QFETCH(bool, sale);
        QFETCH(double, g1);
        QFETCH(double, g2);
        QFETCH(double, g3);
        QFETCH(double, amount);
        QFETCH(bool, minimum);
        QFETCH(QString, basisPart);

        FeeInput in = inputFor(year);
        const Licence l = sale ? saleLicence(1, QStringLiteral("B-1")) : servingLicence(1, QStringLiteral("B-1"));
        in.licences = {l};
        in.reports = {received(1, year, std::nullopt, litres(g1, g2, g3))};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(a->lines.size(), 1);
        const FeeLine &line = a->lines.first();
        QCOMPARE(line.kind, FeeLineKind::Provisional);
        QCOMPARE(line.year, year);
        QCOMPARE(line.basisYear, year);
        QCOMPARE(line.amount, amount);
        QCOMPARE(line.minimumApplied, minimum);
        QCOMPARE(line.licenceNumber, QStringLiteral("B-1"));
        QCOMPARE(line.licenseeName, l.licensee.name);
        QVERIFY(!line.isIssued());
        QVERIFY2(line.basis.contains(basisPart), qPrintable(line.basis));
        QVERIFY(line.basis.startsWith(QStringLiteral("Expected %1: ").arg(year)));
        QCOMPARE(a->total(), amount);
        QVERIFY(a->problems.isEmpty());
    }

    void trueUp_data()
    {
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("actual");
        QTest::addColumn<bool>("hasLine");
        QTest::addColumn<double>("amount");

        QTest::newRow("example 14: extra charge") << 10000.0 << 12000.0 << true << 2820.0;
        QTest::newRow("refund") << 12000.0 << 10000.0 << true << -2820.0;
        QTest::newRow("difference 0: no line") << 10000.0 << 10000.0 << false << 0.0;
        QTest::newRow("both below the minimum: no line") << 100.0 << 200.0 << false << 0.0;
    }
    void trueUp()
    {
        QFETCH(double, expected);
        QFETCH(double, actual);
        QFETCH(bool, hasLine);
        QFETCH(double, amount);

        FeeInput in = inputFor(2024);
        in.licences = {servingLicence(1, QStringLiteral("B-1"))};
        in.reports = {received(1, 2023, litres(0, 9000, 0), litres(0, expected, 0)),
                      received(1, 2024, litres(0, actual, 0), litres(0, 11000, 0))};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        const QList<FeeLine> trueUps = linesOf(*a, FeeLineKind::TrueUp);
        QCOMPARE(trueUps.size(), hasLine ? 1 : 0);
        QCOMPARE(linesOf(*a, FeeLineKind::Provisional).size(), 1);
        if (!hasLine)
            return;
        const FeeLine &line = trueUps.first();
        QCOMPARE(line.year, 2024);
        QCOMPARE(line.basisYear, 2023);
        QCOMPARE(line.amount, amount);
        QVERIFY(line.litres && line.litres->group[1] == actual);
        QVERIFY(line.expectedLitres && line.expectedLitres->group[1] == expected);
        QVERIFY2(line.basis.contains(amount > 0 ? QStringLiteral("extra charge kr 2 820,00") : QStringLiteral("refund kr 2 820,00")),
                 qPrintable(line.basis));
        QVERIFY(line.basis.contains(QStringLiteral("× kr 1,41")));
    }

    void trueUpOffForEveryone()
    {
        FeeInput in = inputFor(2024);
        in.settings.trueUp = false;
        in.licences = {servingLicence(1, QStringLiteral("B-1")), servingLicence(2, QStringLiteral("B-2"))};
        in.reports = {received(1, 2023, std::nullopt, litres(0, 10000, 0)), received(1, 2024, litres(0, 12000, 0), litres(0, 1, 0)),
                      received(2, 2023, std::nullopt, litres(0, 12000, 0)), received(2, 2024, litres(0, 10000, 0), litres(0, 1, 0))};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY(a.ok());
        QCOMPARE(linesOf(*a, FeeLineKind::TrueUp).size(), 0);
        QCOMPARE(linesOf(*a, FeeLineKind::Provisional).size(), 2);

        in.settings.trueUp = true;
        const Result<FeeAssessment> on = FeeCalculator::assess(in);
        QCOMPARE(linesOf(*on, FeeLineKind::TrueUp).size(), 2); // the extra charge and the refund alike
    }

    void licenceLifetime_data()
    {
        QTest::addColumn<QDate>("validFrom");
        QTest::addColumn<QDate>("endedOn");
        QTest::addColumn<bool>("provisional");
        QTest::addColumn<bool>("trueUp");

        QTest::newRow("ended during year - 1: true-up, no provisional") << QDate(2020, 1, 1) << QDate(2023, 8, 31) << false << true;
        QTest::newRow("ended during the year: provisional, whole year") << QDate(2020, 1, 1) << QDate(2024, 5, 31) << true << true;
        QTest::newRow("new licence: no true-up") << QDate(2024, 2, 1) << QDate() << true << false;
    }
    void licenceLifetime()
    {
        QFETCH(QDate, validFrom);
        QFETCH(QDate, endedOn);
        QFETCH(bool, provisional);
        QFETCH(bool, trueUp);

        FeeInput in = inputFor(2024);
        Licence l = servingLicence(1, QStringLiteral("B-1"));
        l.validFrom = validFrom;
        if (endedOn.isValid()) {
            l.endedOn = endedOn;
            l.endReason = EndReason::Surrendered;
        }
        in.licences = {l};
        if (validFrom.year() < 2024)
            in.reports.append(received(1, 2023, std::nullopt, litres(20000, 5000, 300)));
        in.reports.append(received(1, 2024, validFrom.year() < 2024 ? std::optional<GroupLitres>(litres(22000, 5000, 300)) : std::nullopt,
                                   endedOn.isValid() && endedOn.year() < 2024 ? std::nullopt : std::optional<GroupLitres>(litres(20000, 5000, 300))));
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        const QList<FeeLine> p = linesOf(*a, FeeLineKind::Provisional);
        QCOMPARE(p.size(), provisional ? 1 : 0);
        if (provisional)
            QCOMPARE(p.first().amount, 20326.0); // not pro-rated
        QCOMPARE(linesOf(*a, FeeLineKind::TrueUp).size(), trueUp ? 1 : 0);
        if (trueUp)
            QCOMPARE(linesOf(*a, FeeLineKind::TrueUp).first().amount, 2000 * 0.54); // 2023 group 1 rate
    }

    void estimated_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("receivedLate");
        QTest::addColumn<bool>("estimate");

        // Reminder sent 2024-03-05, reply within 14 days: deadline 2024-03-19.
        QTest::newRow("reply deadline day itself: no estimate") << QDate(2024, 3, 19) << false << false;
        QTest::newRow("the day after: estimate") << QDate(2024, 3, 20) << false << true;
        QTest::newRow("received late, not overdue: no estimate") << QDate(2024, 4, 20) << true << false;
    }
    void estimated()
    {
        QFETCH(QDate, asOf);
        QFETCH(bool, receivedLate);
        QFETCH(bool, estimate);

        FeeInput in = inputFor(2024);
        in.feeRules = baerumFees();
        in.asOf = asOf;
        in.licences = {servingLicence(1, QStringLiteral("B-1"))};
        FeeLine last;
        last.id = 11;
        last.year = 2023;
        last.licenceId = 1;
        last.licenceNumber = QStringLiteral("B-1");
        last.kind = FeeLineKind::Provisional;
        last.basisYear = 2023;
        last.amount = 20326;
        last.issuedOn = QDate(2023, 4, 1);
        last.dueOn = QDate(2023, 5, 1);
        in.issued = {last};
        TurnoverReport r;
        r.licenceId = 1;
        r.year = 2024;
        r.requestedOn = QDate(2024, 1, 10);
        r.reminderSentOn = QDate(2024, 3, 5);
        if (receivedLate) {
            r.receivedOn = QDate(2024, 4, 2);
            r.expected = litres(20000, 5000, 300);
        }
        in.reports = {r};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        const QList<FeeLine> e = linesOf(*a, FeeLineKind::Estimated);
        QCOMPARE(e.size(), estimate ? 1 : 0);
        if (estimate) {
            QCOMPARE(e.first().amount, 30489.0); // example 15
            QVERIFY2(e.first().basis.contains(QStringLiteral("kr 20 326,00 + 50 %")), qPrintable(e.first().basis));
            QVERIFY(a->problems.isEmpty());
        } else if (receivedLate) {
            QCOMPARE(linesOf(*a, FeeLineKind::Provisional).size(), 1);
        } else {
            QVERIFY(hasProblem(*a, QStringLiteral("report_missing")));
        }
        QCOMPARE(linesOf(*a, FeeLineKind::Provisional).isEmpty(), !receivedLate); // last year's line is not this year's
    }

    void estimatedWithoutPercentIsAProblem()
    {
        FeeInput in = inputFor(2024);
        in.asOf = QDate(2024, 6, 1);
        in.licences = {servingLicence(1, QStringLiteral("B-1"))};
        TurnoverReport r;
        r.licenceId = 1;
        r.year = 2024;
        r.reminderSentOn = QDate(2024, 3, 5);
        in.reports = {r};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY(a.ok());
        QVERIFY(a->lines.isEmpty());
        QVERIFY(hasProblem(*a, QStringLiteral("report_missing")));

        // With the percentage but no fee last year: the minimum of the kind + 50 %.
        in.feeRules = baerumFees();
        const Result<FeeAssessment> b = FeeCalculator::assess(in);
        QCOMPARE(linesOf(*b, FeeLineKind::Estimated).size(), 1);
        QCOMPARE(linesOf(*b, FeeLineKind::Estimated).first().amount, 9150.0);
    }

    void estimatedFromLastYearsReport()
    {
        FeeInput in = inputFor(2025);
        in.feeRules = baerumFees();
        in.asOf = QDate(2025, 6, 1);
        in.licences = {servingLicence(1, QStringLiteral("B-1"))};
        TurnoverReport r;
        r.licenceId = 1;
        r.year = 2025;
        r.reminderSentOn = QDate(2025, 3, 5);
        in.reports = {received(1, 2024, litres(1, 1, 1), litres(20000, 5000, 300)), r};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY(a.ok());
        QCOMPARE(linesOf(*a, FeeLineKind::Estimated).size(), 1);
        QCOMPARE(linesOf(*a, FeeLineKind::Estimated).first().amount, 30489.0);
    }

    void singleOccasionAndTravelling_data()
    {
        QTest::addColumn<bool>("baerum");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("attendance");
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<double>("amount");

        const int single = static_cast<int>(CaseType::SingleOccasion);
        const int travelling = static_cast<int>(CaseType::TravellingUse);
        QTest::newRow("Bærum: company party 40 -> 25 %") << true << single << 40 << QStringLiteral("other") << 1525.0;
        QTest::newRow("Bærum: commercial 300 -> 50 %") << true << single << 300 << QStringLiteral("other") << 3050.0;
        QTest::newRow("Bærum: 800 -> 100 %") << true << single << 800 << QStringLiteral("other") << 6100.0;
        QTest::newRow("Bærum: voluntary 200 -> travelling rate") << true << single << 200 << QStringLiteral("voluntary") << 440.0;
        QTest::newRow("national per litre: serving minimum") << false << single << 200 << QStringLiteral("other") << 6100.0;
        QTest::newRow("travelling use 2024: cap 440") << false << travelling << 30 << QString() << 440.0;
    }
    void singleOccasionAndTravelling()
    {
        QFETCH(bool, baerum);
        QFETCH(int, type);
        QFETCH(int, attendance);
        QFETCH(QString, eventType);
        QFETCH(double, amount);

        FeeInput in = inputFor(2024);
        if (baerum)
            in.feeRules = baerumFees();
        Licence event = test::makeServingLicence(QStringLiteral("E-1"));
        event.id = 5;
        event.kind = static_cast<CaseType>(type) == CaseType::SingleOccasion ? LicenceKind::SingleOccasion : LicenceKind::Travelling;
        event.validFrom = QDate(2024, 6, 20);
        event.validTo = QDate(2024, 6, 21);
        in.licences = {event};
        Case c = grantedCase(9, static_cast<CaseType>(type), 5, QDate(2024, 6, 20));
        c.attendance = attendance;
        c.eventType = eventType;
        Case other = grantedCase(10, static_cast<CaseType>(type), 5, QDate(2023, 6, 20)); // another year
        Case refused = grantedCase(11, static_cast<CaseType>(type), 5, QDate(2024, 7, 1));
        refused.decision->outcome = DecisionOutcome::Refused;
        in.cases = {c, other, refused};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(a->lines.size(), 1);
        const FeeLine &line = a->lines.first();
        QCOMPARE(line.kind, static_cast<CaseType>(type) == CaseType::SingleOccasion ? FeeLineKind::SingleOccasion
                                                                                    : FeeLineKind::Travelling);
        QCOMPARE(line.caseId.value_or(0), qint64(9));
        QCOMPARE(line.licenceId, qint64(5));
        QCOMPARE(line.amount, amount);
        QVERIFY(line.basis.contains(QStringLiteral("20.06.2024")));
    }

    void singleOccasionWithoutTierIsAProblem()
    {
        FeeInput in = inputFor(2024);
        in.feeRules.singleOccasionMethod = QStringLiteral("tiers");
        rules::SingleOccasionTier tier;
        tier.maxAttendance = 150;
        tier.amount = 440;
        in.feeRules.singleOccasionTiers = {tier};
        Case c = grantedCase(9, CaseType::SingleOccasion, 5, QDate(2024, 6, 20));
        c.attendance = 500;
        in.cases = {c};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY(a.ok());
        QVERIFY(a->lines.isEmpty());
        QVERIFY(hasProblem(*a, QStringLiteral("no_tier")));
    }

    void yearWithoutRates_data()
    {
        QTest::addColumn<int>("year");
        QTest::newRow("2021") << 2021;
        QTest::newRow("2026") << 2026;
    }
    void yearWithoutRates()
    {
        QFETCH(int, year);
        FeeInput in = inputFor(year);
        in.licences = {servingLicence(1, QStringLiteral("B-1"))};
        in.reports = {received(1, year, std::nullopt, litres(20000, 0, 0))};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, QStringLiteral("year"));
        QVERIFY(a.error().message.contains(QString::number(year)));
    }

    void lastYearWithoutRates()
    {
        FeeInput in = inputFor(2022); // 2021 has no rates
        in.licences = {servingLicence(1, QStringLiteral("B-1"))};
        in.reports = {received(1, 2021, std::nullopt, litres(10000, 0, 0)), received(1, 2022, litres(12000, 0, 0), litres(10000, 0, 0))};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QVERIFY(hasProblem(*a, QStringLiteral("no_rates")));
        QCOMPARE(linesOf(*a, FeeLineKind::TrueUp).size(), 0);
        QCOMPARE(linesOf(*a, FeeLineKind::Provisional).size(), 1);
        QCOMPARE(linesOf(*a, FeeLineKind::Provisional).first().amount, 5500.0); // 5 100 below the 2022 minimum
    }

    void issuedLinesAreNotRecomputed()
    {
        FeeInput in = inputFor(2024);
        in.licences = {servingLicence(1, QStringLiteral("B-1")), servingLicence(2, QStringLiteral("B-2"))};
        in.reports = {received(1, 2024, std::nullopt, litres(20000, 5000, 300)), received(2, 2024, std::nullopt, litres(2000, 500, 50))};
        FeeLine issued;
        issued.id = 7;
        issued.year = 2024;
        issued.licenceId = 1;
        issued.licenceNumber = QStringLiteral("B-1");
        issued.kind = FeeLineKind::Provisional;
        issued.basisYear = 2024;
        issued.amount = 19000; // issued before the report was corrected
        issued.issuedOn = QDate(2024, 3, 20);
        issued.dueOn = QDate(2024, 4, 19);
        in.issued = {issued};
        const Result<FeeAssessment> a = FeeCalculator::assess(in);
        QVERIFY(a.ok());
        QCOMPARE(a->lines.size(), 2);
        QCOMPARE(a->lines.at(0).id, qint64(7));
        QCOMPARE(a->lines.at(0).amount, 19000.0);
        QCOMPARE(a->lines.at(1).id, qint64(0));
        QCOMPARE(a->lines.at(1).amount, 6100.0);
        QCOMPARE(a->total(), 25100.0);
    }

    void kindKeys()
    {
        for (FeeLineKind kind : FeeTexts::allKinds()) {
            QCOMPARE(FeeTexts::kindFromKey(FeeTexts::kindKey(kind)), std::optional<FeeLineKind>(kind));
            QVERIFY(!FeeTexts::kindName(kind).isEmpty());
        }
        QCOMPARE(FeeTexts::kindKey(FeeLineKind::TrueUp), QStringLiteral("true_up"));
        QVERIFY(!FeeTexts::kindFromKey(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestFeeCalculator)
#include "TestFeeCalculator.moc"
