#include "RuleSetEditorDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "RuleTexts.h"
#include "cases/CaseChecks.h"
#include "domain/Licence.h"
#include "storage/Database.h"
#include "storage/RuleSetRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bevilling {

using namespace rules;

namespace {

const QColor kProblemBackground(0xfd, 0xe0, 0xe3);
const QStringList kServingDays = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                  QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                  QStringLiteral("sun"), QStringLiteral("before_holiday"), QStringLiteral("holiday")};

QString monthDayText(const MonthDay &md)
{
    return QStringLiteral("%1-%2").arg(md.month, 2, 10, QLatin1Char('0')).arg(md.day, 2, 10, QLatin1Char('0'));
}

std::optional<MonthDay> parseMonthDay(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const MonthDay md{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!md.isValid() || !QDate(2024, md.month, md.day).isValid())
        return std::nullopt;
    return md;
}

// "01.03" (day.month, as shown) -> 03-01.
std::optional<MonthDay> parseDayMonth(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const MonthDay md{m.captured(2).toInt(), m.captured(1).toInt()};
    if (!md.isValid() || !QDate(2024, md.month, md.day).isValid())
        return std::nullopt;
    return md;
}

QString itemText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString rowPath(const char *list, int row, const char *field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(row).arg(QLatin1String(field));
}

} // namespace

