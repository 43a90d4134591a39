#include "rules/Calendar.h"

#include <QTest>

using namespace bevilling::rules;

namespace {
// Gauss's Easter algorithm with its two exceptions: independent of the anonymous Gregorian
// algorithm the program uses.
QDate gaussEaster(int year)
{
    const int a = year % 19;
    const int b = year % 4;
    const int c = year % 7;
    const int k = year / 100;
    const int p = (13 + 8 * k) / 25;
    const int q = k / 4;
    const int m = (15 - p + k - q) % 30;
    const int n = (4 + k - q) % 7;
    const int d = (19 * a + m) % 30;
    const int e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6)
        return QDate(year, 4, 19);
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19)
        return QDate(year, 4, 18);
    const int march = 22 + d + e;
    return march <= 31 ? QDate(year, 3, march) : QDate(year, 4, march - 31);
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void easterTable_data();
    void easterTable();
    void easterAgainstGauss();
    void namedDays();
    void whitMondayOn17May2027();
    void holidays_data();
    void holidays();
    void salesDayType_data();
    void salesDayType();
};

// rules.md C.3: Maundy Thursday, Easter Sunday, Ascension, Whit Monday for 2016-2028.
void TestCalendar::easterTable_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("maundy");
    QTest::addColumn<QDate>("easter");
    QTest::addColumn<QDate>("ascension");
    QTest::addColumn<QDate>("whitMonday");
    auto row = [](int y, int mm, int md, int em, int ed, int am, int ad, int wm, int wd) {
        QTest::addRow("%d", y) << y << QDate(y, mm, md) << QDate(y, em, ed) << QDate(y, am, ad) << QDate(y, wm, wd);
    };
    row(2016, 3, 24, 3, 27, 5, 5, 5, 16);
    row(2017, 4, 13, 4, 16, 5, 25, 6, 5);
    row(2018, 3, 29, 4, 1, 5, 10, 5, 21);
    row(2019, 4, 18, 4, 21, 5, 30, 6, 10);
    row(2020, 4, 9, 4, 12, 5, 21, 6, 1);
    row(2021, 4, 1, 4, 4, 5, 13, 5, 24);
    row(2022, 4, 14, 4, 17, 5, 26, 6, 6);
    row(2023, 4, 6, 4, 9, 5, 18, 5, 29);
    row(2024, 3, 28, 3, 31, 5, 9, 5, 20);
    row(2025, 4, 17, 4, 20, 5, 29, 6, 9);
    row(2026, 4, 2, 4, 5, 5, 14, 5, 25);
    row(2027, 3, 25, 3, 28, 5, 6, 5, 17);
    row(2028, 4, 13, 4, 16, 5, 25, 6, 5);
}

void TestCalendar::easterTable()
{
    QFETCH(int, year);
    QFETCH(QDate, maundy);
    QFETCH(QDate, easter);
    QFETCH(QDate, ascension);
    QFETCH(QDate, whitMonday);
    QCOMPARE(Calendar::easterSunday(year), easter);
    QVERIFY(Calendar::isHoliday(maundy));
    QVERIFY(Calendar::isHoliday(maundy.addDays(1)));
    QVERIFY(Calendar::isAscensionDay(ascension));
    QVERIFY(Calendar::isHoliday(ascension));
    QVERIFY(Calendar::isHoliday(whitMonday));
    QVERIFY(!Calendar::isHoliday(maundy.addDays(-1)));
}

void TestCalendar::easterAgainstGauss()
{
    for (int year = Calendar::MinYear; year <= Calendar::MaxYear; ++year) {
        const QDate easter = Calendar::easterSunday(year);
        QCOMPARE(easter, gaussEaster(year));
        QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(easter >= QDate(year, 3, 22) && easter <= QDate(year, 4, 25));
    }
}

void TestCalendar::namedDays()
{
    const QList<NamedDay> days = Calendar::namedDays(2025);
    QCOMPARE(days.size(), 12);
    QCOMPARE(days.first().date, QDate(2025, 1, 1));
    QCOMPARE(days.first().name, QStringLiteral("Første nyttårsdag"));
    QStringList keys;
    for (int i = 0; i < days.size(); ++i) {
        keys.append(days.at(i).key);
        if (i > 0)
            QVERIFY(days.at(i - 1).date <= days.at(i).date);
    }
    QCOMPARE(keys, QStringList({QStringLiteral("new_years_day"), QStringLiteral("maundy_thursday"),
                                QStringLiteral("good_friday"), QStringLiteral("easter_sunday"),
                                QStringLiteral("easter_monday"), QStringLiteral("may_1"), QStringLiteral("may_17"),
                                QStringLiteral("ascension_day"), QStringLiteral("whit_sunday"),
                                QStringLiteral("whit_monday"), QStringLiteral("christmas_day"),
                                QStringLiteral("boxing_day")}));
    // 1 May and 17 May are high days, not holidays.
    QVERIFY(!days.at(5).holiday);
    QVERIFY(!days.at(6).holiday);
}

