#include "RenewalBatchDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "OptionalDateEdit.h"
#include "rules/LicencePeriod.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bevilling {

namespace {

constexpr int LicenceIdRole = Qt::UserRole + 1;

enum Column { NumberColumn, LicenseeColumn, PremisesColumn, KindColumn, ValidToColumn, RenewalCaseColumn, ColumnCount };

bool isChoosable(const QTreeWidgetItem *item)
{
    return item->flags().testFlag(Qt::ItemIsEnabled) && item->flags().testFlag(Qt::ItemIsUserCheckable);
}

} // namespace

RenewalBatchDialog::RenewalBatchDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_boundary(new DateEdit(this)),
      m_loadError(InlineError::makeLabel(this, QStringLiteral("renewalLoadErrorLabel"))),
      m_list(new QTreeWidget(this)),
      m_checkAll(new QPushButton(tr("Select &all"), this)),
      m_checkNone(new QPushButton(tr("Select n&one"), this)),
      m_count(new QLabel(this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("renewalErrorLabel"))),
      m_result(new QLabel(this)),
      m_openCases(new QPushButton(tr("Open &renewal cases"), this)),
      m_decidedOn(new OptionalDateEdit(this)),
      m_decidedOnError(InlineError::makeLabel(this, QStringLiteral("continuationDateErrorLabel"))),
      m_reference(new QLineEdit(this)),
      m_referenceError(InlineError::makeLabel(this, QStringLiteral("continuationReferenceErrorLabel"))),
      m_continue(new QPushButton(tr("Record the council's &continuation decision (§ 1-6 third paragraph)"), this))
{
    setObjectName(QStringLiteral("renewalBatchDialog"));
    setWindowTitle(tr("Renewal at the period boundary"));

    auto *intro = new QLabel(tr("Ordinary sales and serving licences that end on the period boundary. Open a renewal "
                                "case for each chosen licence, or record the council's decision that the chosen "
                                "licences continue for a new period (alkoholloven § 1-6 third paragraph). Licences "
                                "that are not chosen are left as they are."),
                             this);
    intro->setWordWrap(true);

    m_boundary->setObjectName(QStringLiteral("boundaryDateEdit"));
    m_boundary->setDate(rules::LicencePeriod::boundaryOnOrAfter(clock.today()));
    auto *boundaryLabel = new QLabel(tr("&Licences ending on:"), this);
    boundaryLabel->setBuddy(m_boundary);
    auto *boundaryRow = new QHBoxLayout;
    boundaryRow->addWidget(boundaryLabel);
    boundaryRow->addWidget(m_boundary);
    boundaryRow->addStretch(1);

    m_list->setObjectName(QStringLiteral("renewalLicenceTreeWidget"));
    m_list->setAccessibleName(tr("Licences ending on the boundary"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Licence"), tr("Licensee"), tr("Premises"), tr("Kind"), tr("Valid to"), tr("Open renewal case")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_checkAll->setObjectName(QStringLiteral("selectAllButton"));
    m_checkNone->setObjectName(QStringLiteral("selectNoneButton"));
    m_count->setObjectName(QStringLiteral("renewalCountLabel"));
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_checkAll);
    selectRow->addWidget(m_checkNone);
    selectRow->addWidget(m_count, 1);

    m_result->setObjectName(QStringLiteral("renewalResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *casesBox = new QGroupBox(tr("Renewal cases"), this);
    casesBox->setObjectName(QStringLiteral("renewalCasesGroupBox"));
    m_openCases->setObjectName(QStringLiteral("openRenewalCasesButton"));
    auto *officerLabel = new QLabel(tr("The cases are received today (%1) and assigned to %2.")
                                        .arg(formatDate(clock.today()), AuditLog::currentUser()),
                                    casesBox);
    officerLabel->setWordWrap(true);
    auto *casesLayout = new QVBoxLayout(casesBox);
    casesLayout->addWidget(officerLabel);
    casesLayout->addWidget(m_openCases, 0, Qt::AlignLeft);

    auto *continuationBox = new QGroupBox(tr("Council continuation decision"), this);
    continuationBox->setObjectName(QStringLiteral("continuationGroupBox"));
    m_decidedOn->setObjectName(QStringLiteral("continuationDateEdit"));
    m_decidedOn->setEmptyCalendarPage(clock.today());
    m_reference->setObjectName(QStringLiteral("continuationReferenceEdit"));
    m_reference->setPlaceholderText(tr("For example PS 45/28"));
    m_continue->setObjectName(QStringLiteral("recordContinuationButton"));
    auto *continuationForm = new QFormLayout;
    continuationForm->addRow(tr("&Decision date:"), InlineError::withField(continuationBox, m_decidedOn, m_decidedOnError));
    continuationForm->addRow(tr("Decision &reference:"), InlineError::withField(continuationBox, m_reference, m_referenceError));
    auto *continuationLayout = new QVBoxLayout(continuationBox);
    continuationLayout->addLayout(continuationForm);
    continuationLayout->addWidget(m_continue, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(boundaryRow);
    layout->addWidget(m_loadError);
    layout->addWidget(m_list, 1);
    layout->addLayout(selectRow);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addWidget(casesBox);
    layout->addWidget(continuationBox);
    layout->addWidget(buttons);

    if (db.isReadOnly()) {
        m_openCases->setEnabled(false);
        m_continue->setEnabled(false);
        m_openCases->setToolTip(tr("The register is open read-only."));
        m_continue->setToolTip(tr("The register is open read-only."));
    }

    connect(m_boundary, &QDateEdit::dateChanged, this, [this] {
        clearMessages();
        m_result->hide();
        reload();
    });
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { updateCount(); });
    connect(m_checkAll, &QPushButton::clicked, this, &RenewalBatchDialog::checkAll);
    connect(m_checkNone, &QPushButton::clicked, this, &RenewalBatchDialog::checkNone);
    connect(m_openCases, &QPushButton::clicked, this, &RenewalBatchDialog::openRenewalCases);
    connect(m_continue, &QPushButton::clicked, this, &RenewalBatchDialog::recordContinuation);

    reload();
    resize(820, 640);
}

QDate RenewalBatchDialog::boundary() const
{
    return m_boundary->date();
}

void RenewalBatchDialog::setBoundary(const QDate &date)
{
    m_boundary->setDate(date);
}

void RenewalBatchDialog::reload()
{
    InlineError::show(m_loadError, QString());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QDate boundary = m_boundary->date();
    Result<QList<Licence>> licences = LicenceRepository(m_db, m_clock).list();
    if (!licences) {
        InlineError::show(m_loadError, licences.error().message);
        updateCount();
        return;
    }
    CaseQuery query;
    query.type = CaseType::Renewal;
    query.openOnly = true;
    const Result<QList<Case>> renewals = CaseRepository(m_db, m_clock).list(query);
    QHash<qint64, QString> openRenewal;
    if (renewals) {
        for (const Case &c : *renewals) {
            if (c.licenceId && c.isOpen())
                openRenewal.insert(*c.licenceId, c.number);
        }
    } else {
        InlineError::show(m_loadError, renewals.error().message);
    }

    QList<Licence> ending;
    for (const Licence &l : std::as_const(*licences)) {
        if (l.isOrdinary() && !l.isEnded() && l.validTo == boundary)
            ending.append(l);
    }
    std::sort(ending.begin(), ending.end(), [](const Licence &a, const Licence &b) { return a.number < b.number; });
    for (const Licence &l : std::as_const(ending)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NumberColumn, l.number);
        item->setText(LicenseeColumn, l.licensee.name);
        item->setText(PremisesColumn, l.premises.name);
        item->setText(KindColumn, DomainTexts::kindName(l.kind));
        item->setText(ValidToColumn, formatDate(l.validTo));
        item->setData(NumberColumn, LicenceIdRole, l.id);
        if (openRenewal.contains(l.id)) {
            item->setText(RenewalCaseColumn, openRenewal.value(l.id));
            item->setFlags(Qt::ItemIsSelectable);
            item->setCheckState(NumberColumn, Qt::Unchecked);
            item->setToolTip(NumberColumn, tr("Renewal case %1 is already open for this licence.").arg(openRenewal.value(l.id)));
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(NumberColumn, Qt::Checked);
        }
    }
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateCount();
}

QList<qint64> RenewalBatchDialog::listedLicenceIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids << m_list->topLevelItem(row)->data(NumberColumn, LicenceIdRole).toLongLong();
    return ids;
}

QList<qint64> RenewalBatchDialog::checkedLicenceIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (isChoosable(item) && item->checkState(NumberColumn) == Qt::Checked)
            ids << item->data(NumberColumn, LicenceIdRole).toLongLong();
    }
    return ids;
}