RuleSetEditorDialog::RuleSetEditorDialog(const Database &db, const Clock &clock, const RuleSet &ruleSet, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_ruleSet(ruleSet)
{
    setObjectName(QStringLiteral("ruleSetEditorDialog"));
    setWindowTitle(tr("Edit rule set"));
    setModal(true);
    m_base = m_ruleSet.versions.isEmpty() ? RuleSetVersion() : m_ruleSet.versions.last();

    m_basedOn = new QLabel(this);
    m_basedOn->setObjectName(QStringLiteral("basedOnLabel"));
    m_basedOn->setWordWrap(true);
    m_effectiveFrom = new DateEdit(this);
    m_effectiveFrom->setObjectName(QStringLiteral("effectiveFromEdit"));
    m_effectiveFromError = InlineError::makeLabel(this, QStringLiteral("effectiveFromErrorLabel"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("versionTitleEdit"));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("versionSourceEdit"));
    m_generalError = InlineError::makeLabel(this, QStringLiteral("generalErrorLabel"));

    auto *header = new QFormLayout;
    header->addRow(m_basedOn);
    header->addRow(tr("In force &from:"), InlineError::withField(this, m_effectiveFrom, m_effectiveFromError));
    header->addRow(tr("&Title:"), m_title);
    header->addRow(tr("S&ource:"), m_source);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("ruleSetTabWidget"));

    // Sales hours
    auto *salesPage = new QWidget(tabs);
    auto *salesLayout = new QVBoxLayout(salesPage);
    auto *salesForm = new QFormLayout;
    auto timeEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(QStringLiteral("HH:MM"));
        edit->setMaximumWidth(90);
        return edit;
    };
    m_weekdayOpen = timeEdit(QStringLiteral("salesWeekdayOpenEdit"));
    m_weekdayClose = timeEdit(QStringLiteral("salesWeekdayCloseEdit"));
    m_weekdayError = InlineError::makeLabel(this, QStringLiteral("salesWeekdayErrorLabel"));
    m_beforeHolidayOpen = timeEdit(QStringLiteral("salesBeforeHolidayOpenEdit"));
    m_beforeHolidayClose = timeEdit(QStringLiteral("salesBeforeHolidayCloseEdit"));
    m_beforeHolidayError = InlineError::makeLabel(this, QStringLiteral("salesBeforeHolidayErrorLabel"));
    auto pair = [this](QLineEdit *open, QLineEdit *close) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(open);
        layout->addWidget(new QLabel(QStringLiteral("–"), row));
        layout->addWidget(close);
        layout->addStretch();
        return row;
    };
    salesForm->addRow(tr("&Weekdays:"), InlineError::withField(this, pair(m_weekdayOpen, m_weekdayClose), m_weekdayError));
    salesForm->addRow(tr("&Before Sundays and holidays:"),
                      InlineError::withField(this, pair(m_beforeHolidayOpen, m_beforeHolidayClose), m_beforeHolidayError));
    salesLayout->addLayout(salesForm);
    salesLayout->addWidget(new QLabel(tr("Days with an earlier close (day: a calendar key such as easter_saturday, or MM-DD):"),
                                      salesPage));
    m_salesDays = makeTable(QStringLiteral("salesDaysTable"), {tr("Day"), tr("Close"), tr("Note"), tr("Problem")});
    salesLayout->addWidget(tableWithButtons(m_salesDays, QStringLiteral("SalesDay")));
    tabs->addTab(salesPage, tr("&Sales hours"));

    // Serving rules
    auto *servingPage = new QWidget(tabs);
    auto *servingLayout = new QVBoxLayout(servingPage);
    auto *servingHelp = new QLabel(tr("Groups: 1, 2, 3. Area: indoors, outdoors or empty for both. Zone: residential, "
                                      "non-residential, a named zone or empty for any. Days: mon … sun, before_holiday, "
                                      "holiday, or empty for every day. Season: MM-DD..MM-DD. End times from 00:00 to 06:00 "
                                      "are after midnight."),
                                   servingPage);
    servingHelp->setWordWrap(true);
    servingLayout->addWidget(servingHelp);
    m_servingRules = makeTable(QStringLiteral("servingRulesTable"),
                               {tr("Groups"), tr("Area"), tr("Zone"), tr("Days"), tr("Season"), tr("Start"), tr("End"),
                                tr("Note"), tr("Problem")});
    servingLayout->addWidget(tableWithButtons(m_servingRules, QStringLiteral("ServingRule")), 1);
    auto *consumptionForm = new QFormLayout;
    m_consumption = new QSpinBox(servingPage);
    m_consumption->setObjectName(QStringLiteral("consumptionMinutesSpinBox"));
    m_consumption->setRange(0, 120);
    m_consumption->setSuffix(tr(" min"));
    m_consumptionError = InlineError::makeLabel(this, QStringLiteral("consumptionErrorLabel"));
    consumptionForm->addRow(tr("&Consumption after serving ends:"),
                            InlineError::withField(this, m_consumption, m_consumptionError));
    servingLayout->addLayout(consumptionForm);
    tabs->addTab(servingPage, tr("Se&rving hours"));

    // Special days
    auto *specialPage = new QWidget(tabs);
    auto *specialLayout = new QVBoxLayout(specialPage);
    auto *specialHelp = new QLabel(tr("Days with narrower serving hours, e.g. 17 May in public places not before 16:00. "
                                      "Day: a calendar key (may_17) or MM-DD."),
                                   specialPage);
    specialHelp->setWordWrap(true);
    specialLayout->addWidget(specialHelp);
    m_specialDays = makeTable(QStringLiteral("specialDaysTable"),
                              {tr("Day"), tr("Zone"), tr("Not before"), tr("Not after"), tr("Note"), tr("Problem")});
    specialLayout->addWidget(tableWithButtons(m_specialDays, QStringLiteral("SpecialDay")), 1);
    tabs->addTab(specialPage, tr("S&pecial days"));

    // Fees for single occasions and travelling licences (rules.md D.3)
    auto *feesPage = new QWidget(tabs);
    auto *feesLayout = new QVBoxLayout(feesPage);
    auto *feesForm = new QFormLayout;
    m_feeMethod = new QComboBox(feesPage);
    m_feeMethod->setObjectName(QStringLiteral("feeMethodComboBox"));
    m_feeMethod->addItem(tr("Per litre at the national rates, with the serving minimum"), QStringLiteral("per_litre"));
    m_feeMethod->addItem(tr("By tiers (attendance and event type)"), QStringLiteral("tiers"));
    m_ordinaryBase = new QComboBox(feesPage);
    m_ordinaryBase->setObjectName(QStringLiteral("ordinaryFeeBaseComboBox"));
    m_ordinaryBase->addItem(tr("The serving minimum of the year"), QStringLiteral("serving_minimum"));
    m_ordinaryBase->addItem(tr("A fixed amount"), QStringLiteral("amount"));
    m_ordinaryAmount = new QLineEdit(feesPage);
    m_ordinaryAmount->setObjectName(QStringLiteral("ordinaryFeeAmountEdit"));
    m_ordinaryAmount->setPlaceholderText(tr("kroner, only with a fixed amount"));
    m_ordinaryAmountError = InlineError::makeLabel(this, QStringLiteral("ordinaryFeeAmountErrorLabel"));
    m_travellingRate = new QLineEdit(feesPage);
    m_travellingRate->setObjectName(QStringLiteral("travellingRateEdit"));
    m_travellingRate->setPlaceholderText(tr("kroner per occasion; empty: the national cap of the year"));
    m_travellingRateError = InlineError::makeLabel(this, QStringLiteral("travellingRateErrorLabel"));
    feesForm->addRow(tr("Single-occasion fee &method:"), m_feeMethod);
    feesForm->addRow(tr("\"Ordinary fee\" &means:"), m_ordinaryBase);
    feesForm->addRow(tr("Ordinary fee &amount:"), InlineError::withField(this, m_ordinaryAmount, m_ordinaryAmountError));
    feesForm->addRow(tr("Tra&velling licence rate:"), InlineError::withField(this, m_travellingRate, m_travellingRateError));
    feesLayout->addLayout(feesForm);
    auto *tiersHelp = new QLabel(tr("Tiers are tried from the top; the first that matches the event type (empty: any type) "
                                    "and the attendance (from-to, to empty: no upper limit) decides. Each tier charges "
                                    "exactly one of: an amount in kroner, a percentage of the ordinary fee, or the "
                                    "travelling licence rate (yes). Event types: cultural, voluntary, senior_centre, "
                                    "closed_party, other."),
                                 feesPage);
    tiersHelp->setWordWrap(true);
    feesLayout->addWidget(tiersHelp);
    m_tiers = makeTable(QStringLiteral("feeTiersTable"), {tr("Event type"), tr("From"), tr("To"), tr("Amount"),
                                                          tr("% of ordinary"), tr("Travelling rate"), tr("Note"),
                                                          tr("Problem")});
    feesLayout->addWidget(tableWithButtons(m_tiers, QStringLiteral("FeeTier")), 1);
    tabs->addTab(feesPage, tr("&Fees"));

    // Settings
    auto *settingsPage = new QWidget(tabs);
    auto *settingsForm = new QFormLayout(settingsPage);
    m_reading = new QComboBox(settingsPage);
    m_reading->setObjectName(QStringLiteral("periodReadingComboBox"));
    m_reading->addItem(RuleTexts::readingName(LicencePeriod::Reading::FixedBoundary),
                       static_cast<int>(LicencePeriod::Reading::FixedBoundary));
    m_reading->addItem(RuleTexts::readingName(LicencePeriod::Reading::NextCouncil),
                       static_cast<int>(LicencePeriod::Reading::NextCouncil));
    m_prikkerUsed = new QCheckBox(tr("A suspension uses up the prikker it was given for"), settingsPage);
    m_prikkerUsed->setObjectName(QStringLiteral("prikkerUsedCheckBox"));
    m_transferMonths = new QSpinBox(settingsPage);
    m_transferMonths->setObjectName(QStringLiteral("transferMonthsSpinBox"));
    m_transferMonths->setRange(0, 24);
    m_transferMonths->setSuffix(tr(" months"));
    m_transferDays = new QSpinBox(settingsPage);
    m_transferDays->setObjectName(QStringLiteral("transferDaysSpinBox"));
    m_transferDays->setRange(0, 365);
    m_transferDays->setSuffix(tr(" days"));
    m_estimatedFee = new QDoubleSpinBox(settingsPage);
    m_estimatedFee->setObjectName(QStringLiteral("estimatedFeeSpinBox"));
    m_estimatedFee->setRange(0, 1000);
    m_estimatedFee->setDecimals(1);
    m_estimatedFee->setSuffix(QStringLiteral(" %"));
    m_estimatedFee->setSpecialValueText(tr("none"));
    m_travellingQuota = new QSpinBox(settingsPage);
    m_travellingQuota->setObjectName(QStringLiteral("travellingQuotaSpinBox"));
    m_travellingQuota->setRange(0, 10000);
    m_travellingQuota->setSpecialValueText(tr("no quota"));
    m_turnoverDeadline = new QLineEdit(settingsPage);
    m_turnoverDeadline->setObjectName(QStringLiteral("turnoverDeadlineEdit"));
    m_turnoverDeadline->setPlaceholderText(tr("dd.mm, e.g. 01.03; empty: none"));
    m_turnoverDeadlineError = InlineError::makeLabel(this, QStringLiteral("turnoverDeadlineErrorLabel"));
    m_zones = new QLineEdit(settingsPage);
    m_zones->setObjectName(QStringLiteral("zonesEdit"));
    m_zones->setPlaceholderText(tr("named zones, separated by commas"));
    m_zonesError = InlineError::makeLabel(this, QStringLiteral("zonesErrorLabel"));
    settingsForm->addRow(tr("Licence period &reading:"), m_reading);
    settingsForm->addRow(QString(), m_prikkerUsed);
    settingsForm->addRow(tr("&Transfer: transition period:"), m_transferMonths);
    settingsForm->addRow(tr("Transfer: &application within:"), m_transferDays);
    settingsForm->addRow(tr("&Estimated fee (last year's fee plus):"), m_estimatedFee);
    settingsForm->addRow(tr("Tra&velling licences (quota):"), m_travellingQuota);
    settingsForm->addRow(tr("Turnover report &deadline:"),
                         InlineError::withField(this, m_turnoverDeadline, m_turnoverDeadlineError));
    settingsForm->addRow(tr("Named &zones:"), InlineError::withField(this, m_zones, m_zonesError));
    // Case processing: the processing clock, statements and local policies (issue 4).
    m_targetDays = new QSpinBox(settingsPage);
    m_targetDays->setObjectName(QStringLiteral("processingTargetDaysSpinBox"));
    m_targetDays->setRange(0, 365);
    m_targetDays->setSuffix(tr(" days"));
    m_targetDays->setSpecialValueText(tr("no target"));
    m_pauseIncomplete = new QCheckBox(tr("The processing clock stops while attachments are missing"), settingsPage);
    m_pauseIncomplete->setObjectName(QStringLiteral("pauseClockWhileIncompleteCheckBox"));
    m_pauseStatements = new QCheckBox(tr("The processing clock stops while statements are awaited"), settingsPage);
    m_pauseStatements->setObjectName(QStringLiteral("pauseClockForStatementsCheckBox"));
    m_statementDays = new QSpinBox(settingsPage);
    m_statementDays->setObjectName(QStringLiteral("statementReplyDaysSpinBox"));
    m_statementDays->setRange(1, 180);
    m_statementDays->setSuffix(tr(" days"));
    m_policyRetail = new QCheckBox(tr("No serving licence for shops during their opening hours (Bærum 2.9)"), settingsPage);
    m_policyRetail->setObjectName(QStringLiteral("policyRetailCheckBox"));
    m_policyChildren = new QCheckBox(tr("No permanent serving licence aimed at children and young people (Bærum 2.4)"),
                                     settingsPage);
    m_policyChildren->setObjectName(QStringLiteral("policyChildrenYouthCheckBox"));
    m_policySports = new QCheckBox(tr("Serving at sports arenas goes to political decision (Bærum 2.5)"), settingsPage);
    m_policySports->setObjectName(QStringLiteral("policySportsArenaCheckBox"));
    settingsForm->addRow(tr("Processing tar&get:"), m_targetDays);
    settingsForm->addRow(QString(), m_pauseIncomplete);
    settingsForm->addRow(QString(), m_pauseStatements);
    settingsForm->addRow(tr("Statement reply dead&line:"), m_statementDays);
    settingsForm->addRow(tr("Local policies:"), m_policyRetail);
    settingsForm->addRow(QString(), m_policyChildren);
    settingsForm->addRow(QString(), m_policySports);
    tabs->addTab(settingsPage, tr("Se&ttings"));

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save as &new version"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &RuleSetEditorDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_generalError);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    load(m_base);

    const QDate latest = m_base.effectiveFrom;
    const QDate today = m_clock.today();
    m_effectiveFrom->setDate(latest.isValid() && latest > today ? latest : today);
    m_basedOn->setText(latest.isValid()
                           ? tr("Rule set \"%1\". The form shows the version in force from %2; saving stores it as a new "
                                "version from the date below (from %2 itself: replaces that version).")
                                 .arg(m_ruleSet.title.isEmpty() ? m_ruleSet.name : m_ruleSet.title, formatDate(latest))
                           : QString());

    if (m_db.isReadOnly()) {
        m_saveButton->setEnabled(false);
        m_saveButton->setToolTip(tr("The register is open read-only."));
    }

    const auto revalidate = [this] {
        if (!m_loading)
            validate();
    };
    for (QLineEdit *edit : {m_title, m_source, m_weekdayOpen, m_weekdayClose, m_beforeHolidayOpen, m_beforeHolidayClose,
                            m_turnoverDeadline, m_zones, m_ordinaryAmount, m_travellingRate})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QComboBox *combo : {m_feeMethod, m_ordinaryBase})
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    for (QTableWidget *table : {m_salesDays, m_servingRules, m_specialDays, m_tiers})
        connect(table, &QTableWidget::itemChanged, this, [this, revalidate](QTableWidgetItem *item) {
            // Writing a problem into its column must not start another round.
            const int problemColumn = item->tableWidget()->columnCount() - 1;
            if (item->column() != problemColumn)
                revalidate();
        });
    connect(m_consumption, &QSpinBox::valueChanged, this, revalidate);
    connect(m_effectiveFrom, &QDateEdit::dateChanged, this, revalidate);
    resize(980, 640);
    validate();
}

