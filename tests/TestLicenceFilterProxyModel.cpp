#include "LicenceFilterProxyModel.h"
#include "LicenceTableModel.h"
#include "Localization.h"
#include "TestUiLicences.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace bevilling;

Q_DECLARE_METATYPE(LicenceFilter)

class TestLicenceFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void filters_data();
    void filters();
    void filterChangeUpdatesRowsAndSignals();
    void sorts_data();
    void sorts();
    void followsSourceChanges();

private:
    QStringList numbers(const QAbstractItemModel &model) const;
    FixedClock m_clock{QDateTime(test::uiToday(), QTime(12, 0), Qt::UTC)};
};

void TestLicenceFilterProxyModel::initTestCase()
{
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {});
}

QStringList TestLicenceFilterProxyModel::numbers(const QAbstractItemModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, LicenceTableModel::NumberColumn).data().toString());
    return result;
}

void TestLicenceFilterProxyModel::passesModelTester()
{
    LicenceTableModel model(m_clock);
    LicenceFilterProxyModel proxy(m_clock);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLicences(test::variedLicences());
    proxy.sort(LicenceTableModel::ValidFromColumn, Qt::DescendingOrder);
    LicenceFilter filter;
    filter.kind = LicenceKind::Serving;
    proxy.setFilter(filter);
    Licence added = test::makeServingLicence(QStringLiteral("2025-050"));
    added.id = 77;
    model.upsert(added);
    added.kind = LicenceKind::Sale;
    added.groups = Group1;
    model.upsert(added); // now filtered out
    proxy.setFilter(LicenceFilter());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestLicenceFilterProxyModel::filters_data()
{
    QTest::addColumn<LicenceFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    auto make = [](auto change) {
        LicenceFilter f;
        change(f);
        return f;
    };
    QTest::newRow("no filter") << LicenceFilter()
                               << QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-010"), QStringLiteral("2024-9"),
                                              QStringLiteral("2025-002"), QStringLiteral("2023-004"), QStringLiteral("2025-001")};
    QTest::newRow("text: licensee") << make([](LicenceFilter &f) { f.text = QStringLiteral("fjordKROA"); })
                                    << QStringList{QStringLiteral("2024-001")};
    QTest::newRow("text: manager") << make([](LicenceFilter &f) { f.text = QStringLiteral("nina"); })
                                   << QStringList{QStringLiteral("2025-001")};
    QTest::newRow("text: every word must match")
        << make([](LicenceFilter &f) { f.text = QStringLiteral("kiwi  sandvika"); }) << QStringList{QStringLiteral("2024-010")};
    QTest::newRow("text: occasion") << make([](LicenceFilter &f) { f.text = QStringLiteral("sommerfest"); })
                                    << QStringList{QStringLiteral("2025-002")};
    QTest::newRow("text: no match") << make([](LicenceFilter &f) { f.text = QStringLiteral("fjordkroa nina"); })
                                    << QStringList{};
    QTest::newRow("kind: sale") << make([](LicenceFilter &f) { f.kind = LicenceKind::Sale; })
                                << QStringList{QStringLiteral("2024-010")};
    QTest::newRow("kind: single occasion") << make([](LicenceFilter &f) { f.kind = LicenceKind::SingleOccasion; })
                                           << QStringList{QStringLiteral("2025-002")};
    QTest::newRow("kind: travelling") << make([](LicenceFilter &f) { f.kind = LicenceKind::Travelling; })
                                      << QStringList{QStringLiteral("2023-004")};
    QTest::newRow("status: active")
        << make([](LicenceFilter &f) { f.status = LicenceStatus::Active; })
        << QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-010"), QStringLiteral("2025-001")};
    QTest::newRow("status: expired") << make([](LicenceFilter &f) { f.status = LicenceStatus::Expired; })
                                     << QStringList{QStringLiteral("2024-9")};
    QTest::newRow("status: not yet valid") << make([](LicenceFilter &f) { f.status = LicenceStatus::Pending; })
                                           << QStringList{QStringLiteral("2025-002")};
    QTest::newRow("status: ended") << make([](LicenceFilter &f) { f.status = LicenceStatus::Ended; })
                                   << QStringList{QStringLiteral("2023-004")};
    QTest::newRow("groups: 1") << make([](LicenceFilter &f) { f.groups = Group1; })
                               << QStringList{QStringLiteral("2024-010"), QStringLiteral("2025-001")};
    QTest::newRow("groups: 1+2") << make([](LicenceFilter &f) { f.groups = Group1 | Group2; })
                                 << QStringList{QStringLiteral("2024-9"), QStringLiteral("2025-002")};
    QTest::newRow("groups: 1+2+3") << make([](LicenceFilter &f) { f.groups = Group1 | Group2 | Group3; })
                                   << QStringList{QStringLiteral("2024-001"), QStringLiteral("2023-004")};
    QTest::newRow("period: from")
        << make([](LicenceFilter &f) { f.periodFrom = QDate(2025, 1, 1); })
        << QStringList{QStringLiteral("2024-001"), QStringLiteral("2024-010"), QStringLiteral("2025-002"),
                       QStringLiteral("2023-004"), QStringLiteral("2025-001")};
    QTest::newRow("period: to") << make([](LicenceFilter &f) { f.periodTo = QDate(2023, 12, 31); })
                                << QStringList{QStringLiteral("2024-9"), QStringLiteral("2023-004")};
    QTest::newRow("period: from and to")
        << make([](LicenceFilter &f) {
               f.periodFrom = QDate(2024, 10, 1);
               f.periodTo = QDate(2024, 11, 30);
           })
        << QStringList{QStringLiteral("2024-001"), QStringLiteral("2023-004")};
    QTest::newRow("kind and status")
        << make([](LicenceFilter &f) {
               f.kind = LicenceKind::Serving;
               f.status = LicenceStatus::Active;
           })
        << QStringList{QStringLiteral("2024-001"), QStringLiteral("2025-001")};
}

