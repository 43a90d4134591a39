#include "InspectionsWidget.h"

#include "DateEdit.h"
#include "FileDialog.h"
#include "InlineError.h"
#include "InspectionDialog.h"
#include "InspectionLetters.h"
#include "InspectorsDialog.h"
#include "MessageBox.h"
#include "rules/Findings.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"


#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bevilling {

namespace {

const QColor LateColour(0xb0, 0x00, 0x20);
const QColor AmberColour(0xa0, 0x5a, 0x00);

} // namespace

InspectionsWidget::InspectionsWidget(const Clock &clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("inspectionsWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inspectionSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search number, place, licensee, inspector"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search inspections"));
    filters->addWidget(m_search, 1);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("inspectionYearComboBox"));
    m_year->setAccessibleName(tr("Year"));
    filters->addWidget(m_year);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("inspectionTypeComboBox"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("All types"), QString());
    for (rules::InspectionType type : InspectionTexts::allTypes())
        m_type->addItem(InspectionTexts::typeName(type), InspectionTexts::typeKey(type));
    filters->addWidget(m_type);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("inspectionCountLabel"));
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("Place"), tr("Type"), tr("Inspectors"),
                                        tr("Findings"), tr("Report"), tr("Comments")});
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("inspectionsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editInspection();
    });

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QTextBrowser(detail);
    m_summary->setObjectName(QStringLiteral("inspectionSummaryBrowser"));
    detailLayout->addWidget(m_summary, 1);
    auto makeButton = [detail, detailLayout](const QString &name, const QString &text) {
        auto *button = new QPushButton(text, detail);
        button->setObjectName(name);
        detailLayout->addWidget(button);
        return button;
    };
    m_new = makeButton(QStringLiteral("newInspectionButton"), tr("New inspection…"));
    m_edit = makeButton(QStringLiteral("editInspectionButton"), tr("Edit…"));
    m_report = makeButton(QStringLiteral("inspectionReportButton"), tr("Inspection report (PDF)…"));
    m_comments = makeButton(QStringLiteral("registerCommentsButton"), tr("Register comments…"));
    m_sanction = makeButton(QStringLiteral("createSanctionButton"), tr("Create sanction case"));
    m_inspectorsButton = makeButton(QStringLiteral("inspectorsButton"), tr("Inspectors…"));
    connect(m_new, &QPushButton::clicked, this, &InspectionsWidget::newInspection);
    connect(m_edit, &QPushButton::clicked, this, &InspectionsWidget::editInspection);
    connect(m_report, &QPushButton::clicked, this, &InspectionsWidget::writeReport);
    connect(m_comments, &QPushButton::clicked, this, &InspectionsWidget::registerComments);
    connect(m_sanction, &QPushButton::clicked, this, &InspectionsWidget::requestSanction);
    connect(m_inspectorsButton, &QPushButton::clicked, this, &InspectionsWidget::editInspectors);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    updateButtons();
}

void InspectionsWidget::setDatabase(const Database *db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly || !db;
    reload();
}

void InspectionsWidget::reload()
{
    m_all.clear();
    m_licences.clear();
    m_inspectors.clear();
    if (m_db) {
        const Result<QList<Inspection>> inspections = InspectionRepository(*m_db, m_clock).list(0);
        if (inspections)
            m_all = *inspections;
        else
            m_summary->setPlainText(inspections.error().message);
        const Result<QList<Licence>> licences = LicenceRepository(*m_db, m_clock).list();
        if (licences) {
            for (const Licence &licence : *licences)
                m_licences.insert(licence.id, licence);
        }
        const Result<QList<Inspector>> inspectors = InspectorRepository(*m_db, m_clock).list();
        if (inspectors) {
            for (const Inspector &inspector : *inspectors)
                m_inspectors.insert(inspector.id, inspector);
        }
    }
    fillYears();
    applyFilter();
}

void InspectionsWidget::fillYears()
{
    const int current = m_year->currentData().isValid() ? m_year->currentData().toInt() : m_clock.today().year();
    QList<int> years{m_clock.today().year()};
    for (const Inspection &inspection : std::as_const(m_all)) {
        if (inspection.date.isValid() && !years.contains(inspection.date.year()))
            years << inspection.date.year();
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int year : years)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
}

