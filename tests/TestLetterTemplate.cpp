#include "TestSupport.h"
#include "cases/Case.h"
#include "letters/LetterTemplate.h"
#include "storage/RegisterSettings.h"

#include <QRegularExpression>
#include <QTest>

using namespace bevilling;

namespace {

RegisterInfo baerum()
{
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Bærum kommune");
    info.municipalityNumber = QStringLiteral("3201");
    return info;
}

// A new serving licence, granted by an officer with delegated authority.
Case grantedCase()
{
    Case c;
    c.id = 7;
    c.number = QStringLiteral("2026-0007");
    c.type = CaseType::NewLicence;
    c.status = CaseStatus::Decided;
    c.receivedOn = QDate(2026, 1, 5);
    c.assignedTo = QStringLiteral("Siri Saksbehandler");
    c.application = test::makeServingLicence(QString());
    c.application.licensee.address = QStringLiteral("Postboks 7, 1337 Sandvika");
    c.application.outdoor = true;
    c.application.outdoorDescription = QStringLiteral("Terrasse mot sjøen");
    Person second;
    second.role = PersonRole::Deputy;
    second.name = QStringLiteral("Per Pål");
    c.application.deputies.append(second);
    CaseDecision d;
    d.outcome = DecisionOutcome::Granted;
    d.body = DecisionBody::Delegated;
    d.decidedBy = QStringLiteral("Siri Saksbehandler");
    d.decidedOn = QDate(2026, 3, 2);
    d.reference = QStringLiteral("2026/1234-5");
    d.validFrom = QDate(2026, 3, 2);
    d.validTo = QDate(2028, 9, 30);
    d.conditions = QStringLiteral("Uteservering avsluttes kl. 22.30.");
    c.decision = d;
    return c;
}

Case refusedCase()
{
    Case c = grantedCase();
    c.decision->outcome = DecisionOutcome::Refused;
    c.decision->body = DecisionBody::Council;
    c.decision->decidedBy = QStringLiteral("Formannskapet");
    c.decision->reference = QStringLiteral("PS 45/26");
    c.decision->validFrom = QDate();
    c.decision->validTo = QDate();
    c.decision->conditions.clear();
    c.decision->reason = QStringLiteral("Stedet retter seg i hovedsak mot barn og unge (retningslinjene punkt 2.4).");
    return c;
}

// The letter as a reader sees it: tags dropped, entities decoded, whitespace folded.
QString plainText(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<head[^>]*>.*</head>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

} // namespace

class TestLetterTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldValue_data();
    void fieldValue();
    void everyFieldHasAValue();
    void licenceFillsWhatTheApplicationLacks();
    void refusalFields();
    void titleAndLegalBasis_data();
    void titleAndLegalBasis();
    void escapesValues_data();
    void escapesValues();
    void lineBreaksBecomeBr();
    void unknownPlaceholders_data();
    void unknownPlaceholders();
    void mergeKeepsUnknownPlaceholdersVisible();
    void mergeLeavesOutEmptyRows_data();
    void mergeLeavesOutEmptyRows();
    void shippedTemplatesHaveOnlyKnownFields_data();
    void shippedTemplatesHaveOnlyKnownFields();
    void grantLetter();
    void refusalLetterCitesReasonAndAppeal();
    void kindFor();
    void exampleFieldsFillEveryField();
};

