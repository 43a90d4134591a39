// The inspection form on its own: choosing the place, the inspector hints, and every refusal
// shown next to its field with nothing saved.

#include "DateEdit.h"
#include "InspectionDialog.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "rules/Findings.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QtTest>

using namespace bevilling;

class TestInspectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void placeIsPickedByTypingPartOfItsAddress_data();
    void placeIsPickedByTypingPartOfItsAddress();
    void inspectorHintFollowsType_data();
    void inspectorHintFollowsType();
    void untestedInspectorIsWarnedInline();
    void endTimesAroundMidnight_data();
    void endTimesAroundMidnight();
    void futureDateIsRefusedInline();
    void findingWithoutCodeOrDescriptionIsRefusedInline();
    void signsAppearOnlyForIntoxicationCodes();
    void salesInspectionWithOneInspectorAndNoFindingsIsSaved();
    void editKeepsFindingIds();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    void check(const QString &inspectorName);
    void fillValidServing();
    int storedCount() const { return InspectionRepository(*m_db, m_clock).list(0).value().size(); }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InspectionDialog> m_dialog;
    Licence m_serving;
    Licence m_sales;
    int m_fileNumber = 0;
};

void TestInspectionDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestInspectionDialog::init()
{
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("dialog-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    LicenceRepository licences(*m_db, m_clock);
    m_serving = licences.create(test::makeServingLicence(QStringLiteral("2024-001"))).value();
    Licence sales = test::makeServingLicence(QStringLiteral("2024-002"));
    sales.kind = LicenceKind::Sale;
    sales.licensee.name = QStringLiteral("Kolsås Matsenter AS");
    sales.licensee.orgNumber = QStringLiteral("974760673");
    sales.premises.name = QStringLiteral("Kolsås Matsenter");
    sales.premises.address = QStringLiteral("Brynsveien 3");
    sales.premises.postalPlace = QStringLiteral("Kolsås");
    sales.premises.type = PremisesType::Shop;
    sales.groups = Group1;
    sales.indoorDescription.clear();
    sales.conditions.clear();
    const Result<Licence> created = licences.create(sales);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    m_sales = *created;
    InspectorRepository inspectors(*m_db, m_clock);
    for (const auto &[name, test] : {std::pair{QStringLiteral("Anne Kontroll"), QDate(2024, 2, 1)},
                                     std::pair{QStringLiteral("Bjørn Kontroll"), QDate(2023, 9, 12)},
                                     std::pair{QStringLiteral("Uten Prøve"), QDate()}}) {
        Inspector inspector;
        inspector.name = name;
        inspector.organisation = QStringLiteral("Kontrollselskapet AS");
        inspector.knowledgeTestPassed = test;
        QVERIFY(inspectors.create(inspector));
    }
    m_dialog = std::make_unique<InspectionDialog>(*m_db, m_clock);
    m_dialog->show();
    QVERIFY(test::activate(m_dialog.get()));
}

void TestInspectionDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
}

void TestInspectionDialog::check(const QString &inspectorName)
{
    auto *list = child<QListWidget>(QStringLiteral("inspectorsListWidget"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(inspectorName)) {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no inspector %1").arg(inspectorName)));
}

void TestInspectionDialog::fillValidServing()
{
    m_dialog->setLicence(m_serving.id);
    child<QDateEdit>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 3, 13));
    child<QTimeEdit>(QStringLiteral("startTimeEdit"))->setTime(QTime(22, 0));
    child<QTimeEdit>(QStringLiteral("endTimeEdit"))->setTime(QTime(23, 30));
    check(QStringLiteral("Anne"));
    check(QStringLiteral("Bjørn"));
}

void TestInspectionDialog::placeIsPickedByTypingPartOfItsAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("number");
    QTest::newRow("address") << QStringLiteral("sandviksv") << QStringLiteral("2024-001");
    QTest::newRow("premises name") << QStringLiteral("matsenter") << QStringLiteral("2024-002");
    QTest::newRow("licence number") << QStringLiteral("2024-002") << QStringLiteral("2024-002");
    QTest::newRow("licensee") << QStringLiteral("Fjordkroa AS") << QStringLiteral("2024-001");
}

