#include "FeeCycleTab.h"

#include "FileDialog.h"
#include "MessageBox.h"

#include <QBoxLayout>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>

namespace bevilling {

FeeCycleTab::FeeCycleTab(const Clock &clock, const QString &yearObjectName, const QString &messageObjectName,
                         QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_year(new QSpinBox(this)),
      m_message(new QLabel(this))
{
    m_year->setObjectName(yearObjectName);
    m_year->setRange(2000, 2100);
    m_year->setValue(clock.today().year());
    m_message->setObjectName(messageObjectName);
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_year, &QSpinBox::valueChanged, this, &FeeCycleTab::reload);
}

QPushButton *FeeCycleTab::button(const QString &objectName) const
{
    for (QPushButton *b : m_actions) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

int FeeCycleTab::year() const
{
    return m_year->value();
}

void FeeCycleTab::setYear(int year)
{
    if (m_year->value() == year)
        reload();
    else
        m_year->setValue(year);
}

void FeeCycleTab::setDatabase(const Database *db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly || !db;
    reload();
}

void FeeCycleTab::addActions(QBoxLayout *layout, const QList<Action> &actions)
{
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.objectName);
        connect(button, &QPushButton::clicked, this, action.run);
        layout->addWidget(button);
        m_actions.append(button);
    }
    layout->addStretch(1);
}

QLabel *FeeCycleTab::newLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(buddy);
    return label;
}

QLabel *FeeCycleTab::newYearLabel()
{
    return newLabel(tr("&Year:"), m_year);
}

void FeeCycleTab::setUpTable(QTableWidget *table, const QString &objectName, const QStringList &headers,
                             QAbstractItemView::SelectionMode selectionMode)
{
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selectionMode);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
}

void FeeCycleTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString FeeCycleTab::csvFilter()
{
    return tr("CSV files (*.csv)");
}

QString FeeCycleTab::askSavePath(const QString &title, const QString &fileName, const QString &filter)
{
    return FileDialog::getSaveFileName(this, title, QDir::home().filePath(fileName), filter);
}

bool FeeCycleTab::saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    return true;
}

bool FeeCycleTab::sanctionProposed(const Result<SanctionCase> &created, const QString &licenceNumber,
                                   const QString &question, int year)
{
    if (!created) {
        showMessage(created.error().toString(), true);
        return false;
    }
    const qint64 id = created->id;
    const QString caseNumber = created->number;
    reload();
    Q_EMIT sanctionsChanged();
    showMessage(tr("Sanction case %1 is proposed for %2.").arg(caseNumber, licenceNumber));
    if (MessageBox::question(this, tr("Sanction case proposed"), question.arg(caseNumber, licenceNumber).arg(year))
        == MessageBox::Yes)
        Q_EMIT openSanctionRequested(id);
    return true;
}

} // namespace bevilling
