#include "LicenceEditorDialog.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "RegisterFiles.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/LicenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace bevilling;

class TestLicenceEditorDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newLicenceIsPrefilled();
    void kindShowsOnlyRelevantFields_data();
    void kindShowsOnlyRelevantFields();
    void orgNumberIsCheckedWhileTyping_data();
    void orgNumberIsCheckedWhileTyping();
    void emptyFormShowsEachMessageAtItsField();
    void messagesFollowCorrections();
    void duplicateNumberFromRepositoryIsShownInline();
    void deputiesCanBeAddedAndRemoved();
    void deputyMessageGoesToItsRow();
    void editKeepsIdsAndSavesChanges();
    void typedDatesAreRead();
    void cancelWithChangesAsks();
    void endDateFollowsTheLegalPeriod_data();
    void endDateFollowsTheLegalPeriod();
    void editedEndDateIsKept();

private:
    template<typename T>
    T *child(QWidget *dialog, const QString &name)
    {
        T *widget = dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    void fillValidServingLicence(LicenceEditorDialog &dialog);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LicenceRepository> m_repository;
    int m_fileNumber = 0;
};

void TestLicenceEditorDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestLicenceEditorDialog::init()
{
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Testvik kommune");
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("editor-%1.sqlite").arg(++m_fileNumber));
    Result<std::unique_ptr<Database>> db = RegisterFiles::create(path, info, m_clock);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_db = std::move(db).value();
    m_repository = std::make_unique<LicenceRepository>(*m_db, m_clock);
}

void TestLicenceEditorDialog::cleanup()
{
    MessageBox::clearNextAnswers();
    m_repository.reset();
    m_db.reset();
}

void TestLicenceEditorDialog::fillValidServingLicence(LicenceEditorDialog &dialog)
{
    child<QLineEdit>(&dialog, QStringLiteral("licenseeNameEdit"))->setText(QStringLiteral("Fjordkroa AS"));
    child<QLineEdit>(&dialog, QStringLiteral("orgNumberEdit"))->setText(QStringLiteral("923609016"));
    child<QLineEdit>(&dialog, QStringLiteral("premisesNameEdit"))->setText(QStringLiteral("Fjordkroa"));
    child<QLineEdit>(&dialog, QStringLiteral("premisesAddressEdit"))->setText(QStringLiteral("Sandviksveien 12"));
    child<QLineEdit>(&dialog, QStringLiteral("managerNameEdit"))->setText(QStringLiteral("Kari Nordmann"));
    child<OptionalDateEdit>(&dialog, QStringLiteral("managerBirthDateEdit"))->setOptionalDate(QDate(1980, 5, 17));
    child<QLineEdit>(&dialog, QStringLiteral("deputy1NameEdit"))->setText(QStringLiteral("Ola Hansen"));
    child<OptionalDateEdit>(&dialog, QStringLiteral("deputy1BirthDateEdit"))->setOptionalDate(QDate(1990, 1, 31));
    child<QDateEdit>(&dialog, QStringLiteral("validToEdit"))->setDate(QDate(2028, 9, 30));
}

void TestLicenceEditorDialog::endDateFollowsTheLegalPeriod_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("granted 2025-03-01 (clock)") << QDate() << QDate(2028, 9, 30);
    QTest::newRow("granted on the boundary day") << QDate(2028, 9, 30) << QDate(2028, 9, 30);
    QTest::newRow("granted the day after") << QDate(2028, 10, 1) << QDate(2032, 9, 30);
}

// A new ordinary licence ends on the latest legal end date for its start (alkoholloven § 1-6),
// and the hint under the period says which date that is.
void TestLicenceEditorDialog::endDateFollowsTheLegalPeriod()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    auto *from = child<QDateEdit>(&dialog, QStringLiteral("validFromEdit"));
    auto *to = child<QDateEdit>(&dialog, QStringLiteral("validToEdit"));
    if (start.isValid())
        from->setDate(start);
    QCOMPARE(to->date(), end);
    const QString hint = child<QLabel>(&dialog, QStringLiteral("periodHintLabel"))->text();
    QVERIFY2(hint.contains(formatDate(end)), qPrintable(hint));
    QVERIFY(!hint.contains(QStringLiteral("continue")));
}

