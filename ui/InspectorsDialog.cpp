#include "InspectorsDialog.h"

#include "InlineError.h"
#include "OptionalDateEdit.h"
#include "domain/Licence.h"
#include "storage/InspectionRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bevilling {

InspectorsDialog::InspectorsDialog(const Database &db, const Clock &clock, bool readOnly, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("inspectorsDialog"));
    setWindowTitle(tr("Inspectors"));
    resize(720, 520);
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("inspectorsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Knowledge test passed"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InspectorsDialog::showSelected);

    m_generalError = InlineError::makeLabel(this, QStringLiteral("generalErrorLabel"));
    layout->addWidget(m_generalError);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameError = InlineError::makeLabel(this, QStringLiteral("nameErrorLabel"));
    form->addRow(tr("&Name"), InlineError::withField(this, m_name, m_nameError));
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    form->addRow(tr("&Organisation"), m_organisation);
    m_testDate = new OptionalDateEdit(this);
    m_testDate->setObjectName(QStringLiteral("knowledgeTestDateEdit"));
    m_testDate->setToolTip(tr("The day the inspector passed the knowledge test for inspectors; empty if not recorded."));
    m_testDateError = InlineError::makeLabel(this, QStringLiteral("knowledgeTestErrorLabel"));
    form->addRow(tr("&Knowledge test passed"), InlineError::withField(this, m_testDate, m_testDateError));
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setChecked(true);
    form->addRow(QString(), m_active);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_new = buttons->addButton(tr("&New inspector"), QDialogButtonBox::ActionRole);
    m_new->setObjectName(QStringLiteral("newInspectorButton"));
    m_new->setAutoDefault(false);
    m_save = buttons->addButton(tr("&Save inspector"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveInspectorButton"));
    m_save->setDefault(true);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &InspectorsDialog::newInspector);
    connect(m_save, &QPushButton::clicked, this, [this] { saveInspector(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QWidget *widget : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_organisation),
                            static_cast<QWidget *>(m_testDate), static_cast<QWidget *>(m_active),
                            static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_save)})
        widget->setEnabled(!m_readOnly);
    reload();
    newInspector();
}

void InspectorsDialog::reload(qint64 select)
{
    const Result<QList<Inspector>> list = InspectorRepository(m_db, m_clock).list();
    m_inspectors = list ? *list : QList<Inspector>();
    if (!list)
        InlineError::show(m_generalError, list.error().message);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(m_inspectors.size());
    for (int row = 0; row < m_inspectors.size(); ++row) {
        const Inspector &inspector = m_inspectors.at(row);
        auto *name = new QTableWidgetItem(inspector.name);
        name->setData(Qt::UserRole, inspector.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(inspector.organisation));
        auto *test = new QTableWidgetItem(inspector.knowledgeTestPassed.isValid() ? formatDate(inspector.knowledgeTestPassed)
                                                                                  : tr("not recorded"));
        if (!inspector.knowledgeTestPassed.isValid())
            test->setForeground(QColor(0xa0, 0x5a, 0x00));
        m_table->setItem(row, 2, test);
        m_table->setItem(row, 3, new QTableWidgetItem(inspector.active ? tr("Yes") : tr("No")));
        if (inspector.id == select)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void InspectorsDialog::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (row < 0 || row >= m_inspectors.size())
        return;
    const Inspector &inspector = m_inspectors.at(row);
    m_editingId = inspector.id;
    m_name->setText(inspector.name);
    m_organisation->setText(inspector.organisation);
    m_testDate->setOptionalDate(inspector.knowledgeTestPassed);
    m_active->setChecked(inspector.active);
    InlineError::show(m_nameError, QString());
    InlineError::show(m_testDateError, QString());
    InlineError::show(m_generalError, QString());
}

void InspectorsDialog::newInspector()
{
    m_editingId = 0;
    m_table->clearSelection();
    m_name->clear();
    m_organisation->clear();
    m_testDate->clear();
    m_testDate->setEmptyCalendarPage(m_clock.today());
    m_active->setChecked(true);
    InlineError::show(m_nameError, QString());
    InlineError::show(m_testDateError, QString());
    InlineError::show(m_generalError, QString());
    m_name->setFocus();
}

bool InspectorsDialog::saveInspector()
{
    if (m_readOnly)
        return false;
    InlineError::show(m_nameError, QString());
    InlineError::show(m_testDateError, QString());
    InlineError::show(m_generalError, QString());
    Inspector inspector;
    inspector.id = m_editingId;
    inspector.name = m_name->text().trimmed();
    inspector.organisation = m_organisation->text().trimmed();
    inspector.knowledgeTestPassed = m_testDate->optionalDate();
    inspector.active = m_active->isChecked();
    InspectorRepository repository(m_db, m_clock);
    const Result<Inspector> saved = inspector.id == 0 ? repository.create(inspector) : repository.update(inspector);
    if (!saved) {
        const Error &error = saved.error();
        if (error.field == QStringLiteral("name")) {
            InlineError::show(m_nameError, InlineError::text(error));
            m_name->setFocus();
        } else if (error.field == QStringLiteral("knowledge_test_passed")) {
            InlineError::show(m_testDateError, InlineError::text(error));
            m_testDate->setFocus();
        } else {
            InlineError::show(m_generalError, error.message);
        }
        return false;
    }
    m_editingId = saved->id;
    reload(saved->id);
    Q_EMIT inspectorsChanged();
    return true;
}

} // namespace bevilling
