#include "CaseDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "LicenceEditorDialog.h"
#include "OptionalDateEdit.h"
#include "rules/LicencePeriod.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/LicenceRepository.h"
#include "validation/OrgNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bevilling {

namespace {
QString licenceChoiceText(const Licence &licence)
{
    QString text = licence.number + QStringLiteral(" – ") + licence.licensee.name;
    const QString where = licence.premises.name.isEmpty() ? licence.eventName : licence.premises.name;
    if (!where.isEmpty() && where != licence.licensee.name)
        text += QStringLiteral(" (") + where + QLatin1Char(')');
    return text;
}
} // namespace

CaseDialog::CaseDialog(const Database &db, const Clock &clock, ValidationOptions options, const QString &officer,
                       QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_options(options)
{
    build();
    Case c;
    c.receivedOn = clock.today();
    c.assignedTo = officer;
    c.application.kind = LicenceKind::Serving;
    c.application.groups = Group1;
    c.application.indoor = true;
    load(c);
    setWindowTitle(tr("New case"));
}

CaseDialog::CaseDialog(const Database &db, const Clock &clock, ValidationOptions options, const Case &c,
                       QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_options(options), m_original(c)
{
    build();
    load(c);
    m_applicationEdited = true;
    setWindowTitle(tr("Edit case %1").arg(c.number));
}

CaseDialog::~CaseDialog()
{
    for (QObject *object : findChildren<QObject *>())
        object->disconnect(this);
}

bool CaseDialog::needsLicence(CaseType type)
{
    switch (type) {
    case CaseType::Renewal:
    case CaseType::Transfer:
    case CaseType::ChangeOfManager:
    case CaseType::Extension:
    case CaseType::TravellingUse: return true;
    case CaseType::NewLicence:
    case CaseType::SingleOccasion: return false;
    }
    return false;
}

void CaseDialog::build()
{
    setObjectName(QStringLiteral("caseDialog"));
    setModal(true);
    resize(680, 760);
    m_cases = std::make_unique<CaseRepository>(m_db, m_clock);
    m_licenceRepository = std::make_unique<LicenceRepository>(m_db, m_clock, m_options);
    if (Result<QList<Licence>> licences = m_licenceRepository->list())
        m_licences = *std::move(licences);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    m_generalError = InlineError::makeLabel(content, QStringLiteral("generalErrorLabel"));
    contentLayout->addWidget(m_generalError);
    m_form = new QFormLayout;
    contentLayout->addLayout(m_form);

    m_number = new QLineEdit(content);
    m_number->setObjectName(QStringLiteral("caseNumberEdit"));
    m_number->setReadOnly(true);
    m_number->setPlaceholderText(tr("Assigned when saved"));
    m_form->addRow(tr("Case number:"), m_number);

    m_type = new QComboBox(content);
    m_type->setObjectName(QStringLiteral("caseTypeComboBox"));
    for (CaseType type : CaseTexts::allTypes())
        m_type->addItem(CaseTexts::typeName(type), static_cast<int>(type));
    m_form->addRow(tr("Case &type:"), m_type);

    m_received = new DateEdit(content);
    m_received->setObjectName(QStringLiteral("receivedDateEdit"));
    m_receivedError = InlineError::makeLabel(content, QStringLiteral("receivedErrorLabel"));
    m_form->addRow(tr("&Received:"), InlineError::withField(content, m_received, m_receivedError));

    m_officer = new QComboBox(content);
    m_officer->setObjectName(QStringLiteral("officerComboBox"));
    m_officer->setEditable(true);
    m_officer->setInsertPolicy(QComboBox::NoInsert);
    if (Result<QStringList> officers = m_cases->officers())
        m_officer->addItems(*officers);
    m_officerError = InlineError::makeLabel(content, QStringLiteral("officerErrorLabel"));
    m_form->addRow(tr("&Officer:"), InlineError::withField(content, m_officer, m_officerError));

    m_licence = new QComboBox(content);
    m_licence->setObjectName(QStringLiteral("licenceComboBox"));
    m_licence->setEditable(true);
    m_licence->setInsertPolicy(QComboBox::NoInsert);
    m_licence->addItem(QString(), 0);
    for (const Licence &licence : std::as_const(m_licences))
        m_licence->addItem(licenceChoiceText(licence), licence.id);
    m_licence->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_licence->completer()->setFilterMode(Qt::MatchContains);
    m_licence->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_licence->lineEdit()->setPlaceholderText(tr("Type a number, licensee or premises"));
    m_licenceError = InlineError::makeLabel(content, QStringLiteral("licenceErrorLabel"));
    m_licenceField = InlineError::withField(content, m_licence, m_licenceError);
    m_form->addRow(tr("Related &licence:"), m_licenceField);

    auto *application = new QWidget(content);
    auto *applicationLayout = new QVBoxLayout(application);
    applicationLayout->setContentsMargins(0, 0, 0, 0);
    m_applicationSummary = new QLabel(application);
    m_applicationSummary->setObjectName(QStringLiteral("applicationSummaryLabel"));
    m_applicationSummary->setWordWrap(true);
    m_editApplication = new QPushButton(tr("Fill in &application…"), application);
    m_editApplication->setObjectName(QStringLiteral("editApplicationButton"));
    m_editApplication->setAutoDefault(false);
    m_applicationError = InlineError::makeLabel(application, QStringLiteral("applicationErrorLabel"));
    auto *applicationRow = new QHBoxLayout;
    applicationRow->addWidget(m_applicationSummary, 1);
    applicationRow->addWidget(m_editApplication, 0, Qt::AlignTop);
    applicationLayout->addLayout(applicationRow);
    applicationLayout->addWidget(m_applicationError);
    m_form->addRow(tr("Application:"), application);

    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Optional: generated from the type and the applicant"));
    m_form->addRow(tr("T&itle:"), m_title);

    m_missing = new QPlainTextEdit(content);
    m_missing->setObjectName(QStringLiteral("missingAttachmentsEdit"));
    m_missing->setTabChangesFocus(true);
    m_missing->setMaximumHeight(80);
    m_missing->setPlaceholderText(tr("One document per line, e.g. Firmaattest"));
    m_missingError = InlineError::makeLabel(content, QStringLiteral("missingAttachmentsErrorLabel"));
    m_form->addRow(tr("&Missing attachments:"), InlineError::withField(content, m_missing, m_missingError));

    m_childrenYouth = new QCheckBox(tr("Aimed at &children and young people"), content);
    m_childrenYouth->setObjectName(QStringLiteral("childrenYouthCheckBox"));
    m_publicPlace = new QCheckBox(tr("Event at a &public place"), content);
    m_publicPlace->setObjectName(QStringLiteral("publicPlaceCheckBox"));
    m_boat = new QCheckBox(tr("Serving aboard a &boat"), content);
    m_boat->setObjectName(QStringLiteral("boatCheckBox"));
    auto *facts = new QWidget(content);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_childrenYouth);
    factsLayout->addWidget(m_publicPlace);
    factsLayout->addWidget(m_boat);
    m_form->addRow(tr("Facts:"), facts);

    m_attendance = new QSpinBox(content);
    m_attendance->setObjectName(QStringLiteral("attendanceSpinBox"));
    m_attendance->setRange(0, 1000000);
    m_attendance->setSpecialValueText(tr("not given"));
    m_attendance->setSuffix(tr(" persons"));
    m_attendanceField = m_attendance;
    m_form->addRow(tr("Expected a&ttendance:"), m_attendance);

    m_eventType = new QComboBox(content);
    m_eventType->setObjectName(QStringLiteral("eventTypeComboBox"));
    m_eventType->addItem(tr("(not given)"), QString());
    for (const QString &key : CaseTexts::eventTypeKeys())
        m_eventType->addItem(CaseTexts::eventTypeName(key), key);
    m_form->addRow(tr("&Event type:"), m_eventType);

    m_requestedHours = new QLineEdit(content);
    m_requestedHours->setObjectName(QStringLiteral("requestedHoursEdit"));
    m_requestedHours->setPlaceholderText(tr("e.g. outdoor serving on the terrace until 01:00"));
    m_form->addRow(tr("Requested &hours or area:"), m_requestedHours);

    m_transferDate = new OptionalDateEdit(content);
    m_transferDate->setObjectName(QStringLiteral("transferDateEdit"));
    m_transferDate->setEmptyCalendarPage(m_clock.today());
    m_transferError = InlineError::makeLabel(content, QStringLiteral("transferErrorLabel"));
    m_transferDateField = InlineError::withField(content, m_transferDate, m_transferError);
    m_form->addRow(tr("Trans&fer date:"), m_transferDateField);
    m_transferAgreement = new QCheckBox(tr("A &written agreement between the old and the new operator"), content);
    m_transferAgreement->setObjectName(QStringLiteral("transferAgreementCheckBox"));
    m_form->addRow(QString(), m_transferAgreement);

    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_form->addRow(tr("&Notes:"), m_notes);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &CaseDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &CaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CaseDialog::updateTypeDependentFields);
    connect(m_licence, &QComboBox::activated, this, &CaseDialog::onLicenceChosen);
    connect(m_licence->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typed text that names a licence exactly selects it.
        const int index = m_licence->findText(m_licence->currentText(), Qt::MatchFixedString);
        if (index >= 0 && index != m_licence->currentIndex())
            m_licence->setCurrentIndex(index);
        onLicenceChosen();
    });
    connect(m_editApplication, &QPushButton::clicked, this, &CaseDialog::editApplication);
}

