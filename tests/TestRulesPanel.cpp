#include "AppSettings.h"
#include "MainWindow.h"
#include "NewRegisterDialog.h"
#include "NewRegisterForm.h"
#include "RegisterFiles.h"
#include "RuleSetEditorDialog.h"
#include "RulesPanel.h"
#include "TestUiSupport.h"
#include "storage/AuditLog.h"
#include "rules/Fees.h"
#include "storage/RuleSetRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace bevilling;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QString textOf(QObject *parent, const QString &labelName)
{
    return child<QLabel>(parent, labelName)->text();
}

bool shown(QObject *parent, const QString &labelName)
{
    QLabel *label = child<QLabel>(parent, labelName);
    return !label->isHidden() && !label->text().isEmpty();
}

// Picks the item whose data is `value` the way a person does: focus the box, then arrow keys.
void chooseByKeyboard(QComboBox *combo, const QVariant &value)
{
    combo->setFocus();
    const int target = combo->findData(value);
    QVERIFY(target >= 0);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

int ruleSetAudits(const Database &db)
{
    int count = 0;
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection()); // keep the result alive while iterating
    for (const AuditEntry &e : *entries)
        count += e.entity == RuleSetRepository::AuditEntity ? 1 : 0;
    return count;
}

} // namespace

class TestRulesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void baerumOutdoorGroup3OnASummerNight();
    void easterSaturdaySalesUnderNational();
    void annualFeeWithTheMinimum();
    void feeYearStartsOnTheLatestYearWithRates();
    void latestEndOfALicence();
    void holidaysOfAYear();
    void badInputIsShownNextToItsField();
    void readOnlyRegisterCannotEdit();
    void editorRefusesAnEndBeyondTheFrame();
    void editorSavesANewVersionAndThePanelFollows();
    void editorEditsTheFeeTiers();
    void newRegisterStartsFromTheChosenPreset();
    void mainWindowHasTheRulesArea();

private:
    std::unique_ptr<Database> makeRegister(const QString &preset);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(9, 30), Qt::UTC)};
    int m_fileNumber = 0;
};

void TestRulesPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestRulesPanel::cleanup()
{
    test::closeDialogs();
}

std::unique_ptr<Database> TestRulesPanel::makeRegister(const QString &preset)
{
    return test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("rules-%1.sqlite").arg(++m_fileNumber)),
                              m_clock, preset);
}

// Worked example: Bærum, Saturday 14 June 2025, group 3 outdoors outside residential areas at
// 23:45: allowed (5c summer, until 00:30), drinks consumed by 01:00.
void TestRulesPanel::baerumOutdoorGroup3OnASummerNight()
{
    auto db = makeRegister(QStringLiteral("baerum-2020"));
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    QVERIFY(test::activate(&panel));
    QCOMPARE(panel.ruleSet().name, QStringLiteral("baerum-2020"));

    panel.setDate(QDate(2025, 6, 14));
    chooseByKeyboard(child<QComboBox>(&panel, QStringLiteral("servingGroupComboBox")), 3);
    chooseByKeyboard(child<QComboBox>(&panel, QStringLiteral("servingAreaComboBox")), static_cast<int>(rules::Area::Outdoor));
    chooseByKeyboard(child<QComboBox>(&panel, QStringLiteral("servingZoneComboBox")), QStringLiteral("non-residential"));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("servingTimeEdit")), QStringLiteral("23:45"));

    const QString day = textOf(&panel, QStringLiteral("servingResultLabel"));
    QVERIFY2(day.startsWith(QStringLiteral("13:00–00:30, drinks consumed by 01:00")), qPrintable(day));
    QVERIFY2(day.contains(QStringLiteral("5c")), qPrintable(day));
    QCOMPARE(textOf(&panel, QStringLiteral("servingTimeResultLabel")),
             QStringLiteral("23:45: serving allowed, consumption until 01:00"));
    QVERIFY(!shown(&panel, QStringLiteral("servingTimeErrorLabel")));

    // Half an hour after the end it is not.
    typeInto(child<QLineEdit>(&panel, QStringLiteral("servingTimeEdit")), QStringLiteral("00:45"));
    QCOMPARE(textOf(&panel, QStringLiteral("servingTimeResultLabel")), QStringLiteral("00:45: serving not allowed"));
    // In a residential area outdoors the night ends at 22:30 (5b).
    chooseByKeyboard(child<QComboBox>(&panel, QStringLiteral("servingZoneComboBox")), QStringLiteral("residential"));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("servingTimeEdit")), QStringLiteral("23:45"));
    QVERIFY(textOf(&panel, QStringLiteral("servingResultLabel")).startsWith(QStringLiteral("13:00–22:30")));
    QCOMPARE(textOf(&panel, QStringLiteral("servingTimeResultLabel")), QStringLiteral("23:45: serving not allowed"));
}