void RenewalBatchDialog::setChecked(qint64 licenceId, bool checked)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (isChoosable(item) && item->data(NumberColumn, LicenceIdRole).toLongLong() == licenceId)
            item->setCheckState(NumberColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void RenewalBatchDialog::checkAll()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (isChoosable(item))
            item->setCheckState(NumberColumn, Qt::Checked);
    }
}

void RenewalBatchDialog::checkNone()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (isChoosable(item))
            item->setCheckState(NumberColumn, Qt::Unchecked);
    }
}

void RenewalBatchDialog::updateCount()
{
    int choosable = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        choosable += isChoosable(m_list->topLevelItem(row)) ? 1 : 0;
    const int listed = m_list->topLevelItemCount();
    if (listed == 0) {
        m_count->setText(tr("No ordinary licence ends on %1.").arg(formatDate(m_boundary->date())));
    } else {
        QString text = tr("%1 of %2 licences chosen.").arg(checkedLicenceIds().size()).arg(choosable);
        if (listed > choosable)
            text += QLatin1Char(' ') + tr("Already with an open renewal case: %1.").arg(listed - choosable);
        m_count->setText(text);
    }
    m_checkAll->setEnabled(choosable > 0);
    m_checkNone->setEnabled(choosable > 0);
}

void RenewalBatchDialog::clearMessages()
{
    InlineError::show(m_error, QString());
    InlineError::show(m_decidedOnError, QString());
    InlineError::show(m_referenceError, QString());
}

