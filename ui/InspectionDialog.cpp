#include "InspectionDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "rules/Findings.h"
#include "storage/Database.h"
#include "storage/InspectionRepository.h"
#include "storage/LicenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bevilling {

namespace {

QLabel *makeWarningLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = InlineError::makeLabel(parent, objectName);
    label->setStyleSheet(QStringLiteral("color: #a05a00;"));
    return label;
}

// Adds `message` to what `label` shows (one message a line).
void appendMessage(QLabel *label, const QString &message)
{
    const QString text = label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message;
    InlineError::show(label, text);
}

QTimeEdit *makeTimeEdit(QWidget *parent, const QString &objectName, const QTime &time)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setTime(time);
    return edit;
}

} // namespace

InspectionDialog::InspectionDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_repository(std::make_unique<InspectionRepository>(db, clock))
{
    m_original.date = clock.today();
    m_original.start = QTime(20, 0);
    m_original.end = QTime(22, 0);
    for (const QString &key : InspectionTexts::checklistKeys()) {
        ChecklistItem item;
        item.key = key;
        m_original.checklist << item;
    }
    build();
    load(m_original);
    setWindowTitle(tr("New inspection"));
}

InspectionDialog::InspectionDialog(const Database &db, const Clock &clock, const Inspection &inspection, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_repository(std::make_unique<InspectionRepository>(db, clock)),
      m_original(inspection)
{
    build();
    load(inspection);
    setWindowTitle(tr("Inspection %1").arg(inspection.number));
}

InspectionDialog::~InspectionDialog() = default;

QString InspectionDialog::placeText(const Licence &licence)
{
    QString address = licence.premises.address;
    if (!licence.premises.postalPlace.isEmpty())
        address = QString(address + QStringLiteral(", ") + licence.premises.postalPlace);
    return QStringLiteral("%1 – %2, %3 (%4)").arg(licence.number, licence.premises.name, address, licence.licensee.name);
}

void InspectionDialog::build()
{
    setObjectName(QStringLiteral("inspectionDialog"));
    resize(860, 760);
    const Result<QList<Licence>> licences = LicenceRepository(m_db, m_clock).list();
    if (licences)
        m_licences = *licences;
    const Result<QList<Inspector>> inspectors = InspectorRepository(m_db, m_clock).list();
    if (inspectors)
        m_inspectors = *inspectors;

    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_generalError = InlineError::makeLabel(content, QStringLiteral("generalErrorLabel"));
    form->addRow(m_generalError);

    m_number = new QLineEdit(content);
    m_number->setObjectName(QStringLiteral("numberLineEdit"));
    m_number->setReadOnly(true);
    m_number->setFocusPolicy(Qt::NoFocus);
    m_number->setPlaceholderText(tr("Assigned when saved"));
    form->addRow(tr("Number"), m_number);

    // The place: type part of the name, address, licence number or licensee.
    m_place = new QLineEdit(content);
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_place->setPlaceholderText(tr("Type part of the name, address or licence number"));
    m_place->setAccessibleName(tr("Place"));
    QStringList places;
    for (const Licence &licence : std::as_const(m_licences))
        places << placeText(licence);
    m_completer = new QCompleter(places, m_place);
    m_completer->setObjectName(QStringLiteral("placeCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_place->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_place->setText(text);
        onPlaceEdited();
    });
    connect(m_place, &QLineEdit::textChanged, this, [this] { onPlaceEdited(); });
    m_placeSummary = new QLabel(content);
    m_placeSummary->setObjectName(QStringLiteral("placeSummaryLabel"));
    m_placeSummary->setWordWrap(true);
    m_placeError = InlineError::makeLabel(content, QStringLiteral("placeErrorLabel"));
    auto *placeBox = new QWidget(content);
    auto *placeLayout = new QVBoxLayout(placeBox);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->setSpacing(2);
    placeLayout->addWidget(m_place);
    placeLayout->addWidget(m_placeSummary);
    placeLayout->addWidget(m_placeError);
    form->addRow(tr("&Place"), placeBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(placeBox)))
        label->setBuddy(m_place);

    m_date = new DateEdit(content);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_dateError = InlineError::makeLabel(content, QStringLiteral("dateErrorLabel"));
    form->addRow(tr("&Date"), InlineError::withField(content, m_date, m_dateError));

    m_start = makeTimeEdit(content, QStringLiteral("startTimeEdit"), QTime(20, 0));
    m_end = makeTimeEdit(content, QStringLiteral("endTimeEdit"), QTime(22, 0));
    m_end->setToolTip(tr("An end before the start means the inspection went on past midnight (until 06:00 at the latest)."));
    auto *times = new QWidget(content);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_start);
    timesLayout->addWidget(new QLabel(tr("to"), times));
    timesLayout->addWidget(m_end);
    timesLayout->addStretch(1);
    m_timeError = InlineError::makeLabel(content, QStringLiteral("timeErrorLabel"));
    form->addRow(tr("&Time"), InlineError::withField(content, times, m_timeError));
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_timeError->parentWidget())))
        label->setBuddy(m_start);

    m_type = new QComboBox(content);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    for (rules::InspectionType type : InspectionTexts::allTypes())
        m_type->addItem(InspectionTexts::typeName(type), InspectionTexts::typeKey(type));
    form->addRow(tr("T&ype"), m_type);

    m_mode = new QComboBox(content);
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    for (InspectionMode mode : {InspectionMode::Anonymous, InspectionMode::Open})
        m_mode->addItem(InspectionTexts::modeName(mode), InspectionTexts::modeKey(mode));
    form->addRow(tr("&Mode"), m_mode);

    // Inspectors: a checkable list from the register (Space checks the current one).
    m_inspectorHint = new QLabel(content);
    m_inspectorHint->setObjectName(QStringLiteral("inspectorHintLabel"));
    m_inspectorList = new QListWidget(content);
    m_inspectorList->setObjectName(QStringLiteral("inspectorsListWidget"));
    m_inspectorList->setAccessibleName(tr("Inspectors"));
    m_inspectorList->setMaximumHeight(110);
    for (const Inspector &inspector : std::as_const(m_inspectors)) {
        QString text = inspector.organisation.isEmpty()
                           ? inspector.name
                           : tr("%1 (%2)").arg(inspector.name, inspector.organisation);
        if (!inspector.active)
            text = tr("%1 – inactive").arg(text);
        auto *item = new QListWidgetItem(text, m_inspectorList);
        item->setData(Qt::UserRole, inspector.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_confirmSingle = new QCheckBox(tr("Confirm inspection with one inspector"), content);
    m_confirmSingle->setObjectName(QStringLiteral("confirmSingleInspectorCheckBox"));
    m_confirmSingle->hide();
    m_inspectorWarning = makeWarningLabel(content, QStringLiteral("inspectorsWarningLabel"));
    m_inspectorError = InlineError::makeLabel(content, QStringLiteral("inspectorsErrorLabel"));
    auto *inspectorBox = new QWidget(content);
    auto *inspectorLayout = new QVBoxLayout(inspectorBox);
    inspectorLayout->setContentsMargins(0, 0, 0, 0);
    inspectorLayout->setSpacing(2);
    inspectorLayout->addWidget(m_inspectorHint);
    inspectorLayout->addWidget(m_inspectorList);
    inspectorLayout->addWidget(m_confirmSingle);
    inspectorLayout->addWidget(m_inspectorWarning);
    inspectorLayout->addWidget(m_inspectorError);
    form->addRow(tr("&Inspectors"), inspectorBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(inspectorBox)))
        label->setBuddy(m_inspectorList);
    connect(m_inspectorList, &QListWidget::itemChanged, this, [this] { updateInspectorHints(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateInspectorHints(); });

    // The checklist: what was looked at, whether it was in order, a note.
    m_checklist = new QTableWidget(0, 3, content);
    m_checklist->setObjectName(QStringLiteral("checklistTableWidget"));
    m_checklist->setHorizontalHeaderLabels({tr("Checked"), tr("In order"), tr("Note")});
    m_checklist->verticalHeader()->hide();
    m_checklist->horizontalHeader()->setStretchLastSection(true);
    m_checklist->setTabKeyNavigation(false);
    m_checklist->setMinimumHeight(200);
    m_checklistError = InlineError::makeLabel(content, QStringLiteral("checklistErrorLabel"));
    form->addRow(tr("&Checklist"), InlineError::withField(content, m_checklist, m_checklistError));

    // Findings.
    auto *findingsBox = new QWidget(content);
    findingsBox->setObjectName(QStringLiteral("findingsBox"));
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_noFindings = new QLabel(tr("No remarks"), findingsBox);
    m_noFindings->setObjectName(QStringLiteral("noFindingsLabel"));
    findingsLayout->addWidget(m_noFindings);
    m_findingLayout = new QVBoxLayout;
    findingsLayout->addLayout(m_findingLayout);
    m_addFinding = new QPushButton(tr("Add &finding"), findingsBox);
    m_addFinding->setObjectName(QStringLiteral("addFindingButton"));
    m_addFinding->setAutoDefault(false);
    findingsLayout->addWidget(m_addFinding, 0, Qt::AlignLeft);
    connect(m_addFinding, &QPushButton::clicked, this, &InspectionDialog::addFinding);
    form->addRow(tr("Findings"), findingsBox);

    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Notes"), m_notes);

    m_warnings = makeWarningLabel(this, QStringLiteral("warningsLabel"));
    outer->addWidget(m_warnings);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    m_place->setFocus();
}

void InspectionDialog::load(const Inspection &inspection)
{
    m_number->setText(inspection.number);
    setLicence(inspection.licenceId);
    m_date->setDate(inspection.date.isValid() ? inspection.date : m_clock.today());
    m_start->setTime(inspection.start.isValid() ? inspection.start : QTime(20, 0));
    m_end->setTime(inspection.end.isValid() ? inspection.end : QTime(22, 0));
    m_type->setCurrentIndex(qMax(0, m_type->findData(InspectionTexts::typeKey(inspection.type))));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(InspectionTexts::modeKey(inspection.mode))));
    for (int row = 0; row < m_inspectorList->count(); ++row) {
        QListWidgetItem *item = m_inspectorList->item(row);
        item->setCheckState(inspection.inspectorIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
    }
    m_confirmSingle->setChecked(inspection.confirmedSingleInspector);

    // Every checklist key in display order, with what the inspection recorded for it.
    QStringList keys = InspectionTexts::checklistKeys();
    for (const ChecklistItem &item : inspection.checklist) {
        if (!keys.contains(item.key))
            keys << item.key;
    }
    m_checklist->setRowCount(keys.size());
    for (int row = 0; row < keys.size(); ++row) {
        ChecklistItem recorded;
        recorded.key = keys.at(row);
        for (const ChecklistItem &item : inspection.checklist) {
            if (item.key == keys.at(row))
                recorded = item;
        }
        auto *name = new QTableWidgetItem(InspectionTexts::checklistName(recorded.key));
        name->setData(Qt::UserRole, recorded.key);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(recorded.checked ? Qt::Checked : Qt::Unchecked);
        auto *inOrder = new QTableWidgetItem(tr("In order"));
        inOrder->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        inOrder->setCheckState(recorded.inOrder ? Qt::Checked : Qt::Unchecked);
        auto *note = new QTableWidgetItem(recorded.note);
        m_checklist->setItem(row, 0, name);
        m_checklist->setItem(row, 1, inOrder);
        m_checklist->setItem(row, 2, note);
    }
    m_checklist->resizeColumnToContents(0);
    m_checklist->resizeColumnToContents(1);

    for (const InspectionFinding &finding : inspection.findings) {
        addFinding();
        FindingRow &row = m_findings.last();
        row.id = finding.id;
        row.code->setCurrentIndex(qMax(0, row.code->findData(finding.code)));
        row.description->setText(finding.description);
        if (finding.signs) {
            row.speech->setText(finding.signs->speech);
            row.balance->setText(finding.signs->balance);
            row.behaviour->setText(finding.signs->behaviour);
            row.served->setText(finding.signs->served);
            if (finding.signs->when.isValid())
                row.when->setTime(finding.signs->when);
        }
    }
    m_notes->setPlainText(inspection.notes);
    updateFindingRows();
    updateInspectorHints();
    m_place->setFocus();
}

