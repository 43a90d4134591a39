#include "FeeRatesDialog.h"
#include "RegisterFiles.h"
#include "RulesPanel.h"
#include "TestUiSupport.h"
#include "domain/Licence.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace bevilling;
using namespace bevilling::rules;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

bool shown(QObject *parent, const QString &labelName)
{
    QLabel *label = child<QLabel>(parent, labelName);
    return label && !label->isHidden() && !label->text().isEmpty();
}

// Types into the field the way a person does: focus, select all, delete, type.
void typeInto(QWidget *dialog, const QString &editName, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(dialog, editName);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

int feeAudits(const Database &db)
{
    int count = 0;
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection());
    for (const AuditEntry &e : *entries)
        count += e.entity == FeeRateRepository::AuditEntity ? 1 : 0;
    return count;
}

} // namespace

class TestFeeRatesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void newRegisterHoldsTheShippedTable();
    void add2026ByKeyboardAndThePanelAnswers();
    void badInputIsShownNextToItsFieldAndNothingIsSaved();
    void correctAYear();
    void readOnlyRegisterCannotEdit();

private:
    std::unique_ptr<Database> makeRegister();
    FeeRatesDialog *openDialog(RulesPanel &panel);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 11, 24), QTime(9, 30), Qt::UTC)};
    int m_fileNumber = 0;
};

void TestFeeRatesDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestFeeRatesDialog::cleanup()
{
    test::closeDialogs();
}

std::unique_ptr<Database> TestFeeRatesDialog::makeRegister()
{
    return test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("fees-%1.sqlite").arg(++m_fileNumber)),
                              m_clock, QStringLiteral("national"));
}

FeeRatesDialog *TestFeeRatesDialog::openDialog(RulesPanel &panel)
{
    QPushButton *button = child<QPushButton>(&panel, QStringLiteral("feeRatesButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return panel.findChild<FeeRatesDialog *>();
}

void TestFeeRatesDialog::newRegisterHoldsTheShippedTable()
{
    auto db = makeRegister();
    QVERIFY(db);
    FeeRateRepository repo(*db, m_clock);
    QCOMPARE(repo.rows()->size(), FeeRateTable::national().years().size());
    QCOMPARE(feeAudits(*db), int(FeeRateTable::national().years().size()));
}

void TestFeeRatesDialog::add2026ByKeyboardAndThePanelAnswers()
{
    auto db = makeRegister();
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    QSignalSpy saved(&panel, &RulesPanel::feeRatesSaved);

    // Before: no rates for 2026.
    child<QSpinBox>(&panel, QStringLiteral("feeYearSpinBox"))->setValue(2026);
    typeInto(&panel, QStringLiteral("litres1Edit"), QStringLiteral("10000"));
    QVERIFY(shown(&panel, QStringLiteral("feeYearErrorLabel")));
    QVERIFY(child<QLabel>(&panel, QStringLiteral("feeResultLabel"))->text().isEmpty());

    FeeRatesDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("feeRatesYearComboBox"))->currentData().toInt(), 0);
    // The next year after the table's last is suggested.
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("yearEdit"))->text(), QStringLiteral("2026"));

    typeInto(dialog, QStringLiteral("yearEdit"), QStringLiteral("2026"));
    typeInto(dialog, QStringLiteral("saleGroup1Edit"), QStringLiteral("0,26"));
    typeInto(dialog, QStringLiteral("saleGroup2Edit"), QStringLiteral("0,76"));
    typeInto(dialog, QStringLiteral("saleMinimumEdit"), QStringLiteral("2 150"));
    typeInto(dialog, QStringLiteral("servingGroup1Edit"), QStringLiteral("0,63"));
    typeInto(dialog, QStringLiteral("servingGroup2Edit"), QStringLiteral("1,63"));
    typeInto(dialog, QStringLiteral("servingGroup3Edit"), QStringLiteral("5,38"));
    typeInto(dialog, QStringLiteral("servingMinimumEdit"), QStringLiteral("6650"));
    typeInto(dialog, QStringLiteral("travellingCapEdit"), QStringLiteral("480"));
    typeInto(dialog, QStringLiteral("sourceEdit"), QStringLiteral("Helsedirektoratet november 2025"));
    const int auditsBefore = feeAudits(*db);
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("sourceEdit")), Qt::Key_Return);

    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!panel.findChild<FeeRatesDialog *>() || !panel.findChild<FeeRatesDialog *>()->isVisible());
    QCOMPARE(feeAudits(*db), auditsBefore + 1);
    const Result<FeeRates> stored = FeeRateRepository(*db, m_clock).current()->forYear(2026);
    QVERIFY(stored.ok());
    QCOMPARE(*stored->sale[0], 0.26);
    QCOMPARE(stored->saleMinimum, 2150.0);
    QCOMPARE(*stored->serving[2], 5.38);
    QCOMPARE(*stored->travellingCap, 480.0);
    QCOMPARE(stored->source, QStringLiteral("Helsedirektoratet november 2025"));

    // The panel answers 2026 now: 10 000 l x 0,63 = 6 300, below the minimum of 6 650.
    QVERIFY(!shown(&panel, QStringLiteral("feeYearErrorLabel")));
    const QString answer = child<QLabel>(&panel, QStringLiteral("feeResultLabel"))->text();
    QVERIFY2(answer.startsWith(formatAmount(6650)), qPrintable(answer));
    QVERIFY2(answer.contains(formatAmount(6300)), qPrintable(answer));
}

