#include "CliTestSupport.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;
using test::CliRun;
using test::runCli;

namespace {

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList field(const QJsonArray &array, const QString &key)
{
    QStringList values;
    for (const QJsonValue &v : array)
        values << v.toObject().value(key).toString();
    return values;
}

} // namespace

class TestCliInspections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspectionsJson();
    void inspectionsOtherYear();
    void inspectionsTable();
    void quotaJson();
    void quotaTable();
    void badYear_data();
    void badYear();
    void help_data();
    void help();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_dir.path(), QStringList{QStringLiteral("--database"), m_register} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_register;
};

// Three places: Fjordkroa (inspected twice in 2026, once in 2025 with a finding), Natt (a nightclub,
// one serving inspection in 2026 with one inspector, confirmed) and Butikken (a shop, never inspected).
void TestCliInspections::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_register = QDir(m_dir.path()).filePath(QStringLiteral("register.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(m_register);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC));

    LicenceRepository licences(**db, clock);
    const Result<Licence> fjordkroa = licences.create(test::makeServingLicence(QStringLiteral("2024-001")));
    QVERIFY2(fjordkroa.ok(), qPrintable(fjordkroa.error().toString()));
    Licence natt = test::makeServingLicence(QStringLiteral("2024-002"));
    natt.licensee.name = QStringLiteral("Natt AS");
    natt.licensee.orgNumber = QStringLiteral("974760673");
    natt.premises.name = QStringLiteral("Natt");
    natt.premises.type = PremisesType::Nightclub;
    const Result<Licence> nattStored = licences.create(natt);
    QVERIFY2(nattStored.ok(), qPrintable(nattStored.error().toString()));
    Licence shop = test::makeServingLicence(QStringLiteral("2024-003"));
    shop.kind = LicenceKind::Sale;
    shop.groups = Group1;
    shop.licensee.name = QStringLiteral("Butikken AS");
    shop.premises.name = QStringLiteral("Butikken");
    shop.premises.type = PremisesType::Shop;
    shop.conditions.clear();
    const Result<Licence> shopStored = licences.create(shop);
    QVERIFY2(shopStored.ok(), qPrintable(shopStored.error().toString()));

    InspectorRepository inspectors(**db, clock);
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("Anne Kontrollør"), QStringLiteral("Bjørn Kontrollør")}) {
        Inspector i;
        i.name = name;
        i.knowledgeTestPassed = QDate(2024, 1, 10);
        const Result<Inspector> created = inspectors.create(i);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        ids << created->id;
    }

    InspectionRepository repo(**db, clock);
    auto add = [&](qint64 licenceId, const QDate &date, const QList<qint64> &who, bool finding) {
        Inspection in;
        in.licenceId = licenceId;
        in.date = date;
        in.start = QTime(22, 0);
        in.end = QTime(0, 30);
        in.inspectorIds = who;
        in.confirmedSingleInspector = who.size() == 1;
        if (finding)
            in.findings = {{0, QStringLiteral("hours"), QStringLiteral("Skjenket etter kl. 02.00"), {}}};
        in.reportSent = QDate();
        const Result<Inspection> created = repo.create(in);
        return created.ok() ? created->number : created.error().toString();
    };
    QCOMPARE(add(fjordkroa->id, QDate(2025, 11, 20), ids, true), QStringLiteral("K-2025-001"));
    QCOMPARE(add(fjordkroa->id, QDate(2026, 2, 6), ids, false), QStringLiteral("K-2026-001"));
    QCOMPARE(add(nattStored->id, QDate(2026, 3, 14), {ids.first()}, true), QStringLiteral("K-2026-002"));
    QCOMPARE(add(fjordkroa->id, QDate(2026, 5, 30), ids, false), QStringLiteral("K-2026-003"));
    QVERIFY(repo.setReportSent(repo.list(2026)->first().id, QDate(2026, 2, 9)).ok());
}

void TestCliInspections::inspectionsJson()
{
    const CliRun run = cli({QStringLiteral("inspections"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject result = jsonOf(run);
    QCOMPARE(result.value(QStringLiteral("year")).toInt(), 2026);
    const QJsonArray list = result.value(QStringLiteral("inspections")).toArray();
    QCOMPARE(field(list, QStringLiteral("number")),
             (QStringList{QStringLiteral("K-2026-001"), QStringLiteral("K-2026-002"), QStringLiteral("K-2026-003")}));
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("licence_number")).toString(), QStringLiteral("2024-001"));
    QVERIFY(first.value(QStringLiteral("licence_id")).toInteger() > 0);
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-06"));
    QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("22:00"));
    QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("00:30"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("serving"));
    QCOMPARE(first.value(QStringLiteral("mode")).toString(), QStringLiteral("anonymous"));
    QCOMPARE(field(first.value(QStringLiteral("inspectors")).toArray(), QStringLiteral("name")),
             (QStringList{QStringLiteral("Anne Kontrollør"), QStringLiteral("Bjørn Kontrollør")}));
    QCOMPARE(first.value(QStringLiteral("report_sent")).toString(), QStringLiteral("2026-02-09"));
    QVERIFY(first.value(QStringLiteral("findings")).toArray().isEmpty());
    const QJsonObject second = list.at(1).toObject();
    QVERIFY(second.value(QStringLiteral("report_sent")).isNull());
    const QJsonArray findings = second.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("hours"));
    QCOMPARE(findings.first().toObject().value(QStringLiteral("description")).toString(), QStringLiteral("Skjenket etter kl. 02.00"));
}

