#include "StatementMatrixWidget.h"

#include "InlineError.h"
#include "StatementMatrixModel.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace bevilling {

StatementMatrixWidget::StatementMatrixWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_model(new StatementMatrixModel(this)),
      m_counts(new QLabel(this)),
      m_error(InlineError::makeLabel(this, QStringLiteral("statementMatrixErrorLabel"))),
      m_onlyMissing(new QCheckBox(tr("Only &missing"), this)),
      m_onlyOverdue(new QCheckBox(tr("Only &overdue"), this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("statementMatrixWidget"));
    m_counts->setObjectName(QStringLiteral("statementCountsLabel"));
    m_onlyMissing->setObjectName(QStringLiteral("onlyMissingCheckBox"));
    m_onlyMissing->setToolTip(tr("Show only cases with a reply that has not arrived"));
    m_onlyOverdue->setObjectName(QStringLiteral("onlyOverdueCheckBox"));
    m_onlyOverdue->setToolTip(tr("Show only cases with a reply past its deadline"));
    m_table->setObjectName(QStringLiteral("statementMatrixTableView"));
    m_table->setAccessibleName(tr("Statements by case and party"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_counts, 1);
    filters->addWidget(m_onlyMissing);
    filters->addWidget(m_onlyOverdue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_onlyMissing, &QCheckBox::toggled, this, &StatementMatrixWidget::applyFilter);
    connect(m_onlyOverdue, &QCheckBox::toggled, this, &StatementMatrixWidget::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->caseIdAt(index.row()))
            Q_EMIT openCaseRequested(id);
    });
    updateCounts();
}

void StatementMatrixWidget::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void StatementMatrixWidget::reload()
{
    InlineError::show(m_error, QString());
    if (!m_db) {
        m_model->setCases({}, m_clock.today());
        updateCounts();
        return;
    }
    CaseQuery query;
    query.openOnly = true;
    const Result<QList<Case>> cases = CaseRepository(*m_db, m_clock).list(query);
    if (!cases) {
        m_model->setCases({}, m_clock.today());
        InlineError::show(m_error, cases.error().message);
    } else {
        m_model->setCases(*cases, m_clock.today());
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    updateCounts();
}

void StatementMatrixWidget::applyFilter()
{
    using Filter = StatementMatrixModel::Filter;
    m_model->setFilter(m_onlyOverdue->isChecked() ? Filter::OnlyOverdue
                       : m_onlyMissing->isChecked() ? Filter::OnlyMissing
                                                    : Filter::All);
    m_table->resizeRowsToContents();
    updateCounts();
}

void StatementMatrixWidget::updateCounts()
{
    m_counts->setText(tr("Replies missing: %1 · overdue: %2 · cases shown: %3")
                          .arg(m_model->missingCount())
                          .arg(m_model->overdueCount())
                          .arg(m_model->rowCount()));
}

} // namespace bevilling
