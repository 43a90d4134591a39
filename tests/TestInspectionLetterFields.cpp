#include "TestSupport.h"
#include "letters/InspectionLetterFields.h"
#include "letters/LetterTemplate.h"

#include <QTest>

using namespace bevilling;

namespace {

const QDate kToday(2026, 9, 1);

RegisterInfo info()
{
    RegisterInfo i;
    i.municipalityName = QStringLiteral("Bærum kommune");
    i.municipalityNumber = QStringLiteral("3201");
    return i;
}

Inspection inspection()
{
    Inspection in;
    in.id = 7;
    in.number = QStringLiteral("K-2026-004");
    in.licenceId = 1;
    in.date = QDate(2026, 8, 28);
    in.start = QTime(23, 15);
    in.end = QTime(0, 45);
    in.type = rules::InspectionType::Serving;
    in.mode = InspectionMode::Anonymous;
    in.checklist = {{QStringLiteral("age_checks"), true, true, QString()},
                    {QStringLiteral("intoxication"), true, false, QStringLiteral("én gjest")},
                    {QStringLiteral("advertising"), false, true, QString()}};
    InspectionFinding drunk;
    drunk.id = 31;
    drunk.code = QStringLiteral("intoxicated_served");
    drunk.description = QStringLiteral("Gjest fikk servert øl i baren.");
    IntoxicationSigns signs;
    signs.speech = QStringLiteral("snøvlete tale");
    signs.balance = QStringLiteral("ustø gange");
    signs.served = QStringLiteral("0,5 l pils");
    signs.when = QTime(0, 10);
    drunk.signs = signs;
    InspectionFinding hours;
    hours.id = 32;
    hours.code = QStringLiteral("hours");
    hours.description = QStringLiteral("Skjenket etter kl. 02.00.");
    in.findings = {drunk, hours};
    return in;
}

SanctionCase sanction()
{
    SanctionCase c;
    c.id = 3;
    c.number = QStringLiteral("S-2026-002");
    c.licenceId = 1;
    c.status = SanctionStatus::Decided;
    SanctionFinding drunk;
    drunk.inspectionFindingId = 31;
    drunk.code = QStringLiteral("intoxicated_served");
    drunk.offenceDate = QDate(2026, 8, 28);
    drunk.source = QStringLiteral("K-2026-004");
    drunk.standardPrikker = 4;
    drunk.decidedPrikker = 2;
    drunk.reason = QStringLiteral("Personalet stanset serveringen selv.");
    SanctionFinding police;
    police.code = QStringLiteral("hours");
    police.offenceDate = QDate(2026, 8, 20);
    police.source = QStringLiteral("Politiet");
    police.standardPrikker = 4;
    c.findings = {drunk, police};
    c.noticeSent = QDate(2026, 8, 1);
    c.responseDeadline = QDate(2026, 8, 15);
    c.response = QStringLiteral("Vi beklager.");
    c.decidedOn = QDate(2026, 8, 20);
    c.decidedBy = QStringLiteral("Kari Saksbehandler");
    c.reference = QStringLiteral("2026/123");
    return c;
}

SanctionProposal proposal(int before, int cases)
{
    SanctionProposal p;
    p.casePrikker = cases;
    p.before.activePrikker = before;
    p.after.activePrikker = before + cases;
    return p;
}

Licence licence()
{
    Licence l = test::makeServingLicence(QStringLiteral("2024-017"));
    l.id = 1;
    l.licensee.address = QStringLiteral("Postboks 12, 1337 Sandvika");
    return l;
}

} // namespace

class TestInspectionLetterFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportFields_data();
    void reportFields();
    void reportWithoutFindingsSaysNoRemarks();
    void sanctionFields_data();
    void sanctionFields();
    void suspensionFields();
    void readiness_data();
    void readiness();
    void shippedTemplatesUseOnlyKnownFields_data();
    void shippedTemplatesUseOnlyKnownFields();
    void valuesAreEscaped();
};

