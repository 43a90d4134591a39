#include "RulesPanel.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "FeeRatesDialog.h"
#include "RuleSetEditorDialog.h"
#include "RuleTexts.h"
#include "domain/Licence.h"
#include "rules/Calendar.h"
#include "rules/Fees.h"
#include "rules/LicencePeriod.h"
#include "storage/Database.h"
#include "storage/FeeRateRepository.h"
#include "storage/RuleSetRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bevilling {

using namespace rules;

namespace {

QLabel *resultLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

RulesPanel::RulesPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_ruleSetLabel(new QLabel(this)),
      m_loadError(InlineError::makeLabel(this, QStringLiteral("ruleSetErrorLabel"))),
      m_editButton(new QPushButton(tr("&Edit rule set…"), this)),
      m_feeRatesButton(new QPushButton(tr("&Fee rates…"), this)),
      m_date(new DateEdit(this)),
      m_dateError(InlineError::makeLabel(this, QStringLiteral("dateErrorLabel"))),
      m_versionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("rulesPanel"));
    m_ruleSetLabel->setObjectName(QStringLiteral("ruleSetLabel"));
    m_ruleSetLabel->setWordWrap(true);
    QFont heading = m_ruleSetLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_ruleSetLabel->setFont(heading);
    m_editButton->setObjectName(QStringLiteral("editRuleSetButton"));
    m_editButton->setToolTip(tr("Administrators: change the municipality's hours, fee tiers and settings from a date"));
    m_feeRatesButton->setObjectName(QStringLiteral("feeRatesButton"));
    m_date->setObjectName(QStringLiteral("rulesDateEdit"));
    m_date->setDate(m_clock.today());
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_ruleSetLabel, 1);
    top->addWidget(m_editButton);
    top->addWidget(m_feeRatesButton);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_loadError);
    auto *dateForm = new QFormLayout;
    dateForm->addRow(tr("&Date:"), InlineError::withField(content, m_date, m_dateError));
    dateForm->addRow(tr("Rules in force:"), m_versionLabel);
    contentLayout->addLayout(dateForm);

    auto *grid = new QGridLayout;
    contentLayout->addLayout(grid);

    // Licence period
    auto *periodBox = new QGroupBox(tr("Licence period"), content);
    auto *periodLayout = new QFormLayout(periodBox);
    m_period = resultLabel(periodBox, QStringLiteral("periodResultLabel"));
    periodLayout->addRow(tr("Latest end of a licence granted on the date:"), m_period);
    grid->addWidget(periodBox, 0, 0);

    // Sales hours
    auto *salesBox = new QGroupBox(tr("Sales hours (group 1)"), content);
    auto *salesLayout = new QFormLayout(salesBox);
    m_sales = resultLabel(salesBox, QStringLiteral("salesResultLabel"));
    salesLayout->addRow(tr("On the date:"), m_sales);
    grid->addWidget(salesBox, 0, 1);

    // Serving hours
    auto *servingBox = new QGroupBox(tr("Serving hours"), content);
    auto *servingLayout = new QFormLayout(servingBox);
    m_group = new QComboBox(servingBox);
    m_group->setObjectName(QStringLiteral("servingGroupComboBox"));
    for (int g = 1; g <= 3; ++g)
        m_group->addItem(tr("Group %1").arg(g), g);
    m_area = new QComboBox(servingBox);
    m_area->setObjectName(QStringLiteral("servingAreaComboBox"));
    m_area->addItem(RuleTexts::areaName(Area::Indoor), static_cast<int>(Area::Indoor));
    m_area->addItem(RuleTexts::areaName(Area::Outdoor), static_cast<int>(Area::Outdoor));
    m_zone = new QComboBox(servingBox);
    m_zone->setObjectName(QStringLiteral("servingZoneComboBox"));
    m_time = new QLineEdit(servingBox);
    m_time->setObjectName(QStringLiteral("servingTimeEdit"));
    m_time->setPlaceholderText(tr("optional, e.g. 23:45"));
    m_timeError = InlineError::makeLabel(servingBox, QStringLiteral("servingTimeErrorLabel"));
    m_serving = resultLabel(servingBox, QStringLiteral("servingResultLabel"));
    m_servingAt = resultLabel(servingBox, QStringLiteral("servingTimeResultLabel"));
    servingLayout->addRow(tr("Alcohol &group:"), m_group);
    servingLayout->addRow(tr("&Area:"), m_area);
    servingLayout->addRow(tr("&Zone:"), m_zone);
    servingLayout->addRow(tr("&Time:"), InlineError::withField(servingBox, m_time, m_timeError));
    servingLayout->addRow(tr("Serving day:"), m_serving);
    servingLayout->addRow(tr("At the time:"), m_servingAt);
    grid->addWidget(servingBox, 1, 0);

    // Annual fee
    auto *feeBox = new QGroupBox(tr("Annual fee"), content);
    auto *feeLayout = new QFormLayout(feeBox);
    m_feeYear = new QSpinBox(feeBox);
    m_feeYear->setObjectName(QStringLiteral("feeYearSpinBox"));
    m_feeYear->setRange(1990, 2200);
    // The latest year with national rates up to this year (rates for a new year arrive late in
    // November), so the panel opens on an answer rather than a "no rates" message.
    int feeYear = m_clock.today().year();
    const QList<int> rateYears = FeeRateTable::national().years();
    for (auto it = rateYears.crbegin(); it != rateYears.crend(); ++it) {
        if (*it <= feeYear) {
            feeYear = *it;
            break;
        }
    }
    m_feeYear->setValue(feeYear);
    m_feeYearError = InlineError::makeLabel(feeBox, QStringLiteral("feeYearErrorLabel"));
    m_feeKind = new QComboBox(feeBox);
    m_feeKind->setObjectName(QStringLiteral("feeKindComboBox"));
    m_feeKind->addItem(tr("Serving licence"), static_cast<int>(FeeKind::Serving));
    m_feeKind->addItem(tr("Sales licence"), static_cast<int>(FeeKind::Sale));
    auto *litresRow = new QWidget(feeBox);
    auto *litresLayout = new QHBoxLayout(litresRow);
    litresLayout->setContentsMargins(0, 0, 0, 0);
    for (int g = 0; g < 3; ++g) {
        m_litres[g] = new QLineEdit(litresRow);
        m_litres[g]->setObjectName(QStringLiteral("litres%1Edit").arg(g + 1));
        m_litres[g]->setPlaceholderText(tr("group %1").arg(g + 1));
        m_litres[g]->setAccessibleName(tr("Litres of group %1").arg(g + 1));
        litresLayout->addWidget(m_litres[g]);
    }
    m_litresError = InlineError::makeLabel(feeBox, QStringLiteral("litresErrorLabel"));
    m_fee = resultLabel(feeBox, QStringLiteral("feeResultLabel"));
    feeLayout->addRow(tr("&Year:"), InlineError::withField(feeBox, m_feeYear, m_feeYearError));
    feeLayout->addRow(tr("&Kind:"), m_feeKind);
    feeLayout->addRow(tr("&Litres per group:"), InlineError::withField(feeBox, litresRow, m_litresError));
    feeLayout->addRow(tr("Annual fee:"), m_fee);
    grid->addWidget(feeBox, 1, 1);

    // Holidays
    auto *holidayBox = new QGroupBox(tr("Holidays"), content);
    auto *holidayLayout = new QFormLayout(holidayBox);
    m_holidayYear = new QSpinBox(holidayBox);
    m_holidayYear->setObjectName(QStringLiteral("holidayYearSpinBox"));
    m_holidayYear->setRange(Calendar::MinYear, Calendar::MaxYear);
    m_holidayYear->setValue(m_clock.today().year());
    m_holidays = new QListWidget(holidayBox);
    m_holidays->setObjectName(QStringLiteral("holidaysListWidget"));
    holidayLayout->addRow(tr("Y&ear:"), m_holidayYear);
    holidayLayout->addRow(m_holidays);
    grid->addWidget(holidayBox, 0, 2, 2, 1);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        rebuildZones();
        updateAll();
    });
    connect(m_holidayYear, &QSpinBox::valueChanged, this, &RulesPanel::updateHolidays);
    for (QComboBox *combo : {m_group, m_area, m_zone})
        connect(combo, &QComboBox::currentIndexChanged, this, &RulesPanel::updateServing);
    connect(m_time, &QLineEdit::textChanged, this, &RulesPanel::updateServing);
    connect(m_feeYear, &QSpinBox::valueChanged, this, &RulesPanel::updateFee);
    connect(m_feeKind, &QComboBox::currentIndexChanged, this, &RulesPanel::updateFee);
    for (QLineEdit *edit : m_litres)
        connect(edit, &QLineEdit::textChanged, this, &RulesPanel::updateFee);
    connect(m_editButton, &QPushButton::clicked, this, &RulesPanel::editRuleSet);
    connect(m_feeRatesButton, &QPushButton::clicked, this, &RulesPanel::editFeeRates);

    setDatabase(nullptr);
}

