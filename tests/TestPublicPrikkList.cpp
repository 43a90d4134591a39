#include "SanctionTestSupport.h"
#include "reports/PublicPrikkList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bevilling;

class TestPublicPrikkList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rowsOfDecidedCases();
    void overturnedAndUndecidedLeftOut();
    void asOfDate_data();
    void asOfDate();
    void suspensionShown();
    void csvField_data();
    void csvField();
    void csvDocument();
    void writeCsvFile();

private:
    qint64 decidedCase(qint64 licenceId, const QDate &date, const QStringList &codes);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    qint64 m_fjord = 0;
    qint64 m_natt = 0;
    int m_run = 0;
};

void TestPublicPrikkList::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                 QString::number(++m_run)));
    QFile::remove(path);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    m_fjord = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_fjord > 0);
    Licence natt = test::makeServingLicence(QStringLiteral("2024-002"));
    natt.licensee.name = QStringLiteral("Bar; \"Natt\" AS");
    natt.licensee.orgNumber = QStringLiteral("974760673");
    natt.premises.name = QStringLiteral("Natt");
    natt.premises.address = QStringLiteral("Storgata 1");
    Result<Licence> created = LicenceRepository(*m_db, m_clock).create(natt);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    m_natt = created->id;
}

void TestPublicPrikkList::cleanup()
{
    m_db.reset();
}

qint64 TestPublicPrikkList::decidedCase(qint64 licenceId, const QDate &date, const QStringList &codes)
{
    const qint64 inspection = test::addInspection(*m_db, m_clock, licenceId, date, codes);
    if (inspection == 0)
        return 0;
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromInspection(inspection);
    if (!c)
        return 0;
    const Result<SanctionCase> decided = test::decideStandard(repo, c->id, date.addDays(7));
    if (!decided)
        qWarning("%s", qPrintable(decided.error().toString()));
    return decided ? decided->id : 0;
}

void TestPublicPrikkList::rowsOfDecidedCases()
{
    QVERIFY(decidedCase(m_fjord, QDate(2026, 3, 10), {QStringLiteral("hours")}) > 0);
    QVERIFY(decidedCase(m_natt, QDate(2026, 4, 2), {QStringLiteral("minor"), QStringLiteral("advertising")}) > 0);

    const Result<QList<PublicPrikkRow>> rows = PublicPrikkList::load(*m_db, m_clock, QDate(2026, 9, 1));
    QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
    QCOMPARE(rows->size(), 3);
    // Sorted by licensee: "Bar; ..." before "Fjordkroa AS".
    const PublicPrikkRow &minor = rows->at(0);
    QCOMPARE(minor.licensee, QStringLiteral("Bar; \"Natt\" AS"));
    QCOMPARE(minor.licenceNumber, QStringLiteral("2024-002"));
    QCOMPARE(minor.premises, QStringLiteral("Natt"));
    QCOMPARE(minor.decidedOn, QDate(2026, 4, 24));
    QCOMPARE(minor.prikker + rows->at(1).prikker, 9);
    QCOMPARE(minor.totalInForce, 9);
    QCOMPARE(rows->at(1).totalInForce, 9);
    const PublicPrikkRow &hours = rows->at(2);
    QCOMPARE(hours.licensee, QStringLiteral("Fjordkroa AS"));
    QCOMPARE(hours.code, QStringLiteral("hours"));
    QCOMPARE(hours.codeText, QStringLiteral("Brudd på salgs-, utleverings- eller skjenketid"));
    QCOMPARE(hours.prikker, 4);
    QCOMPARE(hours.totalInForce, 4);
    QCOMPARE(hours.decidedOn, QDate(2026, 4, 1));
    QVERIFY(!hours.suspensionFrom.isValid());
    QCOMPARE(PublicPrikkList::cells(hours),
             (QStringList{QStringLiteral("Fjordkroa AS"), QStringLiteral("2024-001"), QStringLiteral("Fjordkroa"),
                          QStringLiteral("01.04.2026"), QStringLiteral("Brudd på salgs-, utleverings- eller skjenketid"),
                          QStringLiteral("4"), QStringLiteral("4"), QString()}));
}

void TestPublicPrikkList::overturnedAndUndecidedLeftOut()
{
    QVERIFY(decidedCase(m_fjord, QDate(2026, 3, 10), {QStringLiteral("hours")}) > 0);
    const qint64 appealed = decidedCase(m_natt, QDate(2026, 4, 2), {QStringLiteral("minor")});
    QVERIFY(appealed > 0);
    SanctionRepository repo(*m_db, m_clock);
    QVERIFY(repo.registerAppeal(appealed, QDate(2026, 5, 1), QStringLiteral("Legitimasjon ble kontrollert.")).ok());
    const Result<SanctionCase> outcome = repo.appealOutcome(appealed, QDate(2026, 6, 1), true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().toString()));
    // A proposed case (no decision) is not public either.
    const qint64 inspection = test::addInspection(*m_db, m_clock, m_natt, QDate(2026, 8, 1), {QStringLiteral("advertising")});
    QVERIFY(repo.createFromInspection(inspection).ok());

    const Result<QList<PublicPrikkRow>> rows = PublicPrikkList::load(*m_db, m_clock, QDate(2026, 9, 1));
    QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).licenceNumber, QStringLiteral("2024-001"));
    // Before the appeal's outcome the decision was public.
    const Result<QList<PublicPrikkRow>> earlier = PublicPrikkList::load(*m_db, m_clock, QDate(2026, 5, 15));
    QVERIFY(earlier.ok());
    QCOMPARE(earlier->size(), 2);
}

