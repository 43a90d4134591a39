#include "CaseChecks.h"

#include "rules/LicencePeriod.h"

#include <QRegularExpression>

namespace bevilling {

namespace {

const QString kAlcoholAct17c = QStringLiteral("alkoholloven § 1-7c");
const QString kAlcoholAct16 = QStringLiteral("alkoholloven § 1-6");
const QString kAlcoholAct110 = QStringLiteral("alkoholloven § 1-10");

bool isRefusedOrWithdrawn(const Case &c)
{
    if (c.decision && c.decision->outcome == DecisionOutcome::Refused)
        return true;
    return c.closeReason == CloseReason::Withdrawn || c.closeReason == CloseReason::Dismissed;
}

// Address comparison: case, spacing and punctuation do not matter ("Storgata 1 B" = "storgata 1b.").
QString normalisedAddress(const QString &address)
{
    static const QRegularExpression noise(QStringLiteral("[\\s.,;:\\-]+"));
    return address.toLower().remove(noise);
}

bool samePremises(const Premises &a, const Premises &b)
{
    const QString addressA = normalisedAddress(a.address);
    const QString codeA = a.postalCode.trimmed();
    if (!addressA.isEmpty() && !codeA.isEmpty() && addressA == normalisedAddress(b.address)
        && codeA == b.postalCode.trimmed())
        return true;
    const QString nameA = a.name.simplified();
    return !nameA.isEmpty() && nameA.compare(b.name.simplified(), Qt::CaseInsensitive) == 0;
}

// The days a licence can be used: its period, up to the day before it was ended. Invalid: open.
struct Span
{
    QDate from;
    QDate to;
};

Span licenceSpan(const Licence &l)
{
    Span span{l.validFrom, l.validTo};
    if (l.endedOn.isValid()) {
        const QDate lastDay = l.endedOn.addDays(-1);
        if (!span.to.isValid() || lastDay < span.to)
            span.to = lastDay;
    }
    return span;
}

bool overlaps(const Span &a, const Span &b)
{
    if (a.from.isValid() && a.to.isValid() && a.to < a.from)
        return false;
    if (b.from.isValid() && b.to.isValid() && b.to < b.from)
        return false;
    const bool aEndsBefore = a.to.isValid() && b.from.isValid() && a.to < b.from;
    const bool bEndsBefore = b.to.isValid() && a.from.isValid() && b.to < a.from;
    return !aEndsBefore && !bEndsBefore;
}

// Ordinary licences conflict with ordinary ones; a single-occasion licence with any licence.
bool sameKindGroup(LicenceKind a, LicenceKind b)
{
    if (a == LicenceKind::SingleOccasion || b == LicenceKind::SingleOccasion)
        return true;
    const auto ordinary = [](LicenceKind k) { return k == LicenceKind::Sale || k == LicenceKind::Serving; };
    return ordinary(a) && ordinary(b);
}

bool hasTransferAgreement(const Case &c)
{
    if (c.transferAgreement)
        return true;
    for (const CaseAttachment &a : c.attachments) {
        if (a.category == QLatin1String("transfer_agreement"))
            return true;
    }
    return false;
}

QString personField(int deputyIndex, const QString &leaf)
{
    if (deputyIndex < 0)
        return QString(QStringLiteral("application.manager.") + leaf);
    return QString(QStringLiteral("application.deputies[") + QString::number(deputyIndex) + QStringLiteral("].") + leaf);
}

} // namespace

QList<CaseWarning> CaseChecks::check(const Case &c, const CaseCheckContext &context)
{
    QList<CaseWarning> warnings;
    const auto warn = [&warnings](const QString &code, const QString &message, const QString &rule,
                                  const QString &field) { warnings.append(CaseWarning{code, message, rule, field}); };
    const rules::RuleSettings defaults;
    const rules::RuleSettings &settings = context.rules ? context.rules->settings : defaults;
    const Licence &app = c.application;
    const QDate today = context.today;

    // --- Manager and deputies (rules.md G.1, alkoholloven § 1-7c): ordinary licences only.
    const bool peopleCase = c.type == CaseType::NewLicence || c.type == CaseType::Renewal
                            || c.type == CaseType::Transfer || c.type == CaseType::ChangeOfManager;
    if (app.isOrdinary() && peopleCase) {
        const QDate onDay = (c.decision && c.decision->decidedOn.isValid()) ? c.decision->decidedOn : today;
        const auto checkPerson = [&](const Person &p, int deputyIndex) {
            const QString who = p.name.trimmed().isEmpty()
                                    ? (deputyIndex < 0 ? tr("The manager") : tr("Deputy %1").arg(deputyIndex + 1))
                                    : p.name.trimmed();
            if (p.birthDate.isValid() && onDay.isValid() && p.birthDate.addYears(20) > onDay) {
                warn(QStringLiteral("manager_age"),
                     tr("%1 is under 20 on %2 (born %3); managers and deputies must be at least 20.")
                         .arg(who, formatDate(onDay), formatDate(p.birthDate)),
                     kAlcoholAct17c, personField(deputyIndex, QStringLiteral("birth_date")));
            }
            if (!p.knowledgeTestPassed.isValid()) {
                warn(QStringLiteral("manager_knowledge_test"),
                     tr("%1 has no passed knowledge test recorded.").arg(who), kAlcoholAct17c,
                     personField(deputyIndex, QStringLiteral("knowledge_test_passed")));
            }
        };
        if (!app.manager.isEmpty())
            checkPerson(app.manager, -1);
        bool anyDeputy = false;
        for (int i = 0; i < app.deputies.size(); ++i) {
            if (app.deputies.at(i).isEmpty())
                continue;
            anyDeputy = true;
            checkPerson(app.deputies.at(i), i);
        }
        if (!anyDeputy) {
            warn(QStringLiteral("deputy_missing"), tr("Every licence needs at least one deputy besides the manager."),
                 kAlcoholAct17c, QStringLiteral("application.deputies"));
        }
    }

    // --- Lead time before a single-occasion event or the use of a travelling licence (rules.md G.3).
    if ((c.type == CaseType::SingleOccasion || c.type == CaseType::TravellingUse) && settings.singleOccasionLeadDays
        && c.receivedOn.isValid() && app.validFrom.isValid()) {
        const qint64 days = c.receivedOn.daysTo(app.validFrom);
        if (days < *settings.singleOccasionLeadDays) {
            warn(QStringLiteral("lead_time"),
                 tr("The application arrived %1 days before the event on %2; the rule set asks for at least %3 days.")
                     .arg(days)
                     .arg(formatDate(app.validFrom))
                     .arg(*settings.singleOccasionLeadDays),
                 tr("rule set: application lead time"), QStringLiteral("application.valid_from"));
        }
    }

    // --- Travelling licences: the council's quota, and the licence a travelling use refers to.
    if (app.kind == LicenceKind::Travelling || c.type == CaseType::TravellingUse) {
        const TravellingQuotaState quota =
            TravellingQuota::count(context.licences, context.cases, settings.travellingLicenceQuota, today);
        bool newOne = false;
        if (c.type == CaseType::NewLicence && app.kind == LicenceKind::Travelling && !c.isDecided()) {
            newOne = true;
            for (const Licence &l : context.licences) {
                if (c.licenceId && l.id == *c.licenceId)
                    newOne = false;
            }
        }
        if (quota.quota && quota.created + (newOne ? 1 : 0) > *quota.quota) {
            warn(QStringLiteral("travelling_quota"),
                 newOne ? tr("%1 travelling licences are in force and the quota is %2; granting this one exceeds it.")
                              .arg(quota.created)
                              .arg(*quota.quota)
                        : tr("%1 travelling licences are in force, more than the quota of %2.")
                              .arg(quota.created)
                              .arg(*quota.quota),
                 tr("rule set: travelling licence quota"), QString());
        }
    }
    if (c.type == CaseType::TravellingUse) {
        const Licence *licence = nullptr;
        for (const Licence &l : context.licences) {
            if (c.licenceId && l.id == *c.licenceId)
                licence = &l;
        }
        const QDate eventDay = app.validFrom;
        if (!licence) {
            warn(QStringLiteral("travelling_use"), tr("Choose the travelling licence this event will use."), QString(),
                 QStringLiteral("licence_id"));
        } else if (licence->kind != LicenceKind::Travelling) {
            warn(QStringLiteral("travelling_use"),
                 tr("Licence %1 is not a travelling licence.").arg(licence->number), QString(),
                 QStringLiteral("licence_id"));
        } else if (eventDay.isValid() && licence->statusOn(eventDay) != LicenceStatus::Active) {
            warn(QStringLiteral("travelling_use"),
                 tr("Travelling licence %1 is not valid on the event date %2.").arg(licence->number, formatDate(eventDay)),
                 QString(), QStringLiteral("licence_id"));
        }
    }

    // --- Local policies, only when the rule set switches them on (Bærum 2.4, 2.5, 2.9).
    if (c.type != CaseType::ChangeOfManager) {
        const QStringList &policies = settings.localPolicies;
        if (policies.contains(PolicyRetailOpeningHours) && app.isServingKind()
            && app.premises.type == PremisesType::Shop) {
            warn(QStringLiteral("retail_opening_hours"),
                 tr("No serving licence is granted to retail shops during their ordinary opening hours."),
                 QStringLiteral("Bærum 2.9"), QStringLiteral("application.premises.type"));
        }
        if (policies.contains(PolicyChildrenYouth) && c.aimedAtChildrenAndYouth && app.kind == LicenceKind::Serving) {
            warn(QStringLiteral("children_youth"),
                 tr("No permanent serving licence is granted to premises or events mainly aimed at children and young "
                    "people."),
                 QStringLiteral("Bærum 2.4"), QStringLiteral("children_youth"));
        }
        const bool councilDecided = c.decision && c.decision->body == DecisionBody::Council;
        if (policies.contains(PolicySportsPolitical) && app.isServingKind()
            && app.premises.type == PremisesType::SportsArena && !councilDecided) {
            warn(QStringLiteral("sports_arena_political"),
                 tr("Serving at a sports arena must be decided politically, not by delegated authority."),
                 QStringLiteral("Bærum 2.5"), QStringLiteral("decision.body"));
        }
    }

    // --- 17 May in public places (Bærum 2.10, from the rule set's special days).
    if ((c.type == CaseType::SingleOccasion || c.type == CaseType::Extension) && c.publicPlace && context.rules
        && app.validFrom.isValid()) {
        const QDate last = app.validTo.isValid() ? app.validTo : app.validFrom;
        QDate may17;
        for (int year = app.validFrom.year(); year <= last.year() && !may17.isValid(); ++year) {
            const QDate day(year, 5, 17);
            if (day >= app.validFrom && day <= last)
                may17 = day;
        }
        if (may17.isValid()) {
            for (const rules::SpecialDayRule &rule : context.rules->serving.specialDays) {
                if ((rule.day != QLatin1String("may_17") && rule.day != QLatin1String("05-17")) || !rule.notBefore)
                    continue;
                const QString note = rule.note.trimmed();
                const QString cited = note.contains(QLatin1Char(':')) ? note.section(QLatin1Char(':'), 0, 0).trimmed()
                                                                      : note;
                warn(QStringLiteral("may_17_public_place"),
                     note.isEmpty()
                         ? tr("The period includes 17 May (%1): no serving in public places before %2.")
                               .arg(formatDate(may17), rule.notBefore->toString(QStringLiteral("HH:mm")))
                         : tr("The period includes 17 May (%1): no serving in public places before %2 (%3).")
                               .arg(formatDate(may17), rule.notBefore->toString(QStringLiteral("HH:mm")), note),
                     cited.isEmpty() ? tr("rule set: special days") : cited, QStringLiteral("application.valid_from"));
                break;
            }
        }
    }

    // --- Another licence for the same premises in the same period.
    if (c.type != CaseType::TravellingUse) {
        const Span wanted{app.validFrom.isValid() ? app.validFrom : (c.receivedOn.isValid() ? c.receivedOn : today),
                          app.validTo};
        for (const Licence &l : context.licences) {
            if ((c.licenceId && l.id == *c.licenceId) || !sameKindGroup(app.kind, l.kind))
                continue;
            if (!samePremises(app.premises, l.premises) || !overlaps(wanted, licenceSpan(l)))
                continue;
            const Span span = licenceSpan(l);
            const QString message =
                span.to.isValid()
                    ? tr("Licence %1 (%2) for the same premises is valid until %3, overlapping the period applied for.")
                          .arg(l.number, DomainTexts::kindName(l.kind), formatDate(span.to))
                    : tr("Licence %1 (%2) for the same premises has no end date and overlaps the period applied for.")
                          .arg(l.number, DomainTexts::kindName(l.kind));
            warn(QStringLiteral("overlap"), message, QString(), QStringLiteral("application.premises"));
        }
    }

    // --- Change of owner (rules.md B.3, alkoholloven § 1-10, decisions.md 5, Bærum 2.12).
    if (c.type == CaseType::Transfer) {
        if (c.transferDate.isValid() && c.receivedOn.isValid()) {
            const QDate deadline = c.transferDate.addDays(settings.transferApplicationDays);
            if (c.receivedOn > deadline) {
                warn(QStringLiteral("transfer_deadline"),
                     tr("The application arrived on %1, more than %2 days after the transfer on %3 (deadline %4); the "
                        "new owner cannot keep operating on the previous licence.")
                         .arg(formatDate(c.receivedOn))
                         .arg(settings.transferApplicationDays)
                         .arg(formatDate(c.transferDate), formatDate(deadline)),
                     kAlcoholAct110, QStringLiteral("transfer_date"));
            }
        }
        if (!hasTransferAgreement(c)) {
            warn(QStringLiteral("transfer_agreement"),
                 tr("No written agreement between the previous and the new operator is registered; the transitional "
                    "rule cannot be used without it."),
                 QString(kAlcoholAct110 + QStringLiteral(", Bærum 2.12")), QStringLiteral("transfer_agreement"));
        }
    }

    // --- The period may not go beyond the latest end (rules.md B.1).
    if (app.isOrdinary()) {
        const auto checkEnd = [&](const QDate &from, const QDate &to, const QString &field) {
            if (!from.isValid() || !to.isValid())
                return;
            const QDate latest = rules::LicencePeriod::latestEnd(from, settings.periodReading);
            if (latest.isValid() && to > latest) {
                warn(QStringLiteral("period_beyond_legal_end"),
                     tr("The period ends on %1, after the latest end %2 for a licence from %3.")
                         .arg(formatDate(to), formatDate(latest), formatDate(from)),
                     kAlcoholAct16, field);
            }
        };
        checkEnd(app.validFrom, app.validTo, QStringLiteral("application.valid_to"));
        if (c.decision && c.decision->outcome == DecisionOutcome::Granted)
            checkEnd(c.decision->validFrom, c.decision->validTo, QStringLiteral("decision.valid_to"));
    }

    return warnings;
}

TravellingQuotaState TravellingQuota::count(const QList<Licence> &licences, const QList<Case> &cases,
                                            std::optional<int> quota, const QDate &date)
{
    TravellingQuotaState state;
    state.quota = quota;
    for (const Licence &l : licences) {
        if (l.kind == LicenceKind::Travelling && l.statusOn(date) == LicenceStatus::Active)
            ++state.created;
    }
    for (const Case &c : cases) {
        if (c.type == CaseType::TravellingUse && c.application.validFrom.isValid()
            && c.application.validFrom.year() == date.year() && !isRefusedOrWithdrawn(c))
            ++state.usesThisYear;
    }
    return state;
}

int TravellingQuota::usesOf(qint64 licenceId, const QList<Case> &cases, int year)
{
    int uses = 0;
    for (const Case &c : cases) {
        if (c.type == CaseType::TravellingUse && c.licenceId == licenceId && c.application.validFrom.isValid()
            && c.application.validFrom.year() == year && !isRefusedOrWithdrawn(c))
            ++uses;
    }
    return uses;
}

std::optional<TransferDates> CaseChecks::transferDates(const Case &c, const rules::RuleSettings &settings)
{
    if (c.type != CaseType::Transfer || !c.transferDate.isValid())
        return std::nullopt;
    TransferDates dates;
    dates.applicationDeadline = c.transferDate.addDays(settings.transferApplicationDays);
    dates.applicationInTime = !c.receivedOn.isValid() || c.receivedOn <= dates.applicationDeadline;
    dates.transitionEnd = dates.applicationInTime
                              ? c.transferDate.addMonths(settings.transferTransitionMonths)
                              : dates.applicationDeadline;
    return dates;
}

} // namespace bevilling
