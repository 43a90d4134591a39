#include "FeeRatesDialog.h"

#include "InlineError.h"
#include "RuleTexts.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace bevilling {

using rules::FeeRates;
using rules::FeeRateTable;

namespace {

// A rate as typed in Norway: decimal comma, no thousands separator.
QString numberText(const std::optional<double> &value)
{
    if (!value)
        return QString();
    return QString::number(*value, 'g', 15).replace(QLatin1Char('.'), QLatin1Char(','));
}

const char *const kFieldIds[] = {"year", "sale.group1", "sale.group2", "sale.minimum", "serving.group1",
                                 "serving.group2", "serving.group3", "serving.minimum", "travelling_cap"};
const char *const kObjectNames[] = {"yearEdit", "saleGroup1Edit", "saleGroup2Edit", "saleMinimumEdit",
                                    "servingGroup1Edit", "servingGroup2Edit", "servingGroup3Edit",
                                    "servingMinimumEdit", "travellingCapEdit"};

} // namespace

FeeRatesDialog::FeeRatesDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_choice(new QComboBox(this)),
      m_loadError(InlineError::makeLabel(this, QStringLiteral("feeRatesLoadErrorLabel"))),
      m_source(new QLineEdit(this)),
      m_saveError(InlineError::makeLabel(this, QStringLiteral("feeRatesSaveErrorLabel"))),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("feeRatesDialog"));
    setWindowTitle(tr("Fee rates"));
    m_choice->setObjectName(QStringLiteral("feeRatesYearComboBox"));
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("e.g. the regulation or circular the rates come from"));

    const QString labels[FieldCount] = {
        tr("&Year:"),
        tr("Sales, group &1 (kr per litre):"),
        tr("Sales, group &2 (kr per litre):"),
        tr("Sales, &minimum fee (kr):"),
        tr("Serving, group 1 (kr per &litre):"),
        tr("Serving, group 2 (kr per l&itre):"),
        tr("Serving, group 3 (kr per li&tre):"),
        tr("Serving, minimum &fee (kr):"),
        tr("Travelling licence, &cap per occasion (kr):"),
    };
    auto *intro = new QLabel(tr("The national rates per litre and minimum fees (alkoholforskriften § 6-2), one row per "
                                "year. Add the next year's rates when they are published, or correct a year."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Rates of:"), m_choice);
    for (int f = 0; f < FieldCount; ++f) {
        m_edits[f] = new QLineEdit(this);
        m_edits[f]->setObjectName(QString::fromLatin1(kObjectNames[f]));
        m_errors[f] = InlineError::makeLabel(this, QString::fromLatin1(kObjectNames[f]).replace(QStringLiteral("Edit"), QStringLiteral("ErrorLabel")));
        form->addRow(labels[f], InlineError::withField(this, m_edits[f], m_errors[f]));
    }
    m_edits[SaleGroup2]->setPlaceholderText(tr("empty when unknown"));
    m_edits[TravellingCap]->setPlaceholderText(tr("empty when unknown"));
    form->addRow(tr("&Source:"), m_source);

    QPushButton *saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveFeeRatesButton"));
    saveButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_loadError);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeeRatesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &FeeRatesDialog::showChosenYear);

    if (m_db.isReadOnly()) {
        InlineError::show(m_loadError, tr("The register is open read-only; the fee rates cannot be changed here."));
        saveButton->setEnabled(false);
    }
    loadYears(0);
}

void FeeRatesDialog::loadYears(int select)
{
    const Result<FeeRateTable> table = FeeRateRepository(m_db, m_clock).current();
    if (table) {
        m_table = *table;
    } else {
        m_table = FeeRateTable();
        InlineError::show(m_loadError, InlineError::text(table.error()));
    }
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItem(tr("New year"), 0);
    const QList<int> years = m_table.years();
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        m_choice->addItem(QString::number(*it), *it);
    const int index = m_choice->findData(select);
    m_choice->setCurrentIndex(index >= 0 ? index : 0);
    showChosenYear();
}

