#pragma once

#include "Clock.h"
#include "inspections/Inspection.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bevilling {

class Database;
class OptionalDateEdit;

// The register of inspectors (kontrollører): name, organisation, the date each passed the
// knowledge test for inspectors, and whether they still inspect. Read-only registers only show.
class InspectorsDialog : public QDialog
{
    Q_OBJECT
public:
    InspectorsDialog(const Database &db, const Clock &clock, bool readOnly, QWidget *parent = nullptr);

    const QList<Inspector> &inspectors() const { return m_inspectors; }
    // Empties the form for a new inspector.
    void newInspector();
    // Saves the form (a new inspector or the selected one); false with the problem shown inline.
    bool saveInspector();

Q_SIGNALS:
    void inspectorsChanged();

private:
    void reload(qint64 select = 0);
    void showSelected();

    const Database &m_db;
    const Clock &m_clock;
    bool m_readOnly = false;
    QList<Inspector> m_inspectors;
    qint64 m_editingId = 0;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_organisation = nullptr;
    OptionalDateEdit *m_testDate = nullptr;
    QLabel *m_testDateError = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace bevilling