void RulesPanel::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void RulesPanel::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QDate RulesPanel::date() const
{
    return m_date->date();
}

void RulesPanel::reload()
{
    InlineError::show(m_loadError, QString());
    if (m_db) {
        const Result<RuleSet> current = RuleSetRepository(*m_db, m_clock).current();
        if (current) {
            m_ruleSet = *current;
        } else {
            m_ruleSet = RuleSet();
            InlineError::show(m_loadError, InlineError::text(current.error()));
        }
    } else {
        m_ruleSet = RuleSet();
    }
    m_feeRates = FeeRateTable::national();
    if (m_db) {
        const Result<FeeRateTable> rates = FeeRateRepository(*m_db, m_clock).current();
        if (rates)
            m_feeRates = *rates;
        else
            InlineError::show(m_loadError, InlineError::text(rates.error()));
    }
    m_feeRatesButton->setEnabled(m_db && !m_db->isReadOnly());
    m_feeRatesButton->setToolTip(m_db && m_db->isReadOnly()
                                     ? tr("The register is open read-only; the fee rates cannot be changed here.")
                                     : tr("Administrators: add the national fee rates of a new year or correct a year"));
    m_editButton->setEnabled(m_db && !m_db->isReadOnly() && !m_ruleSet.versions.isEmpty());
    m_editButton->setToolTip(m_db && m_db->isReadOnly()
                                 ? tr("The register is open read-only; the rule set cannot be changed here.")
                                 : tr("Administrators: change the municipality's hours, fee tiers and settings from a date"));
    m_ruleSetLabel->setText(m_ruleSet.title.isEmpty() ? m_ruleSet.name : m_ruleSet.title);
    rebuildZones();
    updateAll();
}

