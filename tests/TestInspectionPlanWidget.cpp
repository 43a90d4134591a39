#include "InspectionPlanWidget.h"
#include "SanctionTestSupport.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace bevilling;

class TestInspectionPlanWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void withoutRegister();
    void quotaLine_data();
    void quotaLine();
    void lists();
    void yearPickerReloads();
    void doubleClickActivatesLicence();

private:
    QTreeWidget *list(const char *name) const
    {
        return m_widget->findChild<QTreeWidget *>(QString::fromLatin1(name));
    }
    QTreeWidgetItem *rowNamed(QTreeWidget *tree, const QString &premises) const
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == premises)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InspectionPlanWidget> m_widget;
    qint64 m_fjord = 0;
    qint64 m_natt = 0;
    qint64 m_kro = 0;
};

// Three serving licences at three places: Fjordkroa inspected twice in 2026 (one finding),
// Natt once by one inspector (confirmed), Gamle Kro not at all; one finding at Gamle Kro in 2025.
void TestInspectionPlanWidget::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
    LicenceRepository licences(*m_db, m_clock);
    auto add = [&](const QString &number, const QString &premises, const QString &address, PremisesType type) -> qint64 {
        Licence l = test::makeServingLicence(number);
        l.premises.name = premises;
        l.premises.address = address;
        l.premises.type = type;
        const Result<Licence> created = licences.create(l);
        if (!created)
            qWarning("%s", qPrintable(created.error().toString()));
        return created ? created->id : 0;
    };
    m_fjord = add(QStringLiteral("2024-001"), QStringLiteral("Fjordkroa"), QStringLiteral("Sandviksveien 12"),
                  PremisesType::Restaurant);
    m_natt = add(QStringLiteral("2024-002"), QStringLiteral("Natt"), QStringLiteral("Storgata 1"), PremisesType::Nightclub);
    m_kro = add(QStringLiteral("2024-003"), QStringLiteral("Gamle Kro"), QStringLiteral("Kroveien 3"), PremisesType::Restaurant);
    QVERIFY(m_fjord > 0 && m_natt > 0 && m_kro > 0);

    QVERIFY(test::addInspection(*m_db, m_clock, m_fjord, QDate(2026, 3, 1), {QStringLiteral("hours")}) > 0);
    QVERIFY(test::addInspection(*m_db, m_clock, m_fjord, QDate(2026, 5, 1), {}) > 0);
    QVERIFY(test::addInspection(*m_db, m_clock, m_kro, QDate(2025, 10, 1), {QStringLiteral("advertising")}) > 0);
    // Natt: one inspector, confirmed.
    InspectionRepository inspections(*m_db, m_clock);
    const Result<QList<Inspector>> inspectors = InspectorRepository(*m_db, m_clock).list();
    QVERIFY(inspectors.ok() && !inspectors->isEmpty());
    Inspection alone;
    alone.licenceId = m_natt;
    alone.date = QDate(2026, 4, 10);
    alone.start = QTime(23, 0);
    alone.end = QTime(1, 0);
    alone.type = rules::InspectionType::Serving;
    alone.inspectorIds = {inspectors->first().id};
    alone.confirmedSingleInspector = true;
    const Result<Inspection> created = inspections.create(alone);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));

    m_widget = std::make_unique<InspectionPlanWidget>(m_clock);
    m_widget->resize(1000, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestInspectionPlanWidget::cleanup()
{
    m_widget.reset();
    m_db.reset();
}

void TestInspectionPlanWidget::withoutRegister()
{
    QCOMPARE(m_widget->quotaText(), QStringLiteral("No register is open."));
    QCOMPARE(list("planPriorityList")->topLevelItemCount(), 0);
    QCOMPARE(m_widget->year(), 2026);
}

void TestInspectionPlanWidget::quotaLine_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2026: 3 done of 9") << 2026
                                      << QStringLiteral("3 licences counted: 9 inspections required (3 × licences), 3 done – 6 missing.");
    QTest::newRow("2025: 1 done of 9") << 2025
                                      << QStringLiteral("3 licences counted: 9 inspections required (3 × licences), 1 done – 8 missing.");
}

void TestInspectionPlanWidget::quotaLine()
{
    QFETCH(int, year);
    QFETCH(QString, expected);
    m_widget->setDatabase(m_db.get());
    m_widget->setYear(year);
    QCOMPARE(m_widget->quotaText(), expected);
}