const Licence *InspectionDialog::licence() const
{
    for (const Licence &licence : m_licences) {
        if (licence.id == m_licenceId)
            return &licence;
    }
    return nullptr;
}

void InspectionDialog::setLicence(qint64 id)
{
    for (const Licence &licence : std::as_const(m_licences)) {
        if (licence.id == id) {
            const QSignalBlocker blocker(m_place);
            m_place->setText(placeText(licence));
            m_licenceId = id;
            onPlaceEdited();
            return;
        }
    }
    m_licenceId = 0;
    onPlaceEdited();
}

void InspectionDialog::onPlaceEdited()
{
    const QString text = m_place->text().trimmed();
    m_licenceId = 0;
    for (const Licence &licence : std::as_const(m_licences)) {
        if (placeText(licence) == text) {
            m_licenceId = licence.id;
            break;
        }
    }
    const Licence *chosen = licence();
    if (chosen) {
        QString summary = tr("Licensee: %1").arg(chosen->licensee.name);
        if (chosen->isEnded())
            summary = tr("%1 (licence ended %2)").arg(summary, formatDate(chosen->endedOn));
        m_placeSummary->setText(summary);
        InlineError::show(m_placeError, QString());
    } else {
        m_placeSummary->setText(text.isEmpty() ? QString() : tr("Choose the place from the list that appears as you type."));
    }
}