void TestInspectionDialog::placeIsPickedByTypingPartOfItsAddress()
{
    QFETCH(QString, typed);
    QFETCH(QString, number);
    auto *place = child<QLineEdit>(QStringLiteral("placeLineEdit"));
    QCOMPARE(QApplication::focusWidget(), place);
    QTest::keyClicks(place, typed);
    QCompleter *completer = place->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QVERIFY(place->text().startsWith(number));
    const Licence expected = number == m_serving.number ? m_serving : m_sales;
    QCOMPARE(m_dialog->inspectionFromForm().licenceId, expected.id);
    QVERIFY(child<QLabel>(QStringLiteral("placeSummaryLabel"))->text().contains(expected.licensee.name));
}

void TestInspectionDialog::inspectorHintFollowsType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("hint");
    QTest::newRow("serving") << QStringLiteral("serving") << QStringLiteral("A serving inspection needs two inspectors");
    QTest::newRow("sales") << QStringLiteral("sales") << QStringLiteral("One inspector is enough at sales places");
    QTest::newRow("internal control") << QStringLiteral("internal_control") << QString();
}

void TestInspectionDialog::inspectorHintFollowsType()
{
    QFETCH(QString, type);
    QFETCH(QString, hint);
    auto *combo = child<QComboBox>(QStringLiteral("typeComboBox"));
    combo->setCurrentIndex(combo->findData(type));
    auto *label = child<QLabel>(QStringLiteral("inspectorHintLabel"));
    QCOMPARE(label->text(), hint);
    QCOMPARE(label->isVisible(), !hint.isEmpty());
    // One inspector: the confirmation appears only for serving inspections.
    check(QStringLiteral("Anne"));
    QCOMPARE(child<QCheckBox>(QStringLiteral("confirmSingleInspectorCheckBox"))->isVisible(), type == QStringLiteral("serving"));
    check(QStringLiteral("Bjørn"));
    QVERIFY(!child<QCheckBox>(QStringLiteral("confirmSingleInspectorCheckBox"))->isVisible());
}

void TestInspectionDialog::untestedInspectorIsWarnedInline()
{
    fillValidServing();
    auto *warning = child<QLabel>(QStringLiteral("inspectorsWarningLabel"));
    QVERIFY(!warning->isVisible());
    check(QStringLiteral("Uten Prøve"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Uten Prøve")));
    // A warning does not stop the save.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->savedInspection().inspectorIds.size(), 3);
}

void TestInspectionDialog::endTimesAroundMidnight_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("same evening") << QTime(21, 0) << QTime(23, 15) << true;
    QTest::newRow("past midnight") << QTime(23, 0) << QTime(1, 30) << true;
    QTest::newRow("until just before six") << QTime(23, 0) << QTime(5, 59) << true;
    QTest::newRow("six in the morning") << QTime(23, 0) << QTime(6, 0) << false;
    QTest::newRow("end before start in the evening") << QTime(23, 0) << QTime(21, 0) << false;
    QTest::newRow("end equals start") << QTime(22, 0) << QTime(22, 0) << false;
}

void TestInspectionDialog::endTimesAroundMidnight()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(bool, accepted);
    fillValidServing();
    child<QTimeEdit>(QStringLiteral("startTimeEdit"))->setTime(start);
    child<QTimeEdit>(QStringLiteral("endTimeEdit"))->setTime(end);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result() == QDialog::Accepted, accepted);
    QCOMPARE(child<QLabel>(QStringLiteral("timeErrorLabel"))->isVisible(), !accepted);
    QCOMPARE(storedCount(), accepted ? 1 : 0);
}

