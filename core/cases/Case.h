#pragma once

#include "domain/Licence.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bevilling {

// Case processing (rules.md G.3, G.4): an application from the day it arrives to its decision,
// notification, appeal and closing. Keys are stable identifiers (database, exchange format, CLI);
// names are what a user sees (CaseTexts).

enum class CaseType {
    NewLicence,      // new sales or serving licence ("new")
    Renewal,         // renewal for a new period ("renewal")
    Transfer,        // change of owner, alkoholloven § 1-10 ("transfer")
    ChangeOfManager, // change of manager or deputy ("change_of_manager")
    Extension,       // extended area or hours, utvidet areal / skjenketid ("extension")
    SingleOccasion,  // enkelt anledning, including boats (Bærum 7.3) ("single_occasion")
    TravellingUse,   // use of a travelling licence for a closed party ("travelling_use")
};

// rules.md G.4, in the order of the normal flow.
enum class CaseStatus {
    Received,           // "received"            Mottatt
    Incomplete,         // "incomplete"          Mangler vedlegg
    Complete,           // "complete"            Komplett: the processing clock starts
    OutForStatements,   // "out_for_statements"  Til uttalelse
    StatementsReceived, // "statements_received" Uttalelser mottatt
    Recommendation,     // "recommendation"      Saksutredning / innstilling
    Decided,            // "decided"             Vedtak
    Notified,           // "notified"            Underrettet, with appeal information
    Appealed,           // "appealed"            Klage
    Closed,             // "closed"              Avsluttet
};

// Why a case was closed.
enum class CloseReason {
    Completed, // "completed": decided and notified, no appeal or appeal finished
    Withdrawn, // "withdrawn": the applicant withdrew (trukket)
    Dismissed, // "dismissed": henlagt (e.g. never completed)
};

enum class StatementParty {
    Police,          // "police"          Politiet
    TaxAuthority,    // "tax_authority"   Skatteetaten
    TaxCollector,    // "tax_collector"   Kommunekasserer / kemner
    SocialServices,  // "social_services" Sosialtjenesten / NAV
    Other,           // "other"           another party, named in partyName
};

enum class StatementReply {
    NoRemarks, // "no_remarks"  Ingen merknader
    Remarks,   // "remarks"     Merknader
    Negative,  // "negative"    Negativ
};

enum class DecisionOutcome { Granted /* "granted" */, Refused /* "refused" */ };

// Who decided: the council (political decision, e.g. sports arenas in Bærum) or an officer with
// delegated authority.
enum class DecisionBody { Council /* "council" */, Delegated /* "delegated" */ };

// The municipality's reconsideration of an appeal (forvaltningsloven § 33).
enum class AppealReconsideration {
    Reversed, // "reversed": the municipality changed its decision (omgjort)
    Upheld,   // "upheld": kept its decision; the appeal goes on to Statsforvalteren
};

// Statsforvalteren's final outcome.
enum class AppealOutcome {
    Upheld,   // "upheld": the municipality's decision stands
    Reversed, // "reversed": changed (omgjort)
    Returned, // "returned": sent back for new processing (opphevet)
};

struct CaseStatement
{
    qint64 id = 0;
    StatementParty party = StatementParty::Police;
    QString partyName;        // required for Other; optional detail otherwise ("Asker og Bærum politidistrikt")
    QDate requested;          // when the statement was asked for
    QDate deadline;           // reply deadline
    QList<QDate> reminders;   // reminders sent, in order
    QDate replied;            // when the reply arrived; invalid while missing
    std::optional<StatementReply> reply;
    QString replyText;

    bool isAnswered() const { return replied.isValid(); }
    // Missing and past its deadline on `today`.
    bool isOverdue(const QDate &today) const { return !isAnswered() && deadline.isValid() && today > deadline; }
};

// An attachment's metadata; the content is loaded on demand (CaseRepository::attachmentData).
struct CaseAttachment
{
    qint64 id = 0;
    QString name;     // file name as given ("firmaattest.pdf")
    QString mimeType; // "application/pdf", "image/png", ...
    qint64 size = 0;  // bytes
    QString sha256;   // lowercase hex of the content
    QString category; // optional document kind key: "company_certificate", "tax_certificate", "floor_plan",
                      // "knowledge_test", "employment", "shareholders", "transfer_agreement", "other"
    QDateTime addedAt;
    QString addedBy;
};

// One entry in a case's own history: status changes and reassignments, with who and when.
struct CaseEvent
{
    qint64 id = 0;
    QDateTime at;   // UTC
    QString user;   // the officer who made the change
    QString kind;   // "status" or "assigned"
    QString from;   // status key or officer name before
    QString to;     // status key or officer name after
    QString note;
};

struct CaseDecision
{
    DecisionOutcome outcome = DecisionOutcome::Granted;
    DecisionBody body = DecisionBody::Delegated;
    QString decidedBy;   // the officer, or the council body ("Kommunestyret", "Formannskapet")
    QDate decidedOn;
    QString reference;   // the municipality's case or decision reference ("PS 45/26", "2026/1234-5")
    QString reason;      // required for a refusal: the reason, with the rule cited
    QDate validFrom;     // a grant: the licence period (validTo at most the rules engine's latest end)
    QDate validTo;
    QString conditions;  // vilkår set in the decision
    QDate notifiedOn;    // when the decision letter was sent
};