// Worked example (contracts.md): Easter Saturday 2025 under the national rule set, 08:00-18:00.
void TestRulesPanel::easterSaturdaySalesUnderNational()
{
    auto db = makeRegister(QStringLiteral("national"));
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.setDate(QDate(2025, 4, 19));
    const QString sales = textOf(&panel, QStringLiteral("salesResultLabel"));
    QVERIFY2(sales.startsWith(QStringLiteral("day before a Sunday or holiday: 08:00–18:00")), qPrintable(sales));
    panel.setDate(QDate(2025, 4, 20)); // Easter Sunday
    QVERIFY(textOf(&panel, QStringLiteral("salesResultLabel")).contains(QStringLiteral("closed")));
    panel.setDate(QDate(2025, 4, 22)); // an ordinary Tuesday
    QVERIFY(textOf(&panel, QStringLiteral("salesResultLabel")).startsWith(QStringLiteral("weekday: 08:00–20:00")));
}

// Worked example: serving licence, 2024, 20 000 / 5 000 / 300 litres: kr 20 326,00.
void TestRulesPanel::annualFeeWithTheMinimum()
{
    auto db = makeRegister(QStringLiteral("national"));
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    QVERIFY(test::activate(&panel));
    QSpinBox *year = child<QSpinBox>(&panel, QStringLiteral("feeYearSpinBox"));
    year->setFocus();
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2024"));
    QCOMPARE(year->value(), 2024);
    chooseByKeyboard(child<QComboBox>(&panel, QStringLiteral("feeKindComboBox")), static_cast<int>(rules::FeeKind::Serving));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres1Edit")), QStringLiteral("20000"));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres2Edit")), QStringLiteral("5 000"));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres3Edit")), QStringLiteral("300"));
    const QString fee = textOf(&panel, QStringLiteral("feeResultLabel"));
    QVERIFY2(fee.startsWith(QStringLiteral("kr 20 326,00 (")), qPrintable(fee));
    QVERIFY(fee.contains(QStringLiteral("minimum kr")));

    // Few litres: the minimum applies.
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres1Edit")), QStringLiteral("10"));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres2Edit")), QString());
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres3Edit")), QString());
    const QString minimum = textOf(&panel, QStringLiteral("feeResultLabel"));
    const QString amount = minimum.section(QStringLiteral(" ("), 0, 0);
    QVERIFY2(minimum.endsWith(QStringLiteral("minimum ") + amount + QLatin1Char(')')), qPrintable(minimum));
}

// On a day in a year without national rates yet (2026), the fee opens on the latest year with
// rates instead of an error; a year without rates shows its message without the CLI field prefix.
void TestRulesPanel::feeYearStartsOnTheLatestYearWithRates()
{
    auto db = makeRegister(QStringLiteral("national"));
    QVERIFY(db);
    const FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    RulesPanel panel(clock);
    panel.setDatabase(db.get());
    panel.show();
    QSpinBox *year = child<QSpinBox>(&panel, QStringLiteral("feeYearSpinBox"));
    QCOMPARE(year->value(), 2025);
    QLabel *error = child<QLabel>(&panel, QStringLiteral("feeYearErrorLabel"));
    QVERIFY(error->isHidden());
    year->setValue(2021);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("2021")), qPrintable(error->text()));
    QVERIFY2(!error->text().startsWith(QStringLiteral("year:")), qPrintable(error->text()));
}

// Worked example: a licence granted 10.03.2025 may run until 30.09.2028.
void TestRulesPanel::latestEndOfALicence()
{
    auto db = makeRegister(QStringLiteral("national"));
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    QCOMPARE(panel.date(), QDate(2025, 3, 10)); // the clock's today
    QCOMPARE(textOf(&panel, QStringLiteral("periodResultLabel")), QStringLiteral("30.09.2028"));
    panel.setDate(QDate(2028, 10, 1));
    QCOMPARE(textOf(&panel, QStringLiteral("periodResultLabel")), QStringLiteral("30.09.2032"));
}

