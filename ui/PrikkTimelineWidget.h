#pragma once

#include "Clock.h"
#include "rules/PrikkLedger.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace bevilling {

class Database;
class DateEdit;

// One row of a licence's prikk timeline: the findings of one code at one inspection or report.
struct PrikkTimelineEntry
{
    enum class State { Counted, Expired, UsedBySuspension, BeforeTransfer, Future };
    QDate date;
    QString code;
    int prikker = 0;
    QString source;
    QDate expires;
    State state = State::Counted;
};

// The «Prikker» tab of a licence (read-only): the ledger's entries with their expiry dates and
// whether they count, the current total and consequence, suspension periods, and "what if".
class PrikkTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PrikkTimelineWidget(const Clock &clock, QWidget *parent = nullptr);

    void setDatabase(const Database *db);
    void showLicence(qint64 licenceId); // 0: nothing shown
    void clear();

    // The timeline of `events` as of `asOf` (pure; used by the widget and its tests).
    static QList<PrikkTimelineEntry> entriesOf(const QList<rules::LedgerEvent> &events, const QDate &asOf,
                                               const rules::LedgerSettings &settings);
    static QString stateName(PrikkTimelineEntry::State state);
    // The text of the "what if" answer for `result` (from rules::PrikkLedger::whatIf).
    static QString whatIfText(const rules::LedgerResult &result);

    qint64 licenceId() const { return m_licenceId; }
    QTableWidget *entriesTable() const { return m_table; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *suspensionLabel() const { return m_suspension; }
    QComboBox *whatIfCodeComboBox() const { return m_whatIfCode; }
    DateEdit *whatIfDateEdit() const { return m_whatIfDate; }
    QLabel *whatIfLabel() const { return m_whatIfResult; }

private:
    void updateWhatIf();

    const Clock &m_clock;
    const Database *m_db = nullptr;
    qint64 m_licenceId = 0;
    QList<rules::LedgerEvent> m_events;
    rules::LedgerSettings m_settings;
    QLabel *m_total;
    QLabel *m_suspension;
    QTableWidget *m_table;
    QComboBox *m_whatIfCode;
    DateEdit *m_whatIfDate;
    QLabel *m_whatIfResult;
};

} // namespace bevilling
