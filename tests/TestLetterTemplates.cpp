#include "letters/LetterTemplates.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RegisterSettings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bevilling;

namespace {

QList<AuditEntry> templateAudits(const Database &db)
{
    QList<AuditEntry> found;
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection());
    if (!entries)
        return found;
    for (const AuditEntry &e : *entries) {
        if (e.entity == LetterTemplates::AuditEntity
            && (e.before.contains(QStringLiteral("letter_template.grant"))
                || e.before.contains(QStringLiteral("letter_template.refusal"))))
            found << e;
    }
    return found;
}

} // namespace

class TestLetterTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadFallsBackToShipped_data();
    void loadFallsBackToShipped();
    void saveLoadReset_data();
    void saveLoadReset();
    void kindsAreStoredApart();
    void unknownPlaceholderIsRefused_data();
    void unknownPlaceholderIsRefused();
    void savingTheSameTextWritesNoEntry();
    void registerSettingsStillLoad();
    void readOnlyRegisterIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC)};
    QString path() const { return QDir(m_dir->path()).filePath(QStringLiteral("register.sqlite")); }
};

void TestLetterTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_db = std::move(db).value();
}

void TestLetterTemplates::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestLetterTemplates::loadFallsBackToShipped_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::newRow("grant") << LetterKind::Grant;
    QTest::newRow("refusal") << LetterKind::Refusal;
}

void TestLetterTemplates::loadFallsBackToShipped()
{
    QFETCH(LetterKind, kind);
    const LetterTemplates templates(*m_db, m_clock);
    const Result<QString> loaded = templates.load(kind);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    QCOMPARE(*loaded, LetterTemplate::shipped(kind));
    QVERIFY(!loaded->isEmpty());
    QCOMPARE(*templates.isCustomised(kind), false);
}

void TestLetterTemplates::saveLoadReset_data()
{
    loadFallsBackToShipped_data();
}

void TestLetterTemplates::saveLoadReset()
{
    QFETCH(LetterKind, kind);
    LetterTemplates templates(*m_db, m_clock);
    const QString edited = QStringLiteral("<h1>{{vedtak_tittel}}</h1><p>Til {{ bevillingshaver }}, «æøå»</p>");
    const Status saved = templates.save(kind, edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(*templates.load(kind), edited);
    QCOMPARE(*templates.isCustomised(kind), true);

    // The register keeps it: a new connection to the same file reads it back.
    m_db.reset();
    Result<std::unique_ptr<Database>> reopened = Database::open(path());
    QVERIFY(reopened.ok());
    m_db = std::move(reopened).value();
    LetterTemplates again(*m_db, m_clock);
    QCOMPARE(*again.load(kind), edited);

    QList<AuditEntry> audits = templateAudits(*m_db);
    QCOMPARE(audits.size(), 1);
    const QString key = LetterTemplates::settingKey(kind);
    QCOMPARE(audits.first().entityId, qint64(0));
    QCOMPARE(audits.first().action, QStringLiteral("update"));
    QVERIFY(audits.first().before.value(key).isNull());
    QCOMPARE(audits.first().after.value(key).toString(), edited);
    QCOMPARE(audits.first().at, m_clock.now());

    const Status reset = again.reset(kind);
    QVERIFY2(reset.ok(), qPrintable(reset.error().toString()));
    QCOMPARE(*again.load(kind), LetterTemplate::shipped(kind));
    QCOMPARE(*again.isCustomised(kind), false);
    audits = templateAudits(*m_db);
    QCOMPARE(audits.size(), 2);
    QCOMPARE(audits.last().before.value(key).toString(), edited);
    QVERIFY(audits.last().after.value(key).isNull());

    // Resetting what is already the shipped template changes nothing and writes no entry.
    QVERIFY(again.reset(kind).ok());
    QCOMPARE(templateAudits(*m_db).size(), 2);
}

void TestLetterTemplates::kindsAreStoredApart()
{
    LetterTemplates templates(*m_db, m_clock);
    QVERIFY(templates.save(LetterKind::Grant, QStringLiteral("<p>Innvilget: {{bevillingshaver}}</p>")).ok());
    QVERIFY(templates.save(LetterKind::Refusal, QStringLiteral("<p>Avslag: {{begrunnelse}}</p>")).ok());
    QCOMPARE(*templates.load(LetterKind::Grant), QStringLiteral("<p>Innvilget: {{bevillingshaver}}</p>"));
    QCOMPARE(*templates.load(LetterKind::Refusal), QStringLiteral("<p>Avslag: {{begrunnelse}}</p>"));
    QVERIFY(templates.reset(LetterKind::Grant).ok());
    QCOMPARE(*templates.load(LetterKind::Grant), LetterTemplate::shipped(LetterKind::Grant));
    QCOMPARE(*templates.load(LetterKind::Refusal), QStringLiteral("<p>Avslag: {{begrunnelse}}</p>"));
}

void TestLetterTemplates::unknownPlaceholderIsRefused_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("typo") << "<p>{{bevilingshaver}}</p>" << QStringList{QStringLiteral("{{bevilingshaver}}")};
    QTest::newRow("two") << "{{kommune}} {{dato2}} {{Saksnummer}}"
                         << QStringList{QStringLiteral("{{dato2}}"), QStringLiteral("{{Saksnummer}}")};
    QTest::newRow("never closed") << "<p>{{kommune</p>" << QStringList{QStringLiteral("{{kommune")};
    QTest::newRow("empty") << "   \n" << QStringList();
}