void TestLicenceEditorDialog::editedEndDateIsKept()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    auto *from = child<QDateEdit>(&dialog, QStringLiteral("validFromEdit"));
    auto *to = child<QDateEdit>(&dialog, QStringLiteral("validToEdit"));
    to->setDate(QDate(2026, 12, 31)); // a shorter period, set by hand
    from->setDate(QDate(2025, 6, 1));
    QCOMPARE(to->date(), QDate(2026, 12, 31));
    to->setDate(QDate(2029, 1, 31)); // beyond the legal end: the hint says what that needs
    const QString hint = child<QLabel>(&dialog, QStringLiteral("periodHintLabel"))->text();
    QVERIFY2(hint.contains(QStringLiteral("30.09.2028")) && hint.contains(QStringLiteral("continue")), qPrintable(hint));
}

void TestLicenceEditorDialog::newLicenceIsPrefilled()
{
    Licence existing = test::makeServingLicence(QStringLiteral("2025-001"));
    QVERIFY(m_repository->create(existing).ok());
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    QVERIFY(dialog.isNew());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("numberEdit"))->text(), QStringLiteral("2025-002"));
    QCOMPARE(child<QDateEdit>(&dialog, QStringLiteral("validFromEdit"))->date(), QDate(2025, 3, 1));
    QCOMPARE(child<QDateEdit>(&dialog, QStringLiteral("validFromEdit"))->displayFormat(), QStringLiteral("dd.MM.yyyy"));
    QVERIFY(child<QDateEdit>(&dialog, QStringLiteral("validToEdit"))->calendarPopup());
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("deputy1NameEdit")));
    QCOMPARE(child<QPushButton>(&dialog, QStringLiteral("saveButton"))->text(), QStringLiteral("&Save"));
    QCOMPARE(child<QPushButton>(&dialog, QStringLiteral("cancelButton"))->text(), QStringLiteral("Cancel"));
    const Licence form = dialog.licenceFromForm();
    QCOMPARE(form.kind, LicenceKind::Serving);
    QCOMPARE(form.groups, int(Group1));
    QVERIFY(form.deputies.isEmpty()); // the empty deputy row is not a deputy
}

void TestLicenceEditorDialog::kindShowsOnlyRelevantFields_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("occasion");
    QTest::addColumn<bool>("closedParty");
    QTest::addColumn<bool>("areas");
    QTest::addColumn<bool>("group3");

    QTest::newRow("sale") << int(LicenceKind::Sale) << false << false << false << false;
    QTest::newRow("serving") << int(LicenceKind::Serving) << false << true << true << true;
    QTest::newRow("single occasion") << int(LicenceKind::SingleOccasion) << true << true << true << true;
    QTest::newRow("travelling") << int(LicenceKind::Travelling) << true << true << true << true;
}

void TestLicenceEditorDialog::kindShowsOnlyRelevantFields()
{
    QFETCH(int, kind);
    QFETCH(bool, occasion);
    QFETCH(bool, closedParty);
    QFETCH(bool, areas);
    QFETCH(bool, group3);
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QCheckBox>(&dialog, QStringLiteral("group3CheckBox"))->setChecked(true);
    auto *kindBox = child<QComboBox>(&dialog, QStringLiteral("kindComboBox"));
    kindBox->setCurrentIndex(kindBox->findData(kind));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("eventNameEdit"))->isVisible(), occasion);
    QCOMPARE(child<QCheckBox>(&dialog, QStringLiteral("closedPartyCheckBox"))->isVisible(), closedParty);
    QCOMPARE(child<QCheckBox>(&dialog, QStringLiteral("indoorCheckBox"))->isVisible(), areas);
    QCOMPARE(child<QCheckBox>(&dialog, QStringLiteral("group3CheckBox"))->isEnabled(), group3);
    QCOMPARE(child<QCheckBox>(&dialog, QStringLiteral("group3CheckBox"))->isChecked(), group3);
}

void TestLicenceEditorDialog::orgNumberIsCheckedWhileTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<QString>("message");

    QTest::newRow("too few digits yet") << QStringLiteral("92360") << false << QString();
    QTest::newRow("valid") << QStringLiteral("923609016") << false << QString();
    QTest::newRow("valid with spaces") << QStringLiteral("923 609 016") << false << QString();
    QTest::newRow("wrong check digit") << QStringLiteral("923609017") << true << QStringLiteral("check digit");
    QTest::newRow("letter") << QStringLiteral("92a") << true << QStringLiteral("only digits");
    QTest::newRow("ten digits") << QStringLiteral("9236090161") << true << QStringLiteral("exactly 9 digits");
}

