#pragma once

#include "domain/Licence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bevilling {

// One problem with one field. `field` is a stable id the UI maps to its widget
// ("licensee.orgNumber", "deputies[1].birthDate", ...); `message` names the field in words.
struct FieldError
{
    QString field;
    QString message;
};

struct ValidationOptions
{
    // Sales licences normally cover group 1 only; a municipality may allow group 2 explicitly.
    bool allowSaleGroup2 = false;
};

class LicenceValidator
{
    Q_DECLARE_TR_FUNCTIONS(LicenceValidator)
public:
    explicit LicenceValidator(ValidationOptions options = {}) : m_options(options) {}

    QList<FieldError> validate(const Licence &licence) const;

    // Single-field checks, for inline validation while typing.
    static QString checkOrgNumber(const QString &orgNumber, bool required);
    QString checkGroups(LicenceKind kind, int groups) const;
    static QString checkPeriod(const QDate &from, const QDate &to);
    // Age in whole years on `date`.
    static int ageOn(const QDate &birthDate, const QDate &date);

    static constexpr int kMinimumPersonAge = 20;

private:
    void validatePerson(const Person &person, const QString &fieldPrefix, const QString &label,
                        const QDate &startDate, bool required, QList<FieldError> &errors) const;

    ValidationOptions m_options;
};

} // namespace bevilling
