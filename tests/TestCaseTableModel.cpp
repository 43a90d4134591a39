#include "CaseTableModel.h"
#include "Localization.h"
#include "TestUiCases.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QtTest>

using namespace bevilling;

class TestCaseTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void columnsShowTheCase_data();
    void columnsShowTheCase();
    void dueDateFollowsTheProcessingClock();
    void daysLeftColouredNearAndOver();
    void sortRoleGivesTypedValues();
    void upsertReplacesOrAppends();

private:
    FixedClock m_clock{QDateTime(test::casesToday(), QTime(12, 0), Qt::UTC)};
};

void TestCaseTableModel::initTestCase()
{
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {});
}

void TestCaseTableModel::passesModelTester()
{
    CaseTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(test::variedCases());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(CaseTableModel::ColumnCount));
    Case extra = test::variedCases().first();
    extra.id = 99;
    extra.number = QStringLiteral("2026-0099");
    model.upsert(extra);
    extra.status = CaseStatus::Recommendation;
    model.upsert(extra);
    model.setCases({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseTableModel::columnsShowTheCase_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("number") << 0 << int(CaseTableModel::NumberColumn) << QStringLiteral("2026-0001");
    QTest::newRow("type") << 1 << int(CaseTableModel::TypeColumn) << CaseTexts::typeName(CaseType::Renewal);
    // The type has its own column, so the applicant stands alone.
    QTest::newRow("applicant") << 0 << int(CaseTableModel::TitleColumn) << QStringLiteral("Fjordkroa AS");
    QTest::newRow("own title") << 5 << int(CaseTableModel::TitleColumn) << QStringLiteral("Uteservering på brygga");
    QTest::newRow("status") << 2 << int(CaseTableModel::StatusColumn) << CaseTexts::statusName(CaseStatus::OutForStatements);
    QTest::newRow("officer") << 1 << int(CaseTableModel::OfficerColumn) << QStringLiteral("Per Lie");
    QTest::newRow("no officer") << 5 << int(CaseTableModel::OfficerColumn) << QString();
    QTest::newRow("received") << 1 << int(CaseTableModel::ReceivedColumn) << QStringLiteral("25.02.2026");
    QTest::newRow("no due before complete") << 1 << int(CaseTableModel::DueColumn) << QString();
    QTest::newRow("no days left before complete") << 1 << int(CaseTableModel::DaysLeftColumn) << QString();
    QTest::newRow("no days left when closed") << 4 << int(CaseTableModel::DaysLeftColumn) << QString();
    QTest::newRow("one statement missing") << 2 << int(CaseTableModel::MissingStatementsColumn) << QStringLiteral("1");
    QTest::newRow("no statements missing") << 0 << int(CaseTableModel::MissingStatementsColumn) << QString();
}

void TestCaseTableModel::columnsShowTheCase()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    CaseTableModel model(m_clock);
    model.setCases(test::variedCases());
    QCOMPARE(model.index(row, column).data().toString(), text);
    QCOMPARE(model.index(row, 0).data(CaseTableModel::IdRole).toLongLong(), test::variedCases().at(row).id);
}

void TestCaseTableModel::dueDateFollowsTheProcessingClock()
{
    CaseTableModel model(m_clock);
    const QList<Case> cases = test::variedCases();
    model.setCases(cases);
    // Complete on 01.12.2025, nothing paused: four months later.
    const ClockState first = ProcessingClock::of(cases.at(0), ClockSettings(), m_clock.today());
    QVERIFY(first.started);
    QCOMPARE(first.legalDue, QDate(2026, 4, 1));
    QCOMPARE(model.index(0, CaseTableModel::DueColumn).data().toString(), QStringLiteral("01.04.2026"));
    QCOMPARE(model.index(0, CaseTableModel::DaysLeftColumn).data().toString(), QString::number(first.daysLeft));
    QCOMPARE(model.index(0, CaseTableModel::DueColumn).data(CaseTableModel::SortRole).toDate(), QDate(2026, 4, 1));
    QVERIFY(model.index(0, CaseTableModel::DueColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("01.04.2026")));

    // Waiting for the police: the clock stands still and the row says so.
    const ClockState waiting = model.clockAt(2);
    QVERIFY(waiting.paused);
    QVERIFY(model.index(2, CaseTableModel::DaysLeftColumn).data().toString().contains(QStringLiteral("paused")));

    // With a settings change (no pause for statements) the same case runs.
    ClockSettings running;
    running.pauseWhileAwaitingStatements = false;
    model.setCases(cases, running);
    QVERIFY(!model.clockAt(2).paused);
    QVERIFY(!model.index(2, CaseTableModel::DaysLeftColumn).data().toString().contains(QStringLiteral("paused")));
}

