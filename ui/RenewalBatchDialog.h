#pragma once

#include "Clock.h"
#include "cases/Case.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace bevilling {

class Database;
class DateEdit;
class OptionalDateEdit;

// "Fornyelse ved periodeskifte": every ordinary licence (sale or serving, not ended) that ends on
// the chosen period boundary, with a checkbox each (all chosen at first). For the chosen ones the
// officer either opens renewal cases (assigned to the current officer) or records the council's
// continuation decision (alkoholloven § 1-6 third paragraph) that moves their end to the next
// boundary. A licence that already has an open renewal case is shown, disabled, with that case's
// number. Nothing happens to licences that are not chosen.
class RenewalBatchDialog : public QDialog
{
    Q_OBJECT
public:
    RenewalBatchDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    QDate boundary() const;
    void setBoundary(const QDate &date);

    QTreeWidget *licenceList() const { return m_list; }
    // The licences listed now (ends on the boundary), in list order.
    QList<qint64> listedLicenceIds() const;
    // The listed licences that are chosen (checked and without an open renewal case).
    QList<qint64> checkedLicenceIds() const;
    void setChecked(qint64 licenceId, bool checked);
    void checkAll();
    void checkNone();

    // The two actions, as the buttons run them; false when refused (the reason is shown inline).
    bool openRenewalCases();
    bool recordContinuation();

    // The cases opened by the last openRenewalCases().
    const QList<Case> &openedCases() const { return m_opened; }

Q_SIGNALS:
    void casesChanged();
    void licencesChanged();

private:
    void reload();
    void updateCount();
    void clearMessages();

    const Database &m_db;
    const Clock &m_clock;
    QList<Case> m_opened;

    DateEdit *m_boundary;
    QLabel *m_loadError;
    QTreeWidget *m_list;
    QPushButton *m_checkAll;
    QPushButton *m_checkNone;
    QLabel *m_count;
    QLabel *m_error;
    QLabel *m_result;
    QPushButton *m_openCases;
    OptionalDateEdit *m_decidedOn;
    QLabel *m_decidedOnError;
    QLineEdit *m_reference;
    QLabel *m_referenceError;
    QPushButton *m_continue;
};

} // namespace bevilling
