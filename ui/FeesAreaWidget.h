#pragma once

#include "Clock.h"

#include <QWidget>

class QTabWidget;

namespace bevilling {

class Database;
class FeesWidget;
class TurnoverWidget;

// The "Omsetning og gebyr" work area: the tabs "Omsetningsoppgaver" (TurnoverWidget) and "Gebyr"
// (FeesWidget), and the fee-cycle settings.
class FeesAreaWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FeesAreaWidget(const Clock &clock, QWidget *parent = nullptr);

    void setDatabase(const Database *db, bool readOnly);
    void reload();
    void importTurnover();        // File menu / toolbar: "Importer omsetningsoppgaver (CSV)…"
    void editSettings();          // "Innstillinger for gebyrår…" (FeeCycleSettings)

    QTabWidget *tabs() const { return m_tabs; }
    TurnoverWidget *turnoverWidget() const { return m_turnover; }
    FeesWidget *feesWidget() const { return m_fees; }

Q_SIGNALS:
    void sanctionsChanged();      // a proposed sanction case was created
    void openSanctionRequested(qint64 sanctionCaseId);

private:
    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;
    QTabWidget *m_tabs;
    TurnoverWidget *m_turnover;
    FeesWidget *m_fees;
};

} // namespace bevilling