void TestInspectionPlanWidget::lists()
{
    m_widget->setDatabase(m_db.get());
    QTreeWidget *notInspected = list("planNotInspectedList");
    QTreeWidget *understaffed = list("planUnderstaffedList");
    QTreeWidget *priority = list("planPriorityList");
    QVERIFY(notInspected && understaffed && priority);

    QCOMPARE(notInspected->topLevelItemCount(), 1);
    QCOMPARE(notInspected->topLevelItem(0)->text(0), QStringLiteral("Gamle Kro"));
    QCOMPARE(notInspected->topLevelItem(0)->text(1), QStringLiteral("2024-003"));

    QCOMPARE(understaffed->topLevelItemCount(), 1);
    QCOMPARE(understaffed->topLevelItem(0)->text(1), QStringLiteral("10.04.2026"));
    QCOMPARE(understaffed->topLevelItem(0)->text(2), QStringLiteral("2024-002"));
    QCOMPARE(understaffed->topLevelItem(0)->text(3), QStringLiteral("Natt"));
    QCOMPARE(understaffed->topLevelItem(0)->text(4), QStringLiteral("1 (confirmed)"));

    // Every place, highest score first; Gamle Kro: not inspected this year (+5), a finding last
    // year (+3), and its last visit 2025-10-01 (+2 for 257 days).
    QCOMPARE(priority->topLevelItemCount(), 3);
    QCOMPARE(priority->topLevelItem(0)->text(0), QStringLiteral("Gamle Kro"));
    int previous = INT_MAX;
    for (int i = 0; i < priority->topLevelItemCount(); ++i) {
        const int score = priority->topLevelItem(i)->text(2).toInt();
        QVERIFY(score <= previous);
        previous = score;
    }
    QTreeWidgetItem *kro = rowNamed(priority, QStringLiteral("Gamle Kro"));
    QVERIFY(kro);
    QCOMPARE(kro->text(3), QStringLiteral("01.10.2025"));
    QCOMPARE(kro->text(4), QStringLiteral("0"));
    QVERIFY(!kro->text(5).isEmpty());
    QTreeWidgetItem *fjord = rowNamed(priority, QStringLiteral("Fjordkroa"));
    QVERIFY(fjord);
    QCOMPARE(fjord->text(3), QStringLiteral("01.05.2026"));
    QCOMPARE(fjord->text(4), QStringLiteral("2"));
    QVERIFY(kro->text(2).toInt() > fjord->text(2).toInt());
}

void TestInspectionPlanWidget::yearPickerReloads()
{
    m_widget->setDatabase(m_db.get());
    auto *year = m_widget->findChild<QSpinBox *>(QStringLiteral("planYearSpinBox"));
    QVERIFY(year);
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Down);
    QCOMPARE(m_widget->year(), 2025);
    QVERIFY(m_widget->quotaText().contains(QStringLiteral("1 done")));
    QTreeWidget *notInspected = list("planNotInspectedList");
    QCOMPARE(notInspected->topLevelItemCount(), 2); // Fjordkroa and Natt were not inspected in 2025
    QCOMPARE(list("planUnderstaffedList")->topLevelItemCount(), 0);
}

void TestInspectionPlanWidget::doubleClickActivatesLicence()
{
    m_widget->setDatabase(m_db.get());
    QSignalSpy spy(m_widget.get(), &InspectionPlanWidget::licenceActivated);
    QTreeWidget *priority = list("planPriorityList");
    QTreeWidgetItem *kro = rowNamed(priority, QStringLiteral("Gamle Kro"));
    QVERIFY(kro);
    const QPoint at = priority->visualItemRect(kro).center();
    QTest::mouseClick(priority->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(priority->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(), m_kro);

    QTreeWidget *understaffed = list("planUnderstaffedList");
    const QPoint row = understaffed->visualItemRect(understaffed->topLevelItem(0)).center();
    QTest::mouseClick(understaffed->viewport(), Qt::LeftButton, {}, row);
    QTest::mouseDClick(understaffed->viewport(), Qt::LeftButton, {}, row);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().toLongLong(), m_natt);
}

QTEST_MAIN(TestInspectionPlanWidget)
#include "TestInspectionPlanWidget.moc"