void TestLicenceEditorDialog::orgNumberIsCheckedWhileTyping()
{
    QFETCH(QString, typed);
    QFETCH(bool, shown);
    QFETCH(QString, message);
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = child<QLineEdit>(&dialog, QStringLiteral("orgNumberEdit"));
    auto *label = child<QLabel>(&dialog, QStringLiteral("orgNumberErrorLabel"));
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QCOMPARE(label->isVisible(), shown);
    if (shown) {
        QVERIFY2(label->text().startsWith(QStringLiteral("Organisation number")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    }
}

void TestLicenceEditorDialog::emptyFormShowsEachMessageAtItsField()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_repository->count().value(), 0);

    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("licenseeNameErrorLabel"), QStringLiteral("Licensee")},
        {QStringLiteral("orgNumberErrorLabel"), QStringLiteral("Organisation number")},
        {QStringLiteral("premisesNameErrorLabel"), QStringLiteral("Premises")},
        {QStringLiteral("premisesAddressErrorLabel"), QStringLiteral("Address")},
        {QStringLiteral("managerErrorLabel"), QStringLiteral("Manager")},
        {QStringLiteral("deputiesErrorLabel"), QStringLiteral("Deputy")},
    };
    for (const auto &[name, start] : expected) {
        auto *label = child<QLabel>(&dialog, name);
        QVERIFY2(label && label->isVisible(), qPrintable(name));
        QVERIFY2(label->text().startsWith(start), qPrintable(name + QStringLiteral(": ") + label->text()));
    }
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("numberErrorLabel"))->isVisible());
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("periodErrorLabel"))->isVisible());
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("generalErrorLabel"))->isVisible());
    QVERIFY(dialog.shownErrors().contains(QStringLiteral("licensee.orgNumber")));
}

void TestLicenceEditorDialog::messagesFollowCorrections()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValidServingLicence(dialog);
    child<QCheckBox>(&dialog, QStringLiteral("indoorCheckBox"))->setChecked(false);
    child<QDateEdit>(&dialog, QStringLiteral("validToEdit"))->setDate(QDate(2025, 2, 1));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    auto *areas = child<QLabel>(&dialog, QStringLiteral("areasErrorLabel"));
    auto *period = child<QLabel>(&dialog, QStringLiteral("periodErrorLabel"));
    QVERIFY(areas->isVisible());
    QVERIFY(period->isVisible());
    QVERIFY2(period->text().contains(QStringLiteral("01.02.2025")), qPrintable(period->text()));
    QCOMPARE(m_repository->count().value(), 0);

    // After a failed save, each correction clears its message at once.
    child<QCheckBox>(&dialog, QStringLiteral("indoorCheckBox"))->setChecked(true);
    QVERIFY(!areas->isVisible());
    QVERIFY(period->isVisible());
    child<QDateEdit>(&dialog, QStringLiteral("validToEdit"))->setDate(QDate(2028, 9, 30));
    QVERIFY(!period->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_repository->count().value(), 1);
    QVERIFY(dialog.savedLicence().id > 0);
}