QList<qint64> InspectionDialog::checkedInspectors() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_inspectorList->count(); ++row) {
        const QListWidgetItem *item = m_inspectorList->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void InspectionDialog::updateInspectorHints()
{
    const auto type = InspectionTexts::typeFromKey(m_type->currentData().toString());
    const bool serving = type && *type == rules::InspectionType::Serving;
    if (serving)
        m_inspectorHint->setText(tr("A serving inspection needs two inspectors"));
    else if (type && *type == rules::InspectionType::Sales)
        m_inspectorHint->setText(tr("One inspector is enough at sales places"));
    else
        m_inspectorHint->setText(QString());
    m_inspectorHint->setVisible(!m_inspectorHint->text().isEmpty());
    const QList<qint64> ids = checkedInspectors();
    m_confirmSingle->setVisible(serving && ids.size() == 1);
    QStringList untested;
    for (const Inspector &inspector : std::as_const(m_inspectors)) {
        if (ids.contains(inspector.id) && !inspector.knowledgeTestPassed.isValid())
            untested << tr("%1 has no recorded knowledge test for inspectors.").arg(inspector.name);
    }
    InlineError::show(m_inspectorWarning, untested.join(QLatin1Char('\n')));
}

void InspectionDialog::addFinding()
{
    const int index = m_findings.size();
    FindingRow row;
    row.box = new QGroupBox(tr("Finding %1").arg(index + 1), m_addFinding->parentWidget());
    auto *layout = new QFormLayout(row.box);
    row.code = new QComboBox(row.box);
    row.code->addItem(tr("Choose a finding…"), QString());
    for (const rules::FindingCode &code : rules::Findings::all())
        row.code->addItem(tr("%1 (%2 prikker)").arg(code.text).arg(code.prikker), code.code);
    row.codeError = InlineError::makeLabel(row.box, QString());
    layout->addRow(tr("Code"), InlineError::withField(row.box, row.code, row.codeError));
    row.description = new QLineEdit(row.box);
    row.description->setPlaceholderText(tr("What was found, in your own words"));
    row.descriptionError = InlineError::makeLabel(row.box, QString());
    layout->addRow(tr("Description"), InlineError::withField(row.box, row.description, row.descriptionError));

    row.signs = new QWidget(row.box);
    auto *signs = new QFormLayout(row.signs);
    signs->setContentsMargins(0, 0, 0, 0);
    row.speech = new QLineEdit(row.signs);
    row.speech->setPlaceholderText(tr("e.g. slurred speech"));
    row.balance = new QLineEdit(row.signs);
    row.balance->setPlaceholderText(tr("e.g. unsteady, leaned on the bar"));
    row.behaviour = new QLineEdit(row.signs);
    row.behaviour->setPlaceholderText(tr("e.g. loud, bothered other guests"));
    row.served = new QLineEdit(row.signs);
    row.served->setPlaceholderText(tr("e.g. 0.5 l lager"));
    row.when = makeTimeEdit(row.signs, QString(), QTime());
    row.when->setTime(QTime(0, 0));
    signs->addRow(tr("Speech"), row.speech);
    signs->addRow(tr("Balance"), row.balance);
    signs->addRow(tr("Behaviour"), row.behaviour);
    signs->addRow(tr("Served"), row.served);
    signs->addRow(tr("When"), row.when);
    row.signsError = InlineError::makeLabel(row.signs, QString());
    signs->addRow(row.signsError);
    layout->addRow(row.signs);

    row.remove = new QPushButton(tr("Remove finding"), row.box);
    row.remove->setAutoDefault(false);
    layout->addRow(row.remove);
    m_findingLayout->addWidget(row.box);
    row.box->show();
    QWidget *box = row.box;
    connect(row.code, &QComboBox::currentIndexChanged, this, [this] { updateFindingRows(); });
    connect(row.remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < m_findings.size(); ++i) {
            if (m_findings.at(i).box == box) {
                removeFinding(i);
                return;
            }
        }
    });
    m_findings << row;
    // Keyboard order: the new finding's fields come right after the previous finding (or the
    // checklist), before "Add finding".
    QWidget *previous = index == 0 ? static_cast<QWidget *>(m_checklist) : m_findings.at(index - 1).remove;
    setTabOrder(previous, row.code);
    setTabOrder(row.code, row.description);
    setTabOrder(row.description, row.speech);
    setTabOrder(row.speech, row.balance);
    setTabOrder(row.balance, row.behaviour);
    setTabOrder(row.behaviour, row.served);
    setTabOrder(row.served, row.when);
    setTabOrder(row.when, row.remove);
    setTabOrder(row.remove, m_addFinding);
    updateFindingRows();
    row.code->setFocus(Qt::TabFocusReason);
}

