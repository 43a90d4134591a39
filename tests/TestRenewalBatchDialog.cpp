// The renewal batch at a period boundary (issue 4): every ordinary licence ending on the boundary,
// renewal cases for the chosen ones, or the council's continuation decision for the chosen ones.

#include "RenewalBatchDialog.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/LicenceRepository.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace bevilling;

class TestRenewalBatchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsExactlyTheLicencesEndingOnTheBoundary();
    void opensRenewalCasesForTheCheckedLicencesOnly();
    void continuationNeedsDateAndReferenceAndMovesOnlyTheChecked();
    void readOnlyRegisterChangesNothing();

private:
    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static bool shown(QObject *parent, const QString &labelName)
    {
        auto *label = child<QLabel>(parent, labelName);
        return label && !label->isHidden() && !label->text().isEmpty();
    }
    qint64 add(Licence licence);
    QDate validToOf(qint64 id) const { return LicenceRepository(*m_db, m_clock).find(id)->validTo; }
    QList<Case> openRenewals() const;
    // Toggles the checkbox of the row of `licenceId` the way a person does: the row, then Space.
    static void toggleByKeyboard(RenewalBatchDialog &dialog, qint64 licenceId);
    static QTreeWidgetItem *itemOf(RenewalBatchDialog &dialog, qint64 licenceId);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2028, 3, 15), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    int m_fileNumber = 0;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0; // end on 30.09.2028
    qint64 m_earlier = 0;                     // ends 30.06.2028
    qint64 m_ended = 0;                       // would end 30.09.2028, but was ended
};

void TestRenewalBatchDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
}

qint64 TestRenewalBatchDialog::add(Licence licence)
{
    const Result<Licence> created = LicenceRepository(*m_db, m_clock).create(licence);
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? created->id : 0;
}

void TestRenewalBatchDialog::init()
{
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("renewal-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    m_a = add(test::makeServingLicence(QStringLiteral("2024-001")));
    Licence sale = test::makeServingLicence(QStringLiteral("2024-002"));
    sale.kind = LicenceKind::Sale;
    sale.groups = Group1;
    sale.licensee.name = QStringLiteral("Kiwi Sandvika AS");
    sale.licensee.orgNumber = QStringLiteral("987654325");
    sale.premises.name = QStringLiteral("Kiwi Sandvika");
    sale.premises.type = PremisesType::Shop;
    m_b = add(sale);
    Licence c = test::makeServingLicence(QStringLiteral("2024-003"));
    c.licensee.name = QStringLiteral("Havnekafeen AS");
    c.licensee.orgNumber = QStringLiteral("812345672");
    m_c = add(c);
    Licence d = test::makeServingLicence(QStringLiteral("2024-004"));
    d.licensee.name = QStringLiteral("Stasjonen AS");
    d.licensee.orgNumber = QStringLiteral("923456783");
    m_d = add(d);
    Licence earlier = test::makeServingLicence(QStringLiteral("2024-005"));
    earlier.validTo = QDate(2028, 6, 30);
    m_earlier = add(earlier);
    m_ended = add(test::makeServingLicence(QStringLiteral("2024-006")));
    QVERIFY(m_a && m_b && m_c && m_d && m_earlier && m_ended);
    QVERIFY(LicenceRepository(*m_db, m_clock).end(m_ended, QDate(2027, 1, 31), EndReason::Closed, QString()).ok());
}

void TestRenewalBatchDialog::cleanup()
{
    test::closeDialogs();
    m_db.reset();
}

QList<Case> TestRenewalBatchDialog::openRenewals() const
{
    CaseQuery query;
    query.type = CaseType::Renewal;
    query.openOnly = true;
    Result<QList<Case>> cases = CaseRepository(*m_db, m_clock).list(query);
    if (!cases)
        qWarning("%s", qPrintable(cases.error().toString()));
    QList<Case> list = cases ? std::move(cases).value() : QList<Case>();
    std::sort(list.begin(), list.end(), [](const Case &x, const Case &y) { return *x.licenceId < *y.licenceId; });
    return list;
}

QTreeWidgetItem *TestRenewalBatchDialog::itemOf(RenewalBatchDialog &dialog, qint64 licenceId)
{
    const int row = static_cast<int>(dialog.listedLicenceIds().indexOf(licenceId));
    return row >= 0 ? dialog.licenceList()->topLevelItem(row) : nullptr;
}

void TestRenewalBatchDialog::toggleByKeyboard(RenewalBatchDialog &dialog, qint64 licenceId)
{
    QTreeWidget *list = dialog.licenceList();
    QTreeWidgetItem *item = itemOf(dialog, licenceId);
    QVERIFY(item);
    list->setFocus();
    list->setCurrentItem(item, 0);
    QTest::keyClick(list, Qt::Key_Space);
}

void TestRenewalBatchDialog::listsExactlyTheLicencesEndingOnTheBoundary()
{
    RenewalBatchDialog dialog(*m_db, m_clock);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    // The next boundary after today is the default.
    QCOMPARE(dialog.boundary(), QDate(2028, 9, 30));
    QCOMPARE(dialog.listedLicenceIds(), (QList<qint64>{m_a, m_b, m_c, m_d}));
    QCOMPARE(dialog.checkedLicenceIds(), (QList<qint64>{m_a, m_b, m_c, m_d}));
    QCOMPARE(itemOf(dialog, m_b)->text(1), QStringLiteral("Kiwi Sandvika AS"));
    QCOMPARE(itemOf(dialog, m_b)->text(4), QStringLiteral("30.09.2028"));
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("renewalCountLabel"))->text(), QStringLiteral("4 of 4 licences chosen."));

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("selectNoneButton")), Qt::LeftButton);
    QVERIFY(dialog.checkedLicenceIds().isEmpty());
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("renewalCountLabel"))->text(), QStringLiteral("0 of 4 licences chosen."));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("selectAllButton")), Qt::LeftButton);
    QCOMPARE(dialog.checkedLicenceIds().size(), 4);
    toggleByKeyboard(dialog, m_c);
    QCOMPARE(dialog.checkedLicenceIds(), (QList<qint64>{m_a, m_b, m_d}));

    // Another date lists the licences ending on that date instead.
    auto *boundary = child<QDateEdit>(&dialog, QStringLiteral("boundaryDateEdit"));
    boundary->setDate(QDate(2028, 6, 30));
    QCOMPARE(dialog.listedLicenceIds(), QList<qint64>{m_earlier});
    boundary->setDate(QDate(2024, 9, 30));
    QVERIFY(dialog.listedLicenceIds().isEmpty());
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("renewalCountLabel"))->text(),
             QStringLiteral("No ordinary licence ends on 30.09.2024."));
}

