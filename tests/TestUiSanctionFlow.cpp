// The "Prikker" work area as an officer uses it: a licence with 8 decided prikker gets a new
// inspection finding (4), and the case goes through advance notice and decision (12 in total) to
// an advance notice of suspension and a 7-day suspension, with the letters as PDF; afterwards the
// licence's timeline shows the suspension and the prikker as used.

#include "DateEdit.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrikkTimelineWidget.h"
#include "SanctionDialogs.h"
#include "SanctionTableModel.h"
#include "SanctionTestSupport.h"
#include "SanctionsWidget.h"
#include "TestUiSupport.h"
#include "storage/LicenceLedger.h"
#include "storage/SanctionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace bevilling;

class TestUiSanctionFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inspectionFindingToSuspension();
    void reportFromAnotherAuthority();

private:
    void setDay(const QDate &day) { m_clock.setNow(QDateTime(day, QTime(12, 0), Qt::UTC)); }
    SanctionCase stored(qint64 id) const { return SanctionRepository(*m_db, m_clock).find(id).value(); }
    static void ok(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    // An inspection (through InspectionRepository) with an `intoxicated_served` finding and its signs.
    qint64 addIntoxicationInspection(const QDate &date)
    {
        const qint64 base = test::addInspection(*m_db, m_clock, m_licenceId, date.addDays(-1), {});
        if (base <= 0)
            return 0;
        Inspection inspection = InspectionRepository(*m_db, m_clock).find(base).value();
        inspection.id = 0;
        inspection.number.clear();
        inspection.date = date;
        InspectionFinding finding;
        finding.code = QStringLiteral("intoxicated_served");
        finding.description = QStringLiteral("Gjest servert til tross for tydelig påvirkning.");
        IntoxicationSigns signs;
        signs.speech = QStringLiteral("snøvlete tale");
        signs.balance = QStringLiteral("ustø gange, støttet seg til bardisken");
        signs.behaviour = QStringLiteral("høylytt, sjenerende");
        signs.served = QStringLiteral("0,5 l pils");
        signs.when = QTime(22, 40);
        finding.signs = signs;
        inspection.findings = {finding};
        const Result<Inspection> created = InspectionRepository(*m_db, m_clock).create(inspection);
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created ? created->id : 0;
    }
    // Whether `path` is a PDF whose text contains `text`.
    static bool pdfContains(const QString &path, const QString &text)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-"))
            return false;
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!process.waitForFinished(30000))
            return false;
        return QString::fromUtf8(process.readAllStandardOutput()).contains(text);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 4, 22), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SanctionsWidget> m_widget;
    qint64 m_licenceId = 0;
    int m_fileNumber = 0;
};

void TestUiSanctionFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestUiSanctionFlow::init()
{
    setDay(QDate(2026, 4, 22));
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("sanctions-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    m_licenceId = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licenceId > 0);
    m_widget = std::make_unique<SanctionsWidget>(m_clock);
    m_widget->resize(1400, 900);
    m_widget->setDatabase(m_db.get(), false);
    m_widget->show();
    QVERIFY(test::activate(m_widget.get()));
}

void TestUiSanctionFlow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            widget->close();
    }
    MessageBox::clearNextAnswers();
    m_widget.reset();
    m_db.reset();
}

