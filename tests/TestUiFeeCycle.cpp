// The yearly cycle in the "Omsetning og gebyr" area as an administrator uses it (Bærum's rules,
// 2025): register a turnover report (first with a bad figure), send the reminder to a licence that
// has not reported, propose a sanction case when the reminder's deadline has passed, issue the
// year's fees, export the invoice basis, register a partial and a full payment, and propose a
// sanction case for a fee that is overdue.

#include "DateEdit.h"
#include "FeeCycleUiTestSupport.h"
#include "FeeIssueDialog.h"
#include "FeePaymentDialog.h"
#include "FeesAreaWidget.h"
#include "FeesWidget.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "TestUiSupport.h"
#include "TurnoverReportDialog.h"
#include "TurnoverWidget.h"
#include "storage/FeeRepository.h"
#include "storage/SanctionRepository.h"
#include "storage/TurnoverRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace bevilling;

class TestUiFeeCycle : public QObject, private test::FeeCycleUiFixture
{
    Q_OBJECT
public:
    TestUiFeeCycle() : FeeCycleUiFixture(QDate(2025, 3, 20)) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void turnoverReportsReminderAndSanction();
    void feesIssuedExportedPaidAndOverdue();
    void yearWithoutRates();
    void readOnlyRegister();

private:
    void setDay(const QDate &day)
    {
        m_clock.setNow(QDateTime(day, QTime(12, 0), Qt::UTC));
    }
    // A received 2025 report, confirmed by the auditor, with `actual` and `expected` litres of group 1.
    bool addReport(qint64 licenceId, double actual, double expected)
    {
        return FeeCycleUiFixture::addReport(licenceId, 2025, QDate(2025, 2, 10), actual, expected, true);
    }
    static void ok(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    static QString pdfText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-"))
            return QString();
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        if (!process.waitForFinished(30000))
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }
    static int rowOf(QTableWidget *table, const QString &number)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == number)
                return r;
        }
        return -1;
    }
    TurnoverWidget *turnover() const { return m_area->turnoverWidget(); }
    FeesWidget *fees() const { return m_area->feesWidget(); }

    std::unique_ptr<FeesAreaWidget> m_area;
    qint64 m_fjord = 0;
    qint64 m_hav = 0;
};

void TestUiFeeCycle::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestUiFeeCycle::init()
{
    setDay(QDate(2025, 3, 20));
    QVERIFY(openRegister(QStringLiteral("fees"), QStringLiteral("baerum-2020")));
    m_fjord = addLicence(QStringLiteral("2024-001"), QStringLiteral("Fjordkroa AS"), QStringLiteral("923609016"));
    m_hav = addLicence(QStringLiteral("2024-002"), QStringLiteral("Havkroa AS"), QStringLiteral("910000012"));
    QVERIFY(m_fjord > 0 && m_hav > 0);
    QVERIFY(showWidget(m_area, QSize(1400, 900)));
}

void TestUiFeeCycle::cleanup()
{
    closeWidget(m_area);
}

