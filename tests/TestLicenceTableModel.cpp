#include "LicenceTableModel.h"
#include "Localization.h"
#include "TestUiLicences.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace bevilling;

class TestLicenceTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void columnsShowTheLicence_data();
    void columnsShowTheLicence();
    void sortRoleGivesTypedValues();
    void statusFollowsTheClock();
    void suspendedLicenceSaysSo();
    void upsertReplacesOrAppends();
    void lookupByIdAndRow();

private:
    FixedClock m_clock{QDateTime(test::uiToday(), QTime(12, 0), Qt::UTC)};
};

void TestLicenceTableModel::initTestCase()
{
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {});
}

void TestLicenceTableModel::passesModelTester()
{
    LicenceTableModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLicences(test::variedLicences());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(LicenceTableModel::ColumnCount));
    Licence extra = test::makeServingLicence(QStringLiteral("2025-003"));
    extra.id = 99;
    model.upsert(extra);
    extra.licensee.name = QStringLiteral("Renamed AS");
    model.upsert(extra);
    model.setLicences({});
    QCOMPARE(model.rowCount(), 0);
}

void TestLicenceTableModel::columnsShowTheLicence_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("number") << 0 << int(LicenceTableModel::NumberColumn) << QStringLiteral("2024-001");
    QTest::newRow("kind") << 1 << int(LicenceTableModel::KindColumn) << QStringLiteral("Sales licence");
    QTest::newRow("licensee") << 0 << int(LicenceTableModel::LicenseeColumn) << QStringLiteral("Fjordkroa AS");
    QTest::newRow("premises") << 1 << int(LicenceTableModel::PremisesColumn) << QStringLiteral("Kiwi Sandvika");
    QTest::newRow("occasion without premises") << 4 << int(LicenceTableModel::PremisesColumn) << QStringLiteral("Selskaper");
    QTest::newRow("groups 1+2+3") << 0 << int(LicenceTableModel::GroupsColumn) << QStringLiteral("1+2+3");
    QTest::newRow("groups 1+2") << 2 << int(LicenceTableModel::GroupsColumn) << QStringLiteral("1+2");
    QTest::newRow("valid from") << 1 << int(LicenceTableModel::ValidFromColumn) << QStringLiteral("10.12.2024");
    QTest::newRow("valid to") << 0 << int(LicenceTableModel::ValidToColumn) << QStringLiteral("30.09.2028");
    QTest::newRow("status active") << 0 << int(LicenceTableModel::StatusColumn) << QStringLiteral("Active");
    QTest::newRow("status expired") << 2 << int(LicenceTableModel::StatusColumn) << QStringLiteral("Expired");
    QTest::newRow("status pending") << 3 << int(LicenceTableModel::StatusColumn) << QStringLiteral("Not yet valid");
    QTest::newRow("status ended") << 4 << int(LicenceTableModel::StatusColumn) << QStringLiteral("Ended");
    QTest::newRow("manager") << 5 << int(LicenceTableModel::ManagerColumn) << QStringLiteral("Nina Berg");
}

void TestLicenceTableModel::columnsShowTheLicence()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    QCOMPARE(model.index(row, column).data().toString(), text);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestLicenceTableModel::sortRoleGivesTypedValues()
{
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    const QVariant from = model.index(1, LicenceTableModel::ValidFromColumn).data(LicenceTableModel::SortRole);
    QCOMPARE(from.typeId(), int(QMetaType::QDate));
    QCOMPARE(from.toDate(), QDate(2024, 12, 10));
    QCOMPARE(model.index(0, LicenceTableModel::GroupsColumn).data(LicenceTableModel::SortRole).toInt(),
             int(Group1 | Group2 | Group3));
    QCOMPARE(model.index(4, LicenceTableModel::StatusColumn).data(LicenceTableModel::SortRole).toInt(),
             int(LicenceStatus::Ended));
    QCOMPARE(model.index(2, 0).data(LicenceTableModel::IdRole).toLongLong(), 3);
}

void TestLicenceTableModel::statusFollowsTheClock()
{
    FixedClock clock(QDateTime(QDate(2025, 6, 14), QTime(12, 0), Qt::UTC));
    LicenceTableModel model(clock);
    model.setLicences(test::variedLicences());
    QCOMPARE(model.index(3, LicenceTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    clock.setNow(QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC));
    QCOMPARE(model.index(3, LicenceTableModel::StatusColumn).data().toString(), QStringLiteral("Expired"));
}

void TestLicenceTableModel::suspendedLicenceSaysSo()
{
    FixedClock clock(QDateTime(QDate(2025, 6, 14), QTime(12, 0), Qt::UTC));
    LicenceTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLicences(test::variedLicences());
    const qint64 id = model.licenceAt(3)->id;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSuspensions({{id, QDate(2025, 6, 20)}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(3, LicenceTableModel::StatusColumn).data().toString(), QStringLiteral("Suspended until 20.06.2025"));
    // An expired licence reads as expired, whatever the suspension.
    clock.setNow(QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC));
    QCOMPARE(model.index(3, LicenceTableModel::StatusColumn).data().toString(), QStringLiteral("Expired"));
    model.setSuspensions({});
    QCOMPARE(model.index(2, LicenceTableModel::StatusColumn).data().toString(),
             DomainTexts::statusName(model.licenceAt(2)->statusOn(clock.today())));
}

void TestLicenceTableModel::upsertReplacesOrAppends()
{
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Licence edited = model.licences().at(2);
    edited.manager.name = QStringLiteral("Kari Nordmann");
    model.upsert(edited);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, LicenceTableModel::ManagerColumn).data().toString(), QStringLiteral("Kari Nordmann"));

    Licence added = test::makeServingLicence(QStringLiteral("2025-010"));
    added.id = 42;
    model.upsert(added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(6, 0).data().toString(), QStringLiteral("2025-010"));
}

void TestLicenceTableModel::lookupByIdAndRow()
{
    LicenceTableModel model(m_clock);
    model.setLicences(test::variedLicences());
    QCOMPARE(model.rowOf(4), 3);
    QCOMPARE(model.rowOf(1234), -1);
    QVERIFY(model.licenceAt(3));
    QCOMPARE(model.licenceAt(3)->number, QStringLiteral("2025-002"));
    QVERIFY(!model.licenceAt(-1));
    QVERIFY(!model.licenceAt(6));
}

QTEST_MAIN(TestLicenceTableModel)
#include "TestLicenceTableModel.moc"
