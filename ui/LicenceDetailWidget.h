#pragma once

#include "Clock.h"
#include "domain/Licence.h"
#include "storage/AuditLog.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace bevilling {

class Database;
class PrikkTimelineWidget;

// The selected licence: every field on "Details" (Opplysninger), the audit trail on "History".
class LicenceDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LicenceDetailWidget(const Clock &clock, QWidget *parent = nullptr);

    // Buttons for these actions appear above the tabs (they follow the actions' state).
    void setActions(const QList<QAction *> &actions);

    void showLicence(const Licence &licence, const QList<AuditEntry> &history);
    void clear();
    // The register whose prikk ledger the «Prikker» tab shows (nullptr: none).
    void setDatabase(const Database *db);
    PrikkTimelineWidget *prikkTimeline() const { return m_prikker; }

    // `suspendedUntil`: the last day of a suspension in force today, if any.
    static QString detailsHtml(const Licence &licence, const QDate &today, const QDate &suspendedUntil = {});

private:
    const Clock &m_clock;
    QLabel *m_title;
    QWidget *m_buttonRow;
    QTabWidget *m_tabs;
    QTextBrowser *m_details;
    QTreeWidget *m_history;
    PrikkTimelineWidget *m_prikker;
    const Database *m_db = nullptr;
};

} // namespace bevilling