void CaseDialog::load(const Case &c)
{
    m_number->setText(c.number);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(c.type)));
    m_received->setDate(c.receivedOn.isValid() ? c.receivedOn : m_clock.today());
    if (!c.assignedTo.isEmpty() && m_officer->findText(c.assignedTo) < 0)
        m_officer->addItem(c.assignedTo);
    m_officer->setCurrentText(c.assignedTo);
    m_officer->setEnabled(c.id == 0);
    if (c.id != 0)
        m_officer->setToolTip(tr("Use \"Pass to officer…\" in the case to reassign it."));
    const int licenceIndex = c.licenceId ? m_licence->findData(*c.licenceId) : 0;
    m_licence->setCurrentIndex(qMax(0, licenceIndex));
    m_application = c.application;
    m_title->setText(c.title);
    m_missing->setPlainText(c.missingAttachments.join(QLatin1Char('\n')));
    m_childrenYouth->setChecked(c.aimedAtChildrenAndYouth);
    m_publicPlace->setChecked(c.publicPlace);
    m_boat->setChecked(c.boat);
    m_attendance->setValue(c.attendance.value_or(0));
    m_eventType->setCurrentIndex(qMax(0, m_eventType->findData(c.eventType)));
    m_requestedHours->setText(c.requestedHours);
    m_transferDate->setOptionalDate(c.transferDate);
    m_transferAgreement->setChecked(c.transferAgreement);
    m_notes->setPlainText(c.notes);
    updateTypeDependentFields();
    updateApplicationSummary();
    clearErrors();
}