void TestUiFeeCycle::turnoverReportsReminderAndSanction()
{
    QCOMPARE(turnover()->year(), 2025);
    QVERIFY(turnover()->deadlineLabel()->text().contains(QStringLiteral("01.03.2025")));
    QCOMPARE(turnover()->table()->rowCount(), 2);
    QVERIFY(turnover()->countLabel()->text().startsWith(QStringLiteral("0 of 2 received, 2 missing")));

    // Register Fjordkroa's report: a figure that is not a number, then a negative one, then good ones.
    QVERIFY(turnover()->selectLicence(QStringLiteral("2024-001")));
    QPushButton *registerButton = turnover()->button(QStringLiteral("registerReportButton"));
    QVERIFY(registerButton->isEnabled());
    bool checked = false;
    test::whenModal<TurnoverReportDialog>([&](TurnoverReportDialog *dialog) {
        QLineEdit *actual1 = dialog->litresEdit(true, 1);
        actual1->setFocus();
        QTest::keyClicks(actual1, QStringLiteral("tjue"));
        ok(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorLabel(QStringLiteral("actual.group1"))->isHidden());
        QVERIFY(dialog->errorLabel(QStringLiteral("actual.group1"))->text().contains(QStringLiteral("tjue")));

        actual1->clear();
        QTest::keyClicks(actual1, QStringLiteral("-5"));
        ok(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorLabel(QStringLiteral("actual.group1"))->isHidden());
        QVERIFY(!TurnoverRepository(*m_db, m_clock).find(m_fjord, 2025)->has_value());

        actual1->clear();
        QTest::keyClicks(actual1, QStringLiteral("20 000"));
        QTest::keyClicks(dialog->litresEdit(true, 2), QStringLiteral("0"));
        QTest::keyClicks(dialog->litresEdit(true, 3), QStringLiteral("0"));
        QTest::keyClicks(dialog->litresEdit(false, 1), QStringLiteral("30000"));
        QTest::keyClicks(dialog->litresEdit(false, 2), QStringLiteral("0"));
        QTest::keyClicks(dialog->litresEdit(false, 3), QStringLiteral("0"));
        // 20 000 -> 30 000 is a change of 50 %: flagged before saving.
        QVERIFY(!dialog->flagsLabel()->text().isEmpty());
        dialog->findChild<QCheckBox *>(QStringLiteral("auditorCheckBox"))->setChecked(true);
        ok(dialog);
        checked = true;
    });
    registerButton->click();
    QVERIFY(checked);
    const std::optional<TurnoverReport> saved = *TurnoverRepository(*m_db, m_clock).find(m_fjord, 2025);
    QVERIFY(saved);
    QCOMPARE(saved->receivedOn, QDate(2025, 3, 20));
    QVERIFY(saved->actual && saved->expected);
    QCOMPARE(saved->actual->group[0], 20000.0);
    QCOMPARE(saved->expected->group[0], 30000.0);
    QVERIFY(saved->auditorConfirmed);
    QVERIFY(turnover()->countLabel()->text().startsWith(QStringLiteral("1 of 2 received, 1 missing")));
    const int fjordRow = rowOf(turnover()->table(), QStringLiteral("2024-001"));
    QCOMPARE(turnover()->table()->item(fjordRow, TurnoverWidget::ActualColumn)->text(), QStringLiteral("20 000 / 0 / 0"));

    // The reminder to Havkroa (missing after the deadline): one PDF, the new deadline 14 days on.
    QVERIFY(turnover()->selectLicence(QStringLiteral("2024-002")));
    QPushButton *reminder = turnover()->button(QStringLiteral("reminderButton"));
    QVERIFY(reminder->isEnabled());
    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("purring.pdf"));
    FileDialog::setNextFileName(pdf);
    reminder->click();
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Havkroa AS")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("03.04.2025")));
    QVERIFY(text.contains(QStringLiteral("50 %")));
    QVERIFY(text.contains(QStringLiteral("2 prikker")));
    QVERIFY(!text.contains(QStringLiteral("Fjordkroa AS")));
    const std::optional<TurnoverReport> reminded = *TurnoverRepository(*m_db, m_clock).find(m_hav, 2025);
    QVERIFY(reminded);
    QCOMPARE(reminded->reminderSentOn, QDate(2025, 3, 20));
    QVERIFY(turnover()->countLabel()->text().contains(QStringLiteral("1 reminded")));

    // After the reminder's deadline: a proposed sanction case for the missing report.
    setDay(QDate(2025, 4, 10));
    m_area->reload();
    QVERIFY(turnover()->selectLicence(QStringLiteral("2024-002")));
    const int havRow = rowOf(turnover()->table(), QStringLiteral("2024-002"));
    QCOMPARE(turnover()->table()->item(havRow, TurnoverWidget::StateColumn)->data(Qt::UserRole).toString(),
             QStringLiteral("overdue"));
    QPushButton *propose = turnover()->button(QStringLiteral("proposeTurnoverSanctionButton"));
    QVERIFY(propose->isEnabled());
    QSignalSpy changed(m_area.get(), &FeesAreaWidget::sanctionsChanged);
    QSignalSpy open(m_area.get(), &FeesAreaWidget::openSanctionRequested);
    MessageBox::setNextAnswer(MessageBox::Yes);
    propose->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(open.count(), 1);
    const SanctionCase proposed = *SanctionRepository(*m_db, m_clock).find(open.first().first().toLongLong());
    QCOMPARE(proposed.licenceId, m_hav);
    QCOMPARE(proposed.status, SanctionStatus::Proposed);
    QVERIFY(!propose->isEnabled());
}