void TestRenewalBatchDialog::opensRenewalCasesForTheCheckedLicencesOnly()
{
    QList<Case> opened;
    {
        RenewalBatchDialog dialog(*m_db, m_clock);
        dialog.show();
        QVERIFY(test::activate(&dialog));
        QSignalSpy casesChanged(&dialog, &RenewalBatchDialog::casesChanged);
        toggleByKeyboard(dialog, m_b);
        toggleByKeyboard(dialog, m_d);
        QCOMPARE(dialog.checkedLicenceIds(), (QList<qint64>{m_a, m_c}));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("openRenewalCasesButton")), Qt::LeftButton);
        QCOMPARE(casesChanged.count(), 1);
        QVERIFY(!shown(&dialog, QStringLiteral("renewalErrorLabel")));
        const QString result = child<QLabel>(&dialog, QStringLiteral("renewalResultLabel"))->text();
        QVERIFY2(result.startsWith(QStringLiteral("2 renewal cases opened: ")), qPrintable(result));

        opened = openRenewals();
        QCOMPARE(opened.size(), 2);
        QCOMPARE(*opened.at(0).licenceId, m_a);
        QCOMPARE(*opened.at(1).licenceId, m_c);
        for (const Case &c : std::as_const(opened)) {
            QVERIFY2(result.contains(c.number), qPrintable(c.number));
            QCOMPARE(c.type, CaseType::Renewal);
            QCOMPARE(c.status, CaseStatus::Received);
            QCOMPARE(c.receivedOn, QDate(2028, 3, 15));
            QCOMPARE(c.assignedTo, AuditLog::currentUser());
            QCOMPARE(c.application.validFrom, QDate(2028, 10, 1));
            QCOMPARE(c.application.validTo, QDate(2032, 9, 30));
        }
        // The licences themselves are unchanged until the renewal is decided.
        QCOMPARE(validToOf(m_a), QDate(2028, 9, 30));

        // The list now shows the two with their cases, disabled.
        QCOMPARE(dialog.listedLicenceIds(), (QList<qint64>{m_a, m_b, m_c, m_d}));
        QCOMPARE(dialog.checkedLicenceIds(), (QList<qint64>{m_b, m_d}));
    }

    // Running it again shows them disabled with their case numbers; nothing can open a second case.
    RenewalBatchDialog again(*m_db, m_clock);
    again.show();
    QVERIFY(test::activate(&again));
    QCOMPARE(again.listedLicenceIds(), (QList<qint64>{m_a, m_b, m_c, m_d}));
    const QList<QPair<qint64, QString>> disabled{{m_a, opened.at(0).number}, {m_c, opened.at(1).number}};
    for (const auto &[id, number] : disabled) {
        QTreeWidgetItem *item = itemOf(again, id);
        QVERIFY(!item->flags().testFlag(Qt::ItemIsEnabled));
        QCOMPARE(item->text(5), number);
    }
    QVERIFY(itemOf(again, m_b)->flags().testFlag(Qt::ItemIsEnabled));
    QCOMPARE(again.checkedLicenceIds(), (QList<qint64>{m_b, m_d}));
    QTest::mouseClick(child<QPushButton>(&again, QStringLiteral("selectAllButton")), Qt::LeftButton);
    QCOMPARE(again.checkedLicenceIds(), (QList<qint64>{m_b, m_d}));
    QCOMPARE(child<QLabel>(&again, QStringLiteral("renewalCountLabel"))->text(),
             QStringLiteral("2 of 2 licences chosen. Already with an open renewal case: 2."));

    // Nothing chosen: nothing happens.
    QTest::mouseClick(child<QPushButton>(&again, QStringLiteral("selectNoneButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&again, QStringLiteral("openRenewalCasesButton")), Qt::LeftButton);
    QVERIFY(shown(&again, QStringLiteral("renewalErrorLabel")));
    QCOMPARE(openRenewals().size(), 2);
}

void TestRenewalBatchDialog::continuationNeedsDateAndReferenceAndMovesOnlyTheChecked()
{
    RenewalBatchDialog dialog(*m_db, m_clock);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    QSignalSpy licencesChanged(&dialog, &RenewalBatchDialog::licencesChanged);
    toggleByKeyboard(dialog, m_a);
    toggleByKeyboard(dialog, m_d);
    QCOMPARE(dialog.checkedLicenceIds(), (QList<qint64>{m_b, m_c}));
    auto *record = child<QPushButton>(&dialog, QStringLiteral("recordContinuationButton"));

    // Neither date nor reference: both named, nothing saved.
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(shown(&dialog, QStringLiteral("continuationDateErrorLabel")));
    QVERIFY(shown(&dialog, QStringLiteral("continuationReferenceErrorLabel")));
    QCOMPARE(licencesChanged.count(), 0);
    QCOMPARE(validToOf(m_b), QDate(2028, 9, 30));

    // A date but no reference.
    auto *date = child<QDateEdit>(&dialog, QStringLiteral("continuationDateEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, QStringLiteral("01.03.2028"));
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(!shown(&dialog, QStringLiteral("continuationDateErrorLabel")));
    QVERIFY(shown(&dialog, QStringLiteral("continuationReferenceErrorLabel")));
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("continuationReferenceErrorLabel"))->text(),
             QStringLiteral("Enter the reference of the council's decision."));
    QCOMPARE(licencesChanged.count(), 0);
    QCOMPARE(validToOf(m_b), QDate(2028, 9, 30));

    // With the reference: the chosen licences run to the next boundary, the others are untouched.
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("continuationReferenceEdit")), QStringLiteral("PS 12/28"));
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(!shown(&dialog, QStringLiteral("continuationReferenceErrorLabel")));
    QVERIFY(!shown(&dialog, QStringLiteral("renewalErrorLabel")));
    QCOMPARE(licencesChanged.count(), 1);
    QCOMPARE(validToOf(m_b), QDate(2032, 9, 30));
    QCOMPARE(validToOf(m_c), QDate(2032, 9, 30));
    QCOMPARE(validToOf(m_a), QDate(2028, 9, 30));
    QCOMPARE(validToOf(m_d), QDate(2028, 9, 30));
    QCOMPARE(validToOf(m_earlier), QDate(2028, 6, 30));
    QCOMPARE(child<QLabel>(&dialog, QStringLiteral("renewalResultLabel"))->text(),
             QStringLiteral("The continuation decision PS 12/28 was recorded for 2 licences; they now run to 30.09.2032."));
    // They no longer end on the boundary.
    QCOMPARE(dialog.listedLicenceIds(), (QList<qint64>{m_a, m_d}));
    QVERIFY(openRenewals().isEmpty());
}

void TestRenewalBatchDialog::readOnlyRegisterChangesNothing()
{
    const QString path = m_db->path();
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    RenewalBatchDialog dialog(*m_db, m_clock);
    QCOMPARE(dialog.listedLicenceIds().size(), 4);
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("openRenewalCasesButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("recordContinuationButton"))->isEnabled());
}

QTEST_MAIN(TestRenewalBatchDialog)
#include "TestRenewalBatchDialog.moc"
