#include "PdfTestSupport.h"
#include "LetterRenderer.h"
#include "LetterTestSupport.h"
#include "letters/LetterTemplates.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::readAll;
using test::popplerOutput;
using test::pdfText;

namespace {

bool isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
}

} // namespace

class TestLetterRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rendersHtmlToPdf();
    void unwritableTargetIsRefused_data();
    void unwritableTargetIsRefused();
    void grantLetterOfACase();
    void refusalLetterCitesTheReason();
    void caseWithoutDecisionIsRefused();
    void unknownCaseIsRefused();
    void usesTheRegistersOwnTemplate();

private:
    QString file(const QString &name) const { return QDir(m_dir->path()).filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC)};
    test::LetterCases m_cases;
};

void TestLetterRenderer::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils (scripts/common.sh lists it)");
}

void TestLetterRenderer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(file(QStringLiteral("register.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_db = std::move(db).value();
    m_cases = test::makeLetterCases(*m_db, m_clock);
    QVERIFY2(m_cases.error.isEmpty(), qPrintable(m_cases.error));
}

void TestLetterRenderer::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestLetterRenderer::rendersHtmlToPdf()
{
    const QString pdf = file(QStringLiteral("brev.pdf"));
    const Status rendered = LetterRenderer::renderPdf(
        QStringLiteral("<html><head><title>Vedtak om skjenkebevilling</title></head>"
                       "<body><h1>Bærum kommune</h1><p>Fjordkroa &amp; Søn AS</p></body></html>"),
        pdf);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
    QVERIFY(isPdf(readAll(pdf)));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Bærum kommune")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Fjordkroa & Søn AS")), qPrintable(text));

    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QStringLiteral("Vedtak om skjenkebevilling")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Bevilling")), qPrintable(info));
    // A4: 595 x 842 points.
    QVERIFY2(info.contains(QStringLiteral("595")) && info.contains(QStringLiteral("842")), qPrintable(info));

    // An explicit title wins over the HTML's.
    QVERIFY(LetterRenderer::renderPdf(QStringLiteral("<p>x</p>"), pdf, QStringLiteral("Brev 2026-0001")).ok());
    QVERIFY(popplerOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Brev 2026-0001")));
}

void TestLetterRenderer::unwritableTargetIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("missing folder") << QStringLiteral("finnes-ikke/brev.pdf");
    QTest::newRow("a folder") << QStringLiteral("mappe");
}

void TestLetterRenderer::unwritableTargetIsRefused()
{
    QFETCH(QString, target);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("mappe")));
    const QString path = file(target);
    const Status refused = LetterRenderer::renderPdf(QStringLiteral("<p>Hei</p>"), path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LetterRenderer::ErrorIo);
    QVERIFY2(refused.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(refused.error().message));
    QVERIFY(!QFileInfo(path).isFile());
}

void TestLetterRenderer::grantLetterOfACase()
{
    const QString pdf = file(QStringLiteral("innvilget.pdf"));
    const Status rendered = LetterRenderer::renderCaseLetter(*m_db, m_clock, m_cases.granted.id, pdf);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
    QVERIFY(isPdf(readAll(pdf)));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Fjordkroa & Søn AS")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Statsforvalteren")));
    QVERIFY(text.contains(QStringLiteral("3 uker")));
    QVERIFY(text.contains(QStringLiteral("innvilges")));
    QVERIFY(text.contains(m_cases.granted.number));
    QVERIFY(text.contains(QStringLiteral("02.03.2026 til og med 30.09.2028")));
    QVERIFY(text.contains(QStringLiteral("Dato: 04.03.2026")));
    // The licence the grant created fills the licence number.
    QVERIFY(m_cases.granted.licenceId.has_value());
    const Result<Licence> licence = LicenceRepository(*m_db, m_clock).find(*m_cases.granted.licenceId);
    QVERIFY(licence.ok());
    QVERIFY2(text.contains(licence->number), qPrintable(licence->number));
    QVERIFY(popplerOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Vedtak om skjenkebevilling")));

    // The merged HTML escapes the licensee's "&".
    const Result<QString> html = LetterRenderer::caseLetterHtml(*m_db, m_clock, m_cases.granted.id);
    QVERIFY(html.ok());
    QVERIFY(html->contains(QStringLiteral("Fjordkroa &amp; Søn AS")));
}

void TestLetterRenderer::refusalLetterCitesTheReason()
{
    const QString pdf = file(QStringLiteral("avslag.pdf"));
    const Status rendered = LetterRenderer::renderCaseLetter(*m_db, m_clock, m_cases.refused.id, pdf);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error().toString()));
    QVERIFY(isPdf(readAll(pdf)));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Barnas Kafé AS")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("avslås")));
    QVERIFY(text.contains(QStringLiteral("retter seg i hovedsak mot barn og unge")));
    QVERIFY(text.contains(QStringLiteral("Statsforvalteren")));
    QVERIFY(text.contains(QStringLiteral("3 uker")));
}

void TestLetterRenderer::caseWithoutDecisionIsRefused()
{
    const QString pdf = file(QStringLiteral("venter.pdf"));
    const Status refused = LetterRenderer::renderCaseLetter(*m_db, m_clock, m_cases.undecided.id, pdf);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LetterRenderer::ErrorNotDecided);
    QVERIFY2(refused.error().message.contains(m_cases.undecided.number), qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestLetterRenderer::unknownCaseIsRefused()
{
    const QString pdf = file(QStringLiteral("ukjent.pdf"));
    const Status refused = LetterRenderer::renderCaseLetter(*m_db, m_clock, 9999, pdf);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LetterRenderer::ErrorNotFound);
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestLetterRenderer::usesTheRegistersOwnTemplate()
{
    LetterTemplates templates(*m_db, m_clock);
    QVERIFY(templates
                .save(LetterKind::Refusal,
                      QStringLiteral("<p>Eget avslagsbrev til {{bevillingshaver}}: {{begrunnelse}}</p>"))
                .ok());
    const QString pdf = file(QStringLiteral("eget.pdf"));
    QVERIFY(LetterRenderer::renderCaseLetter(*m_db, m_clock, m_cases.refused.id, pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Eget avslagsbrev til Barnas Kafé AS")), qPrintable(text));
    // The grant letter is still the shipped one.
    QVERIFY(LetterRenderer::renderCaseLetter(*m_db, m_clock, m_cases.granted.id, pdf).ok());
    QVERIFY(pdfText(pdf).contains(QStringLiteral("innvilges")));
}

QTEST_MAIN(TestLetterRenderer)
#include "TestLetterRenderer.moc"