void TestRulesPanel::holidaysOfAYear()
{
    RulesPanel panel(m_clock);
    auto *year = child<QSpinBox>(&panel, QStringLiteral("holidayYearSpinBox"));
    year->setValue(2025);
    auto *list = child<QListWidget>(&panel, QStringLiteral("holidaysListWidget"));
    QCOMPARE(list->count(), 12);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("01.01.2025")));
    QStringList all;
    for (int i = 0; i < list->count(); ++i)
        all.append(list->item(i)->text());
    QVERIFY2(all.join(QLatin1Char('|')).contains(QStringLiteral("18.04.2025")), qPrintable(all.join(QLatin1Char('|'))));
    QVERIFY(all.join(QLatin1Char('|')).contains(QStringLiteral("17.05.2025")));
    year->setValue(2027); // Whit Monday on 17 May: two entries on one date
    int may17 = 0;
    for (int i = 0; i < list->count(); ++i)
        may17 += list->item(i)->text().startsWith(QStringLiteral("17.05.2027")) ? 1 : 0;
    QCOMPARE(may17, 2);
}

void TestRulesPanel::badInputIsShownNextToItsField()
{
    auto db = makeRegister(QStringLiteral("national"));
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    QVERIFY(test::activate(&panel));

    typeInto(child<QLineEdit>(&panel, QStringLiteral("servingTimeEdit")), QStringLiteral("25:99"));
    QVERIFY(shown(&panel, QStringLiteral("servingTimeErrorLabel")));
    QVERIFY(textOf(&panel, QStringLiteral("servingTimeResultLabel")).isEmpty());
    typeInto(child<QLineEdit>(&panel, QStringLiteral("servingTimeEdit")), QStringLiteral("22:00"));
    QVERIFY(!shown(&panel, QStringLiteral("servingTimeErrorLabel")));

    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres1Edit")), QStringLiteral("-5"));
    QVERIFY(shown(&panel, QStringLiteral("litresErrorLabel")));
    QVERIFY(textOf(&panel, QStringLiteral("litresErrorLabel")).contains(QStringLiteral("group 1")));
    QVERIFY(textOf(&panel, QStringLiteral("feeResultLabel")).isEmpty());
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres1Edit")), QStringLiteral("mange"));
    QVERIFY(shown(&panel, QStringLiteral("litresErrorLabel")));
    typeInto(child<QLineEdit>(&panel, QStringLiteral("litres1Edit")), QStringLiteral("1000"));
    QVERIFY(!shown(&panel, QStringLiteral("litresErrorLabel")));

    // A year without rates is named next to the year.
    child<QSpinBox>(&panel, QStringLiteral("feeYearSpinBox"))->setValue(2150);
    QVERIFY(shown(&panel, QStringLiteral("feeYearErrorLabel")));
    QVERIFY(textOf(&panel, QStringLiteral("feeResultLabel")).isEmpty());
    child<QSpinBox>(&panel, QStringLiteral("feeYearSpinBox"))->setValue(2024);
    QVERIFY(!shown(&panel, QStringLiteral("feeYearErrorLabel")));
    QVERIFY(textOf(&panel, QStringLiteral("feeResultLabel")).startsWith(QStringLiteral("kr ")));
}

