#include "RecordList.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bevilling::RecordList {

void setUpTable(QTableView *table, int sortColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

void setUpSearch(QLineEdit *search, const QString &objectName, const QString &placeholder)
{
    search->setObjectName(objectName);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), search, nullptr, nullptr, Qt::WidgetShortcut);
    QObject::connect(escape, &QShortcut::activated, search, &QLineEdit::clear);
}

void layOut(QWidget *owner, QSplitter *splitter, const QString &splitterName, QLayout *bar, QTableView *table,
            QLabel *count, QWidget *detail)
{
    auto *left = new QWidget(owner);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(table, 1);
    leftLayout->addWidget(count);

    splitter->setObjectName(splitterName);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

} // namespace bevilling::RecordList