void TestUiSanctionFlow::inspectionFindingToSuspension()
{
    // Earlier: 8 decided prikker (a minor served, 10.01.2026).
    SanctionRepository repo(*m_db, m_clock);
    const qint64 earlierInspection = test::addInspection(*m_db, m_clock, m_licenceId, QDate(2026, 1, 10), {QStringLiteral("minor")});
    QVERIFY(earlierInspection > 0);
    const Result<SanctionCase> earlier = repo.createFromInspection(earlierInspection);
    QVERIFY(earlier);
    QVERIFY(test::decideStandard(repo, earlier->id, QDate(2026, 1, 13)));

    // Now: an inspection with an obviously intoxicated person served (4).
    const qint64 inspectionId = addIntoxicationInspection(QDate(2026, 4, 20));
    QVERIFY(inspectionId > 0);
    QSignalSpy sanctionsChanged(m_widget.get(), &SanctionsWidget::sanctionsChanged);
    QSignalSpy licencesChanged(m_widget.get(), &SanctionsWidget::licencesChanged);
    m_widget->newFromInspection(inspectionId);
    QCOMPARE(sanctionsChanged.count(), 1);
    const std::optional<qint64> caseId = m_widget->currentSanctionId();
    QVERIFY(caseId);
    QCOMPARE(stored(*caseId).status, SanctionStatus::Proposed);
    const SanctionRow *row = m_widget->model()->rowAt(m_widget->model()->rowOf(*caseId));
    QVERIFY(row);
    QCOMPARE(row->proposedPrikker, 4);
    QCOMPARE(row->runningTotal, 12);
    QCOMPARE(row->licensee, QStringLiteral("Fjordkroa AS"));
    const QString detail = m_widget->detailBrowser()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Salg/skjenking til åpenbart påvirket person")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Leads to suspension for 7 days.")));
    QVERIFY(!m_widget->button(QStringLiteral("decideButton"))->isEnabled());

    // Advance notice with a two-week response deadline, and its letter.
    const QString noticePdf = QDir(m_dir.path()).filePath(QStringLiteral("notice.pdf"));
    FileDialog::setNextFileName(noticePdf);
    test::whenModal<SanctionNoticeDialog>([](SanctionNoticeDialog *dialog) {
        dialog->sentEdit()->setDate(QDate(2026, 4, 22));
        dialog->deadlineEdit()->setDate(QDate(2026, 5, 6));
        ok(dialog);
    });
    QTest::mouseClick(m_widget->button(QStringLiteral("sendNoticeButton")), Qt::LeftButton);
    QCOMPARE(stored(*caseId).status, SanctionStatus::AdvanceNotice);
    QCOMPARE(stored(*caseId).responseDeadline, QDate(2026, 5, 6));
    QVERIFY(pdfContains(noticePdf, QStringLiteral("Fjordkroa AS")));

    // The decision: a deviation without a reason is refused inline and saves nothing.
    setDay(QDate(2026, 5, 7));
    const QString decisionPdf = QDir(m_dir.path()).filePath(QStringLiteral("decision.pdf"));
    FileDialog::setNextFileName(decisionPdf);
    QString refusal;
    SanctionStatus statusAfterRefusal = SanctionStatus::Closed;
    test::whenModal<SanctionDecisionDialog>([&](SanctionDecisionDialog *dialog) {
        dialog->prikkerSpinBox(0)->setValue(3);
        dialog->decidedOnEdit()->setDate(QDate(2026, 5, 7));
        dialog->decidedByEdit()->setText(QStringLiteral("Kari Saksbehandler"));
        dialog->referenceEdit()->setText(QStringLiteral("2026/77"));
        ok(dialog);
        if (dialog->isVisible()) {
            QLabel *error = dialog->errorLabel(QStringLiteral("findings[0].reason"));
            refusal = error->isHidden() ? QString() : error->text();
            statusAfterRefusal = stored(dialog->result().id > 0 ? dialog->result().id : m_widget->currentSanctionId().value()).status;
        }
        dialog->prikkerSpinBox(0)->setValue(4);
        ok(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(m_widget->button(QStringLiteral("decideButton")), Qt::LeftButton);
    QVERIFY2(refusal.contains(QStringLiteral("reason")), qPrintable(refusal));
    QCOMPARE(statusAfterRefusal, SanctionStatus::AdvanceNotice);
    SanctionCase c = stored(*caseId);
    QCOMPARE(c.status, SanctionStatus::Decided);
    QCOMPARE(c.decidedBy, QStringLiteral("Kari Saksbehandler"));
    QCOMPARE(c.findings.at(0).prikker(), 4);
    QVERIFY(pdfContains(decisionPdf, QStringLiteral("Fjordkroa AS")));
    QCOMPARE(LicenceLedger::evaluate(*m_db, m_clock, m_licenceId)->activePrikker, 12);
    QVERIFY(licencesChanged.count() >= 1);

    // Total 12: the advance notice of suspension lists the whole basis.
    QPushButton *suspensionNotice = m_widget->button(QStringLiteral("suspensionNoticeButton"));
    QVERIFY(suspensionNotice->isVisible());
    QVERIFY(suspensionNotice->isEnabled());
    const QString suspensionNoticePdf = QDir(m_dir.path()).filePath(QStringLiteral("suspension-notice.pdf"));
    FileDialog::setNextFileName(suspensionNoticePdf);
    QString basis;
    test::whenModal<SanctionNoticeDialog>([&](SanctionNoticeDialog *dialog) {
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("basisLabel")))
            basis = label->text();
        QVERIFY(!dialog->deadlineEdit());
        dialog->sentEdit()->setDate(QDate(2026, 5, 7));
        ok(dialog);
    });
    QTest::mouseClick(suspensionNotice, Qt::LeftButton);
    QVERIFY2(basis.contains(QStringLiteral("Salg/utlevering/skjenking til person under 18 år")), qPrintable(basis));
    QVERIFY(basis.contains(QStringLiteral("Salg/skjenking til åpenbart påvirket person")));
    QVERIFY(basis.contains(QStringLiteral("12 prikker")));
    QCOMPARE(stored(*caseId).status, SanctionStatus::SuspensionNotice);
    QVERIFY(pdfContains(suspensionNoticePdf, QStringLiteral("Fjordkroa AS")));

    // The suspension decision: 7 days; planned 5 weeks after the decision asks for confirmation.
    setDay(QDate(2026, 5, 11));
    const QString suspensionPdf = QDir(m_dir.path()).filePath(QStringLiteral("suspension.pdf"));
    FileDialog::setNextFileName(suspensionPdf);
    int days = 0;
    QString warning;
    SanctionStatus statusAfterNo = SanctionStatus::Closed;
    QDate plannedTo;
    test::whenModal<SuspensionDecisionDialog>([&](SuspensionDecisionDialog *dialog) {
        days = dialog->days();
        dialog->decidedEdit()->setDate(QDate(2026, 5, 11));
        dialog->fromEdit()->setDate(QDate(2026, 6, 15));
        MessageBox::setNextAnswer(MessageBox::No);
        ok(dialog);
        if (dialog->isVisible()) {
            warning = MessageBox::lastText();
            statusAfterNo = stored(m_widget->currentSanctionId().value()).status;
        }
        dialog->fromEdit()->setDate(QDate(2026, 5, 25));
        plannedTo = dialog->toEdit()->date();
        ok(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(m_widget->button(QStringLiteral("suspensionDecisionButton")), Qt::LeftButton);
    QCOMPARE(days, 7);
    QVERIFY2(warning.contains(QStringLiteral("35 days")), qPrintable(warning));
    QCOMPARE(statusAfterNo, SanctionStatus::SuspensionNotice);
    QCOMPARE(plannedTo, QDate(2026, 5, 31));
    c = stored(*caseId);
    QCOMPARE(c.status, SanctionStatus::SuspensionDecided);
    QVERIFY(c.suspension);
    QCOMPARE(c.suspension->days, 7);
    QCOMPARE(c.suspension->from, QDate(2026, 5, 25));
    QCOMPARE(c.suspension->to, QDate(2026, 5, 31));
    QVERIFY(pdfContains(suspensionPdf, QStringLiteral("Fjordkroa AS")));
    QVERIFY(licencesChanged.count() >= 2);

    // During the suspension the licence's timeline shows it, and the prikker as used.
    setDay(QDate(2026, 5, 27));
    QVERIFY(*LicenceLedger::isSuspendedOn(*m_db, m_licenceId, QDate(2026, 5, 27)));
    PrikkTimelineWidget timeline(m_clock);
    timeline.setDatabase(m_db.get());
    timeline.showLicence(m_licenceId);
    QVERIFY(timeline.suspensionLabel()->text().contains(QStringLiteral("The licence is suspended from 25.05.2026 to 31.05.2026.")));
    QCOMPARE(timeline.entriesTable()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(timeline.entriesTable()->item(r, 5)->text(), QStringLiteral("Used by suspension"));
    QVERIFY2(timeline.totalLabel()->text().contains(QStringLiteral("0 prikker")), qPrintable(timeline.totalLabel()->text()));

    // And afterwards too.
    setDay(QDate(2026, 6, 10));
    timeline.showLicence(m_licenceId);
    QVERIFY(timeline.suspensionLabel()->text().contains(QStringLiteral("25.05.2026 to 31.05.2026")));
    QVERIFY(!timeline.suspensionLabel()->text().contains(QStringLiteral("The licence is suspended")));
    QCOMPARE(timeline.entriesTable()->item(1, 5)->text(), QStringLiteral("Used by suspension"));
}

void TestUiSanctionFlow::reportFromAnotherAuthority()
{
    QString missingSource;
    int casesAfterRefusal = -1;
    test::whenModal<SanctionReportDialog>([&](SanctionReportDialog *dialog) {
        QTest::keyClicks(dialog->licenceSearch(), QStringLiteral("fjordkroa"));
        dialog->codeComboBox()->setCurrentIndex(dialog->codeComboBox()->findData(QStringLiteral("hours")));
        dialog->offenceDateEdit()->setDate(QDate(2026, 4, 18));
        dialog->authorityComboBox()->setCurrentIndex(2); // other
        ok(dialog);
        if (dialog->isVisible()) {
            QLabel *error = dialog->errorLabel(QStringLiteral("source"));
            missingSource = error->isHidden() ? QString() : error->text();
            casesAfterRefusal = int(SanctionRepository(*m_db, m_clock).list()->size());
        }
        QTest::keyClicks(dialog->otherAuthorityEdit(), QStringLiteral("Mattilsynet"));
        ok(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(m_widget->button(QStringLiteral("newFromReportButton")), Qt::LeftButton);
    QVERIFY(!missingSource.isEmpty());
    QCOMPARE(casesAfterRefusal, 0);
    const std::optional<qint64> caseId = m_widget->currentSanctionId();
    QVERIFY(caseId);
    const SanctionCase c = stored(*caseId);
    QCOMPARE(c.licenceId, m_licenceId);
    QCOMPARE(c.findings.size(), 1);
    QCOMPARE(c.findings.at(0).code, QStringLiteral("hours"));
    QCOMPARE(c.findings.at(0).source, QStringLiteral("Mattilsynet"));
    QCOMPARE(c.findings.at(0).offenceDate, QDate(2026, 4, 18));
    QCOMPARE(c.findings.at(0).standardPrikker, 4);
    QCOMPARE(m_widget->model()->rowAt(m_widget->model()->rowOf(*caseId))->runningTotal, 4);
}

QTEST_MAIN(TestUiSanctionFlow)
#include "TestUiSanctionFlow.moc"
