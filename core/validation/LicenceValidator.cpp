#include "LicenceValidator.h"

#include "OrgNumber.h"

namespace bevilling {

int LicenceValidator::ageOn(const QDate &birthDate, const QDate &date)
{
    int age = date.year() - birthDate.year();
    if (date.month() < birthDate.month() || (date.month() == birthDate.month() && date.day() < birthDate.day()))
        --age;
    return age;
}

QString LicenceValidator::checkOrgNumber(const QString &orgNumber, bool required)
{
    const QString digits = OrgNumber::normalized(orgNumber);
    if (digits.isEmpty())
        return required ? tr("Organisation number: required for sales and serving licences.") : QString();
    for (const QChar c : digits) {
        if (!c.isDigit())
            return tr("Organisation number: only digits are allowed.");
    }
    if (digits.size() != 9)
        return tr("Organisation number: must have exactly 9 digits (has %1).").arg(digits.size());
    if (!OrgNumber::isValid(digits))
        return tr("Organisation number: the check digit is wrong; please check the number against Brønnøysundregistrene.");
    return {};
}

QString LicenceValidator::checkGroups(LicenceKind kind, int groups) const
{
    if (groups == 0)
        return tr("Alcohol groups: choose at least group 1.");
    if (kind == LicenceKind::Sale) {
        if (groups == Group1)
            return {};
        if (groups == (Group1 | Group2) && m_options.allowSaleGroup2)
            return {};
        return m_options.allowSaleGroup2
                   ? tr("Alcohol groups: a sales licence covers group 1, or groups 1 and 2.")
                   : tr("Alcohol groups: a sales licence covers group 1 only (group 2 needs the register setting that allows it).");
    }
    if (groups == Group1 || groups == (Group1 | Group2) || groups == (Group1 | Group2 | Group3))
        return {};
    return tr("Alcohol groups: a serving licence covers group 1, groups 1 and 2, or groups 1, 2 and 3.");
}

QString LicenceValidator::checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return tr("Valid from: a start date is required.");
    if (!to.isValid())
        return tr("Valid to: an end date is required.");
    if (to < from)
        return tr("Valid to: %1 is before the start date %2.").arg(formatDate(to), formatDate(from));
    return {};
}

void LicenceValidator::validatePerson(const Person &person, const QString &fieldPrefix, const QString &label,
                                      const QDate &startDate, bool required, QList<FieldError> &errors) const
{
    if (person.isEmpty()) {
        if (required)
            errors.append({fieldPrefix + QStringLiteral(".name"), tr("%1: a name is required.").arg(label)});
        return;
    }
    if (person.name.trimmed().isEmpty())
        errors.append({fieldPrefix + QStringLiteral(".name"), tr("%1: a name is required.").arg(label)});
    if (!person.birthDate.isValid()) {
        errors.append({fieldPrefix + QStringLiteral(".birthDate"),
                       tr("%1: the date of birth is required to check the age limit of 20 years.").arg(label)});
    } else if (startDate.isValid() && ageOn(person.birthDate, startDate) < kMinimumPersonAge) {
        errors.append({fieldPrefix + QStringLiteral(".birthDate"),
                       tr("%1: must be at least 20 years old on the start date %2 (is %3).")
                           .arg(label, formatDate(startDate))
                           .arg(ageOn(person.birthDate, startDate))});
    }
    if (person.knowledgeTestPassed.isValid() && person.birthDate.isValid()
        && person.knowledgeTestPassed < person.birthDate) {
        errors.append({fieldPrefix + QStringLiteral(".knowledgeTestPassed"),
                       tr("%1: the knowledge test date is before the date of birth.").arg(label)});
    }
}

QList<FieldError> LicenceValidator::validate(const Licence &licence) const
{
    QList<FieldError> errors;

    if (licence.number.trimmed().isEmpty())
        errors.append({QStringLiteral("number"), tr("Licence number: required.")});

    if (licence.licensee.name.trimmed().isEmpty())
        errors.append({QStringLiteral("licensee.name"), tr("Licensee: a name is required.")});
    const QString orgError = checkOrgNumber(licence.licensee.orgNumber, licence.isOrdinary());
    if (!orgError.isEmpty())
        errors.append({QStringLiteral("licensee.orgNumber"), orgError});

    const bool premisesRequired = licence.kind != LicenceKind::Travelling;
    if (premisesRequired && licence.premises.name.trimmed().isEmpty())
        errors.append({QStringLiteral("premises.name"), tr("Premises: a name is required.")});
    if (licence.isOrdinary() && licence.premises.address.trimmed().isEmpty())
        errors.append({QStringLiteral("premises.address"), tr("Address: the premises' street address is required.")});
    if (licence.premises.capacity && *licence.premises.capacity < 0)
        errors.append({QStringLiteral("premises.capacity"), tr("Capacity: cannot be negative.")});
    if (!licence.premises.postalCode.isEmpty()) {
        const QString code = licence.premises.postalCode.trimmed();
        bool digits = code.size() == 4;
        for (const QChar c : code)
            digits = digits && c.isDigit();
        if (!digits)
            errors.append({QStringLiteral("premises.postalCode"), tr("Postal code: must be 4 digits.")});
    }

    if ((licence.kind == LicenceKind::SingleOccasion || licence.kind == LicenceKind::Travelling)
        && licence.eventName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("eventName"), tr("Occasion: describe the event the licence is for.")});
    }

    const QString groupsError = checkGroups(licence.kind, licence.groups);
    if (!groupsError.isEmpty())
        errors.append({QStringLiteral("groups"), groupsError});

    if (licence.isServingKind() && !licence.indoor && !licence.outdoor)
        errors.append({QStringLiteral("areas"), tr("Serving area: choose indoors, outdoors or both.")});

    const QString periodError = checkPeriod(licence.validFrom, licence.validTo);
    if (!periodError.isEmpty()) {
        const QString field = licence.validFrom.isValid() ? QStringLiteral("validTo") : QStringLiteral("validFrom");
        errors.append({field, periodError});
    }

    const bool peopleRequired = licence.isOrdinary();
    validatePerson(licence.manager, QStringLiteral("manager"), tr("Manager"), licence.validFrom, peopleRequired, errors);
    QList<Person> deputies;
    for (const Person &deputy : licence.deputies) {
        if (!deputy.isEmpty())
            deputies.append(deputy);
    }
    if (peopleRequired && deputies.isEmpty())
        errors.append({QStringLiteral("deputies"), tr("Deputy: an ordinary licence needs at least one deputy.")});
    for (int i = 0; i < licence.deputies.size(); ++i) {
        if (licence.deputies.at(i).isEmpty())
            continue;
        validatePerson(licence.deputies.at(i), QStringLiteral("deputies[%1]").arg(i), tr("Deputy %1").arg(i + 1),
                       licence.validFrom, false, errors);
    }

    if (licence.endedOn.isValid()) {
        if (!licence.endReason)
            errors.append({QStringLiteral("endReason"), tr("End reason: choose why the licence ends.")});
        if (licence.validFrom.isValid() && licence.endedOn < licence.validFrom)
            errors.append({QStringLiteral("endedOn"), tr("End date: %1 is before the licence started (%2).")
                                                          .arg(formatDate(licence.endedOn), formatDate(licence.validFrom))});
    }
    return errors;
}

} // namespace bevilling
