#include "validation/LicenceValidator.h"
#include "validation/OrgNumber.h"

#include <QTest>

using namespace bevilling;

class TestOrgNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isValid_data();
    void isValid();
    void checkDigit_data();
    void checkDigit();
    void messageNamesField_data();
    void messageNamesField();
    void formatted();
};

void TestOrgNumber::isValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid, check digit 6") << QStringLiteral("923609016") << true;
    QTest::newRow("valid, Brønnøysundregistrene") << QStringLiteral("974760673") << true;
    QTest::newRow("valid with spaces") << QStringLiteral("923 609 016") << true;
    QTest::newRow("valid, remainder 0 gives check digit 0") << QStringLiteral("910000020") << true;
    QTest::newRow("wrong check digit") << QStringLiteral("923609017") << false;
    QTest::newRow("swapped digits") << QStringLiteral("932609016") << false;
    QTest::newRow("remainder 1 has no check digit") << QStringLiteral("912345670") << false;
    QTest::newRow("remainder 1, any last digit") << QStringLiteral("912345679") << false;
    QTest::newRow("8 digits") << QStringLiteral("92360901") << false;
    QTest::newRow("10 digits") << QStringLiteral("9236090160") << false;
    QTest::newRow("letter") << QStringLiteral("92360901A") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestOrgNumber::isValid()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(OrgNumber::isValid(input), valid);
}

void TestOrgNumber::checkDigit_data()
{
    QTest::addColumn<QString>("firstEight");
    QTest::addColumn<int>("digit");
    QTest::newRow("92360901") << QStringLiteral("92360901") << 6;
    QTest::newRow("97476067") << QStringLiteral("97476067") << 3;
    QTest::newRow("81234567") << QStringLiteral("81234567") << 2;
    QTest::newRow("remainder 0") << QStringLiteral("91000002") << 0;
    QTest::newRow("remainder 1: none") << QStringLiteral("91234567") << -1;
    QTest::newRow("too short") << QStringLiteral("9123456") << -1;
}

void TestOrgNumber::checkDigit()
{
    QFETCH(QString, firstEight);
    QFETCH(int, digit);
    QCOMPARE(OrgNumber::checkDigit(firstEight), digit);
}

void TestOrgNumber::messageNamesField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("hasMessage");
    QTest::newRow("valid") << QStringLiteral("923609016") << true << false;
    QTest::newRow("empty, required") << QString() << true << true;
    QTest::newRow("empty, optional") << QString() << false << false;
    QTest::newRow("bad check digit") << QStringLiteral("923609015") << true << true;
    QTest::newRow("bad check digit, optional") << QStringLiteral("923609015") << false << true;
    QTest::newRow("letters") << QStringLiteral("ABC") << false << true;
    QTest::newRow("short") << QStringLiteral("1234") << true << true;
}

void TestOrgNumber::messageNamesField()
{
    QFETCH(QString, input);
    QFETCH(bool, required);
    QFETCH(bool, hasMessage);
    const QString message = LicenceValidator::checkOrgNumber(input, required);
    QCOMPARE(!message.isEmpty(), hasMessage);
    if (hasMessage)
        QVERIFY2(message.startsWith(QStringLiteral("Organisation number:")), qPrintable(message));
}

void TestOrgNumber::formatted()
{
    QCOMPARE(OrgNumber::formatted(QStringLiteral("923609016")), QStringLiteral("923 609 016"));
    QCOMPARE(OrgNumber::normalized(QStringLiteral(" 923 609 016 ")), QStringLiteral("923609016"));
    QCOMPARE(OrgNumber::formatted(QStringLiteral("12")), QStringLiteral("12"));
}

QTEST_GUILESS_MAIN(TestOrgNumber)
#include "TestOrgNumber.moc"