bool RenewalBatchDialog::openRenewalCases()
{
    clearMessages();
    m_opened.clear();
    const QList<qint64> ids = checkedLicenceIds();
    if (ids.isEmpty()) {
        InlineError::show(m_error, tr("Choose at least one licence."));
        return false;
    }
    QList<RenewalRequest> requests;
    const QString officer = AuditLog::currentUser();
    for (qint64 id : ids)
        requests.append(RenewalRequest{id, officer});
    Result<QList<Case>> opened = CaseRepository(m_db, m_clock).openRenewals(requests, m_clock.today());
    if (!opened) {
        InlineError::show(m_error, InlineError::text(opened.error()));
        return false;
    }
    m_opened = std::move(opened).value();
    QStringList numbers;
    for (const Case &c : std::as_const(m_opened))
        numbers << c.number;
    m_result->setText(m_opened.size() == 1 ? tr("1 renewal case opened: %1.").arg(numbers.join(QStringLiteral(", ")))
                                           : tr("%1 renewal cases opened: %2.")
                                                 .arg(m_opened.size())
                                                 .arg(numbers.join(QStringLiteral(", "))));
    m_result->show();
    reload();
    Q_EMIT casesChanged();
    return true;
}

bool RenewalBatchDialog::recordContinuation()
{
    clearMessages();
    const QList<qint64> ids = checkedLicenceIds();
    bool ok = true;
    if (ids.isEmpty()) {
        InlineError::show(m_error, tr("Choose at least one licence."));
        ok = false;
    }
    if (m_decidedOn->isEmpty()) {
        InlineError::show(m_decidedOnError, tr("Enter the date of the council's decision."));
        ok = false;
    } else if (m_decidedOn->optionalDate() > m_clock.today()) {
        InlineError::show(m_decidedOnError, tr("The decision date cannot be in the future."));
        ok = false;
    }
    if (m_reference->text().trimmed().isEmpty()) {
        InlineError::show(m_referenceError, tr("Enter the reference of the council's decision."));
        ok = false;
    }
    if (!ok) {
        if (!m_decidedOnError->isHidden())
            m_decidedOn->setFocus();
        else if (!m_referenceError->isHidden())
            m_reference->setFocus();
        return false;
    }
    const QDate newEnd = rules::LicencePeriod::continuedEnd(m_boundary->date());
    const Result<int> recorded =
        CaseRepository(m_db, m_clock).recordContinuation(ids, m_decidedOn->optionalDate(), m_reference->text().trimmed());
    if (!recorded) {
        const Error &error = recorded.error();
        const QString message = InlineError::text(error);
        if (error.field.contains(QLatin1String("reference")))
            InlineError::show(m_referenceError, message);
        else if (error.field.contains(QLatin1String("decided")) || error.field.contains(QLatin1String("date")))
            InlineError::show(m_decidedOnError, message);
        else
            InlineError::show(m_error, message);
        return false;
    }
    m_result->setText(*recorded == 1 ? tr("The continuation decision %1 was recorded for 1 licence; it now runs to %2.")
                                           .arg(m_reference->text().trimmed(), formatDate(newEnd))
                                     : tr("The continuation decision %1 was recorded for %2 licences; they now run to %3.")
                                           .arg(m_reference->text().trimmed())
                                           .arg(*recorded)
                                           .arg(formatDate(newEnd)));
    m_result->show();
    reload();
    Q_EMIT licencesChanged();
    return true;
}

} // namespace bevilling
