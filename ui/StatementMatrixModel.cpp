#include "StatementMatrixModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace bevilling {

namespace {

QString daysText(int days)
{
    return days == 1 ? StatementMatrixModel::tr("1 day overdue") : StatementMatrixModel::tr("%1 days overdue").arg(days);
}

} // namespace

StatementMatrixModel::StatementMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

StatementParty StatementMatrixModel::partyOf(int column)
{
    switch (column) {
    case TaxAuthorityColumn:
        return StatementParty::TaxAuthority;
    case TaxCollectorColumn:
        return StatementParty::TaxCollector;
    case SocialServicesColumn:
        return StatementParty::SocialServices;
    case OtherColumn:
        return StatementParty::Other;
    default:
        return StatementParty::Police;
    }
}

void StatementMatrixModel::setCases(const QList<Case> &cases, const QDate &today)
{
    m_cases = cases;
    m_today = today;
    rebuild();
}

void StatementMatrixModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

StatementMatrixModel::Row StatementMatrixModel::rowOf(const Case &c) const
{
    Row row;
    row.caseId = c.id;
    row.number = c.number;
    row.title = c.displayTitle();
    for (const CaseStatement &s : c.statements) {
        const int column = [&s] {
            switch (s.party) {
            case StatementParty::Police:
                return int(PoliceColumn);
            case StatementParty::TaxAuthority:
                return int(TaxAuthorityColumn);
            case StatementParty::TaxCollector:
                return int(TaxCollectorColumn);
            case StatementParty::SocialServices:
                return int(SocialServicesColumn);
            case StatementParty::Other:
                break;
            }
            return int(OtherColumn);
        }();
        Cell &cell = row.cells[column - 1];
        CellState state = CellState::Waiting;
        QString line;
        QStringList detail;
        if (s.requested.isValid())
            detail << tr("Requested %1").arg(formatDate(s.requested));
        if (s.deadline.isValid())
            detail << tr("Deadline %1").arg(formatDate(s.deadline));
        if (!s.reminders.isEmpty()) {
            QStringList dates;
            for (const QDate &d : s.reminders)
                dates << formatDate(d);
            detail << tr("Reminders %1").arg(dates.join(QStringLiteral(", ")));
        }
        if (s.isAnswered()) {
            state = CellState::Answered;
            line = s.reply ? CaseTexts::replyName(*s.reply) : tr("Answered");
            detail << tr("Answered %1").arg(formatDate(s.replied));
            if (!s.replyText.trimmed().isEmpty())
                detail << s.replyText.trimmed();
        } else if (s.isOverdue(m_today)) {
            state = CellState::Overdue;
            line = tr("%1 (deadline %2)").arg(daysText(static_cast<int>(s.deadline.daysTo(m_today))), formatDate(s.deadline));
        } else if (s.deadline.isValid()) {
            line = tr("Waiting, deadline %1").arg(formatDate(s.deadline));
        } else {
            line = tr("Waiting, requested %1").arg(formatDate(s.requested));
        }
        if (column == OtherColumn)
            line = tr("%1: %2").arg(CaseTexts::statementPartyText(s), line);
        cell.lines << line;
        cell.details << tr("%1 – %2").arg(CaseTexts::statementPartyText(s), detail.join(QStringLiteral("; ")));
        cell.state = std::max(cell.state, state);
        row.worst = std::max(row.worst, state);
        row.missing = row.missing || !s.isAnswered();
    }
    return row;
}

void StatementMatrixModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_missing = 0;
    m_overdue = 0;
    for (const Case &c : std::as_const(m_cases)) {
        if (!c.isOpen() || c.statements.isEmpty())
            continue;
        for (const CaseStatement &s : c.statements) {
            m_missing += s.isAnswered() ? 0 : 1;
            m_overdue += s.isOverdue(m_today) ? 1 : 0;
        }
        Row row = rowOf(c);
        if (m_filter == Filter::OnlyMissing && !row.missing)
            continue;
        if (m_filter == Filter::OnlyOverdue && row.worst != CellState::Overdue)
            continue;
        m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.number < b.number; });
    endResetModel();
}

qint64 StatementMatrixModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : 0;
}

StatementMatrixModel::CellState StatementMatrixModel::stateAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column <= CaseColumn || column >= ColumnCount)
        return CellState::NotAsked;
    return m_rows.at(row).cells[column - 1].state;
}

int StatementMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatementMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == CaseIdRole)
        return row.caseId;
    if (index.column() == CaseColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 %2").arg(row.number, row.title);
        case Qt::ToolTipRole:
            return tr("Return or double-click opens the case");
        case StateRole:
            return static_cast<int>(row.worst);
        default:
            return {};
        }
    }
    const Cell &cell = row.cells[index.column() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return cell.lines.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        return cell.details.isEmpty() ? QVariant() : QVariant(cell.details.join(QLatin1Char('\n')));
    case StateRole:
        return static_cast<int>(cell.state);
    case Qt::BackgroundRole:
        switch (cell.state) {
        case CellState::Overdue:
            return QBrush(QColor(0xf8, 0xd0, 0xd0));
        case CellState::Waiting:
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        case CellState::Answered:
            return QBrush(QColor(0xd8, 0xf0, 0xdc));
        case CellState::NotAsked:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        switch (cell.state) {
        case CellState::Overdue:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case CellState::Waiting:
        case CellState::Answered:
            return QBrush(QColor(0x1a, 0x1a, 0x1a));
        case CellState::NotAsked:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatementMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case PoliceColumn:
        return tr("Police");
    case TaxAuthorityColumn:
        return tr("Tax Administration");
    case TaxCollectorColumn:
        return tr("Tax collector");
    case SocialServicesColumn:
        return tr("Social services");
    case OtherColumn:
        return tr("Others");
    default:
        return {};
    }
}

} // namespace bevilling
