#include "TestSupport.h"
#include "cases/CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bevilling;

namespace {

Case fullCase()
{
    Case c;
    c.id = 7;
    c.number = QStringLiteral("2026-0007");
    c.type = CaseType::Transfer;
    c.status = CaseStatus::Closed;
    c.closeReason = CloseReason::Completed;
    c.receivedOn = QDate(2026, 2, 3);
    c.completeOn = QDate(2026, 2, 10);
    c.assignedTo = QStringLiteral("kari");
    c.title = QStringLiteral("Eierskifte Fjordkroa");
    c.licenceId = 3;
    c.application = test::makeServingLicence(QString());
    c.application.licensee.name = QStringLiteral("Nye Fjordkroa AS");
    c.application.validFrom = QDate();
    c.application.validTo = QDate();
    c.missingAttachments = {QStringLiteral("Firmaattest"), QStringLiteral("Plantegning")};
    c.aimedAtChildrenAndYouth = true;
    c.publicPlace = true;
    c.boat = true;
    c.attendance = 250;
    c.eventType = QStringLiteral("cultural");
    c.requestedHours = QStringLiteral("Ute til 23.00");
    c.transferDate = QDate(2026, 3, 1);
    c.transferAgreement = true;
    c.notes = QStringLiteral("Notat æøå");

    CaseStatement police;
    police.id = 11;
    police.party = StatementParty::Police;
    police.partyName = QStringLiteral("Asker og Bærum politidistrikt");
    police.requested = QDate(2026, 2, 11);
    police.deadline = QDate(2026, 3, 4);
    police.reminders = {QDate(2026, 3, 5), QDate(2026, 3, 12)};
    police.replied = QDate(2026, 3, 14);
    police.reply = StatementReply::Remarks;
    police.replyText = QStringLiteral("Tidligere anmerkninger.");
    CaseStatement other;
    other.id = 12;
    other.party = StatementParty::Other;
    other.partyName = QStringLiteral("Velforeningen");
    other.requested = QDate(2026, 2, 11);
    c.statements = {police, other};

    CaseAttachment a;
    a.id = 21;
    a.name = QStringLiteral("firmaattest.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 1234;
    a.sha256 = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    a.category = QStringLiteral("company_certificate");
    a.addedAt = QDateTime(QDate(2026, 2, 3), QTime(10, 15, 30, 250), Qt::UTC);
    a.addedBy = QStringLiteral("kari");
    c.attachments = {a};

    CaseEvent e;
    e.id = 31;
    e.at = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);
    e.user = QStringLiteral("kari");
    e.kind = QStringLiteral("assigned");
    e.from = QStringLiteral("ola");
    e.to = QStringLiteral("kari");
    e.note = QStringLiteral("Ferie");
    c.events = {e};

    CaseDecision d;
    d.outcome = DecisionOutcome::Granted;
    d.body = DecisionBody::Council;
    d.decidedBy = QStringLiteral("Formannskapet");
    d.decidedOn = QDate(2026, 4, 1);
    d.reference = QStringLiteral("PS 45/26");
    d.validFrom = QDate(2026, 4, 2);
    d.validTo = QDate(2028, 9, 30);
    d.conditions = QStringLiteral("Vilkår");
    d.notifiedOn = QDate(2026, 4, 3);
    c.decision = d;

    CaseAppeal appeal;
    appeal.received = QDate(2026, 4, 10);
    appeal.appellant = QStringLiteral("Nabo");
    appeal.grounds = QStringLiteral("Støy");
    appeal.reconsideration = AppealReconsideration::Upheld;
    appeal.reconsideredOn = QDate(2026, 4, 20);
    appeal.sentOn = QDate(2026, 4, 21);
    appeal.outcome = AppealOutcome::Upheld;
    appeal.outcomeOn = QDate(2026, 6, 1);
    appeal.note = QStringLiteral("Stadfestet");
    c.appeal = appeal;
    c.createdAt = QDateTime(QDate(2026, 2, 3), QTime(8, 0, 0, 5), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2026, 6, 2), QTime(8, 0), Qt::UTC);
    return c;
}

QJsonObject withValue(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    // Sets o[path...] where a numeric segment indexes an array.
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path.first());
        else
            o.insert(path.first(), value);
        return o;
    }
    const QString head = path.first();
    const QStringList rest = path.mid(1);
    QJsonValue child = o.value(head);
    if (child.isArray()) {
        QJsonArray array = child.toArray();
        const int i = rest.first().toInt();
        if (rest.size() == 1) {
            array[i] = value;
        } else {
            array[i] = withValue(array.at(i).toObject(), rest.mid(1), value);
        }
        o.insert(head, array);
    } else {
        o.insert(head, withValue(child.toObject(), rest, value));
    }
    return o;
}

} // namespace

class TestCaseJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void minimalCase();
    void applicationWithoutPeriod();
    void keysAreStable();
    void badDocument_data();
    void badDocument();
};

void TestCaseJson::roundTrip()
{
    const Case c = fullCase();
    const QJsonObject json = CaseJson::toJson(c);
    const Result<Case> back = CaseJson::fromJson(json, QStringLiteral("cases[0]"));
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(CaseJson::toJson(*back), json);
    QCOMPARE(back->number, c.number);
    QCOMPARE(back->type, CaseType::Transfer);
    QCOMPARE(back->closeReason, std::optional<CloseReason>(CloseReason::Completed));
    QCOMPARE(back->licenceId, std::optional<qint64>(3));
    QCOMPARE(back->application.licensee.name, QStringLiteral("Nye Fjordkroa AS"));
    QCOMPARE(back->application.manager.name, c.application.manager.name);
    QCOMPARE(back->application.groups, c.application.groups);
    QVERIFY(!back->application.validFrom.isValid());
    QCOMPARE(back->attendance, std::optional<int>(250));
    QCOMPARE(back->statements.size(), 2);
    QCOMPARE(back->statements.at(0).reminders, c.statements.at(0).reminders);
    QCOMPARE(back->statements.at(0).reply, std::optional<StatementReply>(StatementReply::Remarks));
    QVERIFY(!back->statements.at(1).reply.has_value());
    QCOMPARE(back->attachments.at(0).addedAt, c.attachments.at(0).addedAt);
    QCOMPARE(back->events.at(0).from, QStringLiteral("ola"));
    QVERIFY(back->decision.has_value());
    QCOMPARE(back->decision->reference, QStringLiteral("PS 45/26"));
    QCOMPARE(back->decision->body, DecisionBody::Council);
    QCOMPARE(back->appeal->outcome, std::optional<AppealOutcome>(AppealOutcome::Upheld));
    QCOMPARE(back->createdAt, c.createdAt);
}

void TestCaseJson::minimalCase()
{
    Case c;
    c.number = QStringLiteral("2026-0001");
    c.receivedOn = QDate(2026, 1, 5);
    c.application.licensee.name = QStringLiteral("Fjordkroa AS");
    const QJsonObject json = CaseJson::toJson(c);
    QVERIFY(json.value(QStringLiteral("decision")).isNull());
    QVERIFY(json.value(QStringLiteral("appeal")).isNull());
    QVERIFY(json.value(QStringLiteral("licence_id")).isNull());
    QVERIFY(json.value(QStringLiteral("complete_on")).isNull());
    const Result<Case> back = CaseJson::fromJson(json, QString());
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(CaseJson::toJson(*back), json);
    QVERIFY(!back->decision);
    QVERIFY(!back->appeal);
    QVERIFY(!back->licenceId);
}

void TestCaseJson::applicationWithoutPeriod()
{
    Licence application;
    application.licensee.name = QStringLiteral("Søker AS");
    const QJsonObject o = CaseJson::applicationToJson(application);
    QVERIFY(o.value(QStringLiteral("valid_from")).isNull());
    QVERIFY(o.value(QStringLiteral("valid_to")).isNull());
    QVERIFY(o.value(QStringLiteral("created_at")).isNull());
    QCOMPARE(o.value(QStringLiteral("number")).toString(), QString());
}

