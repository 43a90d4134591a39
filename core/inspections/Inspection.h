#pragma once

#include "rules/InspectionQuota.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace bevilling {

// Inspections (skjenke- og salgskontroller, alkoholforskriften chapter 9, rules.md F) and the
// people who carry them out. Keys are stable (database, exchange, CLI); names are translated
// (InspectionTexts).

// An inspector (kontrollør) in the municipality's register.
struct Inspector
{
    qint64 id = 0;
    QString name;
    QString organisation;        // e.g. the inspection company
    QDate knowledgeTestPassed;   // the knowledge test for inspectors; invalid: not recorded
    bool active = true;
};

// How the inspection was carried out.
enum class InspectionMode { Anonymous /* "anonymous" */, Open /* "open" */ };

// What was checked: a checklist item key and whether it was in order. Keys (display order):
// "age_checks", "intoxication", "hours", "manager_present", "internal_control",
// "advertising", "alcohol_free_alternatives", "spirits_measure", "placement", "licence_conditions".
struct ChecklistItem
{
    QString key;
    bool checked = false;   // was it looked at
    bool inOrder = true;    // nothing to remark (only meaningful when checked)
    QString note;
};

// For intoxication findings (intoxicated_served, intoxicated_admitted): what was observed. A bare
// conclusion is not accepted: at least `speech`, `balance` or `behaviour` must be described, and
// `served` and `when` must be filled for intoxicated_served.
struct IntoxicationSigns
{
    QString speech;     // e.g. "snøvlete tale"
    QString balance;    // e.g. "ustø gange, støttet seg til bardisken"
    QString behaviour;  // e.g. "høylytt, sjenerende"
    QString served;     // what was served: "0,5 l pils"
    QTime when;         // when it was served / observed
    bool isEmpty() const { return speech.trimmed().isEmpty() && balance.trimmed().isEmpty() && behaviour.trimmed().isEmpty(); }
};

struct InspectionFinding
{
    qint64 id = 0;
    QString code;                 // contracts.md section 1 (rules::Findings)
    QString description;          // what was found, in the inspector's words
    std::optional<IntoxicationSigns> signs; // required for the intoxication codes
};

struct Inspection
{
    qint64 id = 0;
    QString number;               // "K-2026-001"
    qint64 licenceId = 0;         // the licence (and through it the place) inspected
    QDate date;                   // the day the inspection started
    QTime start;
    QTime end;                    // may be after midnight (end < start means the next day)
    rules::InspectionType type = rules::InspectionType::Serving;
    InspectionMode mode = InspectionMode::Anonymous;
    QList<qint64> inspectorIds;
    QList<ChecklistItem> checklist;
    QList<InspectionFinding> findings; // empty: "ingen merknader"
    bool confirmedSingleInspector = false; // a serving inspection with one inspector, confirmed explicitly
    QString notes;

    // The report to the licensee (rules.md G.4 inspection statuses; HDIR: sent within a week,
    // two weeks for comments).
    QDate reportSent;
    QDate commentsReceived;
    QString comments;

    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasFindings() const { return !findings.isEmpty(); }
    QDate reportDue() const { return date.isValid() ? date.addDays(7) : QDate(); }
    QDate commentDeadline() const { return reportSent.isValid() ? reportSent.addDays(14) : QDate(); }
};

class InspectionTexts
{
    Q_DECLARE_TR_FUNCTIONS(InspectionTexts)
public:
    static QString typeKey(rules::InspectionType type);   // "serving", "sales", "internal_control", "event", "tobacco"
    static std::optional<rules::InspectionType> typeFromKey(const QString &key);
    static QString typeName(rules::InspectionType type);
    static QList<rules::InspectionType> allTypes();
    static QString modeKey(InspectionMode mode);
    static std::optional<InspectionMode> modeFromKey(const QString &key);
    static QString modeName(InspectionMode mode);
    static QStringList checklistKeys();
    static QString checklistName(const QString &key);
    // Whether a finding code needs IntoxicationSigns.
    static bool needsSigns(const QString &code);
};

} // namespace bevilling