void TestInspectionLetterFields::reportFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // contained in the value

    QTest::newRow("kommune") << QStringLiteral("kommune") << QStringLiteral("Bærum kommune");
    QTest::newRow("dato") << QStringLiteral("dato") << QStringLiteral("01.09.2026");
    QTest::newRow("nummer") << QStringLiteral("kontroll_nummer") << QStringLiteral("K-2026-004");
    QTest::newRow("kontrolldato") << QStringLiteral("kontroll_dato") << QStringLiteral("28.08.2026");
    QTest::newRow("tid past midnight") << QStringLiteral("kontroll_tid") << QStringLiteral("23.15–00.45");
    QTest::newRow("type") << QStringLiteral("kontroll_type") << QStringLiteral("Ordinær skjenkekontroll");
    QTest::newRow("form") << QStringLiteral("kontroll_form") << QStringLiteral("Anonym kontroll");
    QTest::newRow("kontrollører") << QStringLiteral("kontrollorer") << QStringLiteral("Per Kontrollør, Lise Kontrollør");
    QTest::newRow("sjekkliste i orden") << QStringLiteral("sjekkliste") << QStringLiteral("Alderskontroll: i orden");
    QTest::newRow("sjekkliste avvik") << QStringLiteral("sjekkliste")
                                      << QStringLiteral("Beruselse (påvirkede gjester): ikke i orden (én gjest)");
    QTest::newRow("funn wording") << QStringLiteral("funn")
                                  << QStringLiteral("1. Salg/skjenking til åpenbart påvirket person: Gjest fikk servert øl i baren.");
    QTest::newRow("funn signs") << QStringLiteral("funn")
                                << QStringLiteral("tale: snøvlete tale; balanse: ustø gange; servert: 0,5 l pils; klokkeslett: 00.10");
    QTest::newRow("funn second") << QStringLiteral("funn") << QStringLiteral("2. Brudd på salgs-, utleverings- eller skjenketid");
    QTest::newRow("bevillingshaver") << QStringLiteral("bevillingshaver") << QStringLiteral("Fjordkroa AS");
    QTest::newRow("bevillingsnummer") << QStringLiteral("bevillingsnummer") << QStringLiteral("2024-017");
    QTest::newRow("sted") << QStringLiteral("sted") << QStringLiteral("Fjordkroa, Sandviksveien 12, 1337 Sandvika");
    QTest::newRow("hjemmel") << QStringLiteral("lovhjemmel") << QStringLiteral("alkoholforskriften § 9-6");
    QTest::newRow("two weeks from sending") << QStringLiteral("kommentarfrist") << QStringLiteral("13.09.2026");
}

void TestInspectionLetterFields::reportFields()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    Inspection in = inspection();
    in.reportSent = QDate(2026, 8, 30);
    const QMap<QString, QString> values = InspectionLetterFields::reportFields(
        in, licence(), {QStringLiteral("Per Kontrollør"), QStringLiteral("Lise Kontrollør")}, info(), kToday);
    QVERIFY2(values.contains(key), qPrintable(key));
    QVERIFY2(values.value(key).contains(expected), qPrintable(values.value(key)));
    // Unchecked items are not reported.
    QVERIFY(!values.value(QStringLiteral("sjekkliste")).contains(QStringLiteral("Reklame")));
}

void TestInspectionLetterFields::reportWithoutFindingsSaysNoRemarks()
{
    Inspection in = inspection();
    in.findings.clear();
    in.checklist.clear();
    const QMap<QString, QString> values = InspectionLetterFields::reportFields(in, licence(), {}, info(), kToday);
    QCOMPARE(values.value(QStringLiteral("funn")), QStringLiteral("Ingen merknader."));
    // Not sent yet: two weeks from the letter's date.
    QCOMPARE(values.value(QStringLiteral("kommentarfrist")), QStringLiteral("15.09.2026"));
}

void TestInspectionLetterFields::sanctionFields_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const int notice = int(InspectionLetterKind::PrikkNotice);
    const int decision = int(InspectionLetterKind::PrikkDecision);
    QTest::newRow("notice: standard prikker") << notice << QStringLiteral("funn")
                                              << QStringLiteral("1. Salg/skjenking til åpenbart påvirket person (K-2026-004, 28.08.2026): 4 prikker");
    QTest::newRow("notice: description") << notice << QStringLiteral("funn")
                                         << QStringLiteral("Beskrivelse: Gjest fikk servert øl i baren.");
    QTest::newRow("notice: signs") << notice << QStringLiteral("funn") << QStringLiteral("Observerte tegn – tale: snøvlete tale");
    QTest::newRow("notice: report") << notice << QStringLiteral("funn") << QStringLiteral("(Politiet, 20.08.2026): 4 prikker");
    QTest::newRow("notice: deadline") << notice << QStringLiteral("svarfrist") << QStringLiteral("15.08.2026");
    QTest::newRow("notice: total before") << notice << QStringLiteral("prikker_for") << QStringLiteral("3 prikker");
    QTest::newRow("notice: total after") << notice << QStringLiteral("prikker_etter") << QStringLiteral("9 prikker");
    QTest::newRow("notice: case") << notice << QStringLiteral("prikker_sak") << QStringLiteral("6 prikker");
    QTest::newRow("notice: basis") << notice << QStringLiteral("lovhjemmel")
                                   << QStringLiteral("alkoholloven § 1-8 og alkoholforskriften §§ 10-1 til 10-6");
    QTest::newRow("notice: no appeal") << notice << QStringLiteral("klage") << QString();
    QTest::newRow("decision: deviation") << decision << QStringLiteral("funn") << QStringLiteral("2 prikker (standard 4 prikker)");
    QTest::newRow("decision: reason") << decision << QStringLiteral("funn")
                                      << QStringLiteral("Begrunnelse for avviket: Personalet stanset serveringen selv.");
    QTest::newRow("decision: date") << decision << QStringLiteral("vedtaksdato") << QStringLiteral("20.08.2026");
    QTest::newRow("decision: by") << decision << QStringLiteral("vedtatt_av") << QStringLiteral("Kari Saksbehandler");
    QTest::newRow("decision: appeal weeks") << decision << QStringLiteral("klage") << QStringLiteral("innen 3 uker");
    QTest::newRow("decision: appeal law") << decision << QStringLiteral("klage") << QStringLiteral("forvaltningsloven §§ 28 og 29");
    QTest::newRow("decision: appeal body") << decision << QStringLiteral("klage") << QStringLiteral("Statsforvalteren");
    QTest::newRow("decision: below 12") << decision << QStringLiteral("konsekvens") << QStringLiteral("har med dette 9 prikker");
}