void TestUiFeeCycle::feesIssuedExportedPaidAndOverdue()
{
    QVERIFY(addReport(m_fjord, 20000, 20000));
    QVERIFY(addReport(m_hav, 5000, 5000));
    setDay(QDate(2025, 4, 10));
    m_area->reload();
    m_area->tabs()->setCurrentWidget(fees());
    fees()->setYear(2025);
    QVERIFY(fees()->assessment());
    QVERIFY(fees()->table()->rowCount() >= 2);
    QCOMPARE(fees()->table()->item(0, FeesWidget::StateColumn)->text(), QStringLiteral("Not invoiced"));

    // Issue: the due date follows the invoice date (+ 30 days).
    QPushButton *issue = fees()->button(QStringLiteral("issueFeesButton"));
    QVERIFY(issue->isEnabled());
    bool issued = false;
    test::whenModal<FeeIssueDialog>([&](FeeIssueDialog *dialog) {
        QCOMPARE(dialog->issuedEdit()->date(), QDate(2025, 4, 10));
        QCOMPARE(dialog->dueEdit()->date(), QDate(2025, 5, 10));
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("kr")));
        ok(dialog);
        issued = true;
    });
    issue->click();
    QVERIFY(issued);
    const QList<FeeLine> lines = *FeeRepository(*m_db, m_clock).lines(2025);
    QVERIFY(lines.size() >= 2);
    FeeLine fjordLine;
    for (const FeeLine &line : lines) {
        QCOMPARE(line.dueOn, QDate(2025, 5, 10));
        if (line.licenceId == m_fjord && line.kind == FeeLineKind::Provisional)
            fjordLine = line;
    }
    QVERIFY(fjordLine.isIssued());
    QVERIFY(fjordLine.amount > 0);
    QVERIFY(!issue->isEnabled());
    QCOMPARE(fees()->table()->item(0, FeesWidget::StateColumn)->text(), QStringLiteral("Invoiced"));

    // Export the invoice basis.
    const QString csv = QDir(m_dir.path()).filePath(QStringLiteral("fakturagrunnlag.csv"));
    FileDialog::setNextFileName(csv);
    fees()->button(QStringLiteral("exportInvoiceButton"))->click();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    QVERIFY(exported.contains(QStringLiteral("bevillingsnummer")));
    bool found = false;
    for (const QString &row : exported.split(QLatin1Char('\n'))) {
        if (row.contains(QStringLiteral("2024-001")) && row.contains(QStringLiteral("Fjordkroa AS")))
            found = row.contains(QStringLiteral("10.04.2025")) && row.contains(QStringLiteral("10.05.2025"));
    }
    QVERIFY2(found, qPrintable(exported));

    // A partial payment, then the rest (the amount field offers what is outstanding).
    QVERIFY(fees()->selectLine(QStringLiteral("2024-001"), FeeLineKind::Provisional));
    QPushButton *pay = fees()->button(QStringLiteral("registerPaymentButton"));
    QVERIFY(pay->isEnabled());
    test::whenModal<FeePaymentDialog>([&](FeePaymentDialog *dialog) {
        dialog->amountEdit()->selectAll();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("abc"));
        ok(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorLabel(QStringLiteral("amount"))->isHidden());
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("1 000,50"));
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Delbetaling"));
        ok(dialog);
    });
    pay->click();
    QList<FeePayment> payments = *FeeRepository(*m_db, m_clock).payments(fjordLine.id);
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.first().amount, 1000.5);
    QCOMPARE(payments.first().note, QStringLiteral("Delbetaling"));
    QVERIFY(fees()->selectLine(QStringLiteral("2024-001"), FeeLineKind::Provisional));
    test::whenModal<FeePaymentDialog>([&](FeePaymentDialog *dialog) {
        QCOMPARE(TurnoverReportDialog::parseNumber(dialog->amountEdit()->text()).value_or(-1), fjordLine.amount - 1000.5);
        ok(dialog);
    });
    pay->click();
    payments = *FeeRepository(*m_db, m_clock).payments(fjordLine.id);
    QCOMPARE(payments.size(), 2);
    QVERIFY(fees()->selectLine(QStringLiteral("2024-001"), FeeLineKind::Provisional));
    const int paidRow = fees()->table()->currentRow();
    QCOMPARE(fees()->table()->item(paidRow, FeesWidget::StateColumn)->text(), QStringLiteral("Paid"));
    QVERIFY(!pay->isEnabled());

    // After the due date Havkroa's fee is overdue: a proposed fee_unpaid case.
    setDay(QDate(2025, 5, 20));
    fees()->reload();
    QVERIFY(fees()->selectLine(QStringLiteral("2024-002"), FeeLineKind::Provisional));
    QCOMPARE(fees()->table()->item(fees()->table()->currentRow(), FeesWidget::StateColumn)->text(), QStringLiteral("Overdue"));
    QPushButton *propose = fees()->button(QStringLiteral("proposeFeeSanctionButton"));
    QVERIFY(propose->isEnabled());
    QSignalSpy changed(m_area.get(), &FeesAreaWidget::sanctionsChanged);
    QSignalSpy open(m_area.get(), &FeesAreaWidget::openSanctionRequested);
    MessageBox::setNextAnswer(MessageBox::No);
    propose->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(open.count(), 0);
    const QList<SanctionCase> cases = *SanctionRepository(*m_db, m_clock).list();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().licenceId, m_hav);
}