void CaseDialog::updateTypeDependentFields()
{
    const auto type = static_cast<CaseType>(m_type->currentData().toInt());
    m_form->setRowVisible(m_licenceField, needsLicence(type));
    const bool single = type == CaseType::SingleOccasion || type == CaseType::TravellingUse;
    m_form->setRowVisible(m_attendanceField, single);
    m_form->setRowVisible(m_eventType, single);
    m_form->setRowVisible(m_requestedHours, type == CaseType::Extension);
    m_form->setRowVisible(m_transferDateField, type == CaseType::Transfer);
    m_form->setRowVisible(m_transferAgreement, type == CaseType::Transfer);
    // A new case's application follows the type until the officer fills it in.
    if (!m_applicationEdited && isNew()) {
        if (type == CaseType::SingleOccasion && m_application.kind != LicenceKind::SingleOccasion)
            m_application.kind = LicenceKind::SingleOccasion;
        else if (type == CaseType::NewLicence && !m_application.isOrdinary())
            m_application.kind = LicenceKind::Serving;
        updateApplicationSummary();
    }
}

void CaseDialog::updateApplicationSummary()
{
    const Licence &a = m_application;
    QStringList lines;
    if (!a.licensee.name.isEmpty()) {
        QString applicant = a.licensee.name;
        if (!a.licensee.orgNumber.isEmpty())
            applicant += QStringLiteral(" (") + OrgNumber::formatted(a.licensee.orgNumber) + QLatin1Char(')');
        lines << applicant;
    }
    QString what = DomainTexts::kindName(a.kind);
    if (a.groups)
        what += QStringLiteral(", ") + tr("groups %1").arg(DomainTexts::groupsText(a.groups));
    lines << what;
    if (!a.premises.name.isEmpty())
        lines << a.premises.name + (a.premises.address.isEmpty() ? QString() : QStringLiteral(", ") + a.premises.address);
    if (!a.manager.name.isEmpty())
        lines << tr("Manager: %1").arg(a.manager.name);
    if (a.validFrom.isValid() && a.validTo.isValid())
        lines << tr("Period: %1 – %2").arg(formatDate(a.validFrom), formatDate(a.validTo));
    if (a.licensee.name.isEmpty())
        lines.prepend(tr("Not filled in yet."));
    m_applicationSummary->setText(lines.join(QLatin1Char('\n')));
    m_editApplication->setText(a.licensee.name.isEmpty() ? tr("Fill in &application…") : tr("Edit &application…"));
}

