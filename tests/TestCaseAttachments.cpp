#include "TestSupport.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/RegisterSettings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bevilling;

class TestCaseAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void knownHash();
    void listedWithCase();
    void overLimitRefused();
    void registerSettingSetsLimit();
    void emptyNameOrNullDataRefused();
    void fromFile();
    void unreadableFileRefused();
    void removal();

private:
    qint64 makeCase();
    int count(const QString &table) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Database> m_db;
};

void TestCaseAttachments::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                            .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                 QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(path);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db = std::move(opened).value();
}

void TestCaseAttachments::cleanup()
{
    m_db.reset();
}

qint64 TestCaseAttachments::makeCase()
{
    Case c;
    c.receivedOn = QDate(2026, 3, 2);
    c.application = test::makeServingLicence(QString());
    const Result<Case> created = CaseRepository(*m_db, m_clock).create(c);
    return created ? created->id : 0;
}

int TestCaseAttachments::count(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

void TestCaseAttachments::roundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mimeType");

    QTest::newRow("text") << QByteArrayLiteral("Firmaattest for Fjordkroa AS\n") << QStringLiteral("firmaattest.txt")
                          << QStringLiteral("text/plain");
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); i += 7)
        binary[i] = char(i % 256);
    binary[binary.size() - 1] = '\0';
    QTest::newRow("binary with zero bytes") << binary << QStringLiteral("plantegning.png") << QStringLiteral("image/png");
    QByteArray big(5 * 1024 * 1024 + 17, '\0');
    for (int i = 0; i < big.size(); ++i)
        big[i] = char((i * 31 + i / 1024) & 0xff);
    QTest::newRow("about 5 MB") << big << QStringLiteral("skatteattest.pdf") << QStringLiteral("application/pdf");
    QTest::newRow("empty file") << QByteArray("", 0) << QStringLiteral("tom.txt") << QStringLiteral("text/plain");
}

void TestCaseAttachments::roundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, mimeType);
    const qint64 caseId = makeCase();
    QVERIFY(caseId > 0);
    CaseRepository repo(*m_db, m_clock);
    const Result<CaseAttachment> added = repo.addAttachment(caseId, name, mimeType, data, QStringLiteral("other"));
    QVERIFY2(added.ok(), qPrintable(added.error().toString()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->name, name);
    QCOMPARE(added->mimeType, mimeType);
    QCOMPARE(added->size, qint64(data.size()));
    QCOMPARE(added->sha256, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(added->category, QStringLiteral("other"));
    QCOMPARE(added->addedAt, m_clock.now());

    const Result<QByteArray> back = repo.attachmentData(added->id);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(back->size(), data.size());
    QVERIFY(*back == data);
    QVERIFY(!back->isNull());
    QCOMPARE(CaseRepository::attachmentDataIn(m_db->connection(), added->id).value(), data);
}

void TestCaseAttachments::knownHash()
{
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    const Result<CaseAttachment> added = repo.addAttachment(caseId, QStringLiteral("abc.txt"), QStringLiteral("text/plain"),
                                                            QByteArrayLiteral("abc"));
    QVERIFY(added.ok());
    QCOMPARE(added->sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(added->size, qint64(3));
}

void TestCaseAttachments::listedWithCase()
{
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    QVERIFY(repo.addAttachment(caseId, QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4 a")).ok());
    QVERIFY(repo.addAttachment(caseId, QStringLiteral("b.pdf"), QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4 b"),
                               QStringLiteral("floor_plan"))
                .ok());
    const Case c = *repo.find(caseId);
    QCOMPARE(c.attachments.size(), 2);
    QCOMPARE(c.attachments.at(0).name, QStringLiteral("a.pdf"));
    QCOMPARE(c.attachments.at(1).category, QStringLiteral("floor_plan"));
    QCOMPARE(repo.history(caseId)->last().action, QStringLiteral("attachment_add"));
    QCOMPARE(repo.history(caseId)->last().after.value(QStringLiteral("attachments")).toArray().size(), 2);
}

void TestCaseAttachments::overLimitRefused()
{
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.attachmentLimit(), CaseRepository::DefaultAttachmentLimit);
    const int audits = count(QStringLiteral("audit_log"));
    const QByteArray data(int(CaseRepository::DefaultAttachmentLimit) + 1, 'x');
    const Result<CaseAttachment> refused =
        repo.addAttachment(caseId, QStringLiteral("video.mp4"), QStringLiteral("video/mp4"), data);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorTooLarge);
    QCOMPARE(refused.error().field, QStringLiteral("attachment"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("video.mp4")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("25")), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("case_attachment")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), audits);
    // Exactly at the limit is accepted.
    QVERIFY(repo.addAttachment(caseId, QStringLiteral("ok.bin"), {}, QByteArray(int(CaseRepository::DefaultAttachmentLimit), 'y')).ok());
}

void TestCaseAttachments::registerSettingSetsLimit()
{
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO register_setting (setting_key, setting_value) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("attachment_max_bytes"));
        q.addBindValue(QStringLiteral("1048576"));
        QVERIFY(q.exec());
    }
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.attachmentLimit(), qint64(1048576));
    const Result<CaseAttachment> refused =
        repo.addAttachment(caseId, QStringLiteral("scan.pdf"), QStringLiteral("application/pdf"), QByteArray(1048577, 'x'));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorTooLarge);
    QVERIFY2(refused.error().message.contains(QStringLiteral("scan.pdf")), qPrintable(refused.error().message));
    QCOMPARE(count(QStringLiteral("case_attachment")), 0);
}

