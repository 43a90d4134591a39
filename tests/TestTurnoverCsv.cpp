#include "rules/Fees.h"
#include "turnover/TurnoverCsv.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bevilling;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BEVILLING_TEST_DATA_DIR "/turnover/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Rates for 2025 and 2026 (the shipped table stops at 2025; 2021 has none).
rules::FeeRateTable rateTable()
{
    QJsonArray years;
    for (int year : {2025, 2026}) {
        years.append(QJsonObject{
            {QStringLiteral("year"), year},
            {QStringLiteral("sale"), QJsonObject{{QStringLiteral("group1"), 0.26}, {QStringLiteral("group2"), 0.76},
                                                 {QStringLiteral("minimum"), 2150}}},
            {QStringLiteral("serving"), QJsonObject{{QStringLiteral("group1"), 0.63}, {QStringLiteral("group2"), 1.63},
                                                    {QStringLiteral("group3"), 5.38}, {QStringLiteral("minimum"), 6650}}},
        });
    }
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("bevilling-fee-rates")},
                               {QStringLiteral("format_version"), 1},
                               {QStringLiteral("years"), years}};
    return *rules::FeeRateTable::fromJson(document);
}

} // namespace

class TestTurnoverCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodUtf8();
    void norwegianExcel();
    void wrongColumns_data();
    void wrongColumns();
    void badRows_data();
    void badRows();
    void noDutyAndMissingLitres();
    void existingAndFlags();
    void templateFile();
    void decode();

private:
    TurnoverImportContext context() const;
    rules::FeeRateTable m_rates;
    TurnoverImportPreview m_bad;
};

TurnoverImportContext TestTurnoverCsv::context() const
{
    TurnoverImportContext c;
    qint64 id = 1;
    for (int n = 1; n <= 9; ++n) {
        Licence l = test::makeServingLicence(QStringLiteral("2024-00%1").arg(n));
        l.id = id++;
        l.validFrom = QDate(2020, 10, 1); // in force since 2020: a duty in 2021 too
        c.licencesByNumber.insert(l.number, l);
    }
    Licence fresh = test::makeServingLicence(QStringLiteral("2026-003"));
    fresh.id = id++;
    fresh.validFrom = QDate(2026, 4, 1);
    c.licencesByNumber.insert(fresh.number, fresh);
    Licence event = test::makeServingLicence(QStringLiteral("2026-010"));
    event.id = id++;
    event.kind = LicenceKind::SingleOccasion;
    event.validFrom = QDate(2026, 6, 1);
    event.validTo = QDate(2026, 6, 1);
    c.licencesByNumber.insert(event.number, event);
    c.rates = &m_rates;
    c.today = QDate(2026, 3, 10);
    return c;
}

void TestTurnoverCsv::initTestCase()
{
    m_rates = rateTable();
    const Result<TurnoverImportPreview> bad = TurnoverCsv::preview(fixture(QStringLiteral("bad-rows.csv")), context());
    QVERIFY2(bad.ok(), qPrintable(bad.error().message));
    m_bad = *bad;
}

void TestTurnoverCsv::goodUtf8()
{
    const Result<TurnoverImportPreview> p = TurnoverCsv::preview(fixture(QStringLiteral("good-utf8.csv")), context());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QCOMPARE(p->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p->separator, QLatin1Char(','));
    QCOMPARE(p->rows.size(), 3);
    QCOMPARE(p->importable(), 3);
    QCOMPARE(p->withProblems(), 0);

    const TurnoverImportRow &first = p->rows.at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(first.licenceNumber, QStringLiteral("2024-001"));
    QCOMPARE(first.report.licenceId, qint64(1));
    QCOMPARE(first.report.year, 2026);
    QCOMPARE(first.report.receivedOn, QDate(2026, 2, 10));
    QVERIFY(first.report.actual.has_value());
    QCOMPARE(first.report.actual->group[0], 20000.0);
    QCOMPARE(first.report.actual->group[1], 3000.0);
    QCOMPARE(first.report.actual->group[2], 500.0);
    QCOMPARE(first.report.expected->group[2], 520.0);
    QVERIFY(first.report.auditorConfirmed);
    QCOMPARE(first.report.note, QStringLiteral("Levert på e-post, med revisor"));
    QVERIFY(first.flags.isEmpty());

    QCOMPARE(p->rows.at(1).report.receivedOn, QDate(2026, 2, 15));
    QVERIFY(!p->rows.at(1).report.auditorConfirmed);

    // The empty line is skipped; a new licence reports expected litres only; no date: today.
    const TurnoverImportRow &fresh = p->rows.at(2);
    QCOMPARE(fresh.line, 5);
    QVERIFY(!fresh.report.actual.has_value());
    QCOMPARE(fresh.report.expected->group[0], 5000.0);
    QCOMPARE(fresh.report.expected->group[1], 0.0);
    QCOMPARE(fresh.report.receivedOn, QDate(2026, 3, 10));
    QCOMPARE(fresh.report.note, QStringLiteral("Ny bevilling"));
}

