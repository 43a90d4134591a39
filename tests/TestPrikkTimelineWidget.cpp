// The «Prikker» tab of a licence: the ledger's entries with expiry and state, the total, and
// the "what if" answer for one more finding.

#include "DateEdit.h"
#include "LicenceDetailWidget.h"
#include "PrikkTimelineWidget.h"
#include "SanctionTestSupport.h"
#include "TestUiSupport.h"
#include "storage/LicenceRepository.h"
#include "storage/SanctionRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace bevilling;
using State = PrikkTimelineEntry::State;

Q_DECLARE_METATYPE(QList<rules::LedgerEvent>)

class TestPrikkTimelineWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void entries_data();
    void entries();
    void widgetShowsEntriesAndExpiry();
    void whatIf_data();
    void whatIf();
    void licenceDetailHasPrikkerTab();

private:
    // Decides the standard prikker of an inspection on `date` with `codes` for the licence.
    void decided(const QDate &date, const QStringList &codes);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    qint64 m_licenceId = 0;
    int m_fileNumber = 0;
};

namespace {

rules::LedgerEvent inspection(const QDate &date, const QStringList &codes, const QString &id = QStringLiteral("K"))
{
    rules::LedgerEvent event;
    event.type = rules::LedgerEvent::Type::Inspection;
    event.id = id;
    event.date = date;
    for (const QString &code : codes)
        event.findings.append(rules::LedgerFinding{code, std::nullopt, QString()});
    return event;
}

rules::LedgerEvent suspension(const QDate &decided, const QDate &from, const QDate &to)
{
    rules::LedgerEvent event;
    event.type = rules::LedgerEvent::Type::Suspension;
    event.decided = decided;
    event.from = from;
    event.to = to;
    return event;
}

rules::LedgerEvent transfer(const QDate &date)
{
    rules::LedgerEvent event;
    event.type = rules::LedgerEvent::Type::Transfer;
    event.date = date;
    return event;
}

// "code:prikker:state" for each entry.
QStringList describe(const QList<PrikkTimelineEntry> &entries)
{
    QStringList out;
    for (const PrikkTimelineEntry &e : entries)
        out << QStringLiteral("%1:%2:%3").arg(e.code).arg(e.prikker).arg(PrikkTimelineWidget::stateName(e.state));
    return out;
}

} // namespace

void TestPrikkTimelineWidget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
    Localization::install(*QCoreApplication::instance(), QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
}

void TestPrikkTimelineWidget::init()
{
    m_clock.setNow(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    m_db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("timeline-%1.sqlite").arg(++m_fileNumber)), m_clock,
                              QStringLiteral("national"));
    QVERIFY(m_db);
    m_licenceId = test::addLicence(*m_db, m_clock, QStringLiteral("2024-001"));
    QVERIFY(m_licenceId > 0);
}

void TestPrikkTimelineWidget::cleanup()
{
    m_db.reset();
}

void TestPrikkTimelineWidget::decided(const QDate &date, const QStringList &codes)
{
    const qint64 inspectionId = test::addInspection(*m_db, m_clock, m_licenceId, date, codes);
    QVERIFY(inspectionId > 0);
    SanctionRepository repo(*m_db, m_clock);
    const Result<SanctionCase> created = repo.createFromInspection(inspectionId);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const Result<SanctionCase> done = test::decideStandard(repo, created->id, date.addDays(3));
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
}

void TestPrikkTimelineWidget::entries_data()
{
    QTest::addColumn<QList<rules::LedgerEvent>>("events");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QStringList>("expected");
    const QDate asOf(2026, 6, 1);
    QTest::newRow("counted") << QList<rules::LedgerEvent>{inspection(QDate(2026, 1, 1), {QStringLiteral("hours")})} << asOf
                             << QStringList{QStringLiteral("hours:4:Counted")};
    QTest::newRow("expired after two years")
        << QList<rules::LedgerEvent>{inspection(QDate(2024, 5, 31), {QStringLiteral("hours")})} << asOf
        << QStringList{QStringLiteral("hours:4:Expired")};
    QTest::newRow("last day counted")
        << QList<rules::LedgerEvent>{inspection(QDate(2024, 6, 2), {QStringLiteral("hours")})} << asOf
        << QStringList{QStringLiteral("hours:4:Counted")};
    QTest::newRow("like-kind merged")
        << QList<rules::LedgerEvent>{inspection(QDate(2026, 2, 1),
                                                {QStringLiteral("hours"), QStringLiteral("hours"), QStringLiteral("staff_age")})}
        << asOf << QStringList{QStringLiteral("hours:4:Counted"), QStringLiteral("staff_age:4:Counted")};
    QTest::newRow("used by suspension")
        << QList<rules::LedgerEvent>{inspection(QDate(2025, 1, 1), {QStringLiteral("minor")}),
                                     inspection(QDate(2025, 2, 1), {QStringLiteral("intoxicated_served")}),
                                     suspension(QDate(2025, 3, 1), QDate(2025, 3, 10), QDate(2025, 3, 16)),
                                     inspection(QDate(2025, 5, 1), {QStringLiteral("internal_control")})}
        << asOf
        << QStringList{QStringLiteral("minor:8:Used by suspension"), QStringLiteral("intoxicated_served:4:Used by suspension"),
                       QStringLiteral("internal_control:2:Counted")};
    QTest::newRow("before transfer")
        << QList<rules::LedgerEvent>{inspection(QDate(2025, 1, 1), {QStringLiteral("hours")}), transfer(QDate(2025, 6, 1))} << asOf
        << QStringList{QStringLiteral("hours:4:Before transfer")};
    QTest::newRow("after as-of") << QList<rules::LedgerEvent>{inspection(QDate(2026, 7, 1), {QStringLiteral("placement")})} << asOf
                                 << QStringList{QStringLiteral("placement:1:Not yet counted")};
}