struct CaseAppeal
{
    QDate received;
    QString appellant;
    QString grounds;
    std::optional<AppealReconsideration> reconsideration;
    QDate reconsideredOn;
    QDate sentOn;        // sent to Statsforvalteren
    std::optional<AppealOutcome> outcome;
    QDate outcomeOn;
    QString note;

    bool isFinal() const { return outcome.has_value() || reconsideration == AppealReconsideration::Reversed; }
};

struct Case
{
    qint64 id = 0;
    QString number;                 // the register's case number: "2026-0001"
    CaseType type = CaseType::NewLicence;
    CaseStatus status = CaseStatus::Received;
    std::optional<CloseReason> closeReason;
    QDate receivedOn;               // the day the application arrived
    QDate completeOn;               // the day it became complete (the processing clock starts); invalid before
    QString assignedTo;             // the officer; empty: not assigned
    QString title;                  // short description for lists; generated when empty

    // The licence the case concerns: renewal, transfer (the previous holder's licence), change of
    // manager, extension, travelling use (the travelling licence used). After a grant that creates a
    // licence, the new licence.
    std::optional<qint64> licenceId;
    // What is applied for, in the shape of a licence: licensee, premises, manager and deputies,
    // groups, areas, requested period (single occasion: the event's dates), vilkår.
    Licence application;

    QStringList missingAttachments; // listed while incomplete ("Firmaattest", "Plantegning")

    // Facts some checks need (rules.md G, Bærum 2.4-2.10).
    bool aimedAtChildrenAndYouth = false; // Bærum 2.4
    bool publicPlace = false;             // an event at a public place (Bærum 2.6, 2.10)
    bool boat = false;                    // serving aboard a boat (Bærum 7.3)
    std::optional<int> attendance;        // expected number of people (single occasion fees, Bærum 2.7)
    QString eventType;                    // single occasion: "cultural", "voluntary", "senior_centre", "other", "closed_party"
    QString requestedHours;               // extension: the hours or area applied for, as text

    // Transfer (rules.md B.3, decisions.md 5).
    QDate transferDate;
    bool transferAgreement = false;       // a written agreement between old and new operator (Bærum 2.12)

    QString notes;

    QList<CaseStatement> statements;
    QList<CaseAttachment> attachments;
    QList<CaseEvent> events;              // oldest first
    std::optional<CaseDecision> decision;
    std::optional<CaseAppeal> appeal;

    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOpen() const { return status != CaseStatus::Closed; }
    // A case is decided from the moment a decision is recorded (Decided and later).
    bool isDecided() const { return decision.has_value(); }
    // The title shown in lists: `title`, or the type and the applicant ("Ny bevilling – Fjordkroa AS").
    QString displayTitle() const;
};

// Display names and stable keys for the case enums. Keys never change; names are translated.
class CaseTexts
{
    Q_DECLARE_TR_FUNCTIONS(CaseTexts)
public:
    static QString typeKey(CaseType type);
    static std::optional<CaseType> typeFromKey(const QString &key);
    static QString typeName(CaseType type);
    static QList<CaseType> allTypes();

    static QString statusKey(CaseStatus status);
    static std::optional<CaseStatus> statusFromKey(const QString &key);
    static QString statusName(CaseStatus status);
    static QList<CaseStatus> allStatuses();

    static QString closeReasonKey(CloseReason reason);
    static std::optional<CloseReason> closeReasonFromKey(const QString &key);
    static QString closeReasonName(CloseReason reason);
    static QList<CloseReason> allCloseReasons();

    static QString partyKey(StatementParty party);
    static std::optional<StatementParty> partyFromKey(const QString &key);
    static QString partyName(StatementParty party);
    static QList<StatementParty> allParties();
    // "Politiet", or for Other (and when given) the name the officer typed.
    static QString statementPartyText(const CaseStatement &statement);

    static QString replyKey(StatementReply reply);
    static std::optional<StatementReply> replyFromKey(const QString &key);
    static QString replyName(StatementReply reply);
    static QList<StatementReply> allReplies();

    static QString outcomeKey(DecisionOutcome outcome);
    static std::optional<DecisionOutcome> outcomeFromKey(const QString &key);
    static QString outcomeName(DecisionOutcome outcome);

    static QString bodyKey(DecisionBody body);
    static std::optional<DecisionBody> bodyFromKey(const QString &key);
    static QString bodyName(DecisionBody body);

    static QString reconsiderationKey(AppealReconsideration value);
    static std::optional<AppealReconsideration> reconsiderationFromKey(const QString &key);
    static QString reconsiderationName(AppealReconsideration value);

    static QString appealOutcomeKey(AppealOutcome value);
    static std::optional<AppealOutcome> appealOutcomeFromKey(const QString &key);
    static QString appealOutcomeName(AppealOutcome value);

    // Attachment categories (CaseAttachment::category): keys in display order, and names.
    static QStringList attachmentCategoryKeys();
    static QString attachmentCategoryName(const QString &key);

    // Single-occasion event types (Case::eventType, matching the rule set's fee tiers).
    static QStringList eventTypeKeys();
    static QString eventTypeName(const QString &key);
};

} // namespace bevilling
