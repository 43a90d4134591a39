#include "PdfTestSupport.h"
#include "InspectionLetters.h"
#include "SanctionTestSupport.h"
#include "letters/InspectionLetterFields.h"
#include "storage/RegisterSettings.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::readAll;
using test::pdfText;

namespace {

enum Letter { Report = -1 };

} // namespace

class TestInspectionLetters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lettersRenderToPdf_data();
    void lettersRenderToPdf();
    void undecidedCaseRefusesDecisionLetters_data();
    void undecidedCaseRefusesDecisionLetters();
    void unknownIdsAreRefused();
    void publicListCsvAndPdf();

private:
    QString file(const QString &name) const { return QDir(m_dir->path()).filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_licence = 0;
    qint64 m_inspection = 0;
    qint64 m_case = 0;
};

void TestInspectionLetters::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils");
}

// Fjordkroa AS: an inspection with two findings (under 18: 8, hours: 4) -> advance notice ->
// decision on 12 prikker -> advance notice of suspension -> suspension decided.
void TestInspectionLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(file(QStringLiteral("register.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Bærum kommune");
    info.municipalityNumber = QStringLiteral("3201");
    QVERIFY(RegisterSettings(*m_db, m_clock).save(info).ok());
    m_licence = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licence > 0);
    m_inspection = test::addInspection(*m_db, m_clock, m_licence, QDate(2026, 8, 1),
                                       {QStringLiteral("minor"), QStringLiteral("hours")});
    QVERIFY(m_inspection > 0);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromInspection(m_inspection);
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    m_case = c->id;
    const Result<SanctionCase> decided = test::decideStandard(repo, m_case, QDate(2026, 8, 3));
    QVERIFY2(decided.ok(), qPrintable(decided.error().toString()));
    QVERIFY(repo.sendSuspensionNotice(m_case, QDate(2026, 8, 20)).ok());
    const Result<SanctionCase> suspended = repo.decideSuspension(m_case, QDate(2026, 8, 28), QDate(2026, 9, 7));
    QVERIFY2(suspended.ok(), qPrintable(suspended.error().toString()));
}

void TestInspectionLetters::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestInspectionLetters::lettersRenderToPdf_data()
{
    QTest::addColumn<int>("letter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("kontrollrapport") << int(Report)
                                     << QStringList{QStringLiteral("Kontrollrapport"), QStringLiteral("K-2026-001"),
                                                    QStringLiteral("Per Kontrollør"), QStringLiteral("innen to uker")};
    QTest::newRow("forhåndsvarsel prikker")
        << int(InspectionLetters::SanctionLetter::AdvanceNotice)
        << QStringList{QStringLiteral("Forhåndsvarsel om tildeling av prikker"), QStringLiteral("17.08.2026"),
                       QStringLiteral("12 prikker")};
    QTest::newRow("vedtak prikker") << int(InspectionLetters::SanctionLetter::Decision)
                                    << QStringList{QStringLiteral("Vedtak om tildeling av prikker"),
                                                   QStringLiteral("Statsforvalteren"), QStringLiteral("3 uker")};
    QTest::newRow("forhåndsvarsel inndragning")
        << int(InspectionLetters::SanctionLetter::SuspensionNotice)
        << QStringList{QStringLiteral("Forhåndsvarsel om inndragning"), QStringLiteral("7 dager")};
    QTest::newRow("vedtak inndragning") << int(InspectionLetters::SanctionLetter::SuspensionDecision)
                                        << QStringList{QStringLiteral("Vedtak om inndragning"), QStringLiteral("Statsforvalteren"),
                                                       QStringLiteral("07.09.2026"), QStringLiteral("13.09.2026")};
}

void TestInspectionLetters::lettersRenderToPdf()
{
    QFETCH(int, letter);
    QFETCH(QStringList, expected);
    const QString pdf = file(QStringLiteral("brev.pdf"));
    const Status rendered =
        letter == Report ? InspectionLetters::renderInspectionReport(*m_db, m_clock, m_inspection, pdf)
                         : InspectionLetters::renderSanctionLetter(*m_db, m_clock, m_case,
                                                                   InspectionLetters::SanctionLetter(letter), pdf);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Fjordkroa AS")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Bærum kommune")), qPrintable(text));
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
}

void TestInspectionLetters::undecidedCaseRefusesDecisionLetters_data()
{
    QTest::addColumn<int>("letter");
    QTest::addColumn<bool>("refused");
    QTest::newRow("advance notice") << int(InspectionLetters::SanctionLetter::AdvanceNotice) << false;
    QTest::newRow("decision") << int(InspectionLetters::SanctionLetter::Decision) << true;
    QTest::newRow("suspension notice") << int(InspectionLetters::SanctionLetter::SuspensionNotice) << true;
    QTest::newRow("suspension decision") << int(InspectionLetters::SanctionLetter::SuspensionDecision) << true;
}

void TestInspectionLetters::undecidedCaseRefusesDecisionLetters()
{
    QFETCH(int, letter);
    QFETCH(bool, refused);
    const qint64 inspection =
        test::addInspection(*m_db, m_clock, m_licence, QDate(2026, 8, 25), {QStringLiteral("advertising")});
    QVERIFY(inspection > 0);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> c = repo.createFromInspection(inspection);
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    const QString pdf = file(QStringLiteral("udecidert.pdf"));
    const Status rendered =
        InspectionLetters::renderSanctionLetter(*m_db, m_clock, c->id, InspectionLetters::SanctionLetter(letter), pdf);
    if (!refused) {
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        return;
    }
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, InspectionLetterFields::ErrorNotDecided);
    QVERIFY2(rendered.error().message.contains(c->number), qPrintable(rendered.error().message));
    QVERIFY(!QFile::exists(pdf));
}

void TestInspectionLetters::unknownIdsAreRefused()
{
    const QString pdf = file(QStringLiteral("ingen.pdf"));
    QVERIFY(!InspectionLetters::renderInspectionReport(*m_db, m_clock, 9999, pdf).ok());
    QVERIFY(!InspectionLetters::renderSanctionLetter(*m_db, m_clock, 9999, InspectionLetters::SanctionLetter::AdvanceNotice,
                                                     pdf)
                 .ok());
    QVERIFY(!QFile::exists(pdf));
}

void TestInspectionLetters::publicListCsvAndPdf()
{
    const QString csv = file(QStringLiteral("prikker.csv"));
    const Status written = InspectionLetters::writePublicListCsv(*m_db, m_clock, QDate(2026, 9, 1), csv);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    const QString text = QString::fromUtf8(readAll(csv));
    QVERIFY2(text.startsWith(QStringLiteral("Bevillingshaver;Bevillingsnummer;")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 3); // header and two findings
    QVERIFY(text.contains(QStringLiteral("Fjordkroa AS;2024-001;Fjordkroa;18.08.2026;")));
    QVERIFY(text.contains(QStringLiteral("07.09.2026–13.09.2026 (7 dager)")));

    const QString pdf = file(QStringLiteral("prikker.pdf"));
    const Status rendered = InspectionLetters::writePublicListPdf(*m_db, m_clock, QDate(2026, 9, 1), pdf);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QString pdfContent = pdfText(pdf);
    QVERIFY2(pdfContent.contains(QStringLiteral("Fjordkroa AS")), qPrintable(pdfContent));
    QVERIFY2(pdfContent.contains(QStringLiteral("2024-001")), qPrintable(pdfContent));
    QVERIFY2(pdfContent.contains(QStringLiteral("Prikker tildelt")), qPrintable(pdfContent));
}

QTEST_MAIN(TestInspectionLetters)
#include "TestInspectionLetters.moc"