void TestTurnoverCsv::norwegianExcel()
{
    const QByteArray bytes = fixture(QStringLiteral("norwegian-excel.csv"));
    QVERIFY(bytes.contains("B\xe6rum")); // Windows-1252, no BOM
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    const Result<TurnoverImportPreview> p = TurnoverCsv::preview(bytes, context());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QCOMPARE(p->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(p->separator, QLatin1Char(';'));
    QCOMPARE(p->rows.size(), 2); // the row of separators only is skipped
    QCOMPARE(p->importable(), 2);
    const TurnoverImportRow &first = p->rows.at(0);
    QCOMPARE(first.report.receivedOn, QDate(2026, 3, 1));
    QCOMPARE(first.report.actual->group[0], 20000.0);    // "20 000"
    QCOMPARE(first.report.actual->group[1], 3000.5);     // "3000,5"
    QCOMPARE(first.report.expected->group[0], 21000.0);  // non-breaking space
    QCOMPARE(first.report.expected->group[1], 3100.0);
    QVERIFY(first.report.auditorConfirmed);              // "x"
    QCOMPARE(first.report.note, QStringLiteral("Bærum, levert på papir"));
    const TurnoverImportRow &second = p->rows.at(1);
    QCOMPARE(second.line, 3);
    QCOMPARE(second.report.actual->group[0], 8000.25);   // quoted "8 000,25"
    QVERIFY(!second.report.auditorConfirmed);
}

void TestTurnoverCsv::wrongColumns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "wrong-columns-unknown.csv" << "Unknown column \"liter\" in the header.";
    QTest::newRow("missing") << "wrong-columns-missing.csv" << QString::fromUtf8("The header lacks the required column \"år\".");
    QTest::newRow("duplicate") << "wrong-columns-duplicate.csv"
                               << QString::fromUtf8("The column \"year\" appears twice in the header (also as \"år\").");
}

void TestTurnoverCsv::wrongColumns()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    const Result<TurnoverImportPreview> p = TurnoverCsv::preview(bytes, context());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field, QStringLiteral("header"));
    QCOMPARE(p.error().message, message);

    const Result<TurnoverImportPreview> empty = TurnoverCsv::preview(QByteArray("\n \n"), context());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().field, QStringLiteral("header"));
    QCOMPARE(empty.error().message, QStringLiteral("The file is empty."));
}

void TestTurnoverCsv::badRows_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown licence") << 2 << "licence_number" << "licence_number: unknown licence number \"2026-999\".";
    QTest::newRow("negative litres") << 3 << "actual_group1" << "actual_group1: -5 litres is negative.";
    QTest::newRow("not a number") << 4 << "actual_group1" << "actual_group1: \"abc\" is not a number.";
    QTest::newRow("duplicate, first") << 5 << "licence_number"
                                      << "licence_number: licence \"2024-003\" and year 2026 also appear on line 6.";
    QTest::newRow("duplicate, second") << 6 << "licence_number"
                                       << "licence_number: licence \"2024-003\" and year 2026 also appear on line 5.";
    QTest::newRow("year without rates") << 7 << "year" << "year: there are no fee rates for 2021.";
    QTest::newRow("future date") << 8 << "received_on" << "received_on: 2026-12-24 is in the future.";
    QTest::newRow("field count") << 9 << "" << "The row has 6 fields; the header has 11.";
    QTest::newRow("bad date") << 10 << "received_on" << "received_on: \"31.02.2026\" is not a date (dd.mm.yyyy).";
    QTest::newRow("auditor") << 11 << "auditor_confirmed" << "auditor_confirmed: \"kanskje\" is not ja or nei.";
}

void TestTurnoverCsv::badRows()
{
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const TurnoverImportRow *row = nullptr;
    for (const TurnoverImportRow &r : std::as_const(m_bad.rows)) {
        if (r.line == line)
            row = &r;
    }
    QVERIFY(row);
    QCOMPARE(row->problems.size(), 1);
    QCOMPARE(row->problems.first().column, column);
    QCOMPARE(row->problems.first().message, message);
    QVERIFY(!row->ok());
    QVERIFY(row->flags.isEmpty());
}