void TestInspectionLetterFields::sanctionFields()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QMap<QString, QString> values = InspectionLetterFields::sanctionFields(
        sanction(), InspectionLetterKind(kind), licence(), {inspection()}, proposal(3, 6), info(), kToday);
    QVERIFY2(values.contains(key), qPrintable(key));
    if (expected.isEmpty())
        QCOMPARE(values.value(key), QString());
    else
        QVERIFY2(values.value(key).contains(expected), qPrintable(values.value(key)));
}

void TestInspectionLetterFields::suspensionFields()
{
    SanctionCase c = sanction();
    SanctionSuspension s;
    s.noticeSent = QDate(2026, 8, 22);
    s.decided = QDate(2026, 8, 30);
    s.days = 7;
    s.from = QDate(2026, 9, 14);
    s.to = QDate(2026, 9, 20);
    c.suspension = s;
    const QMap<QString, QString> values = InspectionLetterFields::sanctionFields(
        c, InspectionLetterKind::SuspensionDecision, licence(), {}, proposal(8, 6), info(), kToday);
    QCOMPARE(values.value(QStringLiteral("inndragning_dager")), QStringLiteral("7 dager"));
    QCOMPARE(values.value(QStringLiteral("inndragning_fra")), QStringLiteral("14.09.2026"));
    QCOMPARE(values.value(QStringLiteral("inndragning_til")), QStringLiteral("20.09.2026"));
    QCOMPARE(values.value(QStringLiteral("inndragning_vedtatt")), QStringLiteral("30.08.2026"));
    QCOMPARE(values.value(QStringLiteral("varsel_inndragning_dato")), QStringLiteral("22.08.2026"));
    QVERIFY(values.value(QStringLiteral("konsekvens")).contains(QStringLiteral("14 prikker")));
    QVERIFY(values.value(QStringLiteral("klage")).contains(QStringLiteral("Statsforvalteren")));
    // The notice before the decision: days from the rules engine (14 prikker).
    c.suspension.reset();
    const QMap<QString, QString> notice = InspectionLetterFields::sanctionFields(
        c, InspectionLetterKind::SuspensionNotice, licence(), {}, proposal(8, 6), info(), kToday);
    QCOMPARE(notice.value(QStringLiteral("inndragning_dager")),
             QStringLiteral("%1 dager").arg(rules::PrikkLedger::suspensionDays(14)));
    QCOMPARE(notice.value(QStringLiteral("inndragning_fra")), QString());
}

void TestInspectionLetterFields::readiness_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("decided");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("suspensionDecided");
    QTest::addColumn<QString>("error"); // empty: ready

    const int notice = int(InspectionLetterKind::PrikkNotice);
    const int decision = int(InspectionLetterKind::PrikkDecision);
    const int sNotice = int(InspectionLetterKind::SuspensionNotice);
    const int sDecision = int(InspectionLetterKind::SuspensionDecision);
    const QString notDecided = InspectionLetterFields::ErrorNotDecided;
    const QString notDue = InspectionLetterFields::ErrorNotDue;
    QTest::newRow("notice undecided") << notice << false << 4 << false << QString();
    QTest::newRow("decision undecided") << decision << false << 4 << false << notDecided;
    QTest::newRow("decision decided") << decision << true << 4 << false << QString();
    QTest::newRow("suspension notice undecided") << sNotice << false << 12 << false << notDecided;
    QTest::newRow("suspension notice below 12") << sNotice << true << 11 << false << notDue;
    QTest::newRow("suspension notice at 12") << sNotice << true << 12 << false << QString();
    QTest::newRow("suspension decision missing") << sDecision << true << 12 << false << notDecided;
    QTest::newRow("suspension decision decided") << sDecision << true << 12 << true << QString();
    QTest::newRow("report from a case") << int(InspectionLetterKind::Report) << true << 0 << false << notDue;
}