Licence CaseDialog::applicationFromLicence(const Licence &licence, CaseType type) const
{
    Licence a = licence;
    a.id = 0;
    a.number.clear();
    a.endedOn = QDate();
    a.endReason.reset();
    a.endNote.clear();
    a.notes.clear();
    a.createdAt = QDateTime();
    a.updatedAt = QDateTime();
    a.licensee.id = 0;
    a.premises.id = 0;
    a.manager.id = 0;
    for (Person &deputy : a.deputies)
        deputy.id = 0;
    switch (type) {
    case CaseType::Renewal:
        if (licence.validTo.isValid()) {
            a.validFrom = licence.validTo.addDays(1);
            a.validTo = rules::LicencePeriod::latestEnd(a.validFrom);
        }
        break;
    case CaseType::Transfer:
        // A new holder applies; the premises, groups and areas stay.
        a.licensee = Licensee();
        a.manager = Person();
        a.deputies.clear();
        a.validFrom = m_transferDate->optionalDate().isValid() ? m_transferDate->optionalDate() : m_clock.today();
        break;
    case CaseType::TravellingUse:
        a.kind = LicenceKind::SingleOccasion;
        a.eventName.clear();
        a.validFrom = QDate();
        a.validTo = QDate();
        break;
    case CaseType::NewLicence:
    case CaseType::ChangeOfManager:
    case CaseType::Extension:
    case CaseType::SingleOccasion: break;
    }
    return a;
}

void CaseDialog::onLicenceChosen()
{
    const qint64 id = m_licence->currentData().toLongLong();
    if (id <= 0 || m_applicationEdited)
        return;
    for (const Licence &licence : std::as_const(m_licences)) {
        if (licence.id == id) {
            m_application = applicationFromLicence(licence, static_cast<CaseType>(m_type->currentData().toInt()));
            updateApplicationSummary();
            return;
        }
    }
}

void CaseDialog::setRelatedLicence(qint64 id)
{
    const int index = m_licence->findData(id);
    if (index < 0)
        return;
    m_licence->setCurrentIndex(index);
    onLicenceChosen();
}