void TestCliInspections::inspectionsOtherYear()
{
    CliRun run = cli({QStringLiteral("inspections"), QStringLiteral("--year=2025"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(field(jsonOf(run).value(QStringLiteral("inspections")).toArray(), QStringLiteral("number")),
             QStringList{QStringLiteral("K-2025-001")});
    run = cli({QStringLiteral("inspections"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(jsonOf(run).value(QStringLiteral("inspections")).toArray().isEmpty());
}

void TestCliInspections::inspectionsTable()
{
    const CliRun run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("inspections"), QStringLiteral("--year"),
                            QStringLiteral("2026")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("K-2026-002")), run.out.constData());
    QVERIFY(text.contains(QStringLiteral("14.03.2026")));
    QVERIFY(text.contains(QStringLiteral("Natt")));
    QVERIFY(!text.contains(QStringLiteral("K-2025-001")));
}

void TestCliInspections::quotaJson()
{
    const CliRun run = cli({QStringLiteral("quota"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject result = jsonOf(run);
    QCOMPARE(result.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(result.value(QStringLiteral("licences")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("required")).toInt(), 9);
    QCOMPARE(result.value(QStringLiteral("done")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("met")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("per_licence")).toDouble(), 1.0);
    const QJsonArray notInspected = result.value(QStringLiteral("not_inspected")).toArray();
    QCOMPARE(notInspected.size(), 1);
    QCOMPARE(notInspected.first().toObject().value(QStringLiteral("premises")).toString(), QStringLiteral("Butikken"));
    QCOMPARE(notInspected.first().toObject().value(QStringLiteral("licences")).toArray(),
             QJsonArray{QStringLiteral("2024-003")});
    const QJsonArray understaffed = result.value(QStringLiteral("understaffed")).toArray();
    QCOMPARE(field(understaffed, QStringLiteral("number")), QStringList{QStringLiteral("K-2026-002")});
    QCOMPARE(understaffed.first().toObject().value(QStringLiteral("inspectors")).toInt(), 1);
    const QJsonArray priority = result.value(QStringLiteral("priority")).toArray();
    QCOMPARE(priority.size(), 3);
    int previous = INT_MAX;
    for (const QJsonValue &v : priority) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(QStringLiteral("score")).toInt() <= previous);
        previous = p.value(QStringLiteral("score")).toInt();
        QVERIFY(!p.value(QStringLiteral("reasons")).toArray().isEmpty());
    }
    // The scores depend on today's date through "days since the last inspection"; Butikken's does not:
    // 5 (not inspected this year) + 4 (never inspected).
    QJsonObject byName;
    for (const QJsonValue &v : priority)
        byName.insert(v.toObject().value(QStringLiteral("premises")).toString(), v);
    QCOMPARE(byName.keys(), (QStringList{QStringLiteral("Butikken"), QStringLiteral("Fjordkroa"), QStringLiteral("Natt")}));
    QCOMPARE(byName.value(QStringLiteral("Butikken")).toObject().value(QStringLiteral("score")).toInt(), 9);
    // Natt: 3 (a finding in 2026) + 3 (nightclub) + 2 (spirits), plus days since 14 March.
    QVERIFY(byName.value(QStringLiteral("Natt")).toObject().value(QStringLiteral("score")).toInt() >= 8);
    const QJsonObject fjordkroa = byName.value(QStringLiteral("Fjordkroa")).toObject();
    QCOMPARE(fjordkroa.value(QStringLiteral("last_inspection")).toString(), QStringLiteral("2026-05-30"));
    QCOMPARE(fjordkroa.value(QStringLiteral("inspections")).toInt(), 2);
    QCOMPARE(fjordkroa.value(QStringLiteral("licences")).toArray(), QJsonArray{QStringLiteral("2024-001")});
}

void TestCliInspections::quotaTable()
{
    const CliRun run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("quota"), QStringLiteral("--year"),
                            QStringLiteral("2026")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("3 of 9")), run.out.constData());
    QVERIFY(text.contains(QStringLiteral("Butikken (2024-003)")));
    QVERIFY(text.contains(QStringLiteral("K-2026-002")));
}

void TestCliInspections::badYear_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("inspections letters") << QStringList{QStringLiteral("inspections"), QStringLiteral("--year"), QStringLiteral("abc")};
    QTest::newRow("inspections 1899") << QStringList{QStringLiteral("inspections"), QStringLiteral("--year=1899")};
    QTest::newRow("quota 2201") << QStringList{QStringLiteral("quota"), QStringLiteral("--year"), QStringLiteral("2201")};
    QTest::newRow("quota empty") << QStringList{QStringLiteral("quota"), QStringLiteral("--year=")};
    QTest::newRow("quota missing") << QStringList{QStringLiteral("quota"), QStringLiteral("--json")};
    QTest::newRow("inspections missing") << QStringList{QStringLiteral("inspections")};
}

void TestCliInspections::badYear()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("--year"), run.err.constData());
}

void TestCliInspections::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("inspections") << QStringLiteral("inspections");
    QTest::newRow("quota") << QStringLiteral("quota");
}

void TestCliInspections::help()
{
    QFETCH(QString, command);
    const CliRun general = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(general.exitCode, 0);
    QVERIFY(general.out.contains(QStringLiteral("  %1 ").arg(command).toUtf8()));
    const CliRun run = runCli(m_dir.path(), {QStringLiteral("--lang"), QStringLiteral("en"), command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("--year"), run.out.constData());
    QVERIFY(run.out.contains("--json"));
}

QTEST_GUILESS_MAIN(TestCliInspections)
#include "TestCliInspections.moc"