QString InspectionsWidget::placeOf(const Inspection &inspection) const
{
    const auto it = m_licences.constFind(inspection.licenceId);
    if (it == m_licences.constEnd())
        return QString();
    return it->premises.name.isEmpty() ? it->licensee.name : it->premises.name;
}

QString InspectionsWidget::inspectorsOf(const Inspection &inspection) const
{
    QStringList names;
    for (qint64 id : inspection.inspectorIds)
        names << m_inspectors.value(id).name;
    return names.join(QStringLiteral(", "));
}

void InspectionsWidget::applyFilter()
{
    const std::optional<qint64> current = currentInspectionId();
    const int year = m_year->currentData().toInt();
    const QString type = m_type->currentData().toString();
    const QString search = m_search->text().trimmed();
    const QDate today = m_clock.today();
    m_model->removeRows(0, m_model->rowCount());
    for (const Inspection &inspection : std::as_const(m_all)) {
        if (year != 0 && inspection.date.year() != year)
            continue;
        if (!type.isEmpty() && InspectionTexts::typeKey(inspection.type) != type)
            continue;
        const Licence licence = m_licences.value(inspection.licenceId);
        const QString place = placeOf(inspection);
        const QString inspectors = inspectorsOf(inspection);
        if (!search.isEmpty()) {
            const QStringList haystack{inspection.number, place, licence.number, licence.licensee.name,
                                       licence.premises.address, inspectors};
            bool found = false;
            for (const QString &text : haystack)
                found = found || text.contains(search, Qt::CaseInsensitive);
            if (!found)
                continue;
        }
        QList<QStandardItem *> row;
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QStandardItem;
            item->setData(inspection.id, IdRole);
            row << item;
        }
        row[NumberColumn]->setText(inspection.number);
        row[DateColumn]->setText(formatDate(inspection.date));
        row[PlaceColumn]->setText(place);
        row[TypeColumn]->setText(InspectionTexts::typeName(inspection.type));
        row[InspectorsColumn]->setText(inspectors);
        row[FindingsColumn]->setText(inspection.hasFindings() ? QString::number(inspection.findings.size())
                                                              : tr("No remarks"));
        if (inspection.reportSent.isValid()) {
            row[ReportColumn]->setText(tr("Sent %1").arg(formatDate(inspection.reportSent)));
            if (inspection.reportSent > inspection.reportDue())
                row[ReportColumn]->setForeground(AmberColour);
        } else {
            row[ReportColumn]->setText(tr("Due %1").arg(formatDate(inspection.reportDue())));
            if (today > inspection.reportDue()) {
                row[ReportColumn]->setForeground(LateColour);
                row[ReportColumn]->setToolTip(tr("The report should have been sent within a week of the inspection."));
            }
        }
        if (inspection.commentsReceived.isValid()) {
            row[CommentsColumn]->setText(tr("Received %1").arg(formatDate(inspection.commentsReceived)));
        } else if (inspection.reportSent.isValid()) {
            row[CommentsColumn]->setText(tr("Deadline %1").arg(formatDate(inspection.commentDeadline())));
            if (today > inspection.commentDeadline())
                row[CommentsColumn]->setForeground(AmberColour);
        }
        m_model->appendRow(row);
    }
    m_count->setText(tr("%1 inspections").arg(m_model->rowCount()));
    m_table->resizeColumnsToContents();
    for (int row = 0; current && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toLongLong() == *current)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    if (!currentInspectionId() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

std::optional<qint64> InspectionsWidget::currentInspectionId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->index(index.row(), 0).data(IdRole).toLongLong();
}

const Inspection *InspectionsWidget::currentInspection() const
{
    const std::optional<qint64> id = currentInspectionId();
    if (!id)
        return nullptr;
    for (const Inspection &inspection : m_all) {
        if (inspection.id == *id)
            return &inspection;
    }
    return nullptr;
}