void TestUiFeeCycle::yearWithoutRates()
{
    setDay(QDate(2030, 4, 10));
    m_area->tabs()->setCurrentWidget(fees());
    fees()->setYear(2030);
    QVERIFY(!fees()->problemsLabel()->isHidden());
    QVERIFY2(fees()->problemsLabel()->text().contains(QStringLiteral("2030")), qPrintable(fees()->problemsLabel()->text()));
    QVERIFY(!fees()->button(QStringLiteral("issueFeesButton"))->isEnabled());
    QCOMPARE(fees()->table()->rowCount(), 0);
}

void TestUiFeeCycle::readOnlyRegister()
{
    QVERIFY(addReport(m_fjord, 20000, 20000));
    m_area->setDatabase(m_db.get(), true);
    QVERIFY(turnover()->selectLicence(QStringLiteral("2024-002")));
    for (const QString &name : {QStringLiteral("registerReportButton"), QStringLiteral("importTurnoverButton"),
                                QStringLiteral("requestButton"), QStringLiteral("reminderButton"),
                                QStringLiteral("proposeTurnoverSanctionButton")})
        QVERIFY2(!turnover()->button(name)->isEnabled(), qPrintable(name));
    QVERIFY(turnover()->button(QStringLiteral("templateButton"))->isEnabled());
    fees()->setYear(2025);
    for (const QString &name : {QStringLiteral("issueFeesButton"), QStringLiteral("registerPaymentButton"),
                                QStringLiteral("proposeFeeSanctionButton")})
        QVERIFY2(!fees()->button(name)->isEnabled(), qPrintable(name));
    QVERIFY(!turnover()->registerReport());
    QVERIFY(!fees()->issueFees());
}

QTEST_MAIN(TestUiFeeCycle)
#include "TestUiFeeCycle.moc"
