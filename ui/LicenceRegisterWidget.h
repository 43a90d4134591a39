#pragma once

#include "Clock.h"
#include "domain/LicenceFilter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace bevilling {

class LicenceDetailWidget;
class LicenceFilterProxyModel;
class LicenceTableModel;
class OptionalDateEdit;

// The licence register work area: filter bar, table, count and detail panel.
class LicenceRegisterWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LicenceRegisterWidget(const Clock &clock, QWidget *parent = nullptr);

    LicenceTableModel *model() const { return m_model; }
    LicenceFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    LicenceDetailWidget *detailWidget() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

    // The filter the bar describes now.
    LicenceFilter filterFromBar() const;
    void clearFilter();
    void focusSearch();

    // The licence of the current row, if any.
    std::optional<qint64> currentLicenceId() const;
    // Makes licence `id` current (clearing the filter if it hides it).
    void selectLicence(qint64 id);
    void updateCount();
    // Restores the list/details split saved earlier (the first start divides it 3:2).
    void restoreSplitter(const QByteArray &state);

Q_SIGNALS:
    void currentLicenceChanged(qint64 id); // 0 when none
    void editRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();

    const Clock &m_clock;
    LicenceTableModel *m_model;
    LicenceFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_groups;
    OptionalDateEdit *m_periodFrom;
    OptionalDateEdit *m_periodTo;
    QPushButton *m_clearFilter;
    QLabel *m_count;
    QTableView *m_table;
    LicenceDetailWidget *m_detail;
    QSplitter *m_splitter;
    qint64 m_currentId = 0;
    bool m_splitterRestored = false;
};

} // namespace bevilling
