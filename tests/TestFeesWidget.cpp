// The "Gebyr" tab's states and the settings for the fee year: the payment days chosen in the
// settings become the issue dialog's default due date; a read-only register cannot save them.

#include "DateEdit.h"
#include "FeeCycleSettingsDialog.h"
#include "FeeCycleUiTestSupport.h"
#include "FeeIssueDialog.h"
#include "FeesAreaWidget.h"
#include "FeesWidget.h"
#include "SanctionTestSupport.h"
#include "TestUiSupport.h"
#include "storage/TurnoverRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTableWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace bevilling;

class TestFeesWidget : public QObject, private test::FeeCycleUiFixture
{
    Q_OBJECT
public:
    TestFeesWidget() : FeeCycleUiFixture(QDate(2025, 4, 10)) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stateText_data();
    void stateText();
    void settingsChangeTheDueDate();
    void readOnlySettings();

private:
    std::unique_ptr<FeesAreaWidget> m_area;
    qint64 m_licence = 0;
};

void TestFeesWidget::initTestCase()
{
    QVERIFY(setUpApplication());
}

void TestFeesWidget::init()
{
    QVERIFY(openRegister(QStringLiteral("feesw"), QStringLiteral("national")));
    m_licence = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licence > 0);
    QVERIFY(addReport(m_licence, 2025, QDate(2025, 2, 20), 20000, 20000));
    QVERIFY(showWidget(m_area, QSize(1300, 700)));
}

void TestFeesWidget::cleanup()
{
    closeWidget(m_area);
}

void TestFeesWidget::stateText_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<double>("amount");
    QTest::addColumn<double>("paid");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("state");
    const QDate today(2025, 4, 10);
    QTest::newRow("computed") << qint64(0) << 5000.0 << 0.0 << QDate() << QStringLiteral("Not invoiced");
    QTest::newRow("issued, not due") << qint64(1) << 5000.0 << 0.0 << today.addDays(5) << QStringLiteral("Invoiced");
    QTest::newRow("due today") << qint64(1) << 5000.0 << 0.0 << today << QStringLiteral("Invoiced");
    QTest::newRow("overdue") << qint64(1) << 5000.0 << 1000.0 << today.addDays(-1) << QStringLiteral("Overdue");
    QTest::newRow("paid") << qint64(1) << 5000.0 << 5000.0 << today.addDays(-1) << QStringLiteral("Paid");
    QTest::newRow("refund") << qint64(1) << -800.0 << 0.0 << today.addDays(-1) << QStringLiteral("Invoiced");
}

void TestFeesWidget::stateText()
{
    QFETCH(qint64, id);
    QFETCH(double, amount);
    QFETCH(double, paid);
    QFETCH(QDate, due);
    QFETCH(QString, state);
    FeeLine line;
    line.id = id;
    line.amount = amount;
    line.paid = paid;
    line.issuedOn = due.isValid() ? due.addDays(-30) : QDate();
    line.dueOn = due;
    QCOMPARE(FeesWidget::stateText(line, QDate(2025, 4, 10)), state);
}

void TestFeesWidget::settingsChangeTheDueDate()
{
    bool saved = false;
    test::whenModal<FeeCycleSettingsDialog>([&](FeeCycleSettingsDialog *dialog) {
        QVERIFY(dialog->trueUpCheckBox()->isChecked());
        QCOMPARE(dialog->paymentDaysSpinBox()->value(), 30);
        dialog->paymentDaysSpinBox()->setValue(21);
        dialog->auditorCheckBox()->setChecked(true);
        dialog->thresholdSpinBox()->setValue(40);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        saved = true;
    });
    m_area->editSettings();
    QVERIFY(saved);
    const FeeCycleSettings settings = *TurnoverRepository(*m_db, m_clock).settings();
    QCOMPARE(settings.paymentDays, 21);
    QVERIFY(settings.auditorConfirmationRequired);
    QCOMPARE(settings.changeThresholdPercent, 40.0);

    FeesWidget *fees = m_area->feesWidget();
    fees->setYear(2025);
    QVERIFY(fees->table()->rowCount() >= 1);
    QVERIFY(fees->totalsLabel()->text().contains(QStringLiteral("kr")));
    QPushButton *issue = fees->button(QStringLiteral("issueFeesButton"));
    QVERIFY(issue->isEnabled());
    test::whenModal<FeeIssueDialog>([&](FeeIssueDialog *dialog) {
        QCOMPARE(dialog->dueEdit()->date(), QDate(2025, 5, 1));
        // The due date follows the invoice date until it is changed by hand.
        dialog->issuedEdit()->setDate(QDate(2025, 4, 1));
        QCOMPARE(dialog->dueEdit()->date(), QDate(2025, 4, 22));
        // A due date before the invoice date is refused next to the field.
        dialog->dueEdit()->setDate(QDate(2025, 3, 1));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorLabel(QStringLiteral("due_on"))->isHidden());
        dialog->reject();
    });
    issue->click();
    QVERIFY(fees->assessment());
    for (const FeeLine &line : fees->assessment()->lines)
        QVERIFY(!line.isIssued());
}

void TestFeesWidget::readOnlySettings()
{
    m_area->setDatabase(m_db.get(), true);
    test::whenModal<FeeCycleSettingsDialog>([&](FeeCycleSettingsDialog *dialog) {
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!dialog->paymentDaysSpinBox()->isEnabled());
        dialog->reject();
    });
    m_area->editSettings();
    QCOMPARE(TurnoverRepository(*m_db, m_clock).settings()->paymentDays, 30);
}

QTEST_MAIN(TestFeesWidget)
#include "TestFeesWidget.moc"
