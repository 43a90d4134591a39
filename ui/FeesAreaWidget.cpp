#include "FeesAreaWidget.h"

#include "FeeCycleSettingsDialog.h"
#include "FeesWidget.h"
#include "TurnoverWidget.h"

#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bevilling {

FeesAreaWidget::FeesAreaWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_tabs(new QTabWidget(this)),
      m_turnover(new TurnoverWidget(clock, this)),
      m_fees(new FeesWidget(clock, this))
{
    setObjectName(QStringLiteral("feesAreaWidget"));
    m_tabs->setObjectName(QStringLiteral("feesAreaTabs"));
    m_tabs->addTab(m_turnover, tr("&Turnover reports"));
    m_tabs->addTab(m_fees, tr("&Fees"));
    auto *settings = new QPushButton(tr("&Settings for the fee year…"), this);
    settings->setObjectName(QStringLiteral("feeCycleSettingsButton"));
    m_tabs->setCornerWidget(settings, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);

    connect(settings, &QPushButton::clicked, this, &FeesAreaWidget::editSettings);
    connect(m_turnover, &TurnoverWidget::turnoverChanged, m_fees, &FeesWidget::reload);
    connect(m_turnover, &TurnoverWidget::sanctionsChanged, this, &FeesAreaWidget::sanctionsChanged);
    connect(m_fees, &FeesWidget::sanctionsChanged, this, &FeesAreaWidget::sanctionsChanged);
    connect(m_turnover, &TurnoverWidget::openSanctionRequested, this, &FeesAreaWidget::openSanctionRequested);
    connect(m_fees, &FeesWidget::openSanctionRequested, this, &FeesAreaWidget::openSanctionRequested);
}

void FeesAreaWidget::setDatabase(const Database *db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly || !db;
    m_turnover->setDatabase(db, m_readOnly);
    m_fees->setDatabase(db, m_readOnly);
}

void FeesAreaWidget::reload()
{
    m_turnover->reload();
    m_fees->reload();
}

void FeesAreaWidget::importTurnover()
{
    m_tabs->setCurrentWidget(m_turnover);
    m_turnover->importCsv();
}

void FeesAreaWidget::editSettings()
{
    if (!m_db)
        return;
    FeeCycleSettingsDialog dialog(*m_db, m_clock, m_readOnly, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace bevilling