void TestLetterTemplate::fieldValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kommune") << "kommune" << "Bærum kommune";
    QTest::newRow("kommunenummer") << "kommunenummer" << "3201";
    QTest::newRow("dato") << "dato" << "04.03.2026";
    QTest::newRow("saksbehandler") << "saksbehandler" << "Siri Saksbehandler";
    QTest::newRow("saksnummer") << "saksnummer" << "2026-0007";
    QTest::newRow("mottatt_dato") << "mottatt_dato" << "05.01.2026";
    QTest::newRow("sakstype") << "sakstype" << "Ny bevilling";
    QTest::newRow("vedtak_tittel") << "vedtak_tittel" << "Vedtak om skjenkebevilling";
    QTest::newRow("soknaden_gjelder") << "soknaden_gjelder" << "skjenkebevilling";
    QTest::newRow("bevillingstype") << "bevillingstype" << "skjenkebevilling";
    QTest::newRow("lovhjemmel") << "lovhjemmel" << "alkoholloven §§ 1-4a, 1-6, 1-7 og 4-2";
    QTest::newRow("bevillingsnummer") << "bevillingsnummer" << "2026-031";
    QTest::newRow("bevillingshaver") << "bevillingshaver" << "Fjordkroa AS";
    QTest::newRow("organisasjonsnummer") << "organisasjonsnummer" << "923 609 016";
    QTest::newRow("bevillingshaver_adresse") << "bevillingshaver_adresse" << "Postboks 7, 1337 Sandvika";
    QTest::newRow("sted_navn") << "sted_navn" << "Fjordkroa";
    QTest::newRow("sted_adresse") << "sted_adresse" << "Sandviksveien 12, 1337 Sandvika";
    QTest::newRow("styrer") << "styrer" << "Kari Nordmann";
    QTest::newRow("stedfortredere") << "stedfortredere" << "Ola Hansen og Per Pål";
    QTest::newRow("alkoholgrupper") << "alkoholgrupper" << "gruppe 1, 2 og 3";
    QTest::newRow("arealer") << "arealer" << "Innendørs: Restaurantsal, 1. etasje\nUtendørs: Terrasse mot sjøen";
    QTest::newRow("arrangement") << "arrangement" << "";
    QTest::newRow("periode_fra") << "periode_fra" << "02.03.2026";
    QTest::newRow("periode_til") << "periode_til" << "30.09.2028";
    QTest::newRow("vedtaksdato") << "vedtaksdato" << "02.03.2026";
    QTest::newRow("vedtaksorgan") << "vedtaksorgan" << "etter delegert myndighet";
    QTest::newRow("vedtatt_av") << "vedtatt_av" << "Siri Saksbehandler";
    QTest::newRow("referanse") << "referanse" << "2026/1234-5";
    QTest::newRow("begrunnelse") << "begrunnelse" << "";
    QTest::newRow("vilkar") << "vilkar" << "Uteservering avsluttes kl. 22.30.";
}

void TestLetterTemplate::fieldValue()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    Licence granted = grantedCase().application;
    granted.id = 31;
    granted.number = QStringLiteral("2026-031");
    const QMap<QString, QString> values = LetterTemplate::fields(grantedCase(), &granted, baerum(), QDate(2026, 3, 4));
    QVERIFY2(values.contains(key), qPrintable(key));
    QCOMPARE(values.value(key), expected);
}

void TestLetterTemplate::everyFieldHasAValue()
{
    const QMap<QString, QString> values = LetterTemplate::fields(grantedCase(), nullptr, baerum(), QDate(2026, 3, 4));
    QStringList keys = LetterTemplate::fieldKeys();
    keys.sort();
    QCOMPARE(values.keys(), keys);
    // Every field has a description for the editor, and keys are unique.
    for (const LetterField &field : LetterTemplate::allFields())
        QVERIFY2(!field.description.isEmpty(), qPrintable(field.key));
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
}

