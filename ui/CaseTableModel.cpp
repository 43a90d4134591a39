#include "CaseTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <limits>

namespace bevilling {

CaseTableModel::CaseTableModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock)
{
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CaseTableModel::missingStatements(const Case &c)
{
    int missing = 0;
    for (const CaseStatement &statement : c.statements) {
        if (!statement.isAnswered())
            ++missing;
    }
    return missing;
}

bool CaseTableModel::clockRuns(const Case &c)
{
    return c.isOpen() && !c.isDecided() && c.completeOn.isValid();
}

ClockState CaseTableModel::clockAt(int row) const
{
    return row >= 0 && row < m_clocks.size() ? m_clocks.at(row) : ClockState();
}

namespace {
// The type has its own column: show the case's own title, or who applies (and for an event, what).
QString applicantText(const Case &c)
{
    const QString own = c.title.trimmed();
    if (!own.isEmpty())
        return own;
    QString text = c.application.licensee.name.trimmed();
    if (text.isEmpty())
        text = c.application.premises.name.trimmed();
    const QString event = c.application.eventName.trimmed();
    if (!event.isEmpty() && !text.contains(event))
        text = text.isEmpty() ? event : QString(text + QStringLiteral(" – ") + event);
    return text.isEmpty() ? c.displayTitle() : text;
}
} // namespace

QVariant CaseTableModel::displayData(int row, int column) const
{
    const Case &c = m_cases.at(row);
    const ClockState &clock = m_clocks.at(row);
    switch (column) {
    case NumberColumn: return c.number;
    case TypeColumn: return CaseTexts::typeName(c.type);
    case TitleColumn: return applicantText(c);
    case StatusColumn: return CaseTexts::statusName(c.status);
    case OfficerColumn: return c.assignedTo;
    case ReceivedColumn: return formatDate(c.receivedOn);
    case DueColumn: return clock.started ? formatDate(clock.legalDue) : QString();
    case DaysLeftColumn:
        if (!clockRuns(c) || !clock.started)
            return QString();
        return clock.paused ? tr("%1 (paused)").arg(clock.daysLeft) : QString::number(clock.daysLeft);
    case MissingStatementsColumn: {
        const int missing = missingStatements(c);
        return missing > 0 ? QString::number(missing) : QString();
    }
    default: return {};
    }
}

QVariant CaseTableModel::sortData(int row, int column) const
{
    const Case &c = m_cases.at(row);
    const ClockState &clock = m_clocks.at(row);
    switch (column) {
    case TypeColumn: return static_cast<int>(c.type);
    case StatusColumn: return static_cast<int>(c.status);
    case ReceivedColumn: return c.receivedOn;
    case DueColumn: return clock.started ? clock.legalDue : QDate();
    case DaysLeftColumn: return clockRuns(c) && clock.started ? clock.daysLeft : std::numeric_limits<int>::max();
    case MissingStatementsColumn: return missingStatements(c);
    default: return displayData(row, column);
    }
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Case &c = m_cases.at(row);
    const ClockState &clock = m_clocks.at(row);
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case SortRole: return sortData(row, index.column());
    case IdRole: return c.id;
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && clock.started) {
            QString text = tr("Legal due date %1 (four months from complete, plus %2 paused days).")
                               .arg(formatDate(clock.legalDue))
                               .arg(clock.pausedDays);
            if (clock.targetDue)
                text += QLatin1Char(' ') + tr("Own target: %1.").arg(formatDate(*clock.targetDue));
            return text;
        }
        if (index.column() == StatusColumn && c.closeReason)
            return CaseTexts::closeReasonName(*c.closeReason);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysLeftColumn && clockRuns(c) && clock.started) {
            if (clock.daysLeft < 0)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (clock.daysLeft <= NearDueDays)
                return QBrush(QColor(0xa0, 0x52, 0x00));
        }
        if (!c.isOpen())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (index.column() == NumberColumn
            || (index.column() == DaysLeftColumn && clockRuns(c) && clock.started && clock.daysLeft < 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn || index.column() == MissingStatementsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default: return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Case");
    case TypeColumn: return tr("Type");
    case TitleColumn: return tr("Applicant / title");
    case StatusColumn: return tr("Status");
    case OfficerColumn: return tr("Officer");
    case ReceivedColumn: return tr("Received");
    case DueColumn: return tr("Due");
    case DaysLeftColumn: return tr("Days left");
    case MissingStatementsColumn: return tr("Missing statements");
    default: return {};
    }
}

void CaseTableModel::setCases(const QList<Case> &cases, const ClockSettings &settings)
{
    beginResetModel();
    m_settings = settings;
    m_cases = cases;
    m_clocks.clear();
    const QDate today = m_clock.today();
    for (const Case &c : std::as_const(m_cases))
        m_clocks.append(ProcessingClock::of(c, m_settings, today));
    endResetModel();
}

void CaseTableModel::upsert(const Case &c)
{
    const ClockState clock = ProcessingClock::of(c, m_settings, m_clock.today());
    const int row = rowOf(c.id);
    if (row >= 0) {
        m_cases[row] = c;
        m_clocks[row] = clock;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = static_cast<int>(m_cases.size());
    beginInsertRows(QModelIndex(), newRow, newRow);
    m_cases.append(c);
    m_clocks.append(clock);
    endInsertRows();
}

const Case *CaseTableModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace bevilling
