#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bevilling::rules {

// The finding catalogue of alkoholforskriften § 10-3 (contracts.md section 1): one code per
// breach type with its standard number of prikker. Codes are part of the public contract.
struct FindingCode
{
    QString code;
    int prikker;
    QString text; // Norwegian wording on screen (short)
};

class Findings
{
public:
    static const QList<FindingCode> &all();
    static std::optional<FindingCode> find(const QString &code);
};

} // namespace bevilling::rules