void TestPrikkTimelineWidget::entries()
{
    QFETCH(QList<rules::LedgerEvent>, events);
    QFETCH(QDate, asOf);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(PrikkTimelineWidget::entriesOf(events, asOf, rules::LedgerSettings())), expected);
}

void TestPrikkTimelineWidget::widgetShowsEntriesAndExpiry()
{
    decided(QDate(2024, 3, 10), {QStringLiteral("hours")});            // expired on 10.03.2026
    decided(QDate(2025, 9, 1), {QStringLiteral("internal_control")}); // 2, counts until 01.09.2027
    decided(QDate(2026, 1, 15), {QStringLiteral("minor")});            // 8

    PrikkTimelineWidget widget(m_clock);
    widget.setDatabase(m_db.get());
    widget.showLicence(m_licenceId);
    QTableWidget *table = widget.entriesTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("10.03.2024"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("10.03.2026"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("Expired"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("01.09.2027"));
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Counted"));
    QVERIFY(!table->item(1, 3)->text().isEmpty());
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("8"));
    QVERIFY(widget.totalLabel()->text().contains(QStringLiteral("10 prikker")));
    QVERIFY(widget.totalLabel()->text().contains(QStringLiteral("No suspension is due")));
    QVERIFY(widget.suspensionLabel()->isHidden());

    widget.showLicence(0);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!widget.whatIfCodeComboBox()->isEnabled());
}

void TestPrikkTimelineWidget::whatIf_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    // The ledger: 2 (internal_control, 01.09.2025) + 8 (minor, 15.01.2026) = 10.
    QTest::newRow("one prikk short") << QStringLiteral("alcohol_free_alternatives") << QDate(2026, 6, 1)
                                     << QStringLiteral("Total after one more finding: 11 prikker. No suspension (1 short of 12).");
    QTest::newRow("reaches 12") << QStringLiteral("internal_control") << QDate(2026, 6, 1)
                                << QStringLiteral("Total after one more finding: 12 prikker. This leads to suspension for 7 days.");
    QTest::newRow("14 gives 9 days") << QStringLiteral("hours") << QDate(2026, 6, 1)
                                     << QStringLiteral("Total after one more finding: 14 prikker. This leads to suspension for 9 days.");
    QTest::newRow("after the first expires") << QStringLiteral("hours") << QDate(2027, 9, 2)
                                             << QStringLiteral("Total after one more finding: 12 prikker. This leads to suspension for 7 days.");
    QTest::newRow("after both expire") << QStringLiteral("minor") << QDate(2028, 1, 16)
                                       << QStringLiteral("Total after one more finding: 8 prikker. No suspension (4 short of 12).");
}

void TestPrikkTimelineWidget::whatIf()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    decided(QDate(2025, 9, 1), {QStringLiteral("internal_control")});
    decided(QDate(2026, 1, 15), {QStringLiteral("minor")});

    PrikkTimelineWidget widget(m_clock);
    widget.setDatabase(m_db.get());
    widget.showLicence(m_licenceId);
    QVERIFY(widget.whatIfCodeComboBox()->isEnabled());
    const int index = widget.whatIfCodeComboBox()->findData(code);
    QVERIFY(index >= 0);
    widget.whatIfCodeComboBox()->setCurrentIndex(index);
    widget.whatIfDateEdit()->setDate(date);
    QCOMPARE(widget.whatIfLabel()->text(), expected);
}

void TestPrikkTimelineWidget::licenceDetailHasPrikkerTab()
{
    decided(QDate(2026, 1, 15), {QStringLiteral("minor")});
    LicenceDetailWidget detail(m_clock);
    detail.setDatabase(m_db.get());
    const Result<Licence> licence = LicenceRepository(*m_db, m_clock).find(m_licenceId);
    QVERIFY(licence);
    detail.showLicence(*licence, {});
    auto *tabs = detail.findChild<QTabWidget *>(QStringLiteral("detailTabWidget"));
    QVERIFY(tabs);
    const int tab = tabs->indexOf(detail.prikkTimeline());
    QVERIFY(tab >= 0);
    QCOMPARE(tabs->tabText(tab), QStringLiteral("&Prikker"));
    QCOMPARE(detail.prikkTimeline()->licenceId(), m_licenceId);
    QCOMPARE(detail.prikkTimeline()->entriesTable()->rowCount(), 1);
    detail.clear();
    QCOMPARE(detail.prikkTimeline()->entriesTable()->rowCount(), 0);
}

QTEST_MAIN(TestPrikkTimelineWidget)
#include "TestPrikkTimelineWidget.moc"
