#pragma once

#include "domain/Licence.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bevilling {

// What the licence list shows. Empty members do not filter.
struct LicenceFilter
{
    // Free text: every word must occur (case-insensitively) in one of number, licensee name,
    // organisation number, premises name, address, postal place, occasion, manager or deputies.
    QString text;
    std::optional<LicenceKind> kind;
    std::optional<LicenceStatus> status;
    // Exact group coverage (1, 1+2, 1+2+3); 0 does not filter.
    int groups = 0;
    // The licence's period [validFrom, validTo] overlaps [periodFrom, periodTo] (either may be open).
    QDate periodFrom;
    QDate periodTo;

    bool isEmpty() const;
    // `today` decides the status of each licence.
    bool matches(const Licence &licence, const QDate &today) const;

    static QStringList words(const QString &text);
    static QString searchableText(const Licence &licence);
};

} // namespace bevilling
