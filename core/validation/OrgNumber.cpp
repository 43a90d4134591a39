#include "OrgNumber.h"

namespace bevilling::OrgNumber {

QString normalized(const QString &input)
{
    QString result;
    result.reserve(input.size());
    for (const QChar c : input) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

int checkDigit(const QString &firstEight)
{
    static const int weights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    if (firstEight.size() != 8)
        return -1;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = firstEight.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += (c.unicode() - '0') * weights[i];
    }
    const int remainder = sum % 11;
    if (remainder == 0)
        return 0;
    const int digit = 11 - remainder;
    return digit == 10 ? -1 : digit;
}

bool isValid(const QString &input)
{
    const QString digits = normalized(input);
    if (digits.size() != 9)
        return false;
    const QChar last = digits.at(8);
    if (last < QLatin1Char('0') || last > QLatin1Char('9'))
        return false;
    const int expected = checkDigit(digits.left(8));
    return expected >= 0 && expected == last.unicode() - '0';
}

QString formatted(const QString &input)
{
    const QString digits = normalized(input);
    if (digits.size() != 9)
        return input;
    return digits.mid(0, 3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6, 3);
}

} // namespace bevilling::OrgNumber
