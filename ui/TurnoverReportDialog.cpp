#include "TurnoverReportDialog.h"

#include "DateEdit.h"
#include "InlineError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace bevilling {

namespace {

QString fieldId(bool actual, int group)
{
    return (actual ? QStringLiteral("actual.group") : QStringLiteral("expected.group")) + QString::number(group);
}

bool covers(const Licence &licence, int group)
{
    const int flag = group == 1 ? Group1 : group == 2 ? Group2 : Group3;
    return (licence.groups & flag) != 0;
}

} // namespace

QString TurnoverReportDialog::formatLitres(double litres)
{
    const double rounded = std::round(litres * 100) / 100;
    const bool negative = rounded < 0;
    const double whole = std::floor(std::abs(rounded));
    const int hundredths = int(std::round((std::abs(rounded) - whole) * 100));
    QString digits = QString::number(qint64(whole));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    if (hundredths != 0) {
        QString fraction = QString::number(hundredths).rightJustified(2, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        digits += QLatin1Char(',') + fraction;
    }
    return negative ? QStringLiteral("-") + digits : digits;
}

QString TurnoverReportDialog::formatGroupLitres(const std::optional<GroupLitres> &litres)
{
    if (!litres)
        return QString();
    QStringList parts;
    for (int g = 0; g < 3; ++g)
        parts << formatLitres(litres->group[g]);
    return parts.join(QStringLiteral(" / "));
}

std::optional<double> TurnoverReportDialog::parseNumber(const QString &text, bool *empty)
{
    QString t = text;
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    if (empty)
        *empty = t.isEmpty();
    if (t.isEmpty())
        return 0.0;
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

TurnoverReportDialog::TurnoverReportDialog(const Database &db, const Clock &clock, const TurnoverStatus &status,
                                           int year, const FeeCycleSettings &settings, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_status(status),
      m_year(year),
      m_settings(settings),
      m_received(new DateEdit(this)),
      m_auditor(new QCheckBox(tr("&Confirmed by the auditor"), this)),
      m_note(new QPlainTextEdit(this)),
      m_flags(new QLabel(this)),
      m_general(InlineError::makeLabel(this, QStringLiteral("generalError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("turnoverReportDialog"));
    const Licence &licence = status.licence;
    setWindowTitle(tr("Turnover report %1 – %2").arg(year).arg(licence.number));

    auto *form = new QFormLayout;
    auto *heading = new QLabel(QStringLiteral("<b>%1</b> – %2<br>%3")
                                   .arg(licence.number.toHtmlEscaped(), licence.licensee.name.toHtmlEscaped(),
                                        licence.premises.name.toHtmlEscaped()),
                               this);
    form->addRow(heading);

    m_received->setObjectName(QStringLiteral("receivedEdit"));
    const std::optional<TurnoverReport> &existing = status.report;
    m_received->setDate(existing && existing->isReceived() ? existing->receivedOn : clock.today());
    auto *receivedError = InlineError::makeLabel(this, QStringLiteral("receivedError"));
    m_errors.insert(QStringLiteral("received_on"), receivedError);
    auto *receivedLabel = new QLabel(tr("&Received:"), this);
    receivedLabel->setBuddy(m_received);
    form->addRow(receivedLabel, InlineError::withField(this, m_received, receivedError));

    auto *grid = new QGridLayout;
    for (int g = 1; g <= 3; ++g) {
        auto *head = new QLabel(tr("Group %1").arg(g), this);
        if (!covers(licence, g))
            head->setText(tr("Group %1 (not licensed)").arg(g));
        grid->addWidget(head, 0, g);
    }
    for (int row = 0; row < 2; ++row) {
        const bool actual = row == 0;
        auto *label = new QLabel(actual ? tr("&Actual litres %1:").arg(year - 1) : tr("E&xpected litres %1:").arg(year), this);
        grid->addWidget(label, 1 + row * 2, 0);
        const std::optional<GroupLitres> value = existing ? (actual ? existing->actual : existing->expected) : std::nullopt;
        for (int g = 1; g <= 3; ++g) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName((actual ? QStringLiteral("actualGroup") : QStringLiteral("expectedGroup"))
                                + QString::number(g) + QStringLiteral("Edit"));
            edit->setAlignment(Qt::AlignRight);
            if (value)
                edit->setText(formatLitres(value->group[g - 1]));
            if (!covers(licence, g)) {
                const bool hasValue = value && value->group[g - 1] != 0;
                edit->setEnabled(hasValue);
                edit->setToolTip(tr("The licence does not cover group %1.").arg(g));
            }
            m_litres[row][g - 1] = edit;
            if (g == 1)
                label->setBuddy(edit);
            auto *error = InlineError::makeLabel(this, fieldId(actual, g) + QStringLiteral("Error"));
            m_errors.insert(fieldId(actual, g), error);
            grid->addWidget(edit, 1 + row * 2, g);
            grid->addWidget(error, 2 + row * 2, g);
            connect(edit, &QLineEdit::textChanged, this, &TurnoverReportDialog::updateFlags);
        }
        if (actual ? !status.duty.needsActual : !status.duty.needsExpected)
            label->setToolTip(tr("The licence's duty does not include these figures this year."));
    }
    form->addRow(grid);

    m_auditor->setObjectName(QStringLiteral("auditorCheckBox"));
    m_auditor->setChecked(existing && existing->auditorConfirmed);
    if (settings.auditorConfirmationRequired)
        m_auditor->setText(tr("&Confirmed by the auditor (required)"));
    form->addRow(QString(), m_auditor);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    if (existing)
        m_note->setPlainText(existing->note);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    m_flags->setObjectName(QStringLiteral("flagsLabel"));
    m_flags->setWordWrap(true);
    m_flags->setStyleSheet(QStringLiteral("color: #9a6700;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_flags);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TurnoverReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TurnoverReportDialog::reject);
    connect(m_auditor, &QCheckBox::toggled, this, &TurnoverReportDialog::updateFlags);
    updateFlags();
    m_litres[0][0]->setFocus();
}

QLineEdit *TurnoverReportDialog::litresEdit(bool actual, int group) const
{
    return m_litres[actual ? 0 : 1][qBound(1, group, 3) - 1];
}

Result<TurnoverReport> TurnoverReportDialog::typed() const
{
    TurnoverReport report = m_status.report.value_or(TurnoverReport{});
    report.licenceId = m_status.licence.id;
    report.year = m_year;
    report.receivedOn = m_received->date();
    for (int row = 0; row < 2; ++row) {
        GroupLitres litres;
        bool any = false;
        for (int g = 1; g <= 3; ++g) {
            bool empty = false;
            const std::optional<double> value = parseNumber(m_litres[row][g - 1]->text(), &empty);
            if (!value)
                return makeError(TurnoverRepository::ErrorValidation,
                                 tr("«%1» is not a number.").arg(m_litres[row][g - 1]->text()), fieldId(row == 0, g));
            any = any || !empty;
            litres.group[g - 1] = *value;
        }
        std::optional<GroupLitres> &target = row == 0 ? report.actual : report.expected;
        target = any ? std::optional<GroupLitres>(litres) : std::nullopt;
    }
    report.auditorConfirmed = m_auditor->isChecked();
    report.note = m_note->toPlainText().trimmed();
    return report;
}

void TurnoverReportDialog::updateFlags()
{
    const Result<TurnoverReport> report = typed();
    if (!report) {
        m_flags->clear();
        return;
    }
    const TurnoverReport *previous = m_status.previousReport ? &*m_status.previousReport : nullptr;
    QStringList lines;
    for (const TurnoverFlag &flag : TurnoverRules::flags(*report, m_status.licence, previous, m_settings))
        lines << QStringLiteral("⚠ ") + flag.message;
    m_flags->setText(lines.join(QLatin1Char('\n')));
}

void TurnoverReportDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        InlineError::show(label, QString());
    InlineError::show(m_general, QString());
}

void TurnoverReportDialog::showError(const Error &error)
{
    if (QLabel *label = m_errors.value(error.field)) {
        InlineError::show(label, InlineError::text(error));
        if (error.field.startsWith(QStringLiteral("actual.group")))
            m_litres[0][error.field.right(1).toInt() - 1]->setFocus();
        else if (error.field.startsWith(QStringLiteral("expected.group")))
            m_litres[1][error.field.right(1).toInt() - 1]->setFocus();
        else if (error.field == QStringLiteral("received_on"))
            m_received->setFocus();
    } else {
        InlineError::show(m_general, InlineError::text(error));
    }
}

void TurnoverReportDialog::accept()
{
    clearErrors();
    const Result<TurnoverReport> report = typed();
    if (!report) {
        showError(report.error());
        return;
    }
    Result<TurnoverReport> saved = TurnoverRepository(m_db, m_clock).save(*report);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = std::move(saved).value();
    QDialog::accept();
}

} // namespace bevilling
