// InvoiceCsv: the invoice basis for the accounting system (docs/fees.md), parsed back from bytes.
#include "fees/FeeLine.h"

#include <QtTest>

using namespace bevilling;

namespace {

// Splits one CSV record on ';' honouring quotes ("" inside a quoted field is one quote).
QStringList parseRecord(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    current += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

FeeLine provisional()
{
    FeeLine line;
    line.id = 41;
    line.year = 2024;
    line.licenceId = 3;
    line.licenceNumber = QStringLiteral("2024-001");
    line.licenseeName = QString::fromUtf8("Fjordkroa Bjørn; Søstrene AS");
    line.orgNumber = QStringLiteral("923609016");
    line.kind = FeeLineKind::Provisional;
    line.basisYear = 2024;
    GroupLitres l;
    l.group[0] = 20000;
    l.group[1] = 5000;
    l.group[2] = 300.5;
    line.litres = l;
    line.amount = 20326;
    line.basis = QString::fromUtf8("Forventet 2024: 20 000 l gr. 1 × kr 0,57 = kr 11 400,00; \"sum\"");
    line.issuedOn = QDate(2024, 3, 20);
    line.dueOn = QDate(2024, 4, 19);
    return line;
}

} // namespace

class TestInvoiceCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesHeaderRowsAndBom()
    {
        FeeLine refund;
        refund.year = 2024;
        refund.licenceId = 4;
        refund.licenceNumber = QStringLiteral("2019-007");
        refund.licenseeName = QStringLiteral("Kaia Bar AS");
        refund.orgNumber = QStringLiteral("987654321");
        refund.kind = FeeLineKind::TrueUp;
        refund.basisYear = 2023;
        refund.amount = -2820;
        refund.minimumApplied = true;

        const QByteArray bytes = InvoiceCsv::write({provisional(), refund});
        QVERIFY(bytes.startsWith(QByteArray("\xEF\xBB\xBF")));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QStringList records = text.split(QStringLiteral("\r\n"));
        QCOMPARE(records.last(), QString()); // ends with a line break
        records.removeLast();
        QCOMPARE(records.size(), 3);

        const QStringList header = parseRecord(records.at(0));
        QCOMPARE(header.join(QLatin1Char(';')),
                 QString::fromUtf8("fakturalinje;år;bevillingsnummer;organisasjonsnummer;bevillingshaver;type;grunnlagsår;"
                                   "gruppe1_liter;gruppe2_liter;gruppe3_liter;beløp;minstegebyr;fakturadato;forfallsdato;grunnlag"));

        const QStringList first = parseRecord(records.at(1));
        QCOMPARE(first.size(), header.size());
        QCOMPARE(first.at(0), QStringLiteral("41"));
        QCOMPARE(first.at(1), QStringLiteral("2024"));
        QCOMPARE(first.at(2), QStringLiteral("2024-001"));
        QCOMPARE(first.at(3), QStringLiteral("923609016"));
        QCOMPARE(first.at(4), QString::fromUtf8("Fjordkroa Bjørn; Søstrene AS"));
        QCOMPARE(first.at(5), QStringLiteral("provisional"));
        QCOMPARE(first.at(6), QStringLiteral("2024"));
        QCOMPARE(first.at(7), QStringLiteral("20000"));
        QCOMPARE(first.at(8), QStringLiteral("5000"));
        QCOMPARE(first.at(9), QStringLiteral("300,5"));
        QCOMPARE(first.at(10), QStringLiteral("20326,00"));
        QCOMPARE(first.at(11), QStringLiteral("nei"));
        QCOMPARE(first.at(12), QStringLiteral("20.03.2024"));
        QCOMPARE(first.at(13), QStringLiteral("19.04.2024"));
        QCOMPARE(first.at(14), provisional().basis);
        QVERIFY(records.at(1).contains(QString::fromUtf8("\"Fjordkroa Bjørn; Søstrene AS\"")));

        const QStringList second = parseRecord(records.at(2));
        QCOMPARE(second.size(), header.size());
        QCOMPARE(second.at(0), QString()); // not issued: no line number
        QCOMPARE(second.at(5), QStringLiteral("true_up"));
        QCOMPARE(second.at(6), QStringLiteral("2023"));
        QCOMPARE(second.at(7), QString()); // no litres
        QCOMPARE(second.at(10), QStringLiteral("-2820,00"));
        QCOMPARE(second.at(11), QStringLiteral("ja"));
        QCOMPARE(second.at(12), QString());
    }

    void emptyListIsHeaderOnly()
    {
        const QByteArray bytes = InvoiceCsv::write({});
        QVERIFY(bytes.startsWith(QByteArray("\xEF\xBB\xBF")));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)).count(QStringLiteral("\r\n")), 1);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCsv)
#include "TestInvoiceCsv.moc"