void TestCaseTableModel::daysLeftColouredNearAndOver()
{
    CaseTableModel model(m_clock);
    QList<Case> cases = test::variedCases();
    // Row 1 complete on 12.11.2025: due 12.03.2026, ten days left.
    cases[1].completeOn = QDate(2025, 11, 12);
    model.setCases(cases);
    QVERIFY(model.clockAt(3).daysLeft < 0);
    const QVariant over = model.index(3, CaseTableModel::DaysLeftColumn).data(Qt::ForegroundRole);
    QVERIFY(over.isValid());
    QCOMPARE(over.value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(model.index(3, CaseTableModel::DaysLeftColumn).data(Qt::FontRole).value<QFont>().bold());

    const int nearLeft = model.clockAt(1).daysLeft;
    QVERIFY2(nearLeft >= 0 && nearLeft <= CaseTableModel::NearDueDays, qPrintable(QString::number(nearLeft)));
    QCOMPARE(model.index(1, CaseTableModel::DaysLeftColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xa0, 0x52, 0x00));

    QVERIFY(model.clockAt(0).daysLeft > CaseTableModel::NearDueDays);
    QVERIFY(!model.index(0, CaseTableModel::DaysLeftColumn).data(Qt::ForegroundRole).isValid());
}

void TestCaseTableModel::sortRoleGivesTypedValues()
{
    CaseTableModel model(m_clock);
    model.setCases(test::variedCases());
    QCOMPARE(model.index(1, CaseTableModel::ReceivedColumn).data(CaseTableModel::SortRole).toDate(), QDate(2026, 2, 25));
    QCOMPARE(model.index(2, CaseTableModel::StatusColumn).data(CaseTableModel::SortRole).toInt(),
             int(CaseStatus::OutForStatements));
    QCOMPARE(model.index(1, CaseTableModel::TypeColumn).data(CaseTableModel::SortRole).toInt(), int(CaseType::Renewal));
    QCOMPARE(model.index(2, CaseTableModel::MissingStatementsColumn).data(CaseTableModel::SortRole).toInt(), 1);
    // No clock running: sorted after every running one.
    QCOMPARE(model.index(1, CaseTableModel::DaysLeftColumn).data(CaseTableModel::SortRole).toInt(),
             std::numeric_limits<int>::max());
    QVERIFY(!model.index(1, CaseTableModel::DueColumn).data(CaseTableModel::SortRole).toDate().isValid());
}

void TestCaseTableModel::upsertReplacesOrAppends()
{
    CaseTableModel model(m_clock);
    model.setCases(test::variedCases());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Case c = *model.caseAt(1);
    c.status = CaseStatus::Complete;
    c.completeOn = QDate(2026, 3, 1);
    model.upsert(c);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.index(1, CaseTableModel::StatusColumn).data().toString(), CaseTexts::statusName(CaseStatus::Complete));
    QCOMPARE(model.index(1, CaseTableModel::DueColumn).data().toString(), QStringLiteral("01.07.2026"));
    c.id = 77;
    model.upsert(c);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.rowOf(77), 6);
    QCOMPARE(model.rowOf(12345), -1);
    QVERIFY(!model.caseAt(7));
}

QTEST_MAIN(TestCaseTableModel)
#include "TestCaseTableModel.moc"
