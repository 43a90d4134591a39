#include "CasesWidget.h"

#include "RecordList.h"
#include "CaseDetailWidget.h"
#include "CaseDialog.h"
#include "CaseFilterProxyModel.h"
#include "CaseTableModel.h"
#include "MessageBox.h"
#include "RegisterFiles.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
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
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bevilling {

CasesWidget::CasesWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_model(new CaseTableModel(clock, this)),
      m_proxy(new CaseFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_type(new QComboBox(this)),
      m_officer(new QComboBox(this)),
      m_openOnly(new QCheckBox(tr("&Only open cases"), this)),
      m_newCase(new QPushButton(tr("&New case…"), this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_detail(new CaseDetailWidget(clock, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("casesWidget"));
    m_proxy->setSourceModel(m_model);

    RecordList::setUpSearch(m_search, QStringLiteral("caseSearchEdit"), tr("Case number, applicant, org. number, premises, officer…"));
    m_search->setToolTip(tr("Every word must occur in the case (Ctrl+F; Esc clears)."));

    m_status->setObjectName(QStringLiteral("caseStatusComboBox"));
    m_status->addItem(tr("All statuses"), QString());
    for (CaseStatus status : CaseTexts::allStatuses())
        m_status->addItem(CaseTexts::statusName(status), CaseTexts::statusKey(status));
    m_type->setObjectName(QStringLiteral("caseTypeComboBox"));
    m_type->addItem(tr("All types"), QString());
    for (CaseType type : CaseTexts::allTypes())
        m_type->addItem(CaseTexts::typeName(type), CaseTexts::typeKey(type));
    m_officer->setObjectName(QStringLiteral("caseOfficerComboBox"));
    m_officer->addItem(tr("All officers"), QString());
    for (QComboBox *combo : {m_status, m_type, m_officer}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_openOnly->setObjectName(QStringLiteral("openOnlyCheckBox"));
    m_openOnly->setChecked(true);
    m_newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_newCase->setToolTip(tr("Register an application that has arrived (Ctrl+Shift+N)"));
    m_count->setObjectName(QStringLiteral("caseCountLabel"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *bar = new QGridLayout;
    bar->addWidget(label(tr("Se&arch:"), m_search), 0, 0);
    bar->addWidget(m_search, 0, 1);
    auto *topRight = new QHBoxLayout;
    topRight->addWidget(m_openOnly);
    topRight->addWidget(m_newCase);
    bar->addLayout(topRight, 0, 2);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_status, 1);
    choices->addWidget(label(tr("T&ype:"), m_type));
    choices->addWidget(m_type, 1);
    choices->addWidget(label(tr("O&fficer:"), m_officer));
    choices->addWidget(m_officer, 1);
    bar->addWidget(label(tr("Stat&us:"), m_status), 1, 0);
    bar->addLayout(choices, 1, 1, 1, 2);
    bar->setColumnStretch(1, 1);

    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_table->setModel(m_proxy);
    RecordList::setUpTable(m_table, CaseTableModel::NumberColumn);
    m_detail->setMinimumWidth(340);
    RecordList::layOut(this, m_splitter, QStringLiteral("casesSplitter"), bar, m_table, m_count, m_detail);

    connect(m_search, &QLineEdit::textChanged, this, &CasesWidget::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CasesWidget::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CasesWidget::applyFilter);
    connect(m_officer, &QComboBox::currentIndexChanged, this, &CasesWidget::applyFilter);
    connect(m_openOnly, &QCheckBox::toggled, this, &CasesWidget::applyFilter);
    connect(m_newCase, &QPushButton::clicked, this, &CasesWidget::newCase);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &CasesWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CasesWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CasesWidget::updateCount);
    connect(m_proxy, &CaseFilterProxyModel::filterChanged, this, &CasesWidget::updateCount);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesWidget::followSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CasesWidget::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CasesWidget::followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CasesWidget::followSelection);
    // Return (or a double click) opens the case: its overview gets the focus.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        followSelection();
        if (m_detail->caseId() > 0) {
            m_detail->tabs()->setCurrentIndex(0);
            m_detail->tabs()->setFocus(Qt::OtherFocusReason);
        }
    });
    connect(m_detail, &CaseDetailWidget::caseChanged, this, &CasesWidget::onCaseChanged);
    connect(m_detail, &CaseDetailWidget::licencesChanged, this, &CasesWidget::licencesChanged);

    setFocusProxy(m_table);
    applyFilter();
    setDatabase(nullptr, true);
}

CasesWidget::~CasesWidget() = default;

void CasesWidget::setDatabase(const Database *db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly || !db;
    m_options = ValidationOptions();
    m_environment = CaseEnvironment();
    if (db) {
        m_options.allowSaleGroup2 = RegisterFiles::infoOf(*db, m_clock).allowSaleGroup2;
        m_environment = CaseEnvironment::load(*db, m_clock);
    }
    m_currentId = 0;
    m_detail->setDatabase(db, m_readOnly, m_options, m_environment);
    m_newCase->setEnabled(!m_readOnly);
    m_newCase->setToolTip(m_readOnly ? tr("The register is open read-only.")
                                     : tr("Register an application that has arrived (Ctrl+Shift+N)"));
    reload();
}

void CasesWidget::reload()
{
    const qint64 keep = m_currentId;
    QList<Case> cases;
    if (m_db) {
        if (Result<QList<Case>> listed = CaseRepository(*m_db, m_clock).list())
            cases = *std::move(listed);
    }
    m_model->setCases(cases, m_environment.clock);
    updateOfficers();
    if (keep > 0 && m_model->rowOf(keep) >= 0)
        openCase(keep);
    else
        followSelection();
    updateCount();
}

void CasesWidget::updateOfficers()
{
    const QString current = m_officer->currentData().toString();
    QStringList names;
    for (const Case &c : m_model->cases()) {
        if (!c.assignedTo.isEmpty() && !names.contains(c.assignedTo))
            names.append(c.assignedTo);
    }
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_officer);
    while (m_officer->count() > 1)
        m_officer->removeItem(1);
    for (const QString &name : std::as_const(names))
        m_officer->addItem(name, name);
    m_officer->setCurrentIndex(qMax(0, m_officer->findData(current)));
    if (m_officer->currentData().toString() != current)
        applyFilter();
}

CaseFilter CasesWidget::filterFromBar() const
{
    CaseFilter filter;
    filter.text = m_search->text();
    filter.status = CaseTexts::statusFromKey(m_status->currentData().toString());
    filter.type = CaseTexts::typeFromKey(m_type->currentData().toString());
    filter.officer = m_officer->currentData().toString();
    filter.openOnly = m_openOnly->isChecked();
    return filter;
}

void CasesWidget::applyFilter()
{
    m_proxy->setFilter(filterFromBar());
}

void CasesWidget::clearFilter()
{
    const QSignalBlocker b1(m_search), b2(m_status), b3(m_type), b4(m_officer), b5(m_openOnly);
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_officer->setCurrentIndex(0);
    m_openOnly->setChecked(false);
    applyFilter();
}

void CasesWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<qint64> CasesWidget::currentCaseId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    const qint64 id = current.data(CaseTableModel::IdRole).toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void CasesWidget::followSelection()
{
    const qint64 id = currentCaseId().value_or(0);
    if (id != m_currentId || m_detail->caseId() != id) {
        m_currentId = id;
        m_detail->showCase(id);
    }
}

void CasesWidget::openCase(qint64 id)
{
    int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0 && m_db) {
        // A case created elsewhere (the home page, a renewal batch): load the list again.
        if (Result<QList<Case>> listed = CaseRepository(*m_db, m_clock).list()) {
            m_model->setCases(*listed, m_environment.clock);
            updateOfficers();
        }
        sourceRow = m_model->rowOf(id);
    }
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
    m_currentId = id;
    m_detail->showCase(id);
}

void CasesWidget::newCase()
{
    if (!m_db || m_readOnly)
        return;
    CaseDialog dialog(*m_db, m_clock, m_options, AuditLog::currentUser(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Case saved = dialog.savedCase();
    m_model->upsert(saved);
    updateOfficers();
    openCase(saved.id);
    Q_EMIT casesChanged();
}

void CasesWidget::onCaseChanged(qint64 id)
{
    if (m_db) {
        if (Result<Case> found = CaseRepository(*m_db, m_clock).find(id))
            m_model->upsert(*found);
    }
    updateOfficers();
    // The case may have left the filter (closed while only open cases show): keep it in view.
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow >= 0 && !m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid())
        openCase(id);
    updateCount();
    Q_EMIT casesChanged();
}

void CasesWidget::updateCount()
{
    const int total = m_model->rowCount();
    m_count->setText(total == 1 ? tr("Showing %1 of 1 case").arg(m_proxy->rowCount())
                                : tr("Showing %1 of %2 cases").arg(m_proxy->rowCount()).arg(total));
}

void CasesWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterSized) {
        m_splitterSized = true;
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width - width * 3 / 5});
    }
}

} // namespace bevilling