void TestLetterTemplates::unknownPlaceholderIsRefused()
{
    QFETCH(QString, html);
    QFETCH(QStringList, named);
    LetterTemplates templates(*m_db, m_clock);
    const QString stored = QStringLiteral("<p>{{kommune}}</p>");
    QVERIFY(templates.save(LetterKind::Refusal, stored).ok());
    const int auditsBefore = static_cast<int>(templateAudits(*m_db).size());

    const Status refused = templates.save(LetterKind::Refusal, html);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LetterTemplates::ErrorValidation);
    QCOMPARE(refused.error().field, QStringLiteral("template"));
    for (const QString &name : named)
        QVERIFY2(refused.error().message.contains(name), qPrintable(refused.error().message));
    // Nothing changed: the stored template and the audit trail are as before.
    QCOMPARE(*templates.load(LetterKind::Refusal), stored);
    QCOMPARE(static_cast<int>(templateAudits(*m_db).size()), auditsBefore);
}

void TestLetterTemplates::savingTheSameTextWritesNoEntry()
{
    LetterTemplates templates(*m_db, m_clock);
    const QString html = QStringLiteral("<p>{{kommune}}</p>");
    QVERIFY(templates.save(LetterKind::Grant, html).ok());
    QVERIFY(templates.save(LetterKind::Grant, html).ok());
    QCOMPARE(templateAudits(*m_db).size(), 1);
}

void TestLetterTemplates::registerSettingsStillLoad()
{
    RegisterSettings settings(*m_db, m_clock);
    RegisterInfo info;
    info.municipalityName = QStringLiteral("Bærum kommune");
    info.municipalityNumber = QStringLiteral("3201");
    QVERIFY(settings.save(info).ok());
    LetterTemplates templates(*m_db, m_clock);
    QVERIFY(templates.save(LetterKind::Grant, QStringLiteral("<p>{{kommune}}</p>")).ok());
    const Result<RegisterInfo> loaded = settings.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->municipalityName, info.municipalityName);
    QCOMPARE(loaded->municipalityNumber, info.municipalityNumber);
    // And saving the settings leaves the template alone.
    info.municipalityName = QStringLiteral("Asker kommune");
    QVERIFY(settings.save(info).ok());
    QCOMPARE(*templates.load(LetterKind::Grant), QStringLiteral("<p>{{kommune}}</p>"));
}

void TestLetterTemplates::readOnlyRegisterIsRefused()
{
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(path(), options);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_db = std::move(db).value();
    LetterTemplates templates(*m_db, m_clock);
    const Status refused = templates.save(LetterKind::Grant, QStringLiteral("<p>{{kommune}}</p>"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, LetterTemplates::ErrorReadOnly);
    QVERIFY(!templates.reset(LetterKind::Grant).ok());
    QCOMPARE(*templates.load(LetterKind::Grant), LetterTemplate::shipped(LetterKind::Grant));
}

QTEST_GUILESS_MAIN(TestLetterTemplates)
#include "TestLetterTemplates.moc"
