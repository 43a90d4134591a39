// The officer's home page ("Hjem"): what needs doing today, the event calendar and the
// travelling-licence quota, from a register with cases.

#include "EventCalendarWidget.h"
#include "HomeWidget.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/LicenceRepository.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>
#include <QTreeWidget>

#include <memory>

using namespace bevilling;

namespace {

QDateTime noon(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC);
}

// A line of the work list: its group (row of the heading) and "c<case id>" or "l<licence id>".
using Line = QPair<int, QString>;

QString caseRef(qint64 id)
{
    return QStringLiteral("c%1").arg(id);
}

QString licenceRef(qint64 id)
{
    return QStringLiteral("l%1").arg(id);
}

} // namespace

class TestHomeWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsExactlyWhatNeedsDoing();
    void activatingALineAsksToOpenIt();
    void calendarMarksEventsOfTheShownMonth();
    void travellingQuotaFromTheRuleSet();
    void startsOnEveryoneWhenTheOfficerHasNoCases();

private:
    std::unique_ptr<Database> makeRegister(const QString &preset);
    qint64 addLicence(const Licence &licence);
    qint64 addCase(const QDate &on, const QString &officer, CaseType type, const QList<CaseStatement> &statements = {});
    void setStatus(qint64 id, const QDate &on, CaseStatus status);
    static QList<Line> linesOf(const HomeWidget &home);
    static QTreeWidgetItem *lineItem(const HomeWidget &home, int group, int row);

    QTemporaryDir m_dir;
    const QDate m_today{2026, 6, 1};
    FixedClock m_clock{noon(QDate(2026, 6, 1))};
    std::unique_ptr<Database> m_db;
    int m_fileNumber = 0;
    QString m_me;
    qint64 m_overdueCase = 0, m_nearDueCase = 0, m_waitingCase = 0;
    qint64 m_ends90 = 0, m_ends91 = 0, m_event30 = 0, m_event31 = 0;
};

void TestHomeWidget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    m_me = AuditLog::currentUser();
    QVERIFY(!m_me.isEmpty() && m_me != QStringLiteral("kari"));
}

std::unique_ptr<Database> TestHomeWidget::makeRegister(const QString &preset)
{
    m_clock.setNow(noon(m_today));
    return test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("home-%1.sqlite").arg(++m_fileNumber)), m_clock, preset);
}

qint64 TestHomeWidget::addLicence(const Licence &licence)
{
    const Result<Licence> created = LicenceRepository(*m_db, m_clock).create(licence);
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? created->id : 0;
}

qint64 TestHomeWidget::addCase(const QDate &on, const QString &officer, CaseType type, const QList<CaseStatement> &statements)
{
    m_clock.setNow(noon(on));
    Case c;
    c.type = type;
    c.receivedOn = on;
    c.assignedTo = officer;
    c.application = test::makeServingLicence(QString());
    c.statements = statements;
    const Result<Case> created = CaseRepository(*m_db, m_clock).create(c);
    m_clock.setNow(noon(m_today));
    if (!created)
        qWarning("%s", qPrintable(created.error().toString()));
    return created ? created->id : 0;
}

void TestHomeWidget::setStatus(qint64 id, const QDate &on, CaseStatus status)
{
    m_clock.setNow(noon(on));
    const Result<Case> changed = CaseRepository(*m_db, m_clock).setStatus(id, status);
    m_clock.setNow(noon(m_today));
    QVERIFY2(changed.ok(), qPrintable(changed.error().toString()));
}