void TestLetterTemplate::licenceFillsWhatTheApplicationLacks()
{
    // A renewal whose application only names the licensee: the rest comes from the licence.
    Case c = grantedCase();
    c.type = CaseType::Renewal;
    c.application = Licence();
    c.application.licensee.name = QStringLiteral("Fjordkroa Drift AS");
    c.application.groups = 0;
    c.application.indoor = false;
    c.decision->conditions.clear();
    const Licence licence = test::makeServingLicence(QStringLiteral("2024-001"));
    const QMap<QString, QString> values = LetterTemplate::fields(c, &licence, baerum(), QDate(2026, 3, 4));
    QCOMPARE(values.value(QStringLiteral("bevillingshaver")), QStringLiteral("Fjordkroa Drift AS"));
    QCOMPARE(values.value(QStringLiteral("organisasjonsnummer")), QStringLiteral("923 609 016"));
    QCOMPARE(values.value(QStringLiteral("sted_adresse")), QStringLiteral("Sandviksveien 12, 1337 Sandvika"));
    QCOMPARE(values.value(QStringLiteral("styrer")), QStringLiteral("Kari Nordmann"));
    QCOMPARE(values.value(QStringLiteral("stedfortredere")), QStringLiteral("Ola Hansen"));
    QCOMPARE(values.value(QStringLiteral("alkoholgrupper")), QStringLiteral("gruppe 1, 2 og 3"));
    QCOMPARE(values.value(QStringLiteral("arealer")), QStringLiteral("Innendørs: Restaurantsal, 1. etasje"));
    QCOMPARE(values.value(QStringLiteral("bevillingsnummer")), QStringLiteral("2024-001"));
    QCOMPARE(values.value(QStringLiteral("vilkar")), QStringLiteral("Skjenking ute avsluttes kl. 22.30."));
    QCOMPARE(values.value(QStringLiteral("vedtak_tittel")), QStringLiteral("Vedtak om fornyet skjenkebevilling"));
    // The decision's period wins over the licence's.
    QCOMPARE(values.value(QStringLiteral("periode_fra")), QStringLiteral("02.03.2026"));
}

void TestLetterTemplate::refusalFields()
{
    const QMap<QString, QString> values = LetterTemplate::fields(refusedCase(), nullptr, baerum(), QDate(2026, 3, 4));
    QCOMPARE(values.value(QStringLiteral("vedtak_tittel")),
             QStringLiteral("Vedtak om avslag på søknad om skjenkebevilling"));
    QCOMPARE(values.value(QStringLiteral("begrunnelse")), refusedCase().decision->reason);
    QCOMPARE(values.value(QStringLiteral("vedtaksorgan")), QStringLiteral("politisk"));
    QCOMPARE(values.value(QStringLiteral("vedtatt_av")), QStringLiteral("Formannskapet"));
    // Without a decided period the application's requested period is shown.
    QCOMPARE(values.value(QStringLiteral("periode_fra")), QStringLiteral("01.10.2024"));
    QCOMPARE(values.value(QStringLiteral("periode_til")), QStringLiteral("30.09.2028"));
    // The application's conditions stand when the decision sets none.
    QCOMPARE(values.value(QStringLiteral("vilkar")), QStringLiteral("Skjenking ute avsluttes kl. 22.30."));
}

void TestLetterTemplate::titleAndLegalBasis_data()
{
    QTest::addColumn<CaseType>("type");
    QTest::addColumn<LicenceKind>("kind");
    QTest::addColumn<bool>("closedParty");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("basis");
    QTest::newRow("new sales") << CaseType::NewLicence << LicenceKind::Sale << false << "Vedtak om salgsbevilling"
                               << "alkoholloven §§ 1-4a, 1-6, 1-7 og 3-1";
    QTest::newRow("new closed party") << CaseType::NewLicence << LicenceKind::Serving << true
                                      << "Vedtak om skjenkebevilling for sluttede selskaper"
                                      << "alkoholloven §§ 1-4a, 1-6, 1-7 og 4-2";
    QTest::newRow("renewal sales") << CaseType::Renewal << LicenceKind::Sale << false << "Vedtak om fornyet salgsbevilling"
                                   << "alkoholloven §§ 1-4a, 1-6, 1-7 og 3-1";
    QTest::newRow("transfer") << CaseType::Transfer << LicenceKind::Serving << false
                              << "Vedtak om skjenkebevilling ved eierskifte"
                              << "alkoholloven §§ 1-4a, 1-6, 1-7, 1-10 og 4-2";
    QTest::newRow("change of manager") << CaseType::ChangeOfManager << LicenceKind::Serving << false
                                       << "Vedtak om godkjenning av styrer og stedfortreder"
                                       << "alkoholloven §§ 1-4a, 1-6, 1-7, 1-7c og 4-2";
    QTest::newRow("extension") << CaseType::Extension << LicenceKind::Serving << false
                               << "Vedtak om endring av skjenkebevilling (utvidet areal eller skjenketid)"
                               << "alkoholloven §§ 1-4a, 1-6, 1-7 og 4-2";
    QTest::newRow("single occasion") << CaseType::SingleOccasion << LicenceKind::SingleOccasion << false
                                     << "Vedtak om skjenkebevilling for en enkelt anledning"
                                     << "alkoholloven §§ 1-4a, 1-6, 1-7 og 4-2";
    QTest::newRow("travelling use") << CaseType::TravellingUse << LicenceKind::Travelling << true
                                    << "Vedtak om bruk av ambulerende skjenkebevilling"
                                    << "alkoholloven §§ 1-4a, 1-6, 1-7 og 4-5";
}