RuleSetEditorDialog::~RuleSetEditorDialog()
{
    // Closing the dialog commits an open cell editor; the form is gone by then.
    for (QObject *sender : findChildren<QObject *>())
        disconnect(sender, nullptr, this, nullptr);
}

QTableWidget *RuleSetEditorDialog::makeTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(true);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->setTabKeyNavigation(false);
    return table;
}

QWidget *RuleSetEditorDialog::tableWithButtons(QTableWidget *table, const QString &name)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add row"), box);
    add->setObjectName(QStringLiteral("add%1Button").arg(name));
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("Remove row"), box);
    remove->setObjectName(QStringLiteral("remove%1Button").arg(name));
    remove->setAutoDefault(false);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this, table] {
        QStringList empty;
        for (int c = 0; c < table->columnCount() - 1; ++c)
            empty.append(QString());
        addRow(table, empty);
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->setFocus();
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        const int row = table->currentRow();
        if (row >= 0) {
            table->removeRow(row);
            validate();
        }
    });
    return box;
}

void RuleSetEditorDialog::addRow(QTableWidget *table, const QStringList &cells)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    auto *problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    problem->setForeground(QColor(0xb0, 0x00, 0x20));
    table->setItem(row, table->columnCount() - 1, problem);
    m_loading = wasLoading;
}