void FeeRatesDialog::showChosenYear()
{
    clearErrors();
    const int year = m_choice->currentData().toInt();
    const Result<FeeRates> rates = year ? m_table.forYear(year) : Result<FeeRates>(FeeRates());
    const bool existing = year != 0 && rates.ok();
    m_edits[Year]->setReadOnly(existing);
    if (!existing) {
        // A new year: suggest the year after the latest one, the other fields empty.
        const QList<int> years = m_table.years();
        const int next = years.isEmpty() ? m_clock.today().year() : years.last() + 1;
        m_edits[Year]->setText(QString::number(next));
        for (int f = SaleGroup1; f < FieldCount; ++f)
            m_edits[f]->clear();
        m_source->clear();
        return;
    }
    m_edits[Year]->setText(QString::number(rates->year));
    m_edits[SaleGroup1]->setText(numberText(rates->sale[0]));
    m_edits[SaleGroup2]->setText(numberText(rates->sale[1]));
    m_edits[SaleMinimum]->setText(numberText(rates->saleMinimum));
    for (int g = 0; g < 3; ++g)
        m_edits[ServingGroup1 + g]->setText(numberText(rates->serving[g]));
    m_edits[ServingMinimum]->setText(numberText(rates->servingMinimum));
    m_edits[TravellingCap]->setText(numberText(rates->travellingCap));
    m_source->setText(rates->source);
}

void FeeRatesDialog::clearErrors()
{
    for (QLabel *label : m_errors)
        InlineError::show(label, QString());
    InlineError::show(m_saveError, QString());
}

void FeeRatesDialog::showError(const Error &error)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (error.field == QLatin1String(kFieldIds[f])) {
            InlineError::show(m_errors[f], InlineError::text(error));
            m_edits[f]->setFocus();
            return;
        }
    }
    InlineError::show(m_saveError, InlineError::text(error));
}

std::optional<FeeRates> FeeRatesDialog::ratesFromFields()
{
    clearErrors();
    bool ok = true;
    FeeRates rates;
    const QString yearText = m_edits[Year]->text().trimmed();
    bool yearOk = false;
    rates.year = yearText.toInt(&yearOk);
    if (yearText.isEmpty()) {
        InlineError::show(m_errors[Year], tr("A year is required."));
        ok = false;
    } else if (!yearOk) {
        InlineError::show(m_errors[Year], tr("Write a year, e.g. 2026."));
        ok = false;
    }
    std::optional<double> values[FieldCount];
    for (int f = SaleGroup1; f < FieldCount; ++f) {
        const QString text = m_edits[f]->text().trimmed();
        if (text.isEmpty())
            continue;
        values[f] = RuleTexts::parseNumber(text);
        if (!values[f] || !std::isfinite(*values[f])) {
            InlineError::show(m_errors[f], tr("Write a number of kroner, 0 or more (e.g. 0,63)."));
            ok = false;
        }
    }
    rates.sale[0] = values[SaleGroup1];
    rates.sale[1] = values[SaleGroup2];
    rates.saleMinimum = values[SaleMinimum].value_or(std::nan(""));
    for (int g = 0; g < 3; ++g)
        rates.serving[g] = values[ServingGroup1 + g];
    rates.servingMinimum = values[ServingMinimum].value_or(std::nan(""));
    rates.travellingCap = values[TravellingCap];
    rates.source = m_source->text().trimmed();

    // Empty minimums are "required", not "not a number".
    for (const Error &problem : FeeRateRepository::problemsOf(rates)) {
        for (int f = 0; f < FieldCount; ++f) {
            if (problem.field != QLatin1String(kFieldIds[f]) || !m_errors[f]->isHidden())
                continue;
            const bool emptyMinimum = (f == SaleMinimum || f == ServingMinimum) && m_edits[f]->text().trimmed().isEmpty();
            InlineError::show(m_errors[f], emptyMinimum ? tr("Required.") : InlineError::text(problem));
            ok = false;
        }
    }
    if (ok && m_choice->currentData().toInt() == 0 && m_table.years().contains(rates.year)) {
        InlineError::show(m_errors[Year], tr("The table already has rates for %1; choose that year above to correct it.")
                                              .arg(rates.year));
        ok = false;
    }
    if (!ok) {
        for (int f = 0; f < FieldCount; ++f) {
            if (!m_errors[f]->isHidden()) {
                m_edits[f]->setFocus();
                break;
            }
        }
        return std::nullopt;
    }
    return rates;
}

void FeeRatesDialog::save()
{
    if (m_db.isReadOnly())
        return;
    const std::optional<FeeRates> rates = ratesFromFields();
    if (!rates)
        return;
    FeeRateRepository repository(m_db, m_clock);
    const bool adding = m_choice->currentData().toInt() == 0;
    const Result<FeeRateTable> saved = adding ? repository.addYear(*rates) : repository.correctYear(*rates);
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_table = *saved;
    Q_EMIT ratesSaved();
    accept();
}

} // namespace bevilling