void InspectionsWidget::openInspection(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(IdRole).toLongLong() == id) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    // Not shown with the present filters: show every year and type, then select it.
    bool known = false;
    for (const Inspection &inspection : std::as_const(m_all))
        known = known || inspection.id == id;
    if (!known || (m_year->currentIndex() == 0 && m_type->currentIndex() == 0 && m_search->text().isEmpty()))
        return;
    {
        const QSignalBlocker yearBlocker(m_year);
        const QSignalBlocker typeBlocker(m_type);
        const QSignalBlocker searchBlocker(m_search);
        m_year->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_search->clear();
    }
    applyFilter();
    openInspection(id);
}

void InspectionsWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InspectionsWidget::updateButtons()
{
    const Inspection *inspection = currentInspection();
    const bool writable = m_db && !m_readOnly;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && inspection);
    m_report->setEnabled(m_db && inspection);
    m_comments->setEnabled(writable && inspection && inspection->reportSent.isValid());
    m_comments->setToolTip(inspection && !inspection->reportSent.isValid()
                               ? tr("Comments can be registered once the report has been sent.")
                               : QString());
    m_sanction->setEnabled(writable && inspection && inspection->hasFindings());
    m_inspectorsButton->setEnabled(m_db != nullptr);
}

QString InspectionsWidget::summaryHtml(const Inspection &inspection) const
{
    const Licence licence = m_licences.value(inspection.licenceId);
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Inspection %1").arg(inspection.number)));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(esc(placeOf(inspection)),
                     esc(tr("Licence %1, %2").arg(licence.number, licence.licensee.name)));
    QString when = tr("%1, %2–%3").arg(formatDate(inspection.date), inspection.start.toString(QStringLiteral("HH:mm")),
                                       inspection.end.toString(QStringLiteral("HH:mm")));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(when),
                     esc(tr("%1, %2").arg(InspectionTexts::typeName(inspection.type), InspectionTexts::modeName(inspection.mode))),
                     esc(tr("Inspectors: %1").arg(inspectorsOf(inspection))));
    if (inspection.confirmedSingleInspector)
        html += QStringLiteral("<p style=\"color:#a05a00\">%1</p>").arg(esc(tr("Carried out with one inspector (confirmed).")));
    if (!inspection.hasFindings()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("No remarks")));
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Findings")));
        for (const InspectionFinding &finding : inspection.findings) {
            const std::optional<rules::FindingCode> code = rules::Findings::find(finding.code);
            html += QStringLiteral("<li>%1 (%2)<br>%3")
                        .arg(esc(code ? code->text : finding.code),
                             esc(code ? tr("%1 prikker").arg(code->prikker) : QString()), esc(finding.description));
            if (finding.signs) {
                QStringList signs;
                if (!finding.signs->speech.isEmpty())
                    signs << tr("Speech: %1").arg(finding.signs->speech);
                if (!finding.signs->balance.isEmpty())
                    signs << tr("Balance: %1").arg(finding.signs->balance);
                if (!finding.signs->behaviour.isEmpty())
                    signs << tr("Behaviour: %1").arg(finding.signs->behaviour);
                if (!finding.signs->served.isEmpty())
                    signs << tr("Served: %1 at %2").arg(finding.signs->served, finding.signs->when.toString(QStringLiteral("HH:mm")));
                html += QStringLiteral("<br><i>%1</i>").arg(esc(signs.join(QStringLiteral("; "))));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    QStringList report;
    if (inspection.reportSent.isValid())
        report << tr("Report sent %1; comments due %2").arg(formatDate(inspection.reportSent), formatDate(inspection.commentDeadline()));
    else
        report << tr("Report not sent; due %1").arg(formatDate(inspection.reportDue()));
    if (inspection.commentsReceived.isValid())
        report << tr("Comments received %1: %2").arg(formatDate(inspection.commentsReceived), inspection.comments);
    html += QStringLiteral("<p>%1</p>").arg(esc(report.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!inspection.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(inspection.notes));
    return html;
}

void InspectionsWidget::showCurrent()
{
    const Inspection *inspection = currentInspection();
    if (inspection)
        m_summary->setHtml(summaryHtml(*inspection));
    else
        m_summary->setPlainText(m_db ? tr("No inspection selected.") : QString());
    updateButtons();
}

void InspectionsWidget::openDialogFor(InspectionDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Inspection saved = dialog->savedInspection();
        reload();
        openInspection(saved.id);
        Q_EMIT inspectionsChanged();
    });
    dialog->open();
}