void RuleSetEditorDialog::load(const RuleSetVersion &v)
{
    m_loading = true;
    m_title->setText(v.title);
    m_source->setText(v.source);
    m_weekdayOpen->setText(RuleTexts::timeText(v.sales.weekdayOpen));
    m_weekdayClose->setText(RuleTexts::timeText(v.sales.weekdayClose));
    m_beforeHolidayOpen->setText(RuleTexts::timeText(v.sales.beforeHolidayOpen));
    m_beforeHolidayClose->setText(RuleTexts::timeText(v.sales.beforeHolidayClose));
    m_salesDays->setRowCount(0);
    for (const SalesDayRule &day : v.sales.days)
        addRow(m_salesDays, {day.day, day.close ? RuleTexts::timeText(*day.close) : QString(), day.note});
    m_servingRules->setRowCount(0);
    for (const ServingRule &rule : v.serving.rules) {
        QStringList groups;
        for (int g : rule.groups)
            groups.append(QString::number(g));
        addRow(m_servingRules,
               {groups.join(QStringLiteral(", ")), rule.area ? RuleTexts::areaName(*rule.area) : QString(), rule.zone,
                rule.days.join(QStringLiteral(", ")),
                rule.season ? monthDayText(rule.season->from) + QStringLiteral("..") + monthDayText(rule.season->to)
                            : QString(),
                RuleTexts::timeText(rule.start), RuleTexts::timeText(rule.end), rule.note});
    }
    m_specialDays->setRowCount(0);
    for (const SpecialDayRule &day : v.serving.specialDays) {
        addRow(m_specialDays, {day.day, day.zone, day.notBefore ? RuleTexts::timeText(*day.notBefore) : QString(),
                               day.notAfter ? RuleTexts::timeText(*day.notAfter) : QString(), day.note});
    }
    m_consumption->setValue(v.serving.consumptionMinutes);
    const auto amountText = [](const std::optional<double> &value) {
        return value ? QLocale().toString(*value, 'f', 2) : QString();
    };
    m_feeMethod->setCurrentIndex(qMax(0, m_feeMethod->findData(v.fees.singleOccasionMethod)));
    m_ordinaryBase->setCurrentIndex(qMax(0, m_ordinaryBase->findData(v.fees.ordinaryFeeBase)));
    m_ordinaryAmount->setText(amountText(v.fees.ordinaryFeeAmount));
    m_travellingRate->setText(amountText(v.fees.travellingRate));
    m_tiers->setRowCount(0);
    for (const SingleOccasionTier &tier : v.fees.singleOccasionTiers) {
        addRow(m_tiers, {tier.eventType, QString::number(tier.minAttendance),
                         tier.maxAttendance ? QString::number(*tier.maxAttendance) : QString(), amountText(tier.amount),
                         tier.percentOfOrdinary ? QLocale().toString(*tier.percentOfOrdinary) : QString(),
                         tier.travellingRate ? tr("yes") : QString(), tier.note});
    }
    m_reading->setCurrentIndex(m_reading->findData(static_cast<int>(v.settings.periodReading)));
    m_prikkerUsed->setChecked(v.settings.prikkerUsedBySuspension);
    m_transferMonths->setValue(v.settings.transferTransitionMonths);
    m_transferDays->setValue(v.settings.transferApplicationDays);
    m_estimatedFee->setValue(v.fees.estimatedFeePercent.value_or(0));
    m_travellingQuota->setValue(v.settings.travellingLicenceQuota.value_or(0));
    m_turnoverDeadline->setText(v.settings.turnoverReportDeadline
                                    ? QStringLiteral("%1.%2")
                                          .arg(v.settings.turnoverReportDeadline->day, 2, 10, QLatin1Char('0'))
                                          .arg(v.settings.turnoverReportDeadline->month, 2, 10, QLatin1Char('0'))
                                    : QString());
    m_zones->setText(v.settings.zones.join(QStringLiteral(", ")));
    m_targetDays->setValue(v.settings.processingTargetDays.value_or(0));
    m_pauseIncomplete->setChecked(v.settings.pauseClockWhileIncomplete);
    m_pauseStatements->setChecked(v.settings.pauseClockForStatements);
    m_statementDays->setValue(v.settings.statementReplyDays);
    m_policyRetail->setChecked(v.settings.localPolicies.contains(CaseChecks::PolicyRetailOpeningHours));
    m_policyChildren->setChecked(v.settings.localPolicies.contains(CaseChecks::PolicyChildrenYouth));
    m_policySports->setChecked(v.settings.localPolicies.contains(CaseChecks::PolicySportsPolitical));
    for (QTableWidget *table : {m_salesDays, m_servingRules, m_specialDays, m_tiers})
        table->resizeColumnsToContents();
    m_loading = false;
}