void TestHomeWidget::init()
{
    m_db = makeRegister(QStringLiteral("national"));
    QVERIFY(m_db);

    // Mine: a police statement 12 days past its deadline (the case waits for the statements).
    CaseStatement police;
    police.party = StatementParty::Police;
    police.requested = QDate(2026, 5, 1);
    police.deadline = QDate(2026, 5, 20);
    m_overdueCase = addCase(QDate(2026, 4, 1), m_me, CaseType::NewLicence, {police});
    setStatus(m_overdueCase, QDate(2026, 4, 1), CaseStatus::Complete);
    setStatus(m_overdueCase, QDate(2026, 5, 1), CaseStatus::OutForStatements);
    // Kari's: complete since 10.02., so the four months end on 10.06. (9 days left); it waits for her.
    m_nearDueCase = addCase(QDate(2026, 2, 10), QStringLiteral("kari"), CaseType::NewLicence);
    setStatus(m_nearDueCase, QDate(2026, 2, 10), CaseStatus::Complete);
    // Mine: received a week ago, waiting for me.
    m_waitingCase = addCase(QDate(2026, 5, 25), m_me, CaseType::ChangeOfManager);

    Licence ends90 = test::makeServingLicence(QStringLiteral("2024-001"));
    ends90.validTo = m_today.addDays(90);
    m_ends90 = addLicence(ends90);
    Licence ends91 = test::makeServingLicence(QStringLiteral("2024-002"));
    ends91.validTo = m_today.addDays(91);
    m_ends91 = addLicence(ends91);
    addLicence(test::makeServingLicence(QStringLiteral("2024-003"))); // ends 30.09.2028
    Licence event = test::makeServingLicence(QStringLiteral("2026-101"));
    event.kind = LicenceKind::SingleOccasion;
    event.eventName = QStringLiteral("Sommerfest i parken");
    event.validFrom = m_today.addDays(30);
    event.validTo = event.validFrom;
    m_event30 = addLicence(event);
    event.number = QStringLiteral("2026-102");
    event.eventName = QStringLiteral("Jazz på brygga");
    event.validFrom = m_today.addDays(31);
    event.validTo = event.validFrom;
    m_event31 = addLicence(event);
    QVERIFY(m_overdueCase && m_nearDueCase && m_waitingCase && m_ends90 && m_ends91 && m_event30 && m_event31);
}

void TestHomeWidget::cleanup()
{
    test::closeDialogs();
    m_db.reset();
}

QList<Line> TestHomeWidget::linesOf(const HomeWidget &home)
{
    QList<Line> lines;
    for (int group = 0; group < home.tree()->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *heading = home.tree()->topLevelItem(group);
        for (int row = 0; row < heading->childCount(); ++row) {
            const WorkItem &item = home.items().at(lines.size());
            lines.append({group, item.caseId ? caseRef(item.caseId) : licenceRef(item.licenceId)});
        }
    }
    return lines;
}

QTreeWidgetItem *TestHomeWidget::lineItem(const HomeWidget &home, int group, int row)
{
    QTreeWidgetItem *heading = home.tree()->topLevelItem(group);
    return heading && row < heading->childCount() ? heading->child(row) : nullptr;
}