void RulesPanel::rebuildZones()
{
    const QString current = m_zone->currentData().toString();
    QStringList zones = {QStringLiteral("residential"), QStringLiteral("non-residential")};
    if (const RuleSetVersion *version = m_ruleSet.versionOn(m_date->date())) {
        for (const QString &zone : version->settings.zones) {
            if (!zones.contains(zone))
                zones.append(zone);
        }
    }
    QStringList shown;
    for (int i = 0; i < m_zone->count(); ++i)
        shown.append(m_zone->itemData(i).toString());
    if (shown == zones)
        return;
    const QSignalBlocker blocker(m_zone);
    m_zone->clear();
    for (const QString &zone : zones)
        m_zone->addItem(RuleTexts::zoneName(zone), zone);
    const int index = m_zone->findData(current);
    m_zone->setCurrentIndex(index >= 0 ? index : 0);
}

void RulesPanel::updateAll()
{
    updateVersion();
    updatePeriod();
    updateHolidays();
    updateSales();
    updateServing();
    updateFee();
}

void RulesPanel::updateVersion()
{
    const RuleSetVersion *version = m_ruleSet.versionOn(m_date->date());
    if (m_ruleSet.versions.isEmpty()) {
        m_versionLabel->clear();
        InlineError::show(m_dateError, QString());
        return;
    }
    if (!version) {
        m_versionLabel->clear();
        InlineError::show(m_dateError, tr("Date: the rule set starts on %1; choose that day or later.")
                                           .arg(formatDate(m_ruleSet.versions.first().effectiveFrom)));
        return;
    }
    InlineError::show(m_dateError, QString());
    const QString title = version->title.isEmpty() ? m_ruleSet.title : version->title;
    m_versionLabel->setText(tr("%1, in force from %2").arg(title, formatDate(version->effectiveFrom)));
}

void RulesPanel::updatePeriod()
{
    const QDate granted = m_date->date();
    const RuleSetVersion *version = m_ruleSet.versionOn(granted);
    const LicencePeriod::Reading reading = version ? version->settings.periodReading : LicencePeriod::Reading::FixedBoundary;
    const QDate end = LicencePeriod::latestEnd(granted, reading);
    m_period->setText(end.isValid() ? formatDate(end) : QString());
    m_period->setToolTip(tr("Reading of § 1-6: %1").arg(RuleTexts::readingName(reading)));
}

void RulesPanel::updateHolidays()
{
    m_holidays->clear();
    for (const NamedDay &day : Calendar::namedDays(m_holidayYear->value())) {
        QString text = formatDate(day.date) + QStringLiteral("  ") + day.name;
        if (!day.holiday)
            text += QStringLiteral(" (") + tr("public high day") + QLatin1Char(')');
        m_holidays->addItem(text);
    }
}