void TestCalendar::whitMondayOn17May2027()
{
    const QList<NamedDay> days = Calendar::namedDays(2027);
    QCOMPARE(days.size(), 12);
    int on17May = 0;
    for (const NamedDay &day : days) {
        if (day.date == QDate(2027, 5, 17))
            ++on17May;
    }
    QCOMPARE(on17May, 2);
    QVERIFY(Calendar::isHoliday(QDate(2027, 5, 17)));
    QCOMPARE(Calendar::salesDayType(QDate(2027, 5, 17)), SalesDayType::Closed);
    // Whit Saturday 15 May: the day before Whit Sunday.
    QCOMPARE(Calendar::salesDayType(QDate(2027, 5, 15)), SalesDayType::BeforeHoliday);
}

void TestCalendar::holidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    QTest::addColumn<bool>("highDay");
    QTest::newRow("ordinary Sunday") << QDate(2025, 3, 2) << true << false;
    QTest::newRow("ordinary Monday") << QDate(2025, 3, 3) << false << false;
    QTest::newRow("New Year's Day") << QDate(2025, 1, 1) << true << false;
    QTest::newRow("Christmas Eve is not a holiday") << QDate(2025, 12, 24) << false << false;
    QTest::newRow("Boxing Day") << QDate(2025, 12, 26) << true << false;
    QTest::newRow("1 May") << QDate(2025, 5, 1) << false << true;
    QTest::newRow("17 May") << QDate(2025, 5, 17) << false << true;
    QTest::newRow("17 May on a Sunday") << QDate(2026, 5, 17) << true << true;
    QTest::newRow("Easter Saturday") << QDate(2025, 4, 19) << false << false;
}

void TestCalendar::holidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QFETCH(bool, highDay);
    QCOMPARE(Calendar::isHoliday(date), holiday);
    QCOMPARE(Calendar::isPublicHighDay(date), highDay);
}

// rules.md worked example 19 and the C.3 classification, with its edges.
void TestCalendar::salesDayType_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("type");
    const int weekday = int(SalesDayType::Weekday);
    const int before = int(SalesDayType::BeforeHoliday);
    const int closed = int(SalesDayType::Closed);
    QTest::newRow("Wed before Maundy Thursday 2025") << QDate(2025, 4, 16) << before;
    QTest::newRow("Maundy Thursday 2025") << QDate(2025, 4, 17) << closed;
    QTest::newRow("Good Friday 2025") << QDate(2025, 4, 18) << closed;
    QTest::newRow("Easter Saturday 2025") << QDate(2025, 4, 19) << before;
    QTest::newRow("Easter Sunday 2025") << QDate(2025, 4, 20) << closed;
    QTest::newRow("Easter Monday 2025") << QDate(2025, 4, 21) << closed;
    QTest::newRow("Ascension eve 2025 is a weekday") << QDate(2025, 5, 28) << weekday;
    QTest::newRow("Ascension Day 2025") << QDate(2025, 5, 29) << closed;
    QTest::newRow("Fri before 17 May on Saturday") << QDate(2025, 5, 16) << weekday;
    QTest::newRow("17 May on Saturday") << QDate(2025, 5, 17) << closed;
    QTest::newRow("day before 1 May") << QDate(2025, 4, 30) << weekday;
    QTest::newRow("1 May") << QDate(2025, 5, 1) << closed;
    QTest::newRow("ordinary Saturday") << QDate(2025, 3, 8) << before;
    QTest::newRow("ordinary Friday") << QDate(2025, 3, 7) << weekday;
    QTest::newRow("Saturday before 17 May on Sunday") << QDate(2026, 5, 16) << before;
    QTest::newRow("Christmas Eve on Wednesday") << QDate(2025, 12, 24) << before;
    QTest::newRow("New Year's Eve") << QDate(2025, 12, 31) << before;
    QTest::newRow("Whit Saturday 2025") << QDate(2025, 6, 7) << before;
    QTest::newRow("Ascension eve 2026") << QDate(2026, 5, 13) << weekday;
}

void TestCalendar::salesDayType()
{
    QFETCH(QDate, date);
    QFETCH(int, type);
    QCOMPARE(int(Calendar::salesDayType(date)), type);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "TestCalendar.moc"
