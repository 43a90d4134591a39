#include "LicenceDetailWidget.h"

#include "PrikkTimelineWidget.h"

#include "HistoryFormatter.h"
#include "storage/LicenceLedger.h"
#include "validation/OrgNumber.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bevilling {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

class HtmlTable
{
public:
    void section(const QString &title)
    {
        m_html += QStringLiteral("<tr><td colspan=\"2\"><h3>") + escaped(title) + QStringLiteral("</h3></td></tr>");
    }
    void row(const QString &label, const QString &value)
    {
        const QString shown = value.trimmed().isEmpty() ? QStringLiteral("—") : escaped(value);
        m_html += QStringLiteral("<tr><td style=\"padding-right:12px; white-space:nowrap\" valign=\"top\"><b>")
                  + escaped(label) + QStringLiteral("</b></td><td valign=\"top\">") + shown + QStringLiteral("</td></tr>");
    }
    QString html() const { return QStringLiteral("<table cellspacing=\"2\">") + m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

QString personText(const Person &person)
{
    QStringList parts{person.name};
    if (person.birthDate.isValid())
        parts.append(LicenceDetailWidget::tr("born %1").arg(formatDate(person.birthDate)));
    if (person.knowledgeTestPassed.isValid())
        parts.append(LicenceDetailWidget::tr("knowledge test passed %1").arg(formatDate(person.knowledgeTestPassed)));
    return parts.join(QStringLiteral(", "));
}

QString yesNo(bool value)
{
    return value ? LicenceDetailWidget::tr("Yes") : LicenceDetailWidget::tr("No");
}
} // namespace

LicenceDetailWidget::LicenceDetailWidget(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_title(new QLabel(this)),
      m_buttonRow(new QWidget(this)),
      m_tabs(new QTabWidget(this)),
      m_details(new QTextBrowser(this)),
      m_history(new QTreeWidget(this)),
      m_prikker(new PrikkTimelineWidget(clock, this))
{
    setObjectName(QStringLiteral("licenceDetailWidget"));
    m_title->setObjectName(QStringLiteral("detailTitleLabel"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();

    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_details->setOpenLinks(false);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("Time"), tr("User"), tr("Event")});
    m_history->setRootIsDecorated(true);
    m_history->setUniformRowHeights(false);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_prikker, tr("&Prikker"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_tabs, 1);
    clear();
}

void LicenceDetailWidget::setActions(const QList<QAction *> &actions)
{
    auto *row = qobject_cast<QHBoxLayout *>(m_buttonRow->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttonRow);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"), QStringLiteral("ToolButton")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->insertWidget(row->count() - 1, button);
    }
}

void LicenceDetailWidget::clear()
{
    m_title->setText(tr("No licence selected"));
    m_details->setHtml(QStringLiteral("<p>") + escaped(tr("Select a licence in the list to see its details and history."))
                       + QStringLiteral("</p>"));
    m_history->clear();
    m_prikker->clear();
}

void LicenceDetailWidget::setDatabase(const Database *db)
{
    m_db = db;
    m_prikker->setDatabase(db);
}

void LicenceDetailWidget::showLicence(const Licence &licence, const QList<AuditEntry> &history)
{
    const QString place = licence.premises.name.isEmpty() ? licence.eventName : licence.premises.name;
    m_title->setText(tr("Licence %1 – %2").arg(licence.number, place.isEmpty() ? licence.licensee.name : place));
    QDate suspendedUntil;
    if (m_db) {
        const Result<QHash<qint64, QDate>> suspended = LicenceLedger::suspendedOn(*m_db, m_clock.today());
        if (suspended)
            suspendedUntil = suspended->value(licence.id);
    }
    m_details->setHtml(detailsHtml(licence, m_clock.today(), suspendedUntil));

    m_history->clear();
    for (const HistoryItem &item : HistoryFormatter::format(history)) {
        auto *entry = new QTreeWidgetItem(m_history, {item.when, item.user, item.action});
        for (const QString &change : item.changes) {
            auto *child = new QTreeWidgetItem(entry, {change});
            child->setFirstColumnSpanned(true);
            child->setToolTip(0, change);
        }
        entry->setFirstColumnSpanned(false);
    }
    m_prikker->showLicence(licence.id);
    m_history->expandAll();
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

QString LicenceDetailWidget::detailsHtml(const Licence &licence, const QDate &today, const QDate &suspendedUntil)
{
    HtmlTable t;
    t.section(tr("Licence"));
    t.row(tr("Licence number"), licence.number);
    t.row(tr("Kind"), DomainTexts::kindName(licence.kind));
    t.row(tr("Status"), suspendedUntil.isValid() && licence.statusOn(today) == LicenceStatus::Active
                            ? tr("Suspended until %1").arg(formatDate(suspendedUntil))
                            : DomainTexts::statusName(licence.statusOn(today)));
    if (licence.isServingKind())
        t.row(tr("Closed parties only"), yesNo(licence.closedParty));
    if (!licence.isOrdinary())
        t.row(tr("Occasion"), licence.eventName);

    t.section(tr("Licensee"));
    t.row(tr("Name"), licence.licensee.name);
    t.row(tr("Organisation number"), OrgNumber::formatted(licence.licensee.orgNumber));
    t.row(tr("Address"), licence.licensee.address);
    t.row(tr("E-mail"), licence.licensee.email);
    t.row(tr("Phone"), licence.licensee.phone);

    t.section(tr("Premises"));
    t.row(tr("Name"), licence.premises.name);
    t.row(tr("Address"), licence.premises.address);
    t.row(tr("Postal code and place"),
          QString(licence.premises.postalCode + QLatin1Char(' ') + licence.premises.postalPlace).trimmed());
    t.row(tr("Type of premises"), DomainTexts::premisesTypeName(licence.premises.type));
    t.row(tr("Capacity"), licence.premises.capacity ? tr("%1 persons").arg(*licence.premises.capacity) : QString());

    t.section(tr("Manager and deputies"));
    t.row(tr("Manager"), licence.manager.isEmpty() ? QString() : personText(licence.manager));
    if (licence.deputies.isEmpty())
        t.row(tr("Deputies"), QString());
    for (int i = 0; i < licence.deputies.size(); ++i)
        t.row(tr("Deputy %1").arg(i + 1), personText(licence.deputies.at(i)));

    t.section(tr("Alcohol groups and areas"));
    t.row(tr("Alcohol groups"), DomainTexts::groupsText(licence.groups));
    if (licence.isServingKind()) {
        t.row(tr("Indoors"), licence.indoor ? (licence.indoorDescription.isEmpty() ? tr("Yes") : licence.indoorDescription)
                                            : tr("No"));
        t.row(tr("Outdoors"), licence.outdoor ? (licence.outdoorDescription.isEmpty() ? tr("Yes") : licence.outdoorDescription)
                                              : tr("No"));
    }

    t.section(tr("Period"));
    t.row(tr("Valid from"), formatDate(licence.validFrom));
    t.row(tr("Valid to"), formatDate(licence.validTo));
    if (licence.isEnded()) {
        t.row(tr("Ended on"), formatDate(licence.endedOn));
        t.row(tr("End reason"), licence.endReason ? DomainTexts::endReasonName(*licence.endReason) : QString());
        t.row(tr("Note on the end"), licence.endNote);
    }

    t.section(tr("Conditions and notes"));
    t.row(tr("Conditions"), licence.conditions);
    t.row(tr("Notes"), licence.notes);
    if (licence.createdAt.isValid())
        t.row(tr("Registered"), formatDateTime(licence.createdAt));
    if (licence.updatedAt.isValid())
        t.row(tr("Last changed"), formatDateTime(licence.updatedAt));
    return t.html();
}

} // namespace bevilling