void TestInspectionLetterFields::readiness()
{
    QFETCH(int, kind);
    QFETCH(bool, decided);
    QFETCH(int, total);
    QFETCH(bool, suspensionDecided);
    QFETCH(QString, error);
    SanctionCase c = sanction();
    if (!decided)
        c.decidedOn = QDate();
    if (suspensionDecided)
        c.suspension = SanctionSuspension{QDate(2026, 8, 22), QDate(2026, 8, 30), 7, QDate(2026, 9, 14), QDate(2026, 9, 20)};
    const Status ready = InspectionLetterFields::readyFor(c, InspectionLetterKind(kind), proposal(0, total));
    if (error.isEmpty()) {
        QVERIFY2(ready.ok(), qPrintable(ready.error().toString()));
    } else {
        QVERIFY(!ready.ok());
        QCOMPARE(ready.error().code, error);
        QVERIFY(ready.error().message.contains(QStringLiteral("S-2026-002")) || ready.error().message.contains(QStringLiteral("12")));
    }
}

void TestInspectionLetterFields::shippedTemplatesUseOnlyKnownFields_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("kontrollrapport") << int(InspectionLetterKind::Report);
    QTest::newRow("forhåndsvarsel prikker") << int(InspectionLetterKind::PrikkNotice);
    QTest::newRow("vedtak prikker") << int(InspectionLetterKind::PrikkDecision);
    QTest::newRow("forhåndsvarsel inndragning") << int(InspectionLetterKind::SuspensionNotice);
    QTest::newRow("vedtak inndragning") << int(InspectionLetterKind::SuspensionDecision);
}

void TestInspectionLetterFields::shippedTemplatesUseOnlyKnownFields()
{
    QFETCH(int, kind);
    const InspectionLetterKind letter = InspectionLetterKind(kind);
    const QString html = InspectionLetterFields::shipped(letter);
    QVERIFY2(!html.isEmpty(), qPrintable(InspectionLetterFields::templateFile(letter)));
    SanctionCase c = sanction();
    c.suspension = SanctionSuspension{QDate(2026, 8, 22), QDate(2026, 8, 30), 7, QDate(2026, 9, 14), QDate(2026, 9, 20)};
    const QMap<QString, QString> values =
        letter == InspectionLetterKind::Report
            ? InspectionLetterFields::reportFields(inspection(), licence(), {QStringLiteral("Per")}, info(), kToday)
            : InspectionLetterFields::sanctionFields(c, letter, licence(), {inspection()}, proposal(8, 6), info(), kToday);
    const QString merged = LetterTemplate::merge(html, values);
    QVERIFY2(!merged.contains(QStringLiteral("{{")), qPrintable(merged));
    QVERIFY(merged.contains(QStringLiteral("Fjordkroa AS")));
    QVERIFY(merged.contains(QStringLiteral("Bærum kommune")));
    if (letter == InspectionLetterKind::Report)
        QVERIFY(merged.contains(QStringLiteral("innen to uker")));
    if (letter == InspectionLetterKind::PrikkDecision || letter == InspectionLetterKind::SuspensionDecision)
        QVERIFY(merged.contains(QStringLiteral("Statsforvalteren")));
}

void TestInspectionLetterFields::valuesAreEscaped()
{
    Licence l = licence();
    l.licensee.name = QStringLiteral("Bar & <Bistro> \"AS\"");
    Inspection in = inspection();
    in.findings[1].description = QStringLiteral("Linje 1\nLinje <2>");
    const QMap<QString, QString> values = InspectionLetterFields::reportFields(in, l, {}, info(), kToday);
    const QString merged = LetterTemplate::merge(
        QStringLiteral("<p>{{bevillingshaver}}</p><p>{{funn}}</p>"), values);
    QVERIFY2(merged.contains(QStringLiteral("<p>Bar &amp; &lt;Bistro&gt; &quot;AS&quot;</p>")), qPrintable(merged));
    QVERIFY2(merged.contains(QStringLiteral("Linje 1<br>Linje &lt;2&gt;")), qPrintable(merged));
    QVERIFY(!merged.contains(QStringLiteral("<Bistro>")));
}

QTEST_GUILESS_MAIN(TestInspectionLetterFields)
#include "TestInspectionLetterFields.moc"