void TestLetterTemplate::titleAndLegalBasis()
{
    QFETCH(CaseType, type);
    QFETCH(LicenceKind, kind);
    QFETCH(bool, closedParty);
    QFETCH(QString, title);
    QFETCH(QString, basis);
    Case c = grantedCase();
    c.type = type;
    c.application.kind = kind;
    c.application.closedParty = closedParty;
    const QMap<QString, QString> values = LetterTemplate::fields(c, nullptr, baerum(), QDate(2026, 3, 4));
    QCOMPARE(values.value(QStringLiteral("vedtak_tittel")), title);
    QCOMPARE(values.value(QStringLiteral("lovhjemmel")), basis);
}

void TestLetterTemplate::escapesValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("html");
    QTest::newRow("less than") << "Bar <Øl>" << "Bar &lt;Øl&gt;";
    QTest::newRow("ampersand") << "Mat & Vin AS" << "Mat &amp; Vin AS";
    QTest::newRow("quote") << "\"Kroa\" AS" << "&quot;Kroa&quot; AS";
    QTest::newRow("script") << "<script>alert(1)</script>" << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("placeholder in a value") << "{{kommune}}" << "{{kommune}}";
}

void TestLetterTemplate::escapesValues()
{
    QFETCH(QString, value);
    QFETCH(QString, html);
    Case c = grantedCase();
    c.application.licensee.name = value;
    const QMap<QString, QString> values = LetterTemplate::fields(c, nullptr, baerum(), QDate(2026, 3, 4));
    const QString merged = LetterTemplate::merge(QStringLiteral("<p>{{bevillingshaver}} i {{kommune}}</p>"), values);
    // A value is never read as a placeholder again: {{kommune}} in a name stays as typed.
    QCOMPARE(merged, QString(QStringLiteral("<p>") + html + QStringLiteral(" i Bærum kommune</p>")));
}

void TestLetterTemplate::lineBreaksBecomeBr()
{
    QMap<QString, QString> values;
    values.insert(QStringLiteral("vilkar"), QStringLiteral("1. Ute til 22.30.\r\n2. Vakter <2>"));
    QCOMPARE(LetterTemplate::merge(QStringLiteral("{{ vilkar }}"), values),
             QStringLiteral("1. Ute til 22.30.<br>2. Vakter &lt;2&gt;"));
}

void TestLetterTemplate::unknownPlaceholders_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("none") << "<p>{{kommune}} {{ saksnummer }}</p>" << QStringList();
    QTest::newRow("no placeholders") << "<p>Hei</p>" << QStringList();
    QTest::newRow("typo") << "<p>{{kommmune}}</p>" << QStringList{QStringLiteral("kommmune")};
    QTest::newRow("two, one repeated") << "{{dato2}} {{kommune}} {{Kommune}} {{dato2}}"
                                       << QStringList{QStringLiteral("dato2"), QStringLiteral("Kommune")};
    QTest::newRow("spaces kept out") << "{{  ukjent felt  }}" << QStringList{QStringLiteral("ukjent felt")};
    QTest::newRow("empty") << "{{}}" << QStringList{QString()};
    QTest::newRow("never closed") << "<p>{{kommune}</p>" << QStringList{QStringLiteral("{{kommune}")};
    QTest::newRow("triple braces") << "{{{kommune}}}" << QStringList();
}