void TestTurnoverCsv::noDutyAndMissingLitres()
{
    QCOMPARE(m_bad.rows.size(), 11);
    QCOMPARE(m_bad.importable(), 1);
    QCOMPARE(m_bad.withProblems(), 10);
    QCOMPARE(m_bad.rows.last().line, 12);
    QVERIFY(m_bad.rows.last().ok());

    const QByteArray csv = "bevillingsnummer;år;faktisk_gruppe1;forventet_gruppe1\n"
                           "2026-010;2026;;100\n"   // single occasion: no duty
                           "2024-001;2026;;100\n"   // in force last year: actual required
                           "2026-003;2026;100;\n"   // granted 2026: expected required (actual is flagged? no: only needed)
                           "2024-002;1999;1;1\n";   // not a year in range
    const Result<TurnoverImportPreview> p = TurnoverCsv::preview(csv, context());
    QVERIFY(p.ok());
    QCOMPARE(p->rows.size(), 4);
    QCOMPARE(p->rows.at(0).problems.size(), 1);
    QCOMPARE(p->rows.at(0).problems.first().message,
             QString::fromUtf8("bevillingsnummer: licence \"2026-010\" has no duty to report for 2026."));
    QCOMPARE(p->rows.at(1).problems.size(), 1);
    QCOMPARE(p->rows.at(1).problems.first().column, QStringLiteral("faktisk_gruppe1"));
    QCOMPARE(p->rows.at(1).problems.first().message, QStringLiteral("The litres of 2025 are required for licence \"2024-001\"."));
    QCOMPARE(p->rows.at(2).problems.size(), 1);
    QCOMPARE(p->rows.at(2).problems.first().column, QStringLiteral("forventet_gruppe1"));
    QCOMPARE(p->rows.at(3).problems.first().message, QString::fromUtf8("år: \"1999\" is not a year from 2000 to 2100."));
}

void TestTurnoverCsv::existingAndFlags()
{
    TurnoverImportContext c = context();
    TurnoverReport last;
    last.id = 40;
    last.licenceId = 1;
    last.year = 2025;
    last.receivedOn = QDate(2025, 2, 1);
    GroupLitres litres;
    litres.group[0] = 10000;
    last.actual = litres;
    last.expected = litres;
    TurnoverReport requested;
    requested.id = 41;
    requested.licenceId = 1;
    requested.year = 2026;
    requested.requestedOn = QDate(2026, 1, 10);
    c.existing[1].insert(2025, last);
    c.existing[1].insert(2026, requested);
    TurnoverReport received = requested;
    received.id = 42;
    received.licenceId = 2;
    received.receivedOn = QDate(2026, 2, 1);
    c.existing[2].insert(2026, received);
    c.settings.auditorConfirmationRequired = true;

    const QByteArray csv = "bevillingsnummer,år,mottatt,faktisk_gruppe1,forventet_gruppe1,revisorbekreftet\n"
                           "2024-001,2026,2026-02-01,20000,20000,ja\n"
                           "2024-002,2026,2026-02-01,100,100,nei\n";
    const Result<TurnoverImportPreview> p = TurnoverCsv::preview(csv, c);
    QVERIFY(p.ok());
    const TurnoverImportRow &first = p->rows.at(0);
    QVERIFY(first.ok());
    QVERIFY(!first.replacesExisting); // only requested so far
    QCOMPARE(first.report.requestedOn, QDate(2026, 1, 10));
    QCOMPARE(first.flags.size(), 1);
    QCOMPARE(first.flags.first().code, QStringLiteral("change"));
    QCOMPARE(first.flags.first().changePercent, 100.0);
    const TurnoverImportRow &second = p->rows.at(1);
    QVERIFY(second.ok());
    QVERIFY(second.replacesExisting);
    QCOMPARE(second.flags.size(), 1);
    QCOMPARE(second.flags.first().code, QStringLiteral("auditor_missing"));
}

void TestTurnoverCsv::templateFile()
{
    QList<Licence> licences = context().licencesByNumber.values();
    const QByteArray bytes = TurnoverCsv::templateFile(licences, 2026);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QString::fromUtf8("bevillingsnummer;år;mottatt;faktisk_gruppe1;faktisk_gruppe2;faktisk_gruppe3;"
                                              "forventet_gruppe1;forventet_gruppe2;forventet_gruppe3;revisorbekreftet;merknad"));
    QCOMPARE(lines.size(), 11); // header + 9 ordinary + the new one; the single-occasion licence has no duty
    QCOMPARE(lines.at(1), QStringLiteral("2024-001;2026;;;;;;;;;"));
    QCOMPARE(lines.last(), QStringLiteral("2026-003;2026;;;;;;;;;"));

    // The template reads back as rows whose only problems are the missing litres.
    const Result<TurnoverImportPreview> p = TurnoverCsv::preview(bytes, context());
    QVERIFY(p.ok());
    QCOMPARE(p->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p->rows.size(), 10);
    QCOMPARE(p->rows.first().report.licenceId, qint64(1));
}

void TestTurnoverCsv::decode()
{
    QString encoding;
    QCOMPARE(TurnoverCsv::decode(QByteArray("B\xc3\xa6rum"), &encoding), QString::fromUtf8("Bærum"));
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    QCOMPARE(TurnoverCsv::decode(QByteArray("B\xe6rum \x80 \x96"), &encoding), QString::fromUtf8("Bærum € –"));
    QCOMPARE(encoding, QStringLiteral("Windows-1252"));
}

QTEST_GUILESS_MAIN(TestTurnoverCsv)
#include "TestTurnoverCsv.moc"
