#include "LicenceRegisterWidget.h"

#include "RecordList.h"
#include "LicenceDetailWidget.h"
#include "LicenceFilterProxyModel.h"
#include "LicenceTableModel.h"
#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bevilling {

LicenceRegisterWidget::LicenceRegisterWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_model(new LicenceTableModel(clock, this)),
      m_proxy(new LicenceFilterProxyModel(clock, this)),
      m_search(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_groups(new QComboBox(this)),
      m_periodFrom(new OptionalDateEdit(this)),
      m_periodTo(new OptionalDateEdit(this)),
      m_clearFilter(new QPushButton(tr("&Reset filter"), this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_detail(new LicenceDetailWidget(clock, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("licenceRegisterWidget"));
    m_proxy->setSourceModel(m_model);

    RecordList::setUpSearch(m_search, QStringLiteral("searchEdit"), tr("Number, licensee, org. number, premises, address, manager…"));
    m_search->setToolTip(tr("Every word must occur in the licence (Ctrl+F; Esc clears)."));

    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(tr("All kinds"), QString());
    for (LicenceKind kind : DomainTexts::allKinds())
        m_kind->addItem(DomainTexts::kindName(kind), DomainTexts::kindKey(kind));

    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(tr("All statuses"), QString());
    for (LicenceStatus status : DomainTexts::allStatuses())
        m_status->addItem(DomainTexts::statusName(status), DomainTexts::statusKey(status));

    m_groups->setObjectName(QStringLiteral("groupsComboBox"));
    m_groups->addItem(tr("All groups"), 0);
    for (int mask : {int(Group1), int(Group1 | Group2), int(Group1 | Group2 | Group3)})
        m_groups->addItem(DomainTexts::groupsText(mask), mask);

    for (QComboBox *combo : {m_kind, m_status, m_groups}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_periodFrom->setObjectName(QStringLiteral("periodFromEdit"));
    m_periodFrom->setToolTip(tr("Show licences valid on or after this date (empty: no limit)."));
    m_periodTo->setObjectName(QStringLiteral("periodToEdit"));
    m_periodTo->setToolTip(tr("Show licences valid on or before this date (empty: no limit)."));
    m_periodFrom->setEmptyCalendarPage(clock.today());
    m_periodTo->setEmptyCalendarPage(clock.today());
    m_clearFilter->setObjectName(QStringLiteral("clearFilterButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    // Row 1: free text, period and reset; row 2: the three choices. Narrow enough for a laptop.
    auto *bar = new QGridLayout;
    bar->addWidget(label(tr("Se&arch:"), m_search), 0, 0);
    bar->addWidget(m_search, 0, 1, 1, 3);
    auto *period = new QHBoxLayout;
    period->addWidget(label(tr("Period f&rom:"), m_periodFrom));
    period->addWidget(m_periodFrom);
    period->addWidget(label(tr("&to:"), m_periodTo));
    period->addWidget(m_periodTo);
    period->addWidget(m_clearFilter);
    bar->addLayout(period, 0, 4, 1, 2);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_kind, 1);
    choices->addWidget(label(tr("Stat&us:"), m_status));
    choices->addWidget(m_status, 1);
    choices->addWidget(label(tr("&Groups:"), m_groups));
    choices->addWidget(m_groups, 1);
    bar->addWidget(label(tr("&Kind:"), m_kind), 1, 0);
    bar->addLayout(choices, 1, 1, 1, 5);
    bar->setColumnStretch(1, 1);

    m_table->setObjectName(QStringLiteral("licenceTableView"));
    m_table->setModel(m_proxy);
    RecordList::setUpTable(m_table, LicenceTableModel::NumberColumn);
    m_detail->setMinimumWidth(300);
    RecordList::layOut(this, m_splitter, QStringLiteral("registerSplitter"), bar, m_table, m_count, m_detail);

    connect(m_search, &QLineEdit::textChanged, this, &LicenceRegisterWidget::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LicenceRegisterWidget::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LicenceRegisterWidget::applyFilter);
    connect(m_groups, &QComboBox::currentIndexChanged, this, &LicenceRegisterWidget::applyFilter);
    connect(m_periodFrom, &OptionalDateEdit::optionalDateChanged, this, &LicenceRegisterWidget::applyFilter);
    connect(m_periodTo, &OptionalDateEdit::optionalDateChanged, this, &LicenceRegisterWidget::applyFilter);
    connect(m_clearFilter, &QPushButton::clicked, this, &LicenceRegisterWidget::clearFilter);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &LicenceRegisterWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LicenceRegisterWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LicenceRegisterWidget::updateCount);
    connect(m_proxy, &LicenceFilterProxyModel::filterChanged, this, &LicenceRegisterWidget::updateCount);

    // The current licence follows the selection, which can also vanish through a filter or reset.
    auto followSelection = [this] {
        const qint64 id = currentLicenceId().value_or(0);
        if (id != m_currentId) {
            m_currentId = id;
            Q_EMIT currentLicenceChanged(id);
        }
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, followSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, followSelection);
    connect(m_table, &QAbstractItemView::activated, this, &LicenceRegisterWidget::editRequested);

    setFocusProxy(m_table);
    updateCount();
}

LicenceFilter LicenceRegisterWidget::filterFromBar() const
{
    LicenceFilter filter;
    filter.text = m_search->text();
    filter.kind = DomainTexts::kindFromKey(m_kind->currentData().toString());
    filter.status = DomainTexts::statusFromKey(m_status->currentData().toString());
    filter.groups = m_groups->currentData().toInt();
    filter.periodFrom = m_periodFrom->optionalDate();
    filter.periodTo = m_periodTo->optionalDate();
    return filter;
}

void LicenceRegisterWidget::applyFilter()
{
    m_proxy->setFilter(filterFromBar());
}

void LicenceRegisterWidget::clearFilter()
{
    const QSignalBlocker b1(m_search), b2(m_kind), b3(m_status), b4(m_groups), b5(m_periodFrom), b6(m_periodTo);
    m_search->clear();
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_groups->setCurrentIndex(0);
    m_periodFrom->clear();
    m_periodTo->clear();
    applyFilter();
}

void LicenceRegisterWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<qint64> LicenceRegisterWidget::currentLicenceId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    const qint64 id = current.data(LicenceTableModel::IdRole).toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void LicenceRegisterWidget::selectLicence(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        clearFilter();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // Content of the current licence may have changed even if the row did not.
    m_currentId = id;
    Q_EMIT currentLicenceChanged(id);
}

void LicenceRegisterWidget::restoreSplitter(const QByteArray &state)
{
    m_splitterRestored = !state.isEmpty() && m_splitter->restoreState(state);
}

void LicenceRegisterWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterRestored) {
        // First time: three fifths for the list, the rest for the details.
        m_splitterRestored = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
    }
}

void LicenceRegisterWidget::updateCount()
{
    const int total = m_model->rowCount();
    m_count->setText(total == 1 ? tr("Showing %1 of 1 licence").arg(m_proxy->rowCount())
                                : tr("Showing %1 of %2 licences").arg(m_proxy->rowCount()).arg(total));
}

} // namespace bevilling
