#pragma once

class QLabel;
class QLineEdit;
class QLayout;
class QSplitter;
class QString;
class QTableView;
class QWidget;

namespace bevilling::RecordList {

// The look and behaviour shared by the register's record lists (licences, cases): whole-row
// single selection, no editing in place, sortable by `sortColumn`, compact rows, no tab trap.
void setUpTable(QTableView *table, int sortColumn);

// The list's search field: `placeholder` names what it searches, the clear button shows, and Esc
// clears it.
void setUpSearch(QLineEdit *search, const QString &objectName, const QString &placeholder);

// Lays out a list area (filter bar above the table, a count line below) on the left of `splitter`
// and `detail` on its right, and puts the splitter into `owner` without margins.
void layOut(QWidget *owner, QSplitter *splitter, const QString &splitterName, QLayout *bar, QTableView *table,
            QLabel *count, QWidget *detail);

} // namespace bevilling::RecordList