void TestInspectionDialog::futureDateIsRefusedInline()
{
    fillValidServing();
    auto *date = child<DateEdit>(QStringLiteral("dateEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, QStringLiteral("15.03.2026"));
    QCOMPARE(date->date(), QDate(2026, 3, 15));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    auto *error = child<QLabel>(QStringLiteral("dateErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(m_dialog->shownProblems().contains(QStringLiteral("date")));
    QCOMPARE(storedCount(), 0);
    // Today is fine.
    date->setDate(m_clock.today());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(storedCount(), 1);
}

void TestInspectionDialog::findingWithoutCodeOrDescriptionIsRefusedInline()
{
    fillValidServing();
    m_dialog->addFinding();
    QVERIFY(!child<QLabel>(QStringLiteral("noFindingsLabel"))->isVisible());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("finding0CodeErrorLabel"))->isVisible());
    QCOMPARE(storedCount(), 0);
    auto *code = child<QComboBox>(QStringLiteral("finding0CodeComboBox"));
    code->setCurrentIndex(code->findData(QStringLiteral("advertising")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("finding0CodeErrorLabel"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("finding0DescriptionErrorLabel"))->isVisible());
    QCOMPARE(storedCount(), 0);
    // Removing the finding: "no remarks" again, and the inspection saves.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("finding0RemoveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->findingCount(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("noFindingsLabel"))->isVisible());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->savedInspection().findings.isEmpty());
}

void TestInspectionDialog::signsAppearOnlyForIntoxicationCodes()
{
    m_dialog->addFinding();
    auto *code = child<QComboBox>(QStringLiteral("finding0CodeComboBox"));
    auto *signs = child<QWidget>(QStringLiteral("finding0SignsWidget"));
    const QList<rules::FindingCode> &all = rules::Findings::all();
    QVERIFY(!all.isEmpty());
    // The combo offers every code of the catalogue with its standard prikker.
    QCOMPARE(code->count(), all.size() + 1);
    for (const rules::FindingCode &finding : all) {
        const int index = code->findData(finding.code);
        QVERIFY(index > 0);
        QVERIFY(code->itemText(index).contains(finding.text));
        QVERIFY(code->itemText(index).contains(QString::number(finding.prikker)));
        code->setCurrentIndex(index);
        QCOMPARE(signs->isVisible(), InspectionTexts::needsSigns(finding.code));
    }
}

void TestInspectionDialog::salesInspectionWithOneInspectorAndNoFindingsIsSaved()
{
    m_dialog->setLicence(m_sales.id);
    auto *type = child<QComboBox>(QStringLiteral("typeComboBox"));
    type->setCurrentIndex(type->findData(QStringLiteral("sales")));
    child<QTimeEdit>(QStringLiteral("startTimeEdit"))->setTime(QTime(15, 0));
    child<QTimeEdit>(QStringLiteral("endTimeEdit"))->setTime(QTime(15, 20));
    check(QStringLiteral("Anne"));
    QVERIFY(!child<QCheckBox>(QStringLiteral("confirmSingleInspectorCheckBox"))->isVisible());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Inspection saved = m_dialog->savedInspection();
    QCOMPARE(saved.number, QStringLiteral("K-2026-001"));
    QCOMPARE(saved.type, rules::InspectionType::Sales);
    QCOMPARE(saved.inspectorIds.size(), 1);
    QVERIFY(!saved.confirmedSingleInspector);
    QCOMPARE(saved.checklist.size(), InspectionTexts::checklistKeys().size());
}

void TestInspectionDialog::editKeepsFindingIds()
{
    fillValidServing();
    m_dialog->addFinding();
    auto *code = child<QComboBox>(QStringLiteral("finding0CodeComboBox"));
    code->setCurrentIndex(code->findData(QStringLiteral("advertising")));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("finding0DescriptionLineEdit")), QStringLiteral("Plakat for øl i vinduet"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Inspection saved = m_dialog->savedInspection();
    QCOMPARE(saved.findings.size(), 1);

    m_dialog = std::make_unique<InspectionDialog>(*m_db, m_clock, saved);
    m_dialog->show();
    QCOMPARE(child<QLineEdit>(QStringLiteral("numberLineEdit"))->text(), saved.number);
    QCOMPARE(child<QLineEdit>(QStringLiteral("finding0DescriptionLineEdit"))->text(), QStringLiteral("Plakat for øl i vinduet"));
    child<QLineEdit>(QStringLiteral("finding0DescriptionLineEdit"))->setText(QStringLiteral("Plakat for sterkøl i vinduet"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Inspection updated = InspectionRepository(*m_db, m_clock).find(saved.id).value();
    QCOMPARE(updated.findings.size(), 1);
    QCOMPARE(updated.findings.first().id, saved.findings.first().id);
    QCOMPARE(updated.findings.first().description, QStringLiteral("Plakat for sterkøl i vinduet"));
}

QTEST_MAIN(TestInspectionDialog)
#include "TestInspectionDialog.moc"
