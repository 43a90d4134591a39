#include "TestSupport.h"
#include "validation/LicenceValidator.h"

#include <QTest>

#include <functional>

using namespace bevilling;
using Mutation = std::function<void(Licence &)>;
Q_DECLARE_METATYPE(Mutation)

class TestLicenceValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baseLicenceIsValid();
    void rules_data();
    void rules();
    void groups_data();
    void groups();
    void ageOn_data();
    void ageOn();
    void formatting();
};

void TestLicenceValidator::baseLicenceIsValid()
{
    const QList<FieldError> errors = LicenceValidator().validate(test::makeServingLicence());
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
}

// Each row changes one thing in a valid licence; `field` is the error expected (empty: valid).
void TestLicenceValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageStart");

    QTest::newRow("number missing") << Mutation([](Licence &l) { l.number = QStringLiteral("  "); })
                                    << QStringLiteral("number") << QStringLiteral("Licence number:");
    QTest::newRow("licensee name missing") << Mutation([](Licence &l) { l.licensee.name.clear(); })
                                           << QStringLiteral("licensee.name") << QStringLiteral("Licensee:");
    QTest::newRow("org number bad check digit") << Mutation([](Licence &l) { l.licensee.orgNumber = QStringLiteral("923609015"); })
                                                << QStringLiteral("licensee.orgNumber") << QStringLiteral("Organisation number:");
    QTest::newRow("org number missing on ordinary licence")
        << Mutation([](Licence &l) { l.licensee.orgNumber.clear(); }) << QStringLiteral("licensee.orgNumber")
        << QStringLiteral("Organisation number:");
    QTest::newRow("org number optional for single occasion") << Mutation([](Licence &l) {
        l.kind = LicenceKind::SingleOccasion;
        l.eventName = QStringLiteral("Sommerkonsert");
        l.licensee.orgNumber.clear();
    }) << QString() << QString();
    QTest::newRow("valid_to before valid_from") << Mutation([](Licence &l) { l.validTo = QDate(2024, 9, 30); })
                                                << QStringLiteral("validTo") << QStringLiteral("Valid to:");
    QTest::newRow("valid_to equal to valid_from") << Mutation([](Licence &l) { l.validTo = l.validFrom; }) << QString() << QString();
    QTest::newRow("valid_from missing") << Mutation([](Licence &l) { l.validFrom = QDate(); })
                                        << QStringLiteral("validFrom") << QStringLiteral("Valid from:");
    QTest::newRow("valid_to missing") << Mutation([](Licence &l) { l.validTo = QDate(); })
                                      << QStringLiteral("validTo") << QStringLiteral("Valid to:");
    QTest::newRow("manager missing on serving licence") << Mutation([](Licence &l) { l.manager = Person(); })
                                                         << QStringLiteral("manager.name") << QStringLiteral("Manager:");
    QTest::newRow("deputy missing on sales licence") << Mutation([](Licence &l) {
        l.kind = LicenceKind::Sale;
        l.groups = Group1;
        l.deputies.clear();
    }) << QStringLiteral("deputies") << QStringLiteral("Deputy:");
    QTest::newRow("no manager needed for single occasion") << Mutation([](Licence &l) {
        l.kind = LicenceKind::SingleOccasion;
        l.eventName = QStringLiteral("Jazzfestival");
        l.manager = Person();
        l.deputies.clear();
    }) << QString() << QString();
    QTest::newRow("no manager needed for travelling licence") << Mutation([](Licence &l) {
        l.kind = LicenceKind::Travelling;
        l.eventName = QStringLiteral("Bryllup, lukket selskap");
        l.manager = Person();
        l.deputies.clear();
        l.premises = Premises();
    }) << QString() << QString();
    QTest::newRow("manager 20 on start date") << Mutation([](Licence &l) { l.manager.birthDate = QDate(2004, 10, 1); })
                                              << QString() << QString();
    QTest::newRow("manager turns 20 the day after start") << Mutation([](Licence &l) { l.manager.birthDate = QDate(2004, 10, 2); })
                                                          << QStringLiteral("manager.birthDate") << QStringLiteral("Manager:");
    QTest::newRow("deputy 19") << Mutation([](Licence &l) { l.deputies[0].birthDate = QDate(2005, 3, 1); })
                               << QStringLiteral("deputies[0].birthDate") << QStringLiteral("Deputy 1:");
    QTest::newRow("second deputy without birth date") << Mutation([](Licence &l) {
        Person p;
        p.role = PersonRole::Deputy;
        p.name = QStringLiteral("Per Olsen");
        l.deputies.append(p);
    }) << QStringLiteral("deputies[1].birthDate") << QStringLiteral("Deputy 2:");
    QTest::newRow("blank deputy rows are ignored") << Mutation([](Licence &l) { l.deputies.append(Person()); })
                                                   << QString() << QString();
    QTest::newRow("premises name missing") << Mutation([](Licence &l) { l.premises.name.clear(); })
                                           << QStringLiteral("premises.name") << QStringLiteral("Premises:");
    QTest::newRow("premises address missing") << Mutation([](Licence &l) { l.premises.address.clear(); })
                                              << QStringLiteral("premises.address") << QStringLiteral("Address:");
    QTest::newRow("negative capacity") << Mutation([](Licence &l) { l.premises.capacity = -1; })
                                       << QStringLiteral("premises.capacity") << QStringLiteral("Capacity:");
    QTest::newRow("postal code not 4 digits") << Mutation([](Licence &l) { l.premises.postalCode = QStringLiteral("133"); })
                                              << QStringLiteral("premises.postalCode") << QStringLiteral("Postal code:");
    QTest::newRow("serving without area") << Mutation([](Licence &l) { l.indoor = false; l.outdoor = false; })
                                          << QStringLiteral("areas") << QStringLiteral("Serving area:");
    QTest::newRow("sale without area is fine") << Mutation([](Licence &l) {
        l.kind = LicenceKind::Sale;
        l.groups = Group1;
        l.indoor = false;
        l.outdoor = false;
    }) << QString() << QString();
    QTest::newRow("single occasion needs occasion") << Mutation([](Licence &l) { l.kind = LicenceKind::SingleOccasion; })
                                                    << QStringLiteral("eventName") << QStringLiteral("Occasion:");
    QTest::newRow("end date before start") << Mutation([](Licence &l) {
        l.endedOn = QDate(2024, 9, 1);
        l.endReason = EndReason::Surrendered;
    }) << QStringLiteral("endedOn") << QStringLiteral("End date:");
    QTest::newRow("end without reason") << Mutation([](Licence &l) { l.endedOn = QDate(2025, 9, 1); })
                                        << QStringLiteral("endReason") << QStringLiteral("End reason:");
}

