#include "HistoryFormatter.h"
#include "Localization.h"
#include "TestSupport.h"
#include "domain/LicenceJson.h"

#include <QtTest>

using namespace bevilling;

class TestHistoryFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void valueText_data();
    void valueText();
    void newestFirstWithChanges();
};

void TestHistoryFormatter::initTestCase()
{
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {});
}

void TestHistoryFormatter::valueText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("date") << QStringLiteral("valid_to") << QStringLiteral("2028-09-30") << QStringLiteral("30.09.2028");
    QTest::newRow("person date") << QStringLiteral("deputies[1].birth_date") << QStringLiteral("1990-01-31")
                                 << QStringLiteral("31.01.1990");
    QTest::newRow("kind key") << QStringLiteral("kind") << QStringLiteral("single_occasion") << QStringLiteral("Single occasion");
    QTest::newRow("premises type key") << QStringLiteral("premises.type") << QStringLiteral("shop")
                                       << QStringLiteral("Grocery shop");
    QTest::newRow("end reason key") << QStringLiteral("ended.reason") << QStringLiteral("revoked") << QStringLiteral("Revoked");
    QTest::newRow("empty") << QStringLiteral("notes") << QString() << QStringLiteral("(empty)");
    QTest::newRow("text stays") << QStringLiteral("manager.name") << QStringLiteral("Kari Nordmann")
                                << QStringLiteral("Kari Nordmann");
    QTest::newRow("not quite a date") << QStringLiteral("number") << QStringLiteral("2024-001") << QStringLiteral("2024-001");
}

void TestHistoryFormatter::valueText()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QCOMPARE(HistoryFormatter::valueText(path, value), shown);
}

void TestHistoryFormatter::newestFirstWithChanges()
{
    Licence before = test::makeServingLicence();
    before.id = 7;
    Licence after = before;
    after.manager.name = QStringLiteral("Nina Berg");
    after.validTo = QDate(2027, 9, 30);

    AuditEntry created;
    created.id = 1;
    created.at = QDateTime(QDate(2024, 10, 1), QTime(8, 30), Qt::UTC);
    created.user = QStringLiteral("kari");
    created.action = QStringLiteral("create");
    created.after = LicenceJson::toJson(before);
    AuditEntry changed;
    changed.id = 2;
    changed.at = QDateTime(QDate(2025, 2, 3), QTime(14, 5), Qt::UTC);
    changed.user = QStringLiteral("ola");
    changed.action = QStringLiteral("update");
    changed.before = LicenceJson::toJson(before);
    changed.after = LicenceJson::toJson(after);

    const QList<HistoryItem> items = HistoryFormatter::format({created, changed});
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).user, QStringLiteral("ola"));
    QCOMPARE(items.at(0).action, QStringLiteral("Changed"));
    QCOMPARE(items.at(0).when, formatDateTime(changed.at));
    QCOMPARE(items.at(0).changes.size(), 2);
    QVERIFY(items.at(0).changes.contains(QStringLiteral("Manager: Kari Nordmann → Nina Berg")));
    QVERIFY(items.at(0).changes.contains(QStringLiteral("Valid to: 30.09.2028 → 30.09.2027")));
    QCOMPARE(items.at(1).action, QStringLiteral("Created"));
    QVERIFY(items.at(1).changes.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryFormatter)
#include "TestHistoryFormatter.moc"