void TestLetterTemplate::unknownPlaceholders()
{
    QFETCH(QString, html);
    QFETCH(QStringList, unknown);
    QCOMPARE(LetterTemplate::unknownPlaceholders(html), unknown);
    const QString message = LetterTemplate::unknownPlaceholdersMessage(unknown);
    QCOMPARE(message.isEmpty(), unknown.isEmpty());
    if (!unknown.isEmpty())
        QVERIFY2(message.contains(unknown.first().startsWith(QStringLiteral("{{"))
                                      ? unknown.first()
                                      : QString(QStringLiteral("{{") + unknown.first() + QStringLiteral("}}"))),
                 qPrintable(message));
}

void TestLetterTemplate::mergeKeepsUnknownPlaceholdersVisible()
{
    const QMap<QString, QString> values = LetterTemplate::fields(grantedCase(), nullptr, baerum(), QDate(2026, 3, 4));
    QCOMPARE(LetterTemplate::merge(QStringLiteral("{{kommune}}: {{kommmune}} {{ ukjent }}"), values),
             QStringLiteral("Bærum kommune: {{kommmune}} {{ ukjent }}"));
}

void TestLetterTemplate::mergeLeavesOutEmptyRows_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("merged");
    const QString before = QStringLiteral("<table><tr><td>Kommune:</td><td>{{kommune}}</td></tr>\n");
    const QString after = QStringLiteral("</table>");
    const QString kept = QStringLiteral("<table><tr><td>Kommune:</td><td>Bærum kommune</td></tr>\n");
    QTest::newRow("all fields empty: row left out")
        << QString(before + QStringLiteral("<tr><td>Periode:</td><td>{{periode_fra}} til og med {{periode_til}}</td></tr>\n") + after)
        << QString(kept + after);
    QTest::newRow("one field filled: row kept")
        << QString(before + QStringLiteral("<TR class=\"x\"><td>{{kommune}} {{periode_til}}</td></TR>") + after)
        << QString(kept + QStringLiteral("<TR class=\"x\"><td>Bærum kommune </td></TR>") + after);
    QTest::newRow("row without fields kept")
        << QString(before + QStringLiteral("<tr><td>Med hilsen</td></tr>") + after)
        << QString(kept + QStringLiteral("<tr><td>Med hilsen</td></tr>") + after);
    QTest::newRow("unknown field keeps the row visible")
        << QString(before + QStringLiteral("<tr><td>{{periode_fra}}{{ukjent}}</td></tr>") + after)
        << QString(kept + QStringLiteral("<tr><td>{{ukjent}}</td></tr>") + after);
}

void TestLetterTemplate::mergeLeavesOutEmptyRows()
{
    QFETCH(QString, html);
    QMap<QString, QString> values = LetterTemplate::fields(grantedCase(), nullptr, baerum(), QDate(2026, 3, 4));
    values[QStringLiteral("periode_fra")].clear();
    values[QStringLiteral("periode_til")].clear();
    QTEST(LetterTemplate::merge(html, values), "merged");
}

void TestLetterTemplate::shippedTemplatesHaveOnlyKnownFields_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::newRow("grant") << LetterKind::Grant;
    QTest::newRow("refusal") << LetterKind::Refusal;
}

void TestLetterTemplate::shippedTemplatesHaveOnlyKnownFields()
{
    QFETCH(LetterKind, kind);
    const QString html = LetterTemplate::shipped(kind);
    QVERIFY(html.contains(QStringLiteral("<html")));
    QCOMPARE(LetterTemplate::unknownPlaceholders(html), QStringList());
    const Case c = kind == LetterKind::Grant ? grantedCase() : refusedCase();
    const QString merged =
        LetterTemplate::merge(html, LetterTemplate::fields(c, nullptr, baerum(), QDate(2026, 3, 4)));
    QVERIFY(!merged.contains(QStringLiteral("{{")));
    const QString text = plainText(merged);
    // Both letters end with the appeal information.
    QVERIFY(text.contains(QStringLiteral("Klagefristen er 3 uker")));
    QVERIFY(text.contains(QStringLiteral("forvaltningsloven § 29")));
    QVERIFY(text.contains(QStringLiteral("forvaltningsloven § 28")));
    QVERIFY(text.contains(QStringLiteral("Klagen sendes til Bærum kommune")));
    QVERIFY(text.contains(QStringLiteral("Statsforvalteren")));
    QVERIFY(text.contains(QStringLiteral("forvaltningsloven §§ 18 og 19")));
    QVERIFY(text.indexOf(QStringLiteral("Klageadgang")) > text.indexOf(QStringLiteral("Hjemmel")));
    QVERIFY(text.contains(QStringLiteral("alkoholloven §§ 1-4a, 1-6, 1-7 og 4-2")));
    QVERIFY(text.startsWith(QStringLiteral("Bærum kommune")));
}