void InspectionDialog::removeFinding(int index)
{
    if (index < 0 || index >= m_findings.size())
        return;
    FindingRow row = m_findings.takeAt(index);
    row.box->hide();
    row.box->deleteLater();
    updateFindingRows();
    m_addFinding->setFocus();
}

void InspectionDialog::updateFindingRows()
{
    for (int i = 0; i < m_findings.size(); ++i) {
        FindingRow &row = m_findings[i];
        static_cast<QGroupBox *>(row.box)->setTitle(tr("Finding %1").arg(i + 1));
        const QString prefix = QStringLiteral("finding%1").arg(i);
        row.box->setObjectName(QString(prefix + QStringLiteral("GroupBox")));
        row.code->setObjectName(QString(prefix + QStringLiteral("CodeComboBox")));
        row.description->setObjectName(QString(prefix + QStringLiteral("DescriptionLineEdit")));
        row.signs->setObjectName(QString(prefix + QStringLiteral("SignsWidget")));
        row.speech->setObjectName(QString(prefix + QStringLiteral("SpeechLineEdit")));
        row.balance->setObjectName(QString(prefix + QStringLiteral("BalanceLineEdit")));
        row.behaviour->setObjectName(QString(prefix + QStringLiteral("BehaviourLineEdit")));
        row.served->setObjectName(QString(prefix + QStringLiteral("ServedLineEdit")));
        row.when->setObjectName(QString(prefix + QStringLiteral("WhenTimeEdit")));
        row.remove->setObjectName(QString(prefix + QStringLiteral("RemoveButton")));
        row.codeError->setObjectName(QString(prefix + QStringLiteral("CodeErrorLabel")));
        row.descriptionError->setObjectName(QString(prefix + QStringLiteral("DescriptionErrorLabel")));
        row.signsError->setObjectName(QString(prefix + QStringLiteral("SignsErrorLabel")));
        row.signs->setVisible(InspectionTexts::needsSigns(row.code->currentData().toString()));
    }
    m_noFindings->setVisible(m_findings.isEmpty());
}