void TestLicenceValidator::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, messageStart);
    Licence licence = test::makeServingLicence();
    mutate(licence);
    const QList<FieldError> errors = LicenceValidator().validate(licence);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().field + QLatin1Char(' ') + errors.first().message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.startsWith(messageStart), qPrintable(errors.first().message));
}

void TestLicenceValidator::groups_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("groups");
    QTest::addColumn<bool>("allowSaleGroup2");
    QTest::addColumn<bool>("valid");
    const int sale = int(LicenceKind::Sale);
    const int serving = int(LicenceKind::Serving);
    const int single = int(LicenceKind::SingleOccasion);
    QTest::newRow("serving 1") << serving << int(Group1) << false << true;
    QTest::newRow("serving 1+2") << serving << int(Group1 | Group2) << false << true;
    QTest::newRow("serving 1+2+3") << serving << int(Group1 | Group2 | Group3) << false << true;
    QTest::newRow("serving 2 alone") << serving << int(Group2) << false << false;
    QTest::newRow("serving 3 alone") << serving << int(Group3) << false << false;
    QTest::newRow("serving 1+3") << serving << int(Group1 | Group3) << false << false;
    QTest::newRow("serving 2+3") << serving << int(Group2 | Group3) << false << false;
    QTest::newRow("serving none") << serving << 0 << false << false;
    QTest::newRow("single occasion 1+2") << single << int(Group1 | Group2) << false << true;
    QTest::newRow("single occasion 1+3") << single << int(Group1 | Group3) << false << false;
    QTest::newRow("sale 1") << sale << int(Group1) << false << true;
    QTest::newRow("sale 1+2 not allowed") << sale << int(Group1 | Group2) << false << false;
    QTest::newRow("sale 1+2 explicitly allowed") << sale << int(Group1 | Group2) << true << true;
    QTest::newRow("sale 1+2+3 never") << sale << int(Group1 | Group2 | Group3) << true << false;
    QTest::newRow("sale 2 alone") << sale << int(Group2) << true << false;
}

void TestLicenceValidator::groups()
{
    QFETCH(int, kind);
    QFETCH(int, groups);
    QFETCH(bool, allowSaleGroup2);
    QFETCH(bool, valid);
    ValidationOptions options;
    options.allowSaleGroup2 = allowSaleGroup2;
    const QString message = LicenceValidator(options).checkGroups(LicenceKind(kind), groups);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY(message.startsWith(QStringLiteral("Alcohol groups:")));
}

void TestLicenceValidator::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("birthday today") << QDate(2004, 10, 1) << QDate(2024, 10, 1) << 20;
    QTest::newRow("day before birthday") << QDate(2004, 10, 2) << QDate(2024, 10, 1) << 19;
    QTest::newRow("leap day born, non-leap year") << QDate(2004, 2, 29) << QDate(2024, 2, 28) << 19;
    QTest::newRow("leap day born, 1 March") << QDate(2004, 2, 29) << QDate(2024, 3, 1) << 20;
}

void TestLicenceValidator::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(LicenceValidator::ageOn(birth, on), age);
}

void TestLicenceValidator::formatting()
{
    QCOMPARE(formatDate(QDate(2028, 9, 30)), QStringLiteral("30.09.2028"));
    QCOMPARE(formatAmount(20326.0), QStringLiteral("kr 20 326,00"));
    QCOMPARE(formatAmount(1234567.5), QStringLiteral("kr 1 234 567,50"));
    QCOMPARE(formatAmount(0.05), QStringLiteral("kr 0,05"));
    QCOMPARE(formatAmount(-6100), QStringLiteral("kr -6 100,00"));
    QCOMPARE(DomainTexts::groupsText(Group1 | Group2 | Group3), QStringLiteral("1+2+3"));
    QCOMPARE(DomainTexts::groupsFromText(QStringLiteral("1+2")).value_or(-1), int(Group1 | Group2));
    QVERIFY(!DomainTexts::groupsFromText(QStringLiteral("1+4")));
    QVERIFY(!DomainTexts::groupsFromText(QStringLiteral("1+1")));
}

QTEST_GUILESS_MAIN(TestLicenceValidator)
#include "TestLicenceValidator.moc"