void TestLicenceEditorDialog::duplicateNumberFromRepositoryIsShownInline()
{
    QVERIFY(m_repository->create(test::makeServingLicence(QStringLiteral("2025-007"))).ok());
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValidServingLicence(dialog);
    child<QLineEdit>(&dialog, QStringLiteral("numberEdit"))->setText(QStringLiteral("2025-007"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    auto *label = child<QLabel>(&dialog, QStringLiteral("numberErrorLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("2025-007")), qPrintable(label->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_repository->count().value(), 1);
}

void TestLicenceEditorDialog::deputiesCanBeAddedAndRemoved()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValidServingLicence(dialog);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addDeputyButton")), Qt::LeftButton);
    auto *second = child<QLineEdit>(&dialog, QStringLiteral("deputy2NameEdit"));
    QVERIFY(second);
    QVERIFY(second->hasFocus());
    QTest::keyClicks(second, QStringLiteral("Siri Dahl"));
    child<OptionalDateEdit>(&dialog, QStringLiteral("deputy2BirthDateEdit"))->setOptionalDate(QDate(1995, 2, 2));
    QCOMPARE(dialog.licenceFromForm().deputies.size(), 2);

    // Removing the first deputy renumbers the rest.
    QTest::mouseClick(child<QToolButton>(&dialog, QStringLiteral("deputy1RemoveButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("deputy2NameEdit")));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("deputy1NameEdit"))->text(), QStringLiteral("Siri Dahl"));
    const Licence form = dialog.licenceFromForm();
    QCOMPARE(form.deputies.size(), 1);
    QCOMPARE(form.deputies.first().name, QStringLiteral("Siri Dahl"));

    QTest::mouseClick(child<QToolButton>(&dialog, QStringLiteral("deputy1RemoveButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("deputy1NameEdit")));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("deputiesErrorLabel"))->isVisible());
    QCOMPARE(m_repository->count().value(), 0);
}

void TestLicenceEditorDialog::deputyMessageGoesToItsRow()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValidServingLicence(dialog);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("addDeputyButton")), Qt::LeftButton);
    child<QLineEdit>(&dialog, QStringLiteral("deputy2NameEdit"))->setText(QStringLiteral("Ung Person"));
    child<OptionalDateEdit>(&dialog, QStringLiteral("deputy2BirthDateEdit"))->setOptionalDate(QDate(2007, 1, 1));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    auto *second = child<QLabel>(&dialog, QStringLiteral("deputy2ErrorLabel"));
    QTRY_VERIFY2(second->isVisible(), qPrintable(QStringList(dialog.shownErrors().values()).join(QStringLiteral(" | "))));
    QVERIFY2(second->text().contains(QStringLiteral("20 years")), qPrintable(second->text()));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("deputy1ErrorLabel"))->isVisible());
    QCOMPARE(m_repository->count().value(), 0);
}

void TestLicenceEditorDialog::editKeepsIdsAndSavesChanges()
{
    Result<Licence> stored = m_repository->create(test::makeServingLicence(QStringLiteral("2025-001")));
    QVERIFY(stored.ok());
    LicenceEditorDialog dialog(*m_repository, m_clock, {}, *stored);
    QVERIFY(!dialog.isNew());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("orgNumberEdit"))->text(), QStringLiteral("923 609 016"));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("managerNameEdit"))->text(), QStringLiteral("Kari Nordmann"));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("deputy1NameEdit"))->text(), QStringLiteral("Ola Hansen"));
    QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("capacitySpinBox"))->value(), 80);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, QStringLiteral("managerNameEdit"))->setText(QStringLiteral("Nina Berg"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Licence saved = m_repository->find(stored->id).value();
    QCOMPARE(saved.manager.name, QStringLiteral("Nina Berg"));
    QCOMPARE(saved.licensee.id, stored->licensee.id);
    QCOMPARE(saved.conditions, stored->conditions);
    QCOMPARE(saved.validTo, stored->validTo);
    QCOMPARE(m_repository->history(stored->id).value().size(), 2);
}

void TestLicenceEditorDialog::typedDatesAreRead()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *birth = child<OptionalDateEdit>(&dialog, QStringLiteral("managerBirthDateEdit"));
    birth->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(birth, QStringLiteral("17.05.1980"));
    QCOMPARE(birth->optionalDate(), QDate(1980, 5, 17));
    auto *validTo = child<QDateEdit>(&dialog, QStringLiteral("validToEdit"));
    validTo->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(validTo, QStringLiteral("30.09.2028"));
    QCOMPARE(validTo->date(), QDate(2028, 9, 30));
    // Tab leaves a date field (it does not walk through day, month and year).
    QTest::keyClick(validTo, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, QStringLiteral("conditionsEdit")));

    // An empty date starts from a sensible page with the arrow keys, and Delete empties it again.
    auto *test = child<OptionalDateEdit>(&dialog, QStringLiteral("managerKnowledgeTestDateEdit"));
    QVERIFY(test->isEmpty());
    test->setFocus(Qt::TabFocusReason);
    QTest::keyClick(test, Qt::Key_Down);
    QCOMPARE(test->optionalDate(), QDate(2025, 3, 1));
    test->selectAll();
    QTest::keyClick(test, Qt::Key_Delete);
    QVERIFY(test->isEmpty());
}

void TestLicenceEditorDialog::cancelWithChangesAsks()
{
    LicenceEditorDialog dialog(*m_repository, m_clock, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("licenseeNameEdit")), QStringLiteral("Noe AS"));
    MessageBox::setNextAnswer(MessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("unsaved")));
    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_repository->count().value(), 0);
}

QTEST_MAIN(TestLicenceEditorDialog)
#include "TestLicenceEditorDialog.moc"
