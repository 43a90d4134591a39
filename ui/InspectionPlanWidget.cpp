#include "InspectionPlanWidget.h"

#include "inspections/Inspection.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bevilling {

namespace {

constexpr int LicenceRole = Qt::UserRole + 1;

QTreeWidget *makeList(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    return list;
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

InspectionPlanWidget::InspectionPlanWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("inspectionPlanWidget"));

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("planYearSpinBox"));
    m_year->setRange(2000, 2100);
    m_year->setValue(clock.today().year());
    m_year->setAccessibleName(tr("Year"));
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);

    m_quota = new QLabel(this);
    m_quota->setObjectName(QStringLiteral("planQuotaLabel"));
    m_quota->setWordWrap(true);
    m_quota->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_notInspected = makeList(QStringLiteral("planNotInspectedList"), {tr("Place"), tr("Licences")}, this);
    m_understaffed = makeList(QStringLiteral("planUnderstaffedList"),
                              {tr("Inspection"), tr("Date"), tr("Licence"), tr("Place"), tr("Inspectors")}, this);
    m_priority = makeList(QStringLiteral("planPriorityList"),
                          {tr("Place"), tr("Licences"), tr("Score"), tr("Last inspection"), tr("This year"), tr("Reasons")},
                          this);

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_quota, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(boxed(tr("Places not inspected this year"), m_notInspected, lower));
    lower->addWidget(boxed(tr("Serving inspections with one inspector"), m_understaffed, lower));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(boxed(tr("Suggested priority"), m_priority, split));
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, [this] { reload(); });
    for (QTreeWidget *list : {m_notInspected, m_understaffed, m_priority})
        connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    clear(tr("No register is open."));
}

void InspectionPlanWidget::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

int InspectionPlanWidget::year() const
{
    return m_year->value();
}

void InspectionPlanWidget::setYear(int year)
{
    if (m_year->value() == year)
        reload();
    else
        m_year->setValue(year); // reloads
}

QString InspectionPlanWidget::quotaText() const
{
    return m_quota->text();
}

void InspectionPlanWidget::clear(const QString &message)
{
    m_quota->setText(message);
    m_notInspected->clear();
    m_understaffed->clear();
    m_priority->clear();
}

void InspectionPlanWidget::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 licenceId = item->data(0, LicenceRole).toLongLong();
    if (licenceId > 0)
        Q_EMIT licenceActivated(licenceId);
}

void InspectionPlanWidget::reload()
{
    if (!m_db) {
        clear(tr("No register is open."));
        return;
    }
    const int year = m_year->value();
    Result<QList<Licence>> licences = LicenceRepository(*m_db, m_clock).list();
    if (!licences) {
        clear(licences.error().message);
        return;
    }
    Result<QList<Inspection>> inspections = InspectionRepository(*m_db, m_clock).list();
    if (!inspections) {
        clear(inspections.error().message);
        return;
    }
    QHash<qint64, int> earlierFindings;
    for (const Inspection &inspection : *inspections) {
        if (inspection.date.year() < year && !inspection.findings.isEmpty())
            earlierFindings[inspection.licenceId] += int(inspection.findings.size());
    }
    const Result<InspectionPlanResult> plan =
        InspectionPlan::build(year, *licences, *inspections, earlierFindings, m_clock.today());
    if (!plan) {
        clear(plan.error().message);
        return;
    }
    QHash<qint64, const Licence *> byId;
    for (const Licence &licence : *licences)
        byId.insert(licence.id, &licence);

    const rules::QuotaResult &quota = plan->quota;
    const QString counted = tr("%1 licences counted: %2 inspections required (3 × licences), %3 done")
                                .arg(quota.licences)
                                .arg(quota.required)
                                .arg(quota.done);
    const QString verdict = quota.met ? tr("requirement met")
                                      : tr("%1 missing").arg(quota.required - quota.done);
    m_quota->setText(QString(counted + QStringLiteral(" – ") + verdict + QLatin1Char('.')));

    m_notInspected->clear();
    for (const rules::QuotaPlace &place : plan->notInspected) {
        auto *item = new QTreeWidgetItem(m_notInspected, {place.name, place.licenceNumbers.join(QStringLiteral(", "))});
        item->setData(0, LicenceRole, place.licenceIds.isEmpty() ? qint64(0) : place.licenceIds.first());
    }

    m_understaffed->clear();
    for (const Inspection &inspection : plan->understaffed) {
        const Licence *licence = byId.value(inspection.licenceId, nullptr);
        auto *item = new QTreeWidgetItem(
            m_understaffed, {inspection.number, formatDate(inspection.date), licence ? licence->number : QString(),
                             licence ? licence->premises.name : QString(),
                             inspection.confirmedSingleInspector
                                 ? tr("%1 (confirmed)").arg(inspection.inspectorIds.size())
                                 : QString::number(inspection.inspectorIds.size())});
        item->setData(0, LicenceRole, inspection.licenceId);
    }

    m_priority->clear();
    for (const PlanPriority &p : plan->priority) {
        auto *item = new QTreeWidgetItem(
            m_priority, {p.premises, p.licenceNumbers.join(QStringLiteral(", ")), QString::number(p.score),
                         p.lastInspection.isValid() ? formatDate(p.lastInspection) : tr("never"),
                         QString::number(p.inspectionsThisYear), p.reasons.join(QStringLiteral("; "))});
        item->setData(0, LicenceRole, p.licenceIds.isEmpty() ? qint64(0) : p.licenceIds.first());
        item->setData(2, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        item->setToolTip(5, p.reasons.join(QLatin1Char('\n')));
    }
    for (QTreeWidget *list : {m_notInspected, m_understaffed, m_priority}) {
        for (int column = 0; column + 1 < list->columnCount(); ++column)
            list->resizeColumnToContents(column);
    }
}

} // namespace bevilling
