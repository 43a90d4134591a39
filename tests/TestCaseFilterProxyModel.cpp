#include "CaseFilterProxyModel.h"
#include "CaseTableModel.h"
#include "Localization.h"
#include "TestUiCases.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace bevilling;

Q_DECLARE_METATYPE(bevilling::CaseFilter)

class TestCaseFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void filterSelectsCases_data();
    void filterSelectsCases();
    void sortsByTypedValues_data();
    void sortsByTypedValues();
    void followsSourceChanges();

private:
    QStringList shownNumbers(const QSortFilterProxyModel &proxy) const;
    FixedClock m_clock{QDateTime(test::casesToday(), QTime(12, 0), Qt::UTC)};
};

void TestCaseFilterProxyModel::initTestCase()
{
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {});
}

QStringList TestCaseFilterProxyModel::shownNumbers(const QSortFilterProxyModel &proxy) const
{
    QStringList numbers;
    for (int row = 0; row < proxy.rowCount(); ++row)
        numbers << proxy.index(row, CaseTableModel::NumberColumn).data().toString();
    return numbers;
}

void TestCaseFilterProxyModel::passesModelTester()
{
    CaseTableModel model(m_clock);
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(test::variedCases());
    proxy.sort(CaseTableModel::DueColumn);
    CaseFilter filter;
    filter.openOnly = true;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 5);
    filter.text = QStringLiteral("fjordkroa");
    proxy.setFilter(filter);
    // The applicant or the premises: every open case but Kiwi's.
    QCOMPARE(proxy.rowCount(), 4);
    Case extra = test::variedCases().first();
    extra.id = 50;
    extra.number = QStringLiteral("2026-0050");
    model.upsert(extra);
    QCOMPARE(proxy.rowCount(), 5);
    model.setCases({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestCaseFilterProxyModel::filterSelectsCases_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<QStringList>("numbers");

    const QStringList all{QStringLiteral("2026-0001"), QStringLiteral("2026-0002"), QStringLiteral("2026-0003"),
                          QStringLiteral("2026-0004"), QStringLiteral("2026-0005"), QStringLiteral("2026-0010")};
    QTest::newRow("no filter") << CaseFilter() << all;

    CaseFilter open;
    open.openOnly = true;
    QTest::newRow("only open cases") << open
                                     << QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0002"),
                                                    QStringLiteral("2026-0003"), QStringLiteral("2026-0005"),
                                                    QStringLiteral("2026-0010")};
    CaseFilter status;
    status.status = CaseStatus::Complete;
    QTest::newRow("status complete") << status << QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0003")};

    CaseFilter type;
    type.type = CaseType::NewLicence;
    QTest::newRow("type new licence") << type << QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0004")};

    CaseFilter openNew = type;
    openNew.openOnly = true;
    QTest::newRow("open new licences") << openNew << QStringList{QStringLiteral("2026-0001")};

    CaseFilter officer;
    officer.officer = QStringLiteral("Per Lie");
    QTest::newRow("officer") << officer << QStringList{QStringLiteral("2026-0002"), QStringLiteral("2026-0003")};

    CaseFilter words;
    words.text = QStringLiteral("fjordkroa  brygga");
    QTest::newRow("every word, own title") << words << QStringList{QStringLiteral("2026-0005")};

    CaseFilter number;
    number.text = QStringLiteral("0010");
    QTest::newRow("case number") << number << QStringList{QStringLiteral("2026-0010")};

    CaseFilter org;
    org.text = QStringLiteral("923 609 016");
    QTest::newRow("formatted org number") << org << all;

    CaseFilter premises;
    premises.text = QStringLiteral("KIWI");
    QTest::newRow("premises, any case") << premises << QStringList{QStringLiteral("2026-0002")};

    CaseFilter nothing;
    nothing.text = QStringLiteral("Kiwi Rotary");
    QTest::newRow("no case has both") << nothing << QStringList();
}

void TestCaseFilterProxyModel::filterSelectsCases()
{
    QFETCH(CaseFilter, filter);
    QFETCH(QStringList, numbers);
    CaseTableModel model(m_clock);
    model.setCases(test::variedCases());
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &CaseFilterProxyModel::filterChanged);
    proxy.setFilter(filter);
    QCOMPARE(changed.size(), 1);
    proxy.sort(CaseTableModel::NumberColumn);
    QCOMPARE(shownNumbers(proxy), numbers);
}

void TestCaseFilterProxyModel::sortsByTypedValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("numbers");

    // Numbers naturally: 0010 after 0005.
    QTest::newRow("number") << int(CaseTableModel::NumberColumn)
                            << QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0002"),
                                           QStringLiteral("2026-0003"), QStringLiteral("2026-0004"),
                                           QStringLiteral("2026-0005"), QStringLiteral("2026-0010")};
    // Received as dates, not as text (dd.MM.yyyy would sort by day).
    QTest::newRow("received") << int(CaseTableModel::ReceivedColumn)
                              << QStringList{QStringLiteral("2026-0004"), QStringLiteral("2026-0003"),
                                             QStringLiteral("2026-0001"), QStringLiteral("2026-0010"),
                                             QStringLiteral("2026-0002"), QStringLiteral("2026-0005")};
    // Statuses in the order of the flow; equal ones by number.
    QTest::newRow("status") << int(CaseTableModel::StatusColumn)
                            << QStringList{QStringLiteral("2026-0002"), QStringLiteral("2026-0005"),
                                           QStringLiteral("2026-0001"), QStringLiteral("2026-0003"),
                                           QStringLiteral("2026-0010"), QStringLiteral("2026-0004")};
}

void TestCaseFilterProxyModel::sortsByTypedValues()
{
    QFETCH(int, column);
    QFETCH(QStringList, numbers);
    CaseTableModel model(m_clock);
    model.setCases(test::variedCases());
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column);
    QCOMPARE(shownNumbers(proxy), numbers);
}

void TestCaseFilterProxyModel::followsSourceChanges()
{
    CaseTableModel model(m_clock);
    model.setCases(test::variedCases());
    CaseFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    CaseFilter filter;
    filter.openOnly = true;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 5);
    // Closing a case takes it out of "only open cases".
    Case c = *model.caseAt(0);
    c.status = CaseStatus::Closed;
    c.closeReason = CloseReason::Withdrawn;
    model.upsert(c);
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(!shownNumbers(proxy).contains(QStringLiteral("2026-0001")));
}

QTEST_MAIN(TestCaseFilterProxyModel)
#include "TestCaseFilterProxyModel.moc"
