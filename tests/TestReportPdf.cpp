#include "PdfTestSupport.h"
#include "ReportPdf.h"
#include "ReportTestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::readAll;
using test::popplerOutput;
using test::pdfText;
using test::pdfPages;

class TestReportPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void writesTheReport();
    void longTableRunsOverNumberedPages();
    void emptyReportIsOnePage();
    void unwritableTargetIsRefused_data();
    void unwritableTargetIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportPdf::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: install the Debian package poppler-utils (scripts/common.sh lists it)");
}

void TestReportPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReportPdf::writesTheReport()
{
    const QString pdf = m_dir->filePath(QStringLiteral("gebyr.pdf"));
    const Status written = ReportPdf::write(test::makeSampleReport(), pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));

    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QStringLiteral("Bevillingsgebyr 2026")), qPrintable(info)); // the title
    QVERIFY2(info.contains(QStringLiteral("595")) && info.contains(QStringLiteral("842")), qPrintable(info)); // A4
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 1, qPrintable(info));

    const QString text = pdfText(pdf);
    for (const QString &expected :
         {QStringLiteral("Bærum kommune"), QStringLiteral("Bevillingsgebyr 2026"), QStringLiteral("Report year 2026"),
          QStringLiteral("Generated 12.03.2026"), QStringLiteral("Sammendrag av gebyrene"), QStringLiteral("Utvikling"),
          QStringLiteral("Etteroppgjøret for 2025 gir tilleggsfaktura"), QStringLiteral("Gebyr per bevilling"),
          QStringLiteral("kr 20 326,00"), QStringLiteral("kr 8 326,00"), QStringLiteral("12 345,5"),
          QStringLiteral("12,5 %"), QStringLiteral("01.04.2026"), QStringLiteral("Minstegebyr er brukt for én bevilling."),
          QStringLiteral("Page 1 of %1").arg(pages)}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    // The charts are pictures: their titles are not text in the PDF, but the images are there.
    QVERIFY(bytes.contains("/Subtype /Image") || bytes.contains("/Subtype/Image"));
}

void TestReportPdf::longTableRunsOverNumberedPages()
{
    const QString pdf = m_dir->filePath(QStringLiteral("lang.pdf"));
    const Status written = ReportPdf::write(test::makeLongReport(300), pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));

    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    const QString text = pdfText(pdf);
    for (int page = 1; page <= pages; ++page) {
        const QString footer = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
        QVERIFY2(text.contains(footer), qPrintable(footer));
    }
    QVERIFY(text.contains(QStringLiteral("Oslo kommune – Bevillingsgebyr per bevilling 2026")));
    QVERIFY(text.contains(QStringLiteral("Bevilling 0001")));
    QVERIFY(text.contains(QStringLiteral("Bevilling 0300")));
    QVERIFY(text.contains(QStringLiteral("kr 1 300,00")));
    QVERIFY(text.contains(QStringLiteral("kr 345 150,00"))); // the total
    // The header row is repeated on every page the table runs over.
    QCOMPARE(text.count(QStringLiteral("Gebyrbeløp")), pages);

    // Each page has its own footer, in order.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText =
            popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                        QString::number(page), pdf, QStringLiteral("-")})
                .simplified();
        QVERIFY2(pageText.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(pageText));
    }
}

void TestReportPdf::emptyReportIsOnePage()
{
    reports::Report report;
    report.kind = QStringLiteral("national");
    report.title = QStringLiteral("Tall til nasjonal rapportering 2031");
    report.year = 2031;
    const QString pdf = m_dir->filePath(QStringLiteral("tom.pdf"));
    const Status written = ReportPdf::write(report, pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Tall til nasjonal rapportering 2031")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
}

void TestReportPdf::unwritableTargetIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("missing folder") << QStringLiteral("finnes-ikke/rapport.pdf");
    QTest::newRow("a folder") << QStringLiteral("mappe");
}

void TestReportPdf::unwritableTargetIsRefused()
{
    QFETCH(QString, target);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("mappe")));
    const QString path = m_dir->filePath(target);
    const Status written = ReportPdf::write(test::makeSampleReport(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ReportPdf::ErrorIo);
    QCOMPARE(written.error().field, QStringLiteral("pdf"));
    QVERIFY2(written.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(written.error().message));
    QVERIFY(!QFileInfo(path).isFile());
}

QTEST_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