void TestHomeWidget::showsExactlyWhatNeedsDoing()
{
    HomeWidget home(m_clock);
    home.setDatabase(m_db.get());
    home.show();
    QVERIFY(test::activate(&home));

    // The current officer's list first.
    QCOMPARE(home.officer(), m_me);
    auto *officer = home.findChild<QComboBox *>(QStringLiteral("officerComboBox"));
    QVERIFY(officer);
    QCOMPARE(officer->currentData().toString(), m_me);
    QVERIFY(officer->findData(QStringLiteral("kari")) > 0);
    QCOMPARE(officer->itemText(0), QStringLiteral("All"));

    QTreeWidget *tree = home.tree();
    QCOMPARE(tree->topLevelItemCount(), 5);
    QCOMPARE(linesOf(home), (QList<Line>{{0, caseRef(m_overdueCase)},
                                         {2, caseRef(m_waitingCase)},
                                         {3, licenceRef(m_ends90)},
                                         {4, licenceRef(m_event30)}}));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Statements overdue (1)"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Cases near their due date (0)"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Cases waiting for %1 (1)").arg(m_me));
    QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("Licences ending within 90 days (1)"));
    QCOMPARE(tree->topLevelItem(4)->text(0), QStringLiteral("Single-occasion events in the next 30 days (1)"));

    // Each line: date, days left or overdue, title and detail.
    QTreeWidgetItem *statement = lineItem(home, 0, 0);
    QCOMPARE(statement->text(0), QStringLiteral("20.05.2026"));
    QCOMPARE(statement->text(1), QStringLiteral("12 days overdue"));
    QVERIFY2(statement->text(3).startsWith(QStringLiteral("Police")), qPrintable(statement->text(3)));
    QTreeWidgetItem *waiting = lineItem(home, 2, 0);
    QCOMPARE(waiting->text(0), QStringLiteral("25.05.2026"));
    QCOMPARE(waiting->text(1), QStringLiteral("waiting 7 days"));
    QTreeWidgetItem *ending = lineItem(home, 3, 0);
    QCOMPARE(ending->text(0), QStringLiteral("30.08.2026"));
    QCOMPARE(ending->text(1), QStringLiteral("90 days left"));
    QVERIFY2(ending->text(2).startsWith(QStringLiteral("2024-001")), qPrintable(ending->text(2)));
    QTreeWidgetItem *event = lineItem(home, 4, 0);
    QCOMPARE(event->text(0), QStringLiteral("01.07.2026"));
    QCOMPARE(event->text(1), QStringLiteral("in 30 days"));
    QVERIFY2(event->text(2).contains(QStringLiteral("Sommerfest i parken")), qPrintable(event->text(2)));

    // "All": every officer's cases.
    officer->setFocus();
    while (officer->currentIndex() > 0)
        QTest::keyClick(officer, Qt::Key_Up);
    QCOMPARE(home.officer(), QString());
    QCOMPARE(linesOf(home), (QList<Line>{{0, caseRef(m_overdueCase)},
                                         {1, caseRef(m_nearDueCase)},
                                         {2, caseRef(m_nearDueCase)},
                                         {2, caseRef(m_waitingCase)},
                                         {3, licenceRef(m_ends90)},
                                         {4, licenceRef(m_event30)}}));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Cases waiting for an officer (2)"));
    QTreeWidgetItem *nearDue = lineItem(home, 1, 0);
    QCOMPARE(nearDue->text(0), QStringLiteral("10.06.2026"));
    QCOMPARE(nearDue->text(1), QStringLiteral("9 days left"));

    // Kari's own list, and the choice survives a reload.
    home.setOfficer(QStringLiteral("kari"));
    home.reload();
    QCOMPARE(officer->currentData().toString(), QStringLiteral("kari"));
    QCOMPARE(linesOf(home), (QList<Line>{{1, caseRef(m_nearDueCase)},
                                         {2, caseRef(m_nearDueCase)},
                                         {3, licenceRef(m_ends90)},
                                         {4, licenceRef(m_event30)}}));

    // No quota in the national rules: no quota line.
    QVERIFY(home.quotaLabel()->isHidden());
}

void TestHomeWidget::activatingALineAsksToOpenIt()
{
    HomeWidget home(m_clock);
    home.setDatabase(m_db.get());
    home.show();
    QVERIFY(test::activate(&home));
    QSignalSpy openCase(&home, &HomeWidget::openCaseRequested);
    QSignalSpy openLicence(&home, &HomeWidget::openLicenceRequested);
    QTreeWidget *tree = home.tree();

    // Return on the overdue statement opens its case.
    tree->setFocus();
    tree->setCurrentItem(lineItem(home, 0, 0));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(openCase.count(), 1);
    QCOMPARE(openCase.at(0).at(0).toLongLong(), m_overdueCase);
    QCOMPARE(openLicence.count(), 0);

    // A double-click on the ending licence shows the licence.
    QTreeWidgetItem *ending = lineItem(home, 3, 0);
    tree->scrollToItem(ending);
    const QRect rect = tree->visualItemRect(ending);
    const QPoint at(rect.left() + 10, rect.center().y());
    QCOMPARE(tree->itemAt(at), ending);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(openLicence.count(), 1);
    QCOMPARE(openLicence.at(0).at(0).toLongLong(), m_ends90);
    QCOMPARE(openCase.count(), 1);

    // A heading opens nothing.
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(openCase.count() + openLicence.count(), 2);
}