RuleSetVersion RuleSetEditorDialog::version(QList<RuleProblem> *problems) const
{
    QList<RuleProblem> found;
    auto problem = [&found](const QString &path, const QString &message) { found.append({path, message}); };
    RuleSetVersion v = m_base;
    v.effectiveFrom = m_effectiveFrom->date();
    v.title = m_title->text().trimmed();
    v.source = m_source->text().trimmed();

    auto time = [&](QLineEdit *edit, const QString &path, const QString &label) {
        const std::optional<QTime> t = RuleTexts::parseTime(edit->text());
        if (!t) {
            problem(path, tr("%1: write a time of day as HH:MM.").arg(label));
            return QTime();
        }
        return *t;
    };
    v.sales.weekdayOpen = time(m_weekdayOpen, QStringLiteral("sales.weekday.open"), tr("Opens"));
    v.sales.weekdayClose = time(m_weekdayClose, QStringLiteral("sales.weekday.close"), tr("Closes"));
    v.sales.beforeHolidayOpen = time(m_beforeHolidayOpen, QStringLiteral("sales.before_holiday.open"), tr("Opens"));
    v.sales.beforeHolidayClose = time(m_beforeHolidayClose, QStringLiteral("sales.before_holiday.close"), tr("Closes"));

    auto optionalTime = [&](const QString &text, const QString &path, const QString &label) -> std::optional<QTime> {
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<QTime> t = RuleTexts::parseTime(text);
        if (!t)
            problem(path, tr("%1: write a time of day as HH:MM, or leave it empty.").arg(label));
        return t;
    };

    v.sales.days.clear();
    for (int r = 0; r < m_salesDays->rowCount(); ++r) {
        SalesDayRule day;
        day.day = itemText(m_salesDays, r, YDay);
        if (day.day.isEmpty())
            problem(rowPath("sales.days", r, "day"), tr("Day: name the day (easter_saturday, 12-24, ...)."));
        day.close = optionalTime(itemText(m_salesDays, r, YClose), rowPath("sales.days", r, "close"), tr("Close"));
        day.note = itemText(m_salesDays, r, YNote);
        v.sales.days.append(day);
    }

    v.serving.rules.clear();
    static const QRegularExpression seasonShape(QStringLiteral("^(\\S+)\\s*(?:\\.\\.|–|to)\\s*(\\S+)$"));
    for (int r = 0; r < m_servingRules->rowCount(); ++r) {
        ServingRule rule;
        const QString groupsText = itemText(m_servingRules, r, SGroups);
        bool groupsOk = !groupsText.isEmpty();
        for (const QString &part : groupsText.split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts)) {
            const int g = part.toInt();
            if (g < 1 || g > 3 || rule.groups.contains(g))
                groupsOk = false;
            else
                rule.groups.append(g);
        }
        if (!groupsOk || rule.groups.isEmpty())
            problem(rowPath("serving.rules", r, "groups"), tr("Groups: list alcohol groups 1, 2 or 3, e.g. \"1, 2\"."));
        const QString area = itemText(m_servingRules, r, SArea);
        if (area.compare(RuleTexts::areaName(Area::Indoor), Qt::CaseInsensitive) == 0
            || area.compare(QLatin1String("indoor"), Qt::CaseInsensitive) == 0)
            rule.area = Area::Indoor;
        else if (area.compare(RuleTexts::areaName(Area::Outdoor), Qt::CaseInsensitive) == 0
                 || area.compare(QLatin1String("outdoor"), Qt::CaseInsensitive) == 0)
            rule.area = Area::Outdoor;
        else if (!area.isEmpty())
            problem(rowPath("serving.rules", r, "area"),
                    tr("Area: write %1, %2 or leave it empty for both.")
                        .arg(RuleTexts::areaName(Area::Indoor), RuleTexts::areaName(Area::Outdoor)));
        rule.zone = itemText(m_servingRules, r, SZone);
        const QString days = itemText(m_servingRules, r, SDays);
        for (const QString &day : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = day.trimmed().toLower();
            if (!kServingDays.contains(key)) {
                problem(rowPath("serving.rules", r, "days"),
                        tr("Days: \"%1\" is not one of %2.").arg(day.trimmed(), kServingDays.join(QStringLiteral(", "))));
                break;
            }
            rule.days.append(key);
        }
        const QString season = itemText(m_servingRules, r, SSeason);
        if (!season.isEmpty()) {
            const QRegularExpressionMatch m = seasonShape.match(season);
            const std::optional<MonthDay> from = m.hasMatch() ? parseMonthDay(m.captured(1)) : std::nullopt;
            const std::optional<MonthDay> to = m.hasMatch() ? parseMonthDay(m.captured(2)) : std::nullopt;
            if (from && to)
                rule.season = Season{*from, *to};
            else
                problem(rowPath("serving.rules", r, "season"), tr("Season: write MM-DD..MM-DD, e.g. 05-01..08-31."));
        }
        const std::optional<QTime> start =
            optionalTime(itemText(m_servingRules, r, SStart), rowPath("serving.rules", r, "start"), tr("Start"));
        const std::optional<QTime> end =
            optionalTime(itemText(m_servingRules, r, SEnd), rowPath("serving.rules", r, "end"), tr("End"));
        if (itemText(m_servingRules, r, SStart).isEmpty())
            problem(rowPath("serving.rules", r, "start"), tr("Start: a time is required."));
        if (itemText(m_servingRules, r, SEnd).isEmpty())
            problem(rowPath("serving.rules", r, "end"), tr("End: a time is required."));
        rule.start = start.value_or(QTime());
        rule.end = end.value_or(QTime());
        rule.note = itemText(m_servingRules, r, SNote);
        v.serving.rules.append(rule);
    }

    v.serving.specialDays.clear();
    for (int r = 0; r < m_specialDays->rowCount(); ++r) {
        SpecialDayRule day;
        day.day = itemText(m_specialDays, r, DDay);
        if (day.day.isEmpty())
            problem(rowPath("serving.special_days", r, "day"), tr("Day: name the day (may_17, 12-24, ...)."));
        day.zone = itemText(m_specialDays, r, DZone);
        day.notBefore = optionalTime(itemText(m_specialDays, r, DNotBefore), rowPath("serving.special_days", r, "not_before"),
                                     tr("Not before"));
        day.notAfter = optionalTime(itemText(m_specialDays, r, DNotAfter), rowPath("serving.special_days", r, "not_after"),
                                    tr("Not after"));
        day.note = itemText(m_specialDays, r, DNote);
        v.serving.specialDays.append(day);
    }
    v.serving.consumptionMinutes = m_consumption->value();

    // Fees. The same consistency rules as the file format (docs/rule-set-format.md).
    auto amount = [&](const QString &text, const QString &path, const QString &label) -> std::optional<double> {
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = RuleTexts::parseNumber(text);
        if (!value || *value < 0)
            problem(path, tr("%1: write an amount of 0 or more, e.g. 440 or 1 017,50.").arg(label));
        return value;
    };
    v.fees.singleOccasionMethod = m_feeMethod->currentData().toString();
    v.fees.ordinaryFeeBase = m_ordinaryBase->currentData().toString();
    v.fees.ordinaryFeeAmount = amount(m_ordinaryAmount->text().trimmed(), QStringLiteral("fees.ordinary_fee_amount"),
                                      tr("Ordinary fee amount"));
    if (v.fees.ordinaryFeeBase == QLatin1String("amount") && !v.fees.ordinaryFeeAmount)
        problem(QStringLiteral("fees.ordinary_fee_amount"), tr("Ordinary fee amount: required with a fixed amount."));
    v.fees.travellingRate = amount(m_travellingRate->text().trimmed(), QStringLiteral("fees.travelling_rate"),
                                   tr("Travelling licence rate"));
    v.fees.singleOccasionTiers.clear();
    for (int r = 0; r < m_tiers->rowCount(); ++r) {
        SingleOccasionTier tier;
        tier.eventType = itemText(m_tiers, r, TEventType);
        bool ok = false;
        const QString minText = itemText(m_tiers, r, TMin);
        tier.minAttendance = minText.isEmpty() ? 0 : minText.toInt(&ok);
        if (!minText.isEmpty() && (!ok || tier.minAttendance < 0))
            problem(rowPath("fees.single_occasion_tiers", r, "min_attendance"), tr("From: a number of people, 0 or more."));
        const QString maxText = itemText(m_tiers, r, TMax);
        if (!maxText.isEmpty()) {
            const int max = maxText.toInt(&ok);
            if (!ok || max < tier.minAttendance)
                problem(rowPath("fees.single_occasion_tiers", r, "max_attendance"),
                        tr("To: a number of people, not below From (empty: no upper limit)."));
            else
                tier.maxAttendance = max;
        }
        tier.amount = amount(itemText(m_tiers, r, TAmount), rowPath("fees.single_occasion_tiers", r, "amount"), tr("Amount"));
        tier.percentOfOrdinary = amount(itemText(m_tiers, r, TPercent),
                                        rowPath("fees.single_occasion_tiers", r, "percent_of_ordinary"), tr("% of ordinary"));
        const QString travelling = itemText(m_tiers, r, TTravelling).toCaseFolded();
        tier.travellingRate = !travelling.isEmpty() && travelling != tr("no").toCaseFolded()
                              && travelling != QLatin1String("no") && travelling != QLatin1String("0");
        const int charges = (tier.amount ? 1 : 0) + (tier.percentOfOrdinary ? 1 : 0) + (tier.travellingRate ? 1 : 0);
        if (charges != 1)
            problem(rowPath("fees.single_occasion_tiers", r, "amount"),
                    tr("A tier charges exactly one of: an amount, a percentage of the ordinary fee, or the travelling rate."));
        tier.note = itemText(m_tiers, r, TNote);
        v.fees.singleOccasionTiers.append(tier);
    }
    if (v.fees.singleOccasionMethod == QLatin1String("tiers") && v.fees.singleOccasionTiers.isEmpty())
        problem(QStringLiteral("fees.single_occasion_tiers"), tr("Fees by tiers: add at least one tier."));

    v.settings.periodReading = static_cast<LicencePeriod::Reading>(m_reading->currentData().toInt());
    v.settings.prikkerUsedBySuspension = m_prikkerUsed->isChecked();
    v.settings.transferTransitionMonths = m_transferMonths->value();
    v.settings.transferApplicationDays = m_transferDays->value();
    v.fees.estimatedFeePercent = m_estimatedFee->value() > 0 ? std::optional<double>(m_estimatedFee->value()) : std::nullopt;
    v.settings.travellingLicenceQuota =
        m_travellingQuota->value() > 0 ? std::optional<int>(m_travellingQuota->value()) : std::nullopt;
    const QString deadline = m_turnoverDeadline->text().trimmed();
    v.settings.turnoverReportDeadline.reset();
    if (!deadline.isEmpty()) {
        const std::optional<MonthDay> md = parseDayMonth(deadline);
        if (md)
            v.settings.turnoverReportDeadline = *md;
        else
            problem(QStringLiteral("settings.turnover_report_deadline"),
                    tr("Turnover report deadline: write a day as dd.mm, e.g. 01.03, or leave it empty."));
    }
    QStringList zones;
    for (const QString &zone : m_zones->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!zone.trimmed().isEmpty())
            zones.append(zone.trimmed());
    }
    v.settings.zones = zones;
    v.settings.processingTargetDays =
        m_targetDays->value() > 0 ? std::optional<int>(m_targetDays->value()) : std::nullopt;
    v.settings.pauseClockWhileIncomplete = m_pauseIncomplete->isChecked();
    v.settings.pauseClockForStatements = m_pauseStatements->isChecked();
    v.settings.statementReplyDays = m_statementDays->value();
    // Policies keep the order of the version the form was loaded from; new ones follow.
    const QList<QPair<QCheckBox *, QString>> policyBoxes = {{m_policyRetail, CaseChecks::PolicyRetailOpeningHours},
                                                            {m_policyChildren, CaseChecks::PolicyChildrenYouth},
                                                            {m_policySports, CaseChecks::PolicySportsPolitical}};
    QStringList checked;
    for (const auto &box : policyBoxes) {
        if (box.first->isChecked())
            checked.append(box.second);
    }
    QStringList policies;
    for (const QString &key : m_base.settings.localPolicies) {
        if (checked.contains(key))
            policies.append(key);
    }
    for (const QString &key : checked) {
        if (!policies.contains(key))
            policies.append(key);
    }
    v.settings.localPolicies = policies;
    if (problems)
        *problems = found;
    return v;
}