void TestCaseJson::keysAreStable()
{
    const QJsonObject json = CaseJson::toJson(fullCase());
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("transfer"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(json.value(QStringLiteral("received_on")).toString(), QStringLiteral("2026-02-03"));
    const QJsonObject statement = json.value(QStringLiteral("statements")).toArray().at(0).toObject();
    QCOMPARE(statement.value(QStringLiteral("party")).toString(), QStringLiteral("police"));
    QCOMPARE(statement.value(QStringLiteral("reply")).toString(), QStringLiteral("remarks"));
    const QJsonObject attachment = json.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    QVERIFY(!attachment.contains(QStringLiteral("content")));
    QCOMPARE(attachment.value(QStringLiteral("added_at")).toString(), QStringLiteral("2026-02-03T10:15:30.250Z"));
    const QJsonObject decision = json.value(QStringLiteral("decision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("granted"));
    QCOMPARE(decision.value(QStringLiteral("body")).toString(), QStringLiteral("council"));
    QCOMPARE(json.value(QStringLiteral("appeal")).toObject().value(QStringLiteral("reconsideration")).toString(),
             QStringLiteral("upheld"));
}

void TestCaseJson::badDocument_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");

    const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
    QTest::newRow("unknown key") << QStringList{QStringLiteral("colour")} << s("red") << QStringLiteral("cases[2].colour");
    QTest::newRow("missing number") << QStringList{QStringLiteral("number")} << QJsonValue(QJsonValue::Undefined)
                                    << QStringLiteral("cases[2].number");
    QTest::newRow("empty number") << QStringList{QStringLiteral("number")} << s(" ") << QStringLiteral("cases[2].number");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("type")} << s("new_boat") << QStringLiteral("cases[2].type");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("status")} << s("pending")
                                    << QStringLiteral("cases[2].status");
    QTest::newRow("bad received") << QStringList{QStringLiteral("received_on")} << s("03.02.2026")
                                  << QStringLiteral("cases[2].received_on");
    QTest::newRow("licence id zero") << QStringList{QStringLiteral("licence_id")} << QJsonValue(0)
                                     << QStringLiteral("cases[2].licence_id");
    QTest::newRow("attendance text") << QStringList{QStringLiteral("attendance")} << s("many")
                                     << QStringLiteral("cases[2].attendance");
    QTest::newRow("missing item") << QStringList{QStringLiteral("missing_attachments"), QStringLiteral("1")} << QJsonValue(3)
                                  << QStringLiteral("cases[2].missing_attachments[1]");
    QTest::newRow("statement deadline") << QStringList{QStringLiteral("statements"), QStringLiteral("0"), QStringLiteral("deadline")}
                                        << s("2026-13-01") << QStringLiteral("cases[2].statements[0].deadline");
    QTest::newRow("statement party") << QStringList{QStringLiteral("statements"), QStringLiteral("1"), QStringLiteral("party")}
                                     << s("mayor") << QStringLiteral("cases[2].statements[1].party");
    QTest::newRow("reminder") << QStringList{QStringLiteral("statements"), QStringLiteral("0"), QStringLiteral("reminders")}
                              << QJsonValue(QJsonArray{s("2026-03-05"), s("soon")})
                              << QStringLiteral("cases[2].statements[0].reminders[1]");
    QTest::newRow("reply") << QStringList{QStringLiteral("statements"), QStringLiteral("0"), QStringLiteral("reply")}
                           << s("maybe") << QStringLiteral("cases[2].statements[0].reply");
    QTest::newRow("attachment size") << QStringList{QStringLiteral("attachments"), QStringLiteral("0"), QStringLiteral("size")}
                                     << QJsonValue(-1) << QStringLiteral("cases[2].attachments[0].size");
    QTest::newRow("event time") << QStringList{QStringLiteral("events"), QStringLiteral("0"), QStringLiteral("at")}
                                << s("2026-02-03 09:00") << QStringLiteral("cases[2].events[0].at");
    QTest::newRow("decision outcome") << QStringList{QStringLiteral("decision"), QStringLiteral("outcome")}
                                      << QJsonValue(QJsonValue::Undefined) << QStringLiteral("cases[2].decision.outcome");
    QTest::newRow("decision body") << QStringList{QStringLiteral("decision"), QStringLiteral("body")} << s("mayor")
                                   << QStringLiteral("cases[2].decision.body");
    QTest::newRow("decision valid_to") << QStringList{QStringLiteral("decision"), QStringLiteral("valid_to")}
                                       << s("2028-02-30") << QStringLiteral("cases[2].decision.valid_to");
    QTest::newRow("appeal received") << QStringList{QStringLiteral("appeal"), QStringLiteral("received")}
                                     << QJsonValue(QJsonValue::Undefined) << QStringLiteral("cases[2].appeal.received");
    QTest::newRow("appeal outcome") << QStringList{QStringLiteral("appeal"), QStringLiteral("outcome")} << s("won")
                                    << QStringLiteral("cases[2].appeal.outcome");
    QTest::newRow("application kind") << QStringList{QStringLiteral("application"), QStringLiteral("kind")} << s("beer")
                                      << QStringLiteral("cases[2].application.kind");
    QTest::newRow("application licensee") << QStringList{QStringLiteral("application"), QStringLiteral("licensee")}
                                          << QJsonValue(QJsonValue::Undefined)
                                          << QStringLiteral("cases[2].application.licensee");
    QTest::newRow("application deputy") << QStringList{QStringLiteral("application"), QStringLiteral("deputies"),
                                                       QStringLiteral("0"), QStringLiteral("birth_date")}
                                        << s("1990-02-31") << QStringLiteral("cases[2].application.deputies[0].birth_date");
    QTest::newRow("application missing") << QStringList{QStringLiteral("application")} << QJsonValue(QJsonValue::Undefined)
                                         << QStringLiteral("cases[2].application");
}

void TestCaseJson::badDocument()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const QJsonObject json = withValue(CaseJson::toJson(fullCase()), path, value);
    const Result<Case> parsed = CaseJson::fromJson(json, QStringLiteral("cases[2]"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.startsWith(field), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestCaseJson)
#include "TestCaseJson.moc"
