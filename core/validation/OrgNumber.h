#pragma once

#include <QString>

namespace bevilling {

// Norwegian organisation number (organisasjonsnummer): 9 digits, the last a MOD11 check digit
// over the first eight with weights 3 2 7 6 5 4 3 2.
namespace OrgNumber {

// Digits only: spaces are dropped ("923 609 016" -> "923609016"); anything else is kept so
// that validation can point at it.
QString normalized(const QString &input);
// True when `input` (after normalisation) is 9 digits with a correct check digit.
bool isValid(const QString &input);
// The check digit for the first eight digits, or -1 when none exists (remainder gives 10).
int checkDigit(const QString &firstEight);
// "923 609 016" for display.
QString formatted(const QString &input);

} // namespace OrgNumber
} // namespace bevilling
