#pragma once

#include "Clock.h"
#include "Result.h"
#include "storage/TurnoverRepository.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bevilling {

class Database;
class DateEdit;

// Registers (or corrects) one licence's omsetningsoppgave of a year: received date, last year's
// actual and this year's expected litres per group, the auditor's confirmation and a note. The
// flags (TurnoverRules::flags) show while typing; the repository's errors show next to their field.
class TurnoverReportDialog : public QDialog
{
    Q_OBJECT
public:
    TurnoverReportDialog(const Database &db, const Clock &clock, const TurnoverStatus &status, int year,
                         const FeeCycleSettings &settings, QWidget *parent = nullptr);

    // The report as saved (after accept()).
    std::optional<TurnoverReport> saved() const { return m_saved; }
    QLineEdit *litresEdit(bool actual, int group) const;
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field); }
    QLabel *flagsLabel() const { return m_flags; }

    // "20 000", "1 234,5": litres with a space between thousands and a decimal comma.
    static QString formatLitres(double litres);
    // Litres per group as "20 000 / 5 000 / 300"; empty when not reported.
    static QString formatGroupLitres(const std::optional<GroupLitres> &litres);
    // Reads "20 000", "20000", "1 234,5", "1234.5"; nullopt when not a number. Empty gives 0 in
    // `empty` (set to true) so that callers can tell.
    static std::optional<double> parseNumber(const QString &text, bool *empty = nullptr);

    void accept() override;

private:
    // The report as typed; an error for a field that is not a number.
    Result<TurnoverReport> typed() const;
    void updateFlags();
    void clearErrors();
    void showError(const Error &error);

    const Database &m_db;
    const Clock &m_clock;
    TurnoverStatus m_status;
    int m_year;
    FeeCycleSettings m_settings;
    DateEdit *m_received;
    QLineEdit *m_litres[2][3];
    QCheckBox *m_auditor;
    QPlainTextEdit *m_note;
    QLabel *m_flags;
    QLabel *m_general;
    QHash<QString, QLabel *> m_errors;
    QDialogButtonBox *m_buttons;
    std::optional<TurnoverReport> m_saved;
};

} // namespace bevilling
