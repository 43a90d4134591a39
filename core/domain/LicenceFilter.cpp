#include "LicenceFilter.h"

#include "validation/OrgNumber.h"

namespace bevilling {

bool LicenceFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && !kind && !status && groups == 0 && !periodFrom.isValid() && !periodTo.isValid();
}

QStringList LicenceFilter::words(const QString &text)
{
    return text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString LicenceFilter::searchableText(const Licence &licence)
{
    QStringList parts{licence.number,
                      licence.licensee.name,
                      licence.licensee.orgNumber,
                      OrgNumber::formatted(licence.licensee.orgNumber),
                      licence.premises.name,
                      licence.premises.address,
                      licence.premises.postalCode,
                      licence.premises.postalPlace,
                      licence.eventName};
    for (const Person &person : licence.people())
        parts.append(person.name);
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

bool LicenceFilter::matches(const Licence &licence, const QDate &today) const
{
    if (kind && licence.kind != *kind)
        return false;
    if (status && licence.statusOn(today) != *status)
        return false;
    if (groups != 0 && licence.groups != groups)
        return false;
    if (periodFrom.isValid() && licence.validTo.isValid() && licence.validTo < periodFrom)
        return false;
    if (periodTo.isValid() && licence.validFrom.isValid() && licence.validFrom > periodTo)
        return false;
    const QStringList needles = words(text);
    if (needles.isEmpty())
        return true;
    const QString haystack = searchableText(licence);
    for (const QString &needle : needles) {
        if (!haystack.contains(needle))
            return false;
    }
    return true;
}

} // namespace bevilling