Inspection InspectionDialog::inspectionFromForm() const
{
    Inspection inspection = m_original;
    inspection.licenceId = m_licenceId;
    inspection.date = m_date->date();
    inspection.start = m_start->time();
    inspection.end = m_end->time();
    if (const auto type = InspectionTexts::typeFromKey(m_type->currentData().toString()))
        inspection.type = *type;
    if (const auto mode = InspectionTexts::modeFromKey(m_mode->currentData().toString()))
        inspection.mode = *mode;
    inspection.inspectorIds = checkedInspectors();
    inspection.confirmedSingleInspector = m_confirmSingle->isVisible() && m_confirmSingle->isChecked();
    inspection.checklist.clear();
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        ChecklistItem item;
        item.key = m_checklist->item(row, 0)->data(Qt::UserRole).toString();
        item.checked = m_checklist->item(row, 0)->checkState() == Qt::Checked;
        item.inOrder = m_checklist->item(row, 1)->checkState() == Qt::Checked;
        item.note = m_checklist->item(row, 2)->text().trimmed();
        inspection.checklist << item;
    }
    inspection.findings.clear();
    for (const FindingRow &row : m_findings) {
        InspectionFinding finding;
        finding.id = row.id;
        finding.code = row.code->currentData().toString();
        finding.description = row.description->text().trimmed();
        if (InspectionTexts::needsSigns(finding.code)) {
            IntoxicationSigns signs;
            signs.speech = row.speech->text().trimmed();
            signs.balance = row.balance->text().trimmed();
            signs.behaviour = row.behaviour->text().trimmed();
            signs.served = row.served->text().trimmed();
            signs.when = row.when->time();
            finding.signs = signs;
        }
        inspection.findings << finding;
    }
    inspection.notes = m_notes->toPlainText().trimmed();
    return inspection;
}