void TestCaseAttachments::emptyNameOrNullDataRefused()
{
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    QCOMPARE(repo.addAttachment(caseId, QStringLiteral("  "), {}, QByteArrayLiteral("x")).error().field, QStringLiteral("attachment"));
    QCOMPARE(repo.addAttachment(caseId, QStringLiteral("a.pdf"), {}, QByteArray()).error().field, QStringLiteral("attachment"));
    QCOMPARE(repo.addAttachment(999, QStringLiteral("a.pdf"), {}, QByteArrayLiteral("x")).error().code, CaseRepository::ErrorNotFound);
    QCOMPARE(count(QStringLiteral("case_attachment")), 0);
}

void TestCaseAttachments::fromFile()
{
    const qint64 caseId = makeCase();
    const QString path = m_dir.filePath(QStringLiteral("plantegning.pdf"));
    const QByteArray data = QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    CaseRepository repo(*m_db, m_clock);
    const Result<CaseAttachment> added = repo.addAttachmentFile(caseId, path, QStringLiteral("floor_plan"));
    QVERIFY2(added.ok(), qPrintable(added.error().toString()));
    QCOMPARE(added->name, QStringLiteral("plantegning.pdf"));
    QCOMPARE(added->mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(added->size, qint64(data.size()));
    QCOMPARE(repo.attachmentData(added->id).value(), data);
}

void TestCaseAttachments::unreadableFileRefused()
{
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    const QString missing = m_dir.filePath(QStringLiteral("finnes-ikke.pdf"));
    Result<CaseAttachment> refused = repo.addAttachmentFile(caseId, missing);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorIo);
    QCOMPARE(refused.error().field, QStringLiteral("attachment"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("finnes-ikke.pdf")), qPrintable(refused.error().message));
    refused = repo.addAttachmentFile(caseId, m_dir.path()); // a directory
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, CaseRepository::ErrorIo);
    QCOMPARE(count(QStringLiteral("case_attachment")), 0);
}

void TestCaseAttachments::removal()
{
    const qint64 caseId = makeCase();
    CaseRepository repo(*m_db, m_clock);
    const CaseAttachment a = *repo.addAttachment(caseId, QStringLiteral("a.pdf"), {}, QByteArrayLiteral("%PDF a"));
    const CaseAttachment b = *repo.addAttachment(caseId, QStringLiteral("b.pdf"), {}, QByteArrayLiteral("%PDF b"));
    const Status removed = repo.removeAttachment(a.id);
    QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
    const Case c = *repo.find(caseId);
    QCOMPARE(c.attachments.size(), 1);
    QCOMPARE(c.attachments.first().id, b.id);
    QCOMPARE(repo.attachmentData(a.id).error().code, CaseRepository::ErrorNotFound);
    QCOMPARE(repo.removeAttachment(a.id).error().code, CaseRepository::ErrorNotFound);
    QCOMPARE(repo.history(caseId)->last().action, QStringLiteral("attachment_remove"));
    QCOMPARE(count(QStringLiteral("case_attachment")), 1);
}

QTEST_GUILESS_MAIN(TestCaseAttachments)
#include "TestCaseAttachments.moc"
