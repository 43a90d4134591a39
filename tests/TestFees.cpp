#include "rules/Fees.h"

#include <QTest>

using namespace bevilling;
using namespace bevilling::rules;

class TestFees : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nationalTable();
    void annualFee_data();
    void annualFee();
    void refused_data();
    void refused();
};

void TestFees::nationalTable()
{
    const FeeRateTable &table = FeeRateTable::national();
    QCOMPARE(table.years(), QList<int>({2016, 2017, 2018, 2019, 2020, 2022, 2023, 2024, 2025}));
    const FeeRates r2017 = table.forYear(2017).value();
    QCOMPARE(*r2017.sale[0], 0.20);
    QCOMPARE(*r2017.serving[2], 3.95);
    QCOMPARE(r2017.servingMinimum, 4900.0);
    QCOMPARE(*r2017.travellingCap, 350.0);
    const FeeRates r2024 = table.forYear(2024).value();
    QCOMPARE(*r2024.serving[0], 0.57);
    QCOMPARE(r2024.saleMinimum, 1960.0);
    QVERIFY(!table.forYear(2019)->sale[1]);        // sales group 2 unknown
    QVERIFY(!table.forYear(2018)->travellingCap);  // unknown
}

void TestFees::annualFee_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<double>>("litres");
    QTest::addColumn<QList<double>>("byGroup");
    QTest::addColumn<double>("sum");
    QTest::addColumn<double>("fee");
    const int sale = int(FeeKind::Sale);
    const int serving = int(FeeKind::Serving);
    QTest::newRow("ex11 serving 2024") << 2024 << serving << QList<double>{20000, 5000, 300}
                                       << QList<double>{11400, 7450, 1476} << 20326.0 << 20326.0;
    QTest::newRow("ex12 small venue 2024: minimum") << 2024 << serving << QList<double>{2000, 500, 50}
                                                    << QList<double>{1140, 745, 246} << 2131.0 << 6100.0;
    QTest::newRow("ex13 sales 2017") << 2017 << sale << QList<double>{150000} << QList<double>{30000, 0} << 30000.0 << 30000.0;
    QTest::newRow("ex14 provisional 2023 group 2") << 2023 << serving << QList<double>{0, 10000}
                                                   << QList<double>{0, 14100, 0} << 14100.0 << 14100.0;
    QTest::newRow("ex14 actual 2023 group 2") << 2023 << serving << QList<double>{0, 12000}
                                              << QList<double>{0, 16920, 0} << 16920.0 << 16920.0;
    QTest::newRow("sum exactly at the serving minimum") << 2024 << serving << QList<double>{0, 0, 1239.837398}
                                                        << QList<double>{0, 0, 6100} << 6100.0 << 6100.0;
    QTest::newRow("one øre under the minimum") << 2024 << serving << QList<double>{0, 0, 1239.835}
                                               << QList<double>{0, 0, 6099.99} << 6099.99 << 6100.0;
    QTest::newRow("sales 2024 at the minimum") << 2024 << sale << QList<double>{8166.67} << QList<double>{1960, 0} << 1960.0 << 1960.0;
    QTest::newRow("sales 2024 under the minimum") << 2024 << sale << QList<double>{1000} << QList<double>{240, 0} << 240.0 << 1960.0;
    QTest::newRow("sales group 2, 2024") << 2024 << sale << QList<double>{1000, 100} << QList<double>{240, 69} << 309.0 << 1960.0;
    QTest::newRow("no turnover: minimum") << 2024 << serving << QList<double>{0, 0, 0} << QList<double>{0, 0, 0} << 0.0 << 6100.0;
    QTest::newRow("fractional litres, rounded to øre") << 2024 << serving << QList<double>{10000.5, 0, 0.3}
                                                       << QList<double>{5700.29, 0, 1.48} << 5701.77 << 6100.0;
    QTest::newRow("2017 serving") << 2017 << serving << QList<double>{20000, 5000, 300}
                                  << QList<double>{9000, 6000, 1185} << 16185.0 << 16185.0;
}

void TestFees::annualFee()
{
    QFETCH(int, year);
    QFETCH(int, kind);
    QFETCH(QList<double>, litres);
    QFETCH(QList<double>, byGroup);
    QFETCH(double, sum);
    QFETCH(double, fee);
    const Result<FeeResult> result = Fees::annualFee(FeeRateTable::national().forYear(year).value(), FeeKind(kind), litres);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->byGroup, byGroup);
    QCOMPARE(result->sum, sum);
    QCOMPARE(result->fee, fee);
}

void TestFees::refused_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<double>>("litres");
    QTest::addColumn<QString>("field");
    const int sale = int(FeeKind::Sale);
    const int serving = int(FeeKind::Serving);
    QTest::newRow("2021 has no rates") << 2021 << serving << QList<double>{1000} << QStringLiteral("year");
    QTest::newRow("2026 has no rates") << 2026 << serving << QList<double>{1000} << QStringLiteral("year");
    QTest::newRow("negative litres") << 2024 << serving << QList<double>{1000, -1} << QStringLiteral("litres");
    QTest::newRow("four groups") << 2024 << serving << QList<double>{1, 2, 3, 4} << QStringLiteral("litres");
    QTest::newRow("sale with group 3") << 2024 << sale << QList<double>{1, 2, 3} << QStringLiteral("litres");
    QTest::newRow("no litres") << 2024 << sale << QList<double>{} << QStringLiteral("litres");
    QTest::newRow("sales group 2 without a 2019 rate") << 2019 << sale << QList<double>{1000, 10} << QStringLiteral("litres");
}

void TestFees::refused()
{
    QFETCH(int, year);
    QFETCH(int, kind);
    QFETCH(QList<double>, litres);
    QFETCH(QString, field);
    const Result<FeeRates> rates = FeeRateTable::national().forYear(year);
    if (!rates.ok()) {
        QCOMPARE(rates.error().field, field);
        QVERIFY(rates.error().message.contains(QString::number(year)));
        return;
    }
    const Result<FeeResult> result = Fees::annualFee(*rates, FeeKind(kind), litres);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
}

QTEST_GUILESS_MAIN(TestFees)
#include "TestFees.moc"