bool RuleSetEditorDialog::validate()
{
    QList<RuleProblem> problems;
    const RuleSetVersion v = version(&problems);
    if (!v.effectiveFrom.isValid()) {
        problems.append({QStringLiteral("effective_from"), tr("In force from: a date is required.")});
    } else if (!m_ruleSet.versions.isEmpty() && v.effectiveFrom < m_ruleSet.versions.last().effectiveFrom) {
        problems.append({QStringLiteral("effective_from"),
                         tr("In force from: a version from %1 already follows; choose that day or later.")
                             .arg(formatDate(m_ruleSet.versions.last().effectiveFrom))});
    }
    if (problems.isEmpty() && v.effectiveFrom.isValid()) {
        int index = 0;
        RuleSetRepository::withVersion(m_ruleSet, v, &index);
        const QString own = QStringLiteral("versions[%1].").arg(index);
        for (RuleProblem problem : RuleSetRepository::problemsOf(m_ruleSet, v)) {
            if (problem.path.startsWith(own))
                problem.path = problem.path.mid(own.size());
            problems.append(problem);
        }
    }
    showProblems(problems);
    return problems.isEmpty();
}

void RuleSetEditorDialog::showProblems(const QList<RuleProblem> &problems)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (QTableWidget *table : {m_salesDays, m_servingRules, m_specialDays, m_tiers}) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (QTableWidgetItem *item = table->item(r, c)) {
                    if (c == table->columnCount() - 1)
                        item->setText(QString());
                    item->setBackground(QBrush());
                }
            }
        }
    }
    QHash<QLabel *, QStringList> labels;
    for (QLabel *label : {m_effectiveFromError, m_generalError, m_weekdayError, m_beforeHolidayError, m_consumptionError,
                          m_turnoverDeadlineError, m_zonesError, m_ordinaryAmountError, m_travellingRateError})
        labels.insert(label, {});

    static const QRegularExpression rowPattern(
        QStringLiteral("^(sales\\.days|serving\\.rules|serving\\.special_days|fees\\.single_occasion_tiers)\\[(\\d+)\\](?:\\.(\\w+))?"));
    static const QHash<QString, int> tierColumns = {
        {QStringLiteral("event_type"), TEventType}, {QStringLiteral("min_attendance"), TMin},
        {QStringLiteral("max_attendance"), TMax},   {QStringLiteral("amount"), TAmount},
        {QStringLiteral("percent_of_ordinary"), TPercent}, {QStringLiteral("travelling_rate"), TTravelling},
        {QStringLiteral("note"), TNote}};
    static const QHash<QString, int> servingColumns = {
        {QStringLiteral("groups"), SGroups}, {QStringLiteral("area"), SArea},     {QStringLiteral("zone"), SZone},
        {QStringLiteral("days"), SDays},     {QStringLiteral("season"), SSeason}, {QStringLiteral("start"), SStart},
        {QStringLiteral("end"), SEnd},       {QStringLiteral("note"), SNote}};
    static const QHash<QString, int> specialColumns = {
        {QStringLiteral("day"), DDay}, {QStringLiteral("zone"), DZone}, {QStringLiteral("not_before"), DNotBefore},
        {QStringLiteral("not_after"), DNotAfter}, {QStringLiteral("note"), DNote}};
    static const QHash<QString, int> salesColumns = {
        {QStringLiteral("day"), YDay}, {QStringLiteral("close"), YClose}, {QStringLiteral("note"), YNote}};

    for (const RuleProblem &problem : problems) {
        const QRegularExpressionMatch m = rowPattern.match(problem.path);
        if (m.hasMatch()) {
            const QString list = m.captured(1);
            QTableWidget *table = list == QLatin1String("sales.days") ? m_salesDays
                : list == QLatin1String("serving.rules")              ? m_servingRules
                : list == QLatin1String("fees.single_occasion_tiers") ? m_tiers
                                                                      : m_specialDays;
            const QHash<QString, int> &columns = table == m_salesDays ? salesColumns
                : table == m_servingRules                              ? servingColumns
                : table == m_tiers                                     ? tierColumns
                                                                       : specialColumns;
            const int row = m.captured(2).toInt();
            if (row < table->rowCount()) {
                QTableWidgetItem *cell = table->item(row, table->columnCount() - 1);
                cell->setText(cell->text().isEmpty() ? problem.message
                                                     : cell->text() + QLatin1Char(' ') + problem.message);
                cell->setToolTip(cell->text());
                const int column = columns.value(m.captured(3), -1);
                if (column >= 0 && table->item(row, column))
                    table->item(row, column)->setBackground(kProblemBackground);
                continue;
            }
        }
        QLabel *label = m_generalError;
        QString message = problem.message;
        if (problem.path.startsWith(QLatin1String("sales.weekday")))
            label = m_weekdayError;
        else if (problem.path.startsWith(QLatin1String("sales.before_holiday")))
            label = m_beforeHolidayError;
        else if (problem.path.startsWith(QLatin1String("serving.consumption_minutes")))
            label = m_consumptionError;
        else if (problem.path == QLatin1String("effective_from"))
            label = m_effectiveFromError;
        else if (problem.path.startsWith(QLatin1String("settings.turnover_report_deadline")))
            label = m_turnoverDeadlineError;
        else if (problem.path.startsWith(QLatin1String("settings.zones")))
            label = m_zonesError;
        else if (problem.path.startsWith(QLatin1String("fees.ordinary_fee_amount")))
            label = m_ordinaryAmountError;
        else if (problem.path.startsWith(QLatin1String("fees.travelling_rate")))
            label = m_travellingRateError;
        else
            message = tr("%1: %2").arg(problem.path, problem.message);
        labels[label].append(message);
    }
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        InlineError::show(it.key(), it.value().join(QLatin1Char('\n')));
    m_loading = wasLoading;
}

void RuleSetEditorDialog::save()
{
    if (m_db.isReadOnly() || !validate())
        return;
    const RuleSetVersion v = version(nullptr);
    const Result<RuleSet> saved = RuleSetRepository(m_db, m_clock).saveVersion(v);
    if (!saved) {
        const Error &error = saved.error();
        if (error.code == RuleSetRepository::ErrorValidation) {
            int index = 0;
            RuleSetRepository::withVersion(m_ruleSet, v, &index);
            const QString own = QStringLiteral("versions[%1].").arg(index);
            QString path = error.field;
            if (path.startsWith(own))
                path = path.mid(own.size());
            QString message = error.message;
            if (message.startsWith(error.field + QStringLiteral(": ")))
                message = message.mid(error.field.size() + 2);
            showProblems({{path, message}});
        } else if (error.code == RuleSetRepository::ErrorHistory) {
            showProblems({{QStringLiteral("effective_from"), error.message}});
        } else {
            InlineError::show(m_generalError, error.message);
        }
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace bevilling