void TestPublicPrikkList::asOfDate_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("rows");
    QTest::newRow("before the decision") << QDate(2026, 3, 31) << 0;
    QTest::newRow("decision day") << QDate(2026, 4, 1) << 1;
    QTest::newRow("last day in force") << QDate(2028, 3, 9) << 1;
    QTest::newRow("two years after") << QDate(2028, 3, 10) << 0;
}

void TestPublicPrikkList::asOfDate()
{
    QFETCH(QDate, asOf);
    QFETCH(int, rows);
    QVERIFY(decidedCase(m_fjord, QDate(2026, 3, 10), {QStringLiteral("hours")}) > 0);
    const Result<QList<PublicPrikkRow>> list = PublicPrikkList::load(*m_db, m_clock, asOf);
    QVERIFY2(list.ok(), qPrintable(list.error().toString()));
    QCOMPARE(int(list->size()), rows);
}

void TestPublicPrikkList::suspensionShown()
{
    QVERIFY(decidedCase(m_fjord, QDate(2026, 3, 10), {QStringLiteral("minor")}) > 0);
    const qint64 second = decidedCase(m_fjord, QDate(2026, 6, 5), {QStringLiteral("hours")});
    QVERIFY(second > 0);
    SanctionRepository repo(*m_db, m_clock);
    QVERIFY(repo.sendSuspensionNotice(second, QDate(2026, 7, 1)).ok());
    const Result<SanctionCase> suspended = repo.decideSuspension(second, QDate(2026, 7, 20), QDate(2026, 8, 3));
    QVERIFY2(suspended.ok(), qPrintable(suspended.error().toString()));

    const Result<QList<PublicPrikkRow>> rows = PublicPrikkList::load(*m_db, m_clock, QDate(2026, 9, 1));
    QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
    QCOMPARE(rows->size(), 2);
    const PublicPrikkRow &row = rows->at(1);
    QCOMPARE(row.code, QStringLiteral("hours"));
    QCOMPARE(row.suspensionDays, 7);
    QCOMPARE(row.suspensionFrom, QDate(2026, 8, 3));
    QCOMPARE(row.suspensionTo, QDate(2026, 8, 9));
    QCOMPARE(PublicPrikkList::suspensionText(row), QStringLiteral("03.08.2026–09.08.2026 (7 dager)"));
    QVERIFY(!rows->at(0).suspensionFrom.isValid());
}

void TestPublicPrikkList::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Fjordkroa AS") << QStringLiteral("Fjordkroa AS");
    QTest::newRow("comma is fine") << QStringLiteral("Salg, skjenking") << QStringLiteral("Salg, skjenking");
    QTest::newRow("semicolon") << QStringLiteral("A;B") << QStringLiteral("\"A;B\"");
    QTest::newRow("quote") << QStringLiteral("Bar \"Natt\"") << QStringLiteral("\"Bar \"\"Natt\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestPublicPrikkList::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(PublicPrikkList::csvField(value), expected);
}

void TestPublicPrikkList::csvDocument()
{
    PublicPrikkRow row;
    row.licensee = QStringLiteral("Bar; \"Natt\" AS");
    row.licenceNumber = QStringLiteral("2024-002");
    row.premises = QStringLiteral("Natt");
    row.decidedOn = QDate(2026, 4, 24);
    row.codeText = QStringLiteral("Salg/utlevering/skjenking til person under 18 år");
    row.prikker = 8;
    row.totalInForce = 12;
    row.suspensionFrom = QDate(2026, 5, 4);
    row.suspensionTo = QDate(2026, 5, 10);
    row.suspensionDays = 7;
    const QString csv = PublicPrikkList::toCsv({row});
    QCOMPARE(csv,
             QStringLiteral("Bevillingshaver;Bevillingsnummer;Sted;Vedtaksdato;Overtredelse;Prikker;Prikker i alt;Inndragning\r\n"
                            "\"Bar; \"\"Natt\"\" AS\";2024-002;Natt;24.04.2026;Salg/utlevering/skjenking til person under 18 år;"
                            "8;12;04.05.2026–10.05.2026 (7 dager)\r\n"));
    QCOMPARE(PublicPrikkList::toCsv({}).count(QStringLiteral("\r\n")), 1);
}

void TestPublicPrikkList::writeCsvFile()
{
    QVERIFY(decidedCase(m_fjord, QDate(2026, 3, 10), {QStringLiteral("hours")}) > 0);
    const Result<QList<PublicPrikkRow>> rows = PublicPrikkList::load(*m_db, m_clock, QDate(2026, 9, 1));
    QVERIFY(rows.ok());
    const QString path = m_dir.filePath(QStringLiteral("prikker.csv"));
    const Status written = PublicPrikkList::writeCsv(*rows, path);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte order mark
    QCOMPARE(QString::fromUtf8(bytes), PublicPrikkList::toCsv(*rows));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("skjenketid;4;4;")));
    // A folder cannot be written.
    const Status refused = PublicPrikkList::writeCsv(*rows, m_dir.path());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, PublicPrikkList::ErrorIo);
}

QTEST_GUILESS_MAIN(TestPublicPrikkList)
#include "TestPublicPrikkList.moc"