void TestHomeWidget::calendarMarksEventsOfTheShownMonth()
{
    HomeWidget home(m_clock);
    home.setDatabase(m_db.get());
    home.show();
    QVERIFY(test::activate(&home));
    EventCalendarWidget *calendar = home.calendar();
    QSignalSpy openLicence(&home, &HomeWidget::openLicenceRequested);

    // June shows with the first days of July around it.
    QCOMPARE(calendar->selectedDate(), m_today);
    QCOMPARE(calendar->markedDates(), (QList<QDate>{QDate(2026, 7, 1), QDate(2026, 7, 2)}));
    QVERIFY(calendar->dayList()->count() == 0);

    // To September: nothing; back to July: both days marked, bold.
    calendar->calendar()->setCurrentPage(2026, 9);
    QVERIFY(calendar->markedDates().isEmpty());
    QVERIFY(calendar->calendar()->dateTextFormat(QDate(2026, 7, 1)).fontWeight() != int(QFont::Bold));
    calendar->calendar()->setCurrentPage(2026, 7);
    QCOMPARE(calendar->markedDates(), (QList<QDate>{QDate(2026, 7, 1), QDate(2026, 7, 2)}));
    QCOMPARE(calendar->calendar()->dateTextFormat(QDate(2026, 7, 2)).fontWeight(), int(QFont::Bold));
    QVERIFY(!calendar->calendar()->dateTextFormat(QDate(2026, 7, 3)).isValid()
            || calendar->calendar()->dateTextFormat(QDate(2026, 7, 3)).fontWeight() != int(QFont::Bold));

    // The selected day lists its events; Return shows the licence.
    calendar->setSelectedDate(QDate(2026, 7, 2));
    QCOMPARE(calendar->dayList()->count(), 1);
    QVERIFY2(calendar->dayList()->item(0)->text().contains(QStringLiteral("Jazz på brygga")),
             qPrintable(calendar->dayList()->item(0)->text()));
    calendar->dayList()->setFocus();
    calendar->dayList()->setCurrentRow(0);
    QTest::keyClick(calendar->dayList(), Qt::Key_Return);
    QCOMPARE(openLicence.count(), 1);
    QCOMPARE(openLicence.at(0).at(0).toLongLong(), m_event31);
    calendar->setSelectedDate(QDate(2026, 7, 3));
    QCOMPARE(calendar->dayList()->count(), 0);
}

void TestHomeWidget::travellingQuotaFromTheRuleSet()
{
    m_db = makeRegister(QStringLiteral("baerum-2020"));
    QVERIFY(m_db);
    Licence travelling = test::makeServingLicence(QStringLiteral("2026-A01"));
    travelling.kind = LicenceKind::Travelling;
    travelling.closedParty = true;
    travelling.eventName = QStringLiteral("Sluttede selskaper");
    travelling.premises = Premises();
    travelling.validFrom = QDate(2026, 1, 1);
    travelling.validTo = QDate(2026, 12, 31);
    QVERIFY(addLicence(travelling) > 0);

    HomeWidget home(m_clock);
    home.setDatabase(m_db.get());
    QVERIFY(!home.quotaLabel()->isHidden());
    QCOMPARE(home.quotaLabel()->text(),
             QStringLiteral("Travelling licences: 1 of the council's quota of 20 in use; 0 uses so far in 2026."));
    QVERIFY(home.items().isEmpty());
}

void TestHomeWidget::startsOnEveryoneWhenTheOfficerHasNoCases()
{
    // Pass my two cases to Kari: I have none left, so the page opens on everyone's work.
    CaseRepository repository(*m_db, m_clock);
    QVERIFY(repository.assign(m_overdueCase, QStringLiteral("kari")));
    QVERIFY(repository.assign(m_waitingCase, QStringLiteral("kari")));
    HomeWidget home(m_clock);
    home.setDatabase(m_db.get());
    QCOMPARE(home.officer(), QString());
    auto *officer = home.findChild<QComboBox *>(QStringLiteral("officerComboBox"));
    QCOMPARE(officer->currentIndex(), 0);
    // The overdue statement of a case that is now Kari's is still listed.
    bool overdueListed = false;
    for (const WorkItem &item : home.items())
        overdueListed = overdueListed || (item.kind == WorkItem::Kind::StatementOverdue && item.caseId == m_overdueCase);
    QVERIFY(overdueListed);
}

QTEST_MAIN(TestHomeWidget)
#include "TestHomeWidget.moc"