void InspectionDialog::clearProblems()
{
    m_shown.clear();
    QList<QLabel *> labels{m_generalError, m_warnings, m_placeError, m_dateError, m_timeError, m_inspectorError,
                           m_checklistError};
    for (const FindingRow &row : std::as_const(m_findings))
        labels << row.codeError << row.descriptionError << row.signsError;
    for (QLabel *label : labels)
        InlineError::show(label, QString());
    updateInspectorHints();
}

QLabel *InspectionDialog::labelFor(const QString &field, bool warning)
{
    static const QRegularExpression findingField(QStringLiteral("^findings\\[(\\d+)\\](?:\\.(\\w+))?"));
    if (field.startsWith(QStringLiteral("inspectors")))
        return warning ? m_inspectorWarning : m_inspectorError;
    if (warning)
        return m_warnings;
    if (field == QStringLiteral("licence"))
        return m_placeError;
    if (field == QStringLiteral("date"))
        return m_dateError;
    if (field == QStringLiteral("start") || field == QStringLiteral("end"))
        return m_timeError;
    if (field.startsWith(QStringLiteral("checklist")))
        return m_checklistError;
    const QRegularExpressionMatch match = findingField.match(field);
    if (match.hasMatch()) {
        const int index = match.captured(1).toInt();
        if (index >= 0 && index < m_findings.size()) {
            const FindingRow &row = m_findings.at(index);
            const QString part = match.captured(2);
            if (part == QStringLiteral("code"))
                return row.codeError;
            if (part == QStringLiteral("signs"))
                return row.signsError;
            return row.descriptionError;
        }
    }
    return m_generalError;
}

void InspectionDialog::showProblems(const QList<InspectionProblem> &problems)
{
    for (const InspectionProblem &problem : problems) {
        QLabel *label = labelFor(problem.field, problem.warning);
        // The untested-inspector warnings are already listed by updateInspectorHints().
        if (label == m_inspectorWarning && problem.code == InspectionValidator::CodeInspectorUntested)
            continue;
        if (!label->text().split(QLatin1Char('\n')).contains(problem.message))
            appendMessage(label, problem.message);
        m_shown.insert(problem.field, problem.message);
    }
}

void InspectionDialog::accept()
{
    clearProblems();
    const Inspection inspection = inspectionFromForm();
    const QList<InspectionProblem> problems =
        InspectionValidator::check(inspection, m_inspectors, licence(), m_clock.today());
    if (InspectionValidator::hasErrors(problems)) {
        showProblems(problems);
        if (const InspectionProblem *first = InspectionValidator::firstError(problems)) {
            QLabel *label = labelFor(first->field, false);
            if (label == m_placeError)
                m_place->setFocus();
            else if (label == m_dateError)
                m_date->setFocus();
            else if (label == m_timeError)
                m_end->setFocus();
            else if (label == m_inspectorError)
                m_inspectorList->setFocus();
        }
        return;
    }
    const Result<Inspection> saved = isNew() ? m_repository->create(inspection) : m_repository->update(inspection);
    if (!saved) {
        const Error &error = saved.error();
        if (error.code == InspectionRepository::ErrorValidation) {
            InspectionProblem problem;
            problem.field = error.field;
            problem.message = InlineError::text(error);
            problem.code = error.detail;
            showProblems({problem});
            showProblems(m_repository->lastWarnings());
        } else {
            InlineError::show(m_generalError, error.message);
            m_shown.insert(QString(), error.message);
        }
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace bevilling
