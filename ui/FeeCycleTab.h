#pragma once

#include "Clock.h"
#include "Result.h"
#include "inspections/Sanction.h"

#include <QAbstractItemView>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace bevilling {

class Database;

// What the two tabs of the "Omsetning og gebyr" area (TurnoverWidget, FeesWidget) share: the
// register they show and whether it may be changed, the year selector (a new year reloads), the
// message line, the row of action buttons, saving a file the user chooses, and proposing a
// sanction case.
class FeeCycleTab : public QWidget
{
    Q_OBJECT
public:
    void setDatabase(const Database *db, bool readOnly);
    // Reads the chosen year from the register again.
    virtual void reload() = 0;
    int year() const;
    // Shows `year` (reloads also when it is already shown).
    void setYear(int year);

    QSpinBox *yearSpinBox() const { return m_year; }
    QLabel *messageLabel() const { return m_message; }
    // The action button named `objectName`, or nullptr.
    QPushButton *button(const QString &objectName) const;

Q_SIGNALS:
    void sanctionsChanged();
    void openSanctionRequested(qint64 sanctionCaseId);

protected:
    // The year selector (this year on the clock) and the hidden message line get their object names.
    FeeCycleTab(const Clock &clock, const QString &yearObjectName, const QString &messageObjectName, QWidget *parent);

    struct Action
    {
        QString objectName;
        QString text;
        std::function<void()> run;
    };
    // A button per action, added to `layout` in this order and followed by a stretch; button()
    // finds them by object name.
    void addActions(QBoxLayout *layout, const QList<Action> &actions);
    // A label for `buddy`, whose mnemonic moves the focus to it.
    QLabel *newLabel(const QString &text, QWidget *buddy);
    QLabel *newYearLabel();
    // A read-only list of whole rows with `headers`, without a tab trap.
    static void setUpTable(QTableWidget *table, const QString &objectName, const QStringList &headers,
                           QAbstractItemView::SelectionMode selectionMode);

    void showMessage(const QString &text, bool error = false);
    static QString csvFilter();
    // The path the user chooses for `fileName` in the home folder (empty when cancelled).
    QString askSavePath(const QString &title, const QString &fileName, const QString &filter);
    // Writes `bytes` to `path` at once; says why in the message line when it cannot.
    bool saveFile(const QString &path, const QByteArray &bytes);
    // After proposing a sanction case for licence `licenceNumber`: says why it was refused, or
    // reloads, tells the sanctions area, says so in the message line and offers to open the case
    // (`question`: %1 the case number, %2 the licence number, %3 `year`). True when it was proposed.
    bool sanctionProposed(const Result<SanctionCase> &created, const QString &licenceNumber, const QString &question,
                          int year);

    const Clock &m_clock;
    const Database *m_db = nullptr;
    bool m_readOnly = true;

private:
    QSpinBox *m_year;
    QLabel *m_message;
    QList<QPushButton *> m_actions;
};

} // namespace bevilling