void TestLicenceFilterProxyModel::filters()
{
    QFETCH(LicenceFilter, filter);
    QFETCH(QStringList, expected);
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    LicenceFilterProxyModel proxy(m_clock);
    proxy.setSourceModel(&model);
    proxy.setFilter(filter);
    QCOMPARE(numbers(proxy), expected);
}

void TestLicenceFilterProxyModel::filterChangeUpdatesRowsAndSignals()
{
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    LicenceFilterProxyModel proxy(m_clock);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &LicenceFilterProxyModel::filterChanged);
    LicenceFilter filter;
    filter.status = LicenceStatus::Active;
    proxy.setFilter(filter);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.filter().status, std::optional<LicenceStatus>(LicenceStatus::Active));
    proxy.setFilter(LicenceFilter());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(proxy.rowCount(), 6);
}

void TestLicenceFilterProxyModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");

    // As text "dd.MM.yyyy" would sort 01.01.2023, 01.10.2024, 09.01.2021, ...: dates must sort as dates.
    QTest::newRow("valid from, ascending")
        << int(LicenceTableModel::ValidFromColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("2024-9"), QStringLiteral("2023-004"), QStringLiteral("2024-001"),
                       QStringLiteral("2024-010"), QStringLiteral("2025-001"), QStringLiteral("2025-002")};
    QTest::newRow("valid from, descending")
        << int(LicenceTableModel::ValidFromColumn) << int(Qt::DescendingOrder)
        << QStringList{QStringLiteral("2025-002"), QStringLiteral("2025-001"), QStringLiteral("2024-010"),
                       QStringLiteral("2024-001"), QStringLiteral("2023-004"), QStringLiteral("2024-9")};
    QTest::newRow("valid to, ascending")
        << int(LicenceTableModel::ValidToColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("2024-9"), QStringLiteral("2025-002"), QStringLiteral("2023-004"),
                       QStringLiteral("2024-001"), QStringLiteral("2024-010"), QStringLiteral("2025-001")};
    // Natural order: 2024-9 comes before 2024-010.
    QTest::newRow("number, natural")
        << int(LicenceTableModel::NumberColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("2023-004"), QStringLiteral("2024-001"), QStringLiteral("2024-9"),
                       QStringLiteral("2024-010"), QStringLiteral("2025-001"), QStringLiteral("2025-002")};
    QTest::newRow("status in domain order")
        << int(LicenceTableModel::StatusColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("2025-002"), QStringLiteral("2024-001"), QStringLiteral("2024-010"),
                       QStringLiteral("2025-001"), QStringLiteral("2024-9"), QStringLiteral("2023-004")};
    QTest::newRow("licensee, case-insensitive")
        << int(LicenceTableModel::LicenseeColumn) << int(Qt::AscendingOrder)
        << QStringList{QStringLiteral("2024-9"), QStringLiteral("2023-004"), QStringLiteral("2024-001"),
                       QStringLiteral("2025-001"), QStringLiteral("2024-010"), QStringLiteral("2025-002")};
}

void TestLicenceFilterProxyModel::sorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    LicenceFilterProxyModel proxy(m_clock);
    proxy.setSourceModel(&model);
    proxy.sort(column, static_cast<Qt::SortOrder>(order));
    QCOMPARE(numbers(proxy), expected);
}

void TestLicenceFilterProxyModel::followsSourceChanges()
{
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    LicenceFilterProxyModel proxy(m_clock);
    proxy.setSourceModel(&model);
    LicenceFilter filter;
    filter.text = QStringLiteral("nordmann");
    proxy.setFilter(filter);
    QCOMPARE(numbers(proxy), QStringList{QStringLiteral("2024-001")});

    Licence changed = *model.licenceAt(model.rowOf(6));
    changed.deputies.first().name = QStringLiteral("Kari Nordmann");
    model.upsert(changed);
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestLicenceFilterProxyModel)
#include "TestLicenceFilterProxyModel.moc"