void TestRulesPanel::readOnlyRegisterCannotEdit()
{
    QString path;
    {
        auto db = makeRegister(QStringLiteral("national"));
        QVERIFY(db);
        path = db->path();
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    QVERIFY(db.ok());
    RulesPanel panel(m_clock);
    panel.setDatabase(db->get());
    QVERIFY(!child<QPushButton>(&panel, QStringLiteral("editRuleSetButton"))->isEnabled());
    panel.editRuleSet();
    QVERIFY(!panel.findChild<RuleSetEditorDialog *>());
    // Questions still work.
    QCOMPARE(textOf(&panel, QStringLiteral("periodResultLabel")), QStringLiteral("30.09.2028"));

    auto writable = makeRegister(QStringLiteral("national"));
    panel.setDatabase(writable.get());
    QVERIFY(child<QPushButton>(&panel, QStringLiteral("editRuleSetButton"))->isEnabled());
    panel.setDatabase(nullptr);
}

// The editor shows a serving end of 03:30 as a problem on that row and saves nothing.
void TestRulesPanel::editorRefusesAnEndBeyondTheFrame()
{
    auto db = makeRegister(QStringLiteral("baerum-2020"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    const int rows = int(repo.versions()->size());
    const int audits = ruleSetAudits(*db);

    RuleSetEditorDialog dialog(*db, m_clock, *repo.current());
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("servingRulesTable"));
    QVERIFY(table->rowCount() >= 3);
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(table->item(r, RuleSetEditorDialog::SProblem)->text().isEmpty());

    // Row 2 (5b, groups 1 and 2 outdoors, 22:30): type 03:30 into its end.
    const int row = 2;
    QCOMPARE(table->item(row, RuleSetEditorDialog::SEnd)->text(), QStringLiteral("22:30"));
    auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("ruleSetTabWidget"));
    tabs->setCurrentWidget(table->parentWidget()->parentWidget());
    QVERIFY(table->isVisible());
    table->setFocus();
    table->setCurrentCell(row, RuleSetEditorDialog::SEnd);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QVERIFY(table->isAncestorOf(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, QStringLiteral("03:30"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, RuleSetEditorDialog::SEnd)->text(), QStringLiteral("03:30"));

    const QString problem = table->item(row, RuleSetEditorDialog::SProblem)->text();
    QVERIFY2(!problem.isEmpty(), "the problem is shown on the row at once");
    QVERIFY2(problem.contains(QStringLiteral("03:00")), qPrintable(problem));
    for (int r = 0; r < table->rowCount(); ++r) {
        if (r != row)
            QVERIFY2(table->item(r, RuleSetEditorDialog::SProblem)->text().isEmpty(), qPrintable(QString::number(r)));
    }
    QVERIFY(table->item(row, RuleSetEditorDialog::SEnd)->background() != QBrush());

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
    QVERIFY(!table->item(row, RuleSetEditorDialog::SProblem)->text().isEmpty());
    QCOMPARE(int(repo.versions()->size()), rows);
    QCOMPARE(ruleSetAudits(*db), audits);

    // Back to 22:30: the problem goes away.
    table->item(row, RuleSetEditorDialog::SEnd)->setText(QStringLiteral("22:30"));
    QVERIFY(table->item(row, RuleSetEditorDialog::SProblem)->text().isEmpty());
    // A cell that is no time at all is named on its row too.
    table->item(row, RuleSetEditorDialog::SStart)->setText(QStringLiteral("sju"));
    QVERIFY(table->item(row, RuleSetEditorDialog::SProblem)->text().contains(QStringLiteral("Start")));
}

// The fee tab shows Bærum's single-occasion tiers (2.7); a tier that charges two ways is named on
// its row and nothing is saved; a corrected tier is saved as a new version with the fees.
void TestRulesPanel::editorEditsTheFeeTiers()
{
    auto db = makeRegister(QStringLiteral("baerum-2020"));
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    const int versions = int(repo.versions()->size());
    RuleSetEditorDialog dialog(*db, m_clock, *repo.current());
    dialog.show();
    auto *method = child<QComboBox>(&dialog, QStringLiteral("feeMethodComboBox"));
    QCOMPARE(method->currentData().toString(), QStringLiteral("tiers"));
    auto *tiers = child<QTableWidget>(&dialog, QStringLiteral("feeTiersTable"));
    QCOMPARE(tiers->rowCount(), 7);
    // The "other events up to 50 people" tier: 25 % of the ordinary fee.
    int row = -1;
    for (int r = 0; r < tiers->rowCount(); ++r) {
        if (tiers->item(r, RuleSetEditorDialog::TEventType)->text().isEmpty()
            && tiers->item(r, RuleSetEditorDialog::TMax)->text() == QLatin1String("50"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(tiers->item(row, RuleSetEditorDialog::TPercent)->text(), QStringLiteral("25"));
    for (int r = 0; r < tiers->rowCount(); ++r)
        QVERIFY2(tiers->item(r, RuleSetEditorDialog::TProblem)->text().isEmpty(), qPrintable(QString::number(r)));

    tiers->item(row, RuleSetEditorDialog::TAmount)->setText(QStringLiteral("500"));
    QVERIFY2(tiers->item(row, RuleSetEditorDialog::TProblem)->text().contains(QStringLiteral("exactly one")),
             qPrintable(tiers->item(row, RuleSetEditorDialog::TProblem)->text()));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), 0);
    QCOMPARE(int(repo.versions()->size()), versions);

    // 30 % instead of 25 %, no fixed amount: saved, and read back from the register.
    tiers->item(row, RuleSetEditorDialog::TAmount)->setText(QString());
    tiers->item(row, RuleSetEditorDialog::TPercent)->setText(QStringLiteral("30"));
    QVERIFY(tiers->item(row, RuleSetEditorDialog::TProblem)->text().isEmpty());
    child<QDateEdit>(&dialog, QStringLiteral("effectiveFromEdit"))->setDate(QDate(2025, 4, 1));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const rules::RuleSetVersion *stored = repo.current()->versionOn(QDate(2025, 4, 1));
    QVERIFY(stored);
    QCOMPARE(stored->effectiveFrom, QDate(2025, 4, 1));
    QCOMPARE(stored->fees.singleOccasionTiers.size(), 7);
    QCOMPARE(stored->fees.singleOccasionTiers.at(row).percentOfOrdinary.value_or(-1), 30.0);
    QVERIFY(!stored->fees.singleOccasionTiers.at(row).amount);
    QCOMPARE(stored->fees.estimatedFeePercent.value_or(-1), 50.0);
}

void TestRulesPanel::editorSavesANewVersionAndThePanelFollows()
{
    auto db = makeRegister(QStringLiteral("national"));
    QVERIFY(db);
    RulesPanel panel(m_clock);
    panel.setDatabase(db.get());
    panel.show();
    QVERIFY(test::activate(&panel));
    const int versions = int(panel.ruleSet().versions.size());
    QSignalSpy saved(&panel, &RulesPanel::ruleSetSaved);

    QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("editRuleSetButton")), Qt::LeftButton);
    auto *dialog = panel.findChild<RuleSetEditorDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(child<QDateEdit>(dialog, QStringLiteral("effectiveFromEdit"))->date(), QDate(2025, 3, 10));
    child<QDateEdit>(dialog, QStringLiteral("effectiveFromEdit"))->setDate(QDate(2026, 1, 1));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("salesWeekdayCloseEdit")), QStringLiteral("19:00"));
    QVERIFY(!shown(dialog, QStringLiteral("salesWeekdayErrorLabel")));
    // Beyond 20:00 the field says so, and nothing can be saved.
    typeInto(child<QLineEdit>(dialog, QStringLiteral("salesWeekdayCloseEdit")), QStringLiteral("21:00"));
    QVERIFY(shown(dialog, QStringLiteral("salesWeekdayErrorLabel")));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("salesWeekdayCloseEdit")), QStringLiteral("19:00"));
    QVERIFY(!shown(dialog, QStringLiteral("salesWeekdayErrorLabel")));
    child<QSpinBox>(dialog, QStringLiteral("travellingQuotaSpinBox"))->setValue(12);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);

    QCOMPARE(saved.count(), 1);
    QCOMPARE(int(panel.ruleSet().versions.size()), versions + 1);
    const rules::RuleSetVersion *v2026 = panel.ruleSet().versionOn(QDate(2026, 1, 1));
    QVERIFY(v2026);
    QCOMPARE(v2026->sales.weekdayClose, QTime(19, 0));
    QCOMPARE(v2026->settings.travellingLicenceQuota, std::optional<int>(12));
    panel.setDate(QDate(2026, 1, 6));
    QVERIFY(textOf(&panel, QStringLiteral("salesResultLabel")).startsWith(QStringLiteral("weekday: 08:00–19:00")));
    panel.setDate(QDate(2025, 12, 30));
    QVERIFY(textOf(&panel, QStringLiteral("salesResultLabel")).startsWith(QStringLiteral("weekday: 08:00–20:00")));
    QCOMPARE(AuditLog::all(db->connection())->last().entity, QStringLiteral("rule_set"));
}