void InspectionsWidget::newInspection()
{
    if (!m_db || m_readOnly)
        return;
    openDialogFor(new InspectionDialog(*m_db, m_clock, this));
}

void InspectionsWidget::editInspection()
{
    const Inspection *inspection = currentInspection();
    if (!m_db || m_readOnly || !inspection)
        return;
    openDialogFor(new InspectionDialog(*m_db, m_clock, *inspection, this));
}

void InspectionsWidget::writeReport()
{
    const Inspection *found = currentInspection();
    if (!m_db || !found)
        return;
    const Inspection inspection = *found;
    const QString suggested = QDir::home().filePath(tr("Inspection report %1.pdf").arg(inspection.number));
    const QString path = FileDialog::getSaveFileName(this, tr("Inspection report"), suggested, FileDialog::pdfFilter());
    if (path.isEmpty())
        return;
    const Status written = InspectionLetters::renderInspectionReport(*m_db, m_clock, inspection.id, path);
    if (!written) {
        MessageBox::critical(this, tr("Inspection report"), written.error().message);
        return;
    }
    if (m_readOnly || inspection.reportSent.isValid())
        return;
    const QDate today = m_clock.today();
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Inspection report"),
        tr("The report was saved as %1. Record today (%2) as the day it was sent to the licensee?")
            .arg(QDir::toNativeSeparators(path), formatDate(today)));
    if (answer != MessageBox::Yes)
        return;
    const Result<Inspection> sent = InspectionRepository(*m_db, m_clock).setReportSent(inspection.id, today);
    if (!sent) {
        MessageBox::critical(this, tr("Inspection report"), sent.error().message);
        return;
    }
    reload();
    openInspection(inspection.id);
    Q_EMIT inspectionsChanged();
}

void InspectionsWidget::registerComments()
{
    const Inspection *found = currentInspection();
    if (!m_db || m_readOnly || !found)
        return;
    const Inspection inspection = *found;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("commentsDialog"));
    dialog.setWindowTitle(tr("Comments on inspection %1").arg(inspection.number));
    auto *form = new QFormLayout(&dialog);
    auto *date = new DateEdit(&dialog);
    date->setObjectName(QStringLiteral("commentsDateEdit"));
    date->setDate(inspection.commentsReceived.isValid() ? inspection.commentsReceived : m_clock.today());
    QLabel *dateError = InlineError::makeLabel(&dialog, QStringLiteral("commentsDateErrorLabel"));
    form->addRow(tr("&Received"), InlineError::withField(&dialog, date, dateError));
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("commentsPlainTextEdit"));
    text->setTabChangesFocus(true);
    text->setPlainText(inspection.comments);
    form->addRow(tr("&Comments"), text);
    QLabel *generalError = InlineError::makeLabel(&dialog, QStringLiteral("generalErrorLabel"));
    form->addRow(generalError);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        InlineError::show(dateError, QString());
        InlineError::show(generalError, QString());
        const Result<Inspection> saved =
            InspectionRepository(*m_db, m_clock).saveComments(inspection.id, date->date(), text->toPlainText().trimmed());
        if (!saved) {
            if (saved.error().field == QStringLiteral("comments_received"))
                InlineError::show(dateError, InlineError::text(saved.error()));
            else
                InlineError::show(generalError, saved.error().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    openInspection(inspection.id);
    Q_EMIT inspectionsChanged();
}

void InspectionsWidget::requestSanction()
{
    const Inspection *inspection = currentInspection();
    if (!inspection || !inspection->hasFindings() || m_readOnly)
        return;
    Q_EMIT sanctionRequested(inspection->id);
}

void InspectionsWidget::editInspectors()
{
    if (!m_db)
        return;
    auto *dialog = new InspectorsDialog(*m_db, m_clock, m_readOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InspectorsDialog::inspectorsChanged, this, [this] {
        reload();
        Q_EMIT inspectionsChanged();
    });
    dialog->open();
}

} // namespace bevilling