void CaseDialog::editApplication()
{
    LicenceEditorDialog dialog(*m_licenceRepository, m_clock, m_options, m_application,
                               LicenceEditorDialog::ApplicationMode{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_application = dialog.savedLicence();
    m_applicationEdited = true;
    updateApplicationSummary();
    InlineError::show(m_applicationError, QString());
    m_shownErrors.remove(QStringLiteral("application"));
}

Case CaseDialog::caseFromForm() const
{
    Case c = m_original;
    c.type = static_cast<CaseType>(m_type->currentData().toInt());
    c.receivedOn = m_received->date();
    if (isNew())
        c.assignedTo = m_officer->currentText().trimmed();
    const qint64 licenceId = m_licence->currentData().toLongLong();
    // The combo's text must still name the chosen licence; a half-typed search is no choice.
    const bool licenceChosen = licenceId > 0 && m_licence->currentText() == m_licence->itemText(m_licence->currentIndex());
    if (needsLicence(c.type))
        c.licenceId = licenceChosen ? std::optional<qint64>(licenceId) : std::nullopt;
    else if (!c.isDecided())
        c.licenceId.reset();
    c.application = m_application;
    c.title = m_title->text().trimmed();
    c.missingAttachments.clear();
    for (const QString &line : m_missing->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.missingAttachments.append(line.trimmed());
    }
    c.aimedAtChildrenAndYouth = m_childrenYouth->isChecked();
    c.publicPlace = m_publicPlace->isChecked();
    c.boat = m_boat->isChecked();
    const bool single = c.type == CaseType::SingleOccasion || c.type == CaseType::TravellingUse;
    c.attendance = single && m_attendance->value() > 0 ? std::optional<int>(m_attendance->value()) : std::nullopt;
    c.eventType = single ? m_eventType->currentData().toString() : QString();
    c.requestedHours = c.type == CaseType::Extension ? m_requestedHours->text().trimmed() : QString();
    c.transferDate = c.type == CaseType::Transfer ? m_transferDate->optionalDate() : QDate();
    c.transferAgreement = c.type == CaseType::Transfer && m_transferAgreement->isChecked();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

QList<QPair<QString, QString>> CaseDialog::formErrors() const
{
    QList<QPair<QString, QString>> errors;
    const Case c = caseFromForm();
    if (c.receivedOn > m_clock.today())
        errors.append({QStringLiteral("received_on"), tr("The received date cannot be in the future.")});
    if (isNew() && c.assignedTo.isEmpty())
        errors.append({QStringLiteral("assigned_to"), tr("Name the officer who handles the case.")});
    if (needsLicence(c.type) && !c.licenceId)
        errors.append({QStringLiteral("licence_id"), tr("Choose the licence the case concerns.")});
    if (c.application.licensee.name.trimmed().isEmpty())
        errors.append({QStringLiteral("application"), tr("Fill in the application: at least who applies.")});
    if (c.type == CaseType::Transfer && !c.transferDate.isValid())
        errors.append({QStringLiteral("transfer_date"), tr("Give the date the business changes hands.")});
    return errors;
}

void CaseDialog::clearErrors()
{
    m_shownErrors.clear();
    for (QLabel *label : {m_generalError, m_receivedError, m_officerError, m_licenceError, m_applicationError,
                          m_missingError, m_transferError})
        InlineError::show(label, QString());
}

void CaseDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = m_generalError;
    QWidget *focus = nullptr;
    if (field.startsWith(QLatin1String("received"))) {
        label = m_receivedError;
        focus = m_received;
    } else if (field.startsWith(QLatin1String("assigned")) || field.startsWith(QLatin1String("officer"))) {
        label = m_officerError;
        focus = m_officer;
    } else if (field.startsWith(QLatin1String("licence"))) {
        label = m_licenceError;
        focus = m_licence;
    } else if (field.startsWith(QLatin1String("application"))) {
        label = m_applicationError;
        focus = m_editApplication;
    } else if (field.startsWith(QLatin1String("missing"))) {
        label = m_missingError;
        focus = m_missing;
    } else if (field.startsWith(QLatin1String("transfer"))) {
        label = m_transferError;
        focus = m_transferDate;
    }
    InlineError::show(label, label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    m_shownErrors.insert(field.isEmpty() ? QStringLiteral("general") : field, message);
    if (focus && m_shownErrors.size() == 1)
        focus->setFocus(Qt::OtherFocusReason);
}

void CaseDialog::accept()
{
    clearErrors();
    const QList<QPair<QString, QString>> errors = formErrors();
    for (const auto &error : errors)
        showError(error.first, error.second);
    if (!errors.isEmpty())
        return;
    const Case c = caseFromForm();
    Result<Case> result = isNew() ? m_cases->create(c) : m_cases->update(c);
    if (!result) {
        showError(result.error().field, InlineError::text(result.error()));
        return;
    }
    m_saved = *std::move(result);
    QDialog::accept();
}

} // namespace bevilling