void TestRulesPanel::newRegisterStartsFromTheChosenPreset()
{
    NewRegisterDialog dialog(m_clock);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QCOMPARE(dialog.form()->rulePreset(), QStringLiteral("national"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("municipalityNameEdit")), QStringLiteral("Bærum kommune"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("pathEdit")), QDir(m_dir.path()).filePath(QStringLiteral("baerum.sqlite")));
    chooseByKeyboard(child<QComboBox>(&dialog, QStringLiteral("rulePresetComboBox")), QStringLiteral("baerum-2020"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("createButton")), Qt::LeftButton);
    std::unique_ptr<Database> db = dialog.takeDatabase();
    QVERIFY(db);
    RuleSetRepository repo(*db, m_clock);
    QCOMPARE(repo.current()->name, QStringLiteral("baerum-2020"));
    QVERIFY(!repo.versions()->isEmpty());
}

void TestRulesPanel::mainWindowHasTheRulesArea()
{
    AppSettings settings;
    MainWindow window(m_clock, settings);
    auto db = makeRegister(QStringLiteral("baerum-2020"));
    QVERIFY(db);
    window.setDatabase(std::move(db));
    auto *navigation = child<QListWidget>(&window, QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->count(), 8);
    QCOMPARE(navigation->item(MainWindow::RulesArea)->text(), QStringLiteral("Rules"));
    navigation->setCurrentRow(MainWindow::RulesArea);
    QVERIFY(window.rulesPanel()->isVisibleTo(&window));
    QCOMPARE(window.rulesPanel()->ruleSet().name, QStringLiteral("baerum-2020"));
}

QTEST_MAIN(TestRulesPanel)
#include "TestRulesPanel.moc"