void TestFeeRatesDialog::badInputIsShownNextToItsFieldAndNothingIsSaved()
{
    auto db = makeRegister();
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    FeeRatesDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    const int audits = feeAudits(*db);
    const int rows = int(FeeRateRepository(*db, m_clock).rows()->size());

    typeInto(dialog, QStringLiteral("yearEdit"), QStringLiteral("2025")); // already in the table
    typeInto(dialog, QStringLiteral("saleGroup1Edit"), QStringLiteral("0,26"));
    typeInto(dialog, QStringLiteral("saleMinimumEdit"), QStringLiteral("2150"));
    typeInto(dialog, QStringLiteral("servingGroup1Edit"), QStringLiteral("abc"));
    typeInto(dialog, QStringLiteral("servingGroup2Edit"), QStringLiteral("-1,5"));
    typeInto(dialog, QStringLiteral("servingGroup3Edit"), QStringLiteral("5,38"));
    // serving minimum left empty
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("servingGroup3Edit")), Qt::Key_Return);

    QVERIFY(dialog->isVisible());
    QVERIFY(shown(dialog, QStringLiteral("servingGroup1ErrorLabel")));
    QVERIFY(shown(dialog, QStringLiteral("servingGroup2ErrorLabel")));
    QVERIFY(shown(dialog, QStringLiteral("servingMinimumErrorLabel")));
    QVERIFY(!shown(dialog, QStringLiteral("saleGroup1ErrorLabel")));
    QVERIFY(!shown(dialog, QStringLiteral("saleGroup2ErrorLabel"))); // may be unknown
    QVERIFY(!shown(dialog, QStringLiteral("travellingCapErrorLabel")));
    QCOMPARE(feeAudits(*db), audits);

    // The numbers fixed, the duplicate year is refused next to the year.
    typeInto(dialog, QStringLiteral("servingGroup1Edit"), QStringLiteral("0,63"));
    typeInto(dialog, QStringLiteral("servingGroup2Edit"), QStringLiteral("1,63"));
    typeInto(dialog, QStringLiteral("servingMinimumEdit"), QStringLiteral("6650"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("servingMinimumEdit")), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(shown(dialog, QStringLiteral("yearErrorLabel")));
    QVERIFY(!shown(dialog, QStringLiteral("servingGroup1ErrorLabel")));

    typeInto(dialog, QStringLiteral("yearEdit"), QStringLiteral("2201"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("yearEdit")), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(shown(dialog, QStringLiteral("yearErrorLabel")));

    QCOMPARE(feeAudits(*db), audits);
    QCOMPARE(int(FeeRateRepository(*db, m_clock).rows()->size()), rows);
}

void TestFeeRatesDialog::correctAYear()
{
    auto db = makeRegister();
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    FeeRatesDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    QComboBox *choice = child<QComboBox>(dialog, QStringLiteral("feeRatesYearComboBox"));
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down); // the newest year in the table: 2025
    QCOMPARE(choice->currentData().toInt(), 2025);
    QLineEdit *year = child<QLineEdit>(dialog, QStringLiteral("yearEdit"));
    QCOMPARE(year->text(), QStringLiteral("2025"));
    QVERIFY(year->isReadOnly());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("servingGroup1Edit"))->text(), QStringLiteral("0,61"));
    typeInto(dialog, QStringLiteral("servingMinimumEdit"), QStringLiteral("6450"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("servingMinimumEdit")), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(FeeRateRepository(*db, m_clock).current()->forYear(2025)->servingMinimum, 6450.0);
    const AuditEntry last = AuditLog::all(db->connection())->last();
    QCOMPARE(last.entity, FeeRateRepository::AuditEntity);
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.before.value(QStringLiteral("serving")).toObject().value(QStringLiteral("minimum")).toDouble(), 6400.0);
    QCOMPARE(last.after.value(QStringLiteral("serving")).toObject().value(QStringLiteral("minimum")).toDouble(), 6450.0);
}

void TestFeeRatesDialog::readOnlyRegisterCannotEdit()
{
    QString path;
    {
        auto db = makeRegister();
        QVERIFY(db);
        path = db->path();
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    QVERIFY(db.ok());
    RulesPanel panel(m_clock);
    panel.setDatabase(db->get());
    QVERIFY(!child<QPushButton>(&panel, QStringLiteral("feeRatesButton"))->isEnabled());
    panel.editFeeRates();
    QVERIFY(!panel.findChild<FeeRatesDialog *>());

    // The dialog itself refuses to save into a read-only register.
    FeeRatesDialog dialog(**db, m_clock);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveFeeRatesButton"))->isEnabled());
    QVERIFY(shown(&dialog, QStringLiteral("feeRatesLoadErrorLabel")));
    const int audits = feeAudits(**db);
    dialog.save();
    QCOMPARE(feeAudits(**db), audits);
    panel.setDatabase(nullptr);
}

QTEST_MAIN(TestFeeRatesDialog)
#include "TestFeeRatesDialog.moc"