void RulesPanel::updateSales()
{
    if (m_ruleSet.versions.isEmpty()) {
        m_sales->clear();
        return;
    }
    const Result<SalesHours> hours = Hours::sales(m_ruleSet, m_date->date());
    if (!hours) {
        m_sales->setText(InlineError::text(hours.error()));
        return;
    }
    QString text = RuleTexts::dayTypeName(hours->dayType) + QStringLiteral(": ");
    if (hours->open && hours->close)
        text += tr("%1–%2").arg(RuleTexts::timeText(*hours->open), RuleTexts::timeText(*hours->close));
    else
        text += tr("closed");
    if (!hours->source.isEmpty())
        text += QStringLiteral(" (") + hours->source + QLatin1Char(')');
    m_sales->setText(text);
}

void RulesPanel::updateServing()
{
    const QString timeText = m_time->text().trimmed();
    const std::optional<QTime> time = RuleTexts::parseTime(timeText);
    InlineError::show(m_timeError, !timeText.isEmpty() && !time
                                       ? tr("Time: write a time of day as HH:MM, for example 23:45.")
                                       : QString());
    m_servingAt->clear();
    if (m_ruleSet.versions.isEmpty()) {
        m_serving->clear();
        return;
    }
    ServingQuery query;
    query.date = m_date->date();
    query.group = m_group->currentData().toInt();
    query.area = static_cast<Area>(m_area->currentData().toInt());
    query.zone = m_zone->currentData().toString();
    const Result<ServingHours> hours = Hours::serving(m_ruleSet, query);
    if (!hours) {
        m_serving->setText(InlineError::text(hours.error()));
        return;
    }
    QString text;
    if (!hours->serving) {
        text = tr("no serving");
    } else {
        text = tr("%1–%2, drinks consumed by %3")
                   .arg(RuleTexts::timeText(hours->start), RuleTexts::timeText(hours->end),
                        RuleTexts::timeText(hours->consumptionEnd));
    }
    if (!hours->source.isEmpty())
        text += QStringLiteral(" (") + hours->source + QLatin1Char(')');
    m_serving->setText(text);
    if (time) {
        const bool allowed = Hours::servingAllowedAt(*hours, *time);
        m_servingAt->setText(allowed ? tr("%1: serving allowed, consumption until %2")
                                           .arg(RuleTexts::timeText(*time), RuleTexts::timeText(hours->consumptionEnd))
                                     : tr("%1: serving not allowed").arg(RuleTexts::timeText(*time)));
    }
}

void RulesPanel::updateFee()
{
    m_fee->clear();
    const FeeKind kind = static_cast<FeeKind>(m_feeKind->currentData().toInt());
    m_litres[2]->setEnabled(kind == FeeKind::Serving);
    QList<double> litres;
    QString litresProblem;
    const int groups = kind == FeeKind::Serving ? 3 : 2;
    for (int g = 0; g < groups; ++g) {
        const QString text = m_litres[g]->text().trimmed();
        if (text.isEmpty()) {
            litres.append(0);
            continue;
        }
        const std::optional<double> value = RuleTexts::parseNumber(text);
        if (!value || *value < 0) {
            if (litresProblem.isEmpty())
                litresProblem = tr("Litres of group %1: write a number of litres, 0 or more.").arg(g + 1);
            litres.append(0);
        } else {
            litres.append(*value);
        }
    }
    InlineError::show(m_litresError, litresProblem);
    const Result<FeeRates> rates = m_feeRates.forYear(m_feeYear->value());
    InlineError::show(m_feeYearError, rates ? QString() : InlineError::text(rates.error()));
    if (!rates || !litresProblem.isEmpty())
        return;
    const Result<FeeResult> fee = Fees::annualFee(*rates, kind, litres);
    if (!fee) {
        InlineError::show(fee.error().field == QLatin1String("year") ? m_feeYearError : m_litresError, InlineError::text(fee.error()));
        return;
    }
    m_fee->setText(tr("%1 (by litres %2; minimum %3)")
                       .arg(formatAmount(fee->fee), formatAmount(fee->sum), formatAmount(fee->minimum)));
}

void RulesPanel::editRuleSet()
{
    if (!m_db || m_db->isReadOnly() || m_ruleSet.versions.isEmpty())
        return;
    auto *dialog = new RuleSetEditorDialog(*m_db, m_clock, m_ruleSet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT ruleSetSaved();
    });
    dialog->open();
}

void RulesPanel::editFeeRates()
{
    if (!m_db || m_db->isReadOnly())
        return;
    auto *dialog = new FeeRatesDialog(*m_db, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FeeRatesDialog::ratesSaved, this, [this] {
        reload();
        Q_EMIT feeRatesSaved();
    });
    dialog->open();
}

} // namespace bevilling