void TestLetterTemplate::grantLetter()
{
    const QString text = plainText(LetterTemplate::merge(
        LetterTemplate::shipped(LetterKind::Grant),
        LetterTemplate::fields(grantedCase(), nullptr, baerum(), QDate(2026, 3, 4))));
    QVERIFY(text.contains(QStringLiteral("Vedtak om skjenkebevilling – Fjordkroa")));
    QVERIFY(text.contains(QStringLiteral("innvilges")));
    QVERIFY(text.contains(QStringLiteral("02.03.2026 til og med 30.09.2028")));
    QVERIFY(text.contains(QStringLiteral("Styrer: Kari Nordmann")));
    QVERIFY(text.contains(QStringLiteral("Stedfortreder: Ola Hansen og Per Pål")));
    QVERIFY(text.contains(QStringLiteral("Uteservering avsluttes kl. 22.30.")));
    QVERIFY(text.contains(QStringLiteral("Saksnr.: 2026-0007")));
    QVERIFY(!text.contains(QStringLiteral("avslås")));
}

void TestLetterTemplate::refusalLetterCitesReasonAndAppeal()
{
    const Case c = refusedCase();
    const QString text = plainText(LetterTemplate::merge(LetterTemplate::shipped(LetterKind::Refusal),
                                                         LetterTemplate::fields(c, nullptr, baerum(), QDate(2026, 3, 4))));
    QVERIFY(text.contains(QStringLiteral("Vedtak om avslag på søknad om skjenkebevilling – Fjordkroa")));
    QVERIFY(text.contains(QStringLiteral("avslås")));
    QVERIFY(text.contains(c.decision->reason));
    QVERIFY(text.contains(QStringLiteral("3 uker")));
    QVERIFY(text.contains(QStringLiteral("Statsforvalteren")));
    QVERIFY(text.contains(QStringLiteral("fattet politisk av Formannskapet 02.03.2026")));
    QVERIFY(text.indexOf(c.decision->reason) < text.indexOf(QStringLiteral("3 uker")));
}

void TestLetterTemplate::kindFor()
{
    QCOMPARE(LetterTemplate::kindFor(grantedCase()), std::optional<LetterKind>(LetterKind::Grant));
    QCOMPARE(LetterTemplate::kindFor(refusedCase()), std::optional<LetterKind>(LetterKind::Refusal));
    Case undecided = grantedCase();
    undecided.decision.reset();
    QVERIFY(!LetterTemplate::kindFor(undecided));
    for (const LetterKind kind : LetterTemplate::allKinds())
        QCOMPARE(LetterTemplate::kindFromKey(LetterTemplate::kindKey(kind)), std::optional<LetterKind>(kind));
    QVERIFY(!LetterTemplate::kindFromKey(QStringLiteral("innvilget")));
}

void TestLetterTemplate::exampleFieldsFillEveryField()
{
    for (const LetterKind kind : LetterTemplate::allKinds()) {
        const QMap<QString, QString> values = LetterTemplate::exampleFields(kind, QDate(2026, 3, 4));
        QStringList keys = LetterTemplate::fieldKeys();
        keys.sort();
        QCOMPARE(values.keys(), keys);
        QCOMPARE(values.value(QStringLiteral("bevillingshaver")), QStringLiteral("Fjordkroa AS"));
        QCOMPARE(values.value(QStringLiteral("begrunnelse")).isEmpty(), kind == LetterKind::Grant);
    }
}

QTEST_GUILESS_MAIN(TestLetterTemplate)
#include "TestLetterTemplate.moc"
