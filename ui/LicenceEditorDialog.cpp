#include "LicenceEditorDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "rules/LicencePeriod.h"
#include "storage/LicenceRepository.h"
#include "validation/OrgNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bevilling {

struct LicenceEditorDialog::PersonRow
{
    PersonRole role = PersonRole::Manager;
    qint64 id = 0;
    QWidget *container = nullptr;
    QLabel *label = nullptr;
    QLineEdit *name = nullptr;
    OptionalDateEdit *birthDate = nullptr;
    OptionalDateEdit *knowledgeTest = nullptr;
    QToolButton *remove = nullptr;
    QLabel *error = nullptr;

    Person person() const
    {
        Person p;
        p.id = id;
        p.role = role;
        p.name = name->text().trimmed();
        p.birthDate = birthDate->optionalDate();
        p.knowledgeTestPassed = knowledgeTest->optionalDate();
        return p;
    }
};

namespace {
const QRegularExpression kDeputyField(QStringLiteral("^deputies\\[(\\d+)\\]"));

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new DateEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}
} // namespace

LicenceEditorDialog::LicenceEditorDialog(LicenceRepository &repository, const Clock &clock, ValidationOptions options,
                                         QWidget *parent)
    : QDialog(parent), m_repository(repository), m_clock(clock), m_options(options)
{
    build();
    Licence licence;
    licence.kind = LicenceKind::Serving;
    licence.groups = Group1;
    licence.indoor = true;
    licence.validFrom = clock.today();
    licence.validTo = rules::LicencePeriod::latestEnd(clock.today());
    const Result<QString> number = repository.nextNumber(clock.today().year());
    if (number)
        licence.number = *number;
    Person deputy;
    deputy.role = PersonRole::Deputy;
    licence.deputies = {deputy};
    m_original = Licence();
    load(licence);
    m_validToFollowsStart = true;
    setWindowTitle(tr("New licence"));
}

LicenceEditorDialog::LicenceEditorDialog(LicenceRepository &repository, const Clock &clock, ValidationOptions options,
                                         const Licence &licence, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_clock(clock), m_options(options), m_original(licence)
{
    build();
    load(licence);
    setWindowTitle(tr("Edit licence %1").arg(licence.number));
}

LicenceEditorDialog::LicenceEditorDialog(LicenceRepository &repository, const Clock &clock, ValidationOptions options,
                                         const Licence &application, ApplicationMode, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_clock(clock), m_options(options), m_original(application),
      m_applicationMode(true)
{
    build();
    m_licenceForm->setRowVisible(m_number->parentWidget(), false);
    Licence licence = application;
    if (!licence.validFrom.isValid())
        licence.validFrom = clock.today();
    if (!licence.validTo.isValid() && licence.isOrdinary())
        licence.validTo = rules::LicencePeriod::latestEnd(licence.validFrom);
    if (licence.deputies.isEmpty() && licence.isOrdinary()) {
        Person deputy;
        deputy.role = PersonRole::Deputy;
        licence.deputies = {deputy};
    }
    load(licence);
    m_validToFollowsStart = !application.validTo.isValid();
    m_save->setText(tr("&OK"));
    setWindowTitle(tr("Application"));
}

LicenceEditorDialog::~LicenceEditorDialog()
{
    // Hiding the dialog below (in ~QDialog) moves the focus and makes fields emit signals;
    // they must no longer reach this half-destroyed form.
    for (QObject *object : findChildren<QObject *>())
        object->disconnect(this);
    qDeleteAll(m_deputies);
    delete m_manager;
}

QLabel *LicenceEditorDialog::makeErrorLabel(const QString &objectName)
{
    return InlineError::makeLabel(this, objectName);
}

QWidget *LicenceEditorDialog::fieldWithError(QWidget *field, QLabel *error)
{
    return InlineError::withField(this, field, error);
}

void LicenceEditorDialog::watch(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, &LicenceEditorDialog::onFormChanged);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &LicenceEditorDialog::onFormChanged);
    else if (auto *box = qobject_cast<QCheckBox *>(widget))
        connect(box, &QCheckBox::toggled, this, &LicenceEditorDialog::onFormChanged);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, &LicenceEditorDialog::onFormChanged);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, &LicenceEditorDialog::onFormChanged);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, &LicenceEditorDialog::onFormChanged);
}

void LicenceEditorDialog::build()
{
    setObjectName(QStringLiteral("licenceEditorDialog"));
    setModal(true);
    resize(760, 860);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);

    m_generalError = makeErrorLabel(QStringLiteral("generalErrorLabel"));
    contentLayout->addWidget(m_generalError);

    // Licence
    auto *licenceGroup = new QGroupBox(tr("Licence"), content);
    m_licenceForm = new QFormLayout(licenceGroup);
    m_number = new QLineEdit(licenceGroup);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_numberError = makeErrorLabel(QStringLiteral("numberErrorLabel"));
    m_licenceForm->addRow(tr("Licence &number:"), fieldWithError(m_number, m_numberError));
    m_kind = new QComboBox(licenceGroup);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (LicenceKind kind : DomainTexts::allKinds())
        m_kind->addItem(DomainTexts::kindName(kind), static_cast<int>(kind));
    m_licenceForm->addRow(tr("&Kind:"), m_kind);
    m_eventName = new QLineEdit(licenceGroup);
    m_eventName->setObjectName(QStringLiteral("eventNameEdit"));
    m_eventName->setPlaceholderText(tr("For example: Summer party for Rotary, 14.06.2025"));
    m_eventNameError = makeErrorLabel(QStringLiteral("eventNameErrorLabel"));
    m_eventNameField = fieldWithError(m_eventName, m_eventNameError);
    m_licenceForm->addRow(tr("&Occasion:"), m_eventNameField);
    m_closedParty = new QCheckBox(tr("Only for &closed parties (sluttet selskap)"), licenceGroup);
    m_closedParty->setObjectName(QStringLiteral("closedPartyCheckBox"));
    m_licenceForm->addRow(QString(), m_closedParty);
    contentLayout->addWidget(licenceGroup);

    // Licensee
    m_licenseeGroup = new QGroupBox(tr("Licensee"), content);
    auto *licenseeForm = new QFormLayout(m_licenseeGroup);
    m_licenseeName = new QLineEdit(m_licenseeGroup);
    m_licenseeName->setObjectName(QStringLiteral("licenseeNameEdit"));
    m_licenseeNameError = makeErrorLabel(QStringLiteral("licenseeNameErrorLabel"));
    licenseeForm->addRow(tr("Na&me:"), fieldWithError(m_licenseeName, m_licenseeNameError));
    m_orgNumber = new QLineEdit(m_licenseeGroup);
    m_orgNumber->setObjectName(QStringLiteral("orgNumberEdit"));
    m_orgNumber->setPlaceholderText(tr("9 digits, e.g. 923 609 016"));
    m_orgNumber->setMaxLength(20);
    m_orgNumberError = makeErrorLabel(QStringLiteral("orgNumberErrorLabel"));
    licenseeForm->addRow(tr("Organisation n&umber:"), fieldWithError(m_orgNumber, m_orgNumberError));
    m_licenseeAddress = new QLineEdit(m_licenseeGroup);
    m_licenseeAddress->setObjectName(QStringLiteral("licenseeAddressEdit"));
    licenseeForm->addRow(tr("Postal address:"), m_licenseeAddress);
    m_email = new QLineEdit(m_licenseeGroup);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    licenseeForm->addRow(tr("E-mail:"), m_email);
    m_phone = new QLineEdit(m_licenseeGroup);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    licenseeForm->addRow(tr("Phone:"), m_phone);
    contentLayout->addWidget(m_licenseeGroup);

    // Premises
    m_premisesGroup = new QGroupBox(tr("Premises"), content);
    auto *premisesForm = new QFormLayout(m_premisesGroup);
    m_premisesHint = new QLabel(tr("Optional for a travelling licence: the premises are given for each event."), m_premisesGroup);
    m_premisesHint->setWordWrap(true);
    premisesForm->addRow(m_premisesHint);
    m_premisesName = new QLineEdit(m_premisesGroup);
    m_premisesName->setObjectName(QStringLiteral("premisesNameEdit"));
    m_premisesNameError = makeErrorLabel(QStringLiteral("premisesNameErrorLabel"));
    premisesForm->addRow(tr("N&ame:"), fieldWithError(m_premisesName, m_premisesNameError));
    m_premisesAddress = new QLineEdit(m_premisesGroup);
    m_premisesAddress->setObjectName(QStringLiteral("premisesAddressEdit"));
    m_premisesAddressError = makeErrorLabel(QStringLiteral("premisesAddressErrorLabel"));
    premisesForm->addRow(tr("A&ddress:"), fieldWithError(m_premisesAddress, m_premisesAddressError));
    auto *postal = new QWidget(m_premisesGroup);
    auto *postalLayout = new QHBoxLayout(postal);
    postalLayout->setContentsMargins(0, 0, 0, 0);
    m_postalCode = new QLineEdit(postal);
    m_postalCode->setObjectName(QStringLiteral("postalCodeEdit"));
    m_postalCode->setMaxLength(4);
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 24);
    m_postalCode->setAccessibleName(tr("Postal code"));
    m_postalPlace = new QLineEdit(postal);
    m_postalPlace->setObjectName(QStringLiteral("postalPlaceEdit"));
    m_postalPlace->setAccessibleName(tr("Postal place"));
    postalLayout->addWidget(m_postalCode);
    postalLayout->addWidget(m_postalPlace, 1);
    m_postalCodeError = makeErrorLabel(QStringLiteral("postalCodeErrorLabel"));
    auto *postalRowLabel = new QLabel(tr("&Postal code and place:"), m_premisesGroup);
    postalRowLabel->setBuddy(m_postalCode);
    premisesForm->addRow(postalRowLabel, fieldWithError(postal, m_postalCodeError));
    m_premisesType = new QComboBox(m_premisesGroup);
    m_premisesType->setObjectName(QStringLiteral("premisesTypeComboBox"));
    for (PremisesType type : DomainTexts::allPremisesTypes())
        m_premisesType->addItem(DomainTexts::premisesTypeName(type), static_cast<int>(type));
    premisesForm->addRow(tr("T&ype:"), m_premisesType);
    m_capacity = new QSpinBox(m_premisesGroup);
    m_capacity->setObjectName(QStringLiteral("capacitySpinBox"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("not given"));
    m_capacity->setSuffix(tr(" persons"));
    m_capacity->setMaximumWidth(m_capacity->fontMetrics().horizontalAdvance(tr("not given")) * 2 + 40);
    m_capacityError = makeErrorLabel(QStringLiteral("capacityErrorLabel"));
    premisesForm->addRow(tr("Ca&pacity:"), fieldWithError(m_capacity, m_capacityError));
    contentLayout->addWidget(m_premisesGroup);

    // Manager and deputies
    m_peopleGroup = new QGroupBox(tr("Manager and deputies"), content);
    m_peopleLayout = new QVBoxLayout(m_peopleGroup);
    m_peopleHint = new QLabel(m_peopleGroup);
    m_peopleHint->setWordWrap(true);
    m_peopleLayout->addWidget(m_peopleHint);
    m_peopleLayout->addWidget(personHeader());
    m_manager = addPersonRow(PersonRole::Manager);
    m_deputiesError = makeErrorLabel(QStringLiteral("deputiesErrorLabel"));
    m_peopleLayout->addWidget(m_deputiesError);
    m_addDeputy = new QPushButton(tr("Add d&eputy"), m_peopleGroup);
    m_addDeputy->setObjectName(QStringLiteral("addDeputyButton"));
    m_addDeputy->setAutoDefault(false);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addDeputy);
    addRow->addStretch();
    m_peopleLayout->addLayout(addRow);
    connect(m_addDeputy, &QPushButton::clicked, this, [this] {
        PersonRow *row = addPersonRow(PersonRole::Deputy);
        updateTabOrder();
        onFormChanged();
        row->name->setFocus();
        m_scroll->ensureWidgetVisible(row->container);
    });
    contentLayout->addWidget(m_peopleGroup);

    // Groups and areas
    auto *groupsGroup = new QGroupBox(tr("Alcohol groups"), content);
    auto *groupsLayout = new QVBoxLayout(groupsGroup);
    auto *groupBoxes = new QHBoxLayout;
    m_group1 = new QCheckBox(tr("Group &1 (2.5–4.7 %)"), groupsGroup);
    m_group1->setObjectName(QStringLiteral("group1CheckBox"));
    m_group2 = new QCheckBox(tr("Group &2 (4.7–22 %)"), groupsGroup);
    m_group2->setObjectName(QStringLiteral("group2CheckBox"));
    m_group3 = new QCheckBox(tr("Group &3 (22–60 %)"), groupsGroup);
    m_group3->setObjectName(QStringLiteral("group3CheckBox"));
    groupBoxes->addWidget(m_group1);
    groupBoxes->addWidget(m_group2);
    groupBoxes->addWidget(m_group3);
    groupBoxes->addStretch();
    groupsLayout->addLayout(groupBoxes);
    m_groupsError = makeErrorLabel(QStringLiteral("groupsErrorLabel"));
    groupsLayout->addWidget(m_groupsError);
    contentLayout->addWidget(groupsGroup);

    m_areasGroup = new QGroupBox(tr("Serving areas"), content);
    auto *areasForm = new QFormLayout(m_areasGroup);
    m_indoor = new QCheckBox(tr("&Indoors:"), m_areasGroup);
    m_indoor->setObjectName(QStringLiteral("indoorCheckBox"));
    m_indoorDescription = new QLineEdit(m_areasGroup);
    m_indoorDescription->setObjectName(QStringLiteral("indoorDescriptionEdit"));
    m_indoorDescription->setPlaceholderText(tr("Which rooms, e.g. restaurant hall on the 1st floor"));
    m_indoorDescription->setAccessibleName(tr("Indoor area"));
    areasForm->addRow(m_indoor, m_indoorDescription);
    m_outdoor = new QCheckBox(tr("Out&doors:"), m_areasGroup);
    m_outdoor->setObjectName(QStringLiteral("outdoorCheckBox"));
    m_outdoorDescription = new QLineEdit(m_areasGroup);
    m_outdoorDescription->setObjectName(QStringLiteral("outdoorDescriptionEdit"));
    m_outdoorDescription->setPlaceholderText(tr("Where, e.g. terrace facing the harbour, 40 seats"));
    m_outdoorDescription->setAccessibleName(tr("Outdoor area"));
    areasForm->addRow(m_outdoor, m_outdoorDescription);
    m_areasError = makeErrorLabel(QStringLiteral("areasErrorLabel"));
    areasForm->addRow(m_areasError);
    connect(m_indoor, &QCheckBox::toggled, m_indoorDescription, &QWidget::setEnabled);
    connect(m_outdoor, &QCheckBox::toggled, m_outdoorDescription, &QWidget::setEnabled);
    contentLayout->addWidget(m_areasGroup);

    // Period
    auto *periodGroup = new QGroupBox(tr("Period"), content);
    auto *periodLayout = new QVBoxLayout(periodGroup);
    auto *periodRow = new QHBoxLayout;
    m_validFrom = makeDateEdit(periodGroup, QStringLiteral("validFromEdit"));
    m_validTo = makeDateEdit(periodGroup, QStringLiteral("validToEdit"));
    auto *fromLabel = new QLabel(tr("Valid &from:"), periodGroup);
    fromLabel->setBuddy(m_validFrom);
    auto *toLabel = new QLabel(tr("Valid &to:"), periodGroup);
    toLabel->setBuddy(m_validTo);
    periodRow->addWidget(fromLabel);
    periodRow->addWidget(m_validFrom);
    periodRow->addSpacing(16);
    periodRow->addWidget(toLabel);
    periodRow->addWidget(m_validTo);
    periodRow->addStretch();
    periodLayout->addLayout(periodRow);
    m_periodHint = new QLabel(periodGroup);
    m_periodHint->setObjectName(QStringLiteral("periodHintLabel"));
    m_periodHint->setWordWrap(true);
    periodLayout->addWidget(m_periodHint);
    m_periodError = makeErrorLabel(QStringLiteral("periodErrorLabel"));
    periodLayout->addWidget(m_periodError);
    contentLayout->addWidget(periodGroup);

    // Conditions and notes
    auto *textGroup = new QGroupBox(tr("Conditions and notes"), content);
    auto *textForm = new QFormLayout(textGroup);
    m_conditions = new QPlainTextEdit(textGroup);
    m_conditions->setObjectName(QStringLiteral("conditionsEdit"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setMinimumHeight(70);
    m_conditions->setPlaceholderText(tr("Conditions (vilkår) set in the decision, one per line"));
    textForm->addRow(tr("Conditio&ns:"), m_conditions);
    m_notes = new QPlainTextEdit(textGroup);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(50);
    textForm->addRow(tr("Notes:"), m_notes);
    contentLayout->addWidget(textGroup);
    contentLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("editorScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &LicenceEditorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &LicenceEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);

    for (QWidget *w : std::initializer_list<QWidget *>{
             m_number, m_kind, m_eventName, m_closedParty, m_licenseeName, m_orgNumber, m_licenseeAddress, m_email,
             m_phone, m_premisesName, m_premisesAddress, m_postalCode, m_postalPlace, m_premisesType, m_capacity,
             m_group1, m_group2, m_group3, m_indoor, m_indoorDescription, m_outdoor, m_outdoorDescription, m_validFrom,
             m_validTo, m_conditions, m_notes})
        watch(w);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LicenceEditorDialog::updateKindDependentFields);
    connect(m_validFrom, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        const auto kind = static_cast<LicenceKind>(m_kind->currentData().toInt());
        if (!m_loading && m_validToFollowsStart && (kind == LicenceKind::Sale || kind == LicenceKind::Serving)) {
            const QSignalBlocker blocker(m_validTo);
            m_validTo->setDate(rules::LicencePeriod::latestEnd(from));
        }
        m_periodHint->setText(periodHint());
    });
    connect(m_validTo, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_validToFollowsStart = false;
        m_periodHint->setText(periodHint());
    });
    connect(m_orgNumber, &QLineEdit::editingFinished, this, [this] { updateOrgNumberHint(true); });
}

namespace {
// Widths shared by every person row and the header above them, so the columns line up.
struct PersonColumns
{
    int label;
    int date;
    int remove;
};

PersonColumns personColumns(const QWidget *reference)
{
    const QFontMetrics metrics = reference->fontMetrics();
    QToolButton remove;
    remove.setText(LicenceEditorDialog::tr("Remove"));
    return {metrics.horizontalAdvance(LicenceEditorDialog::tr("Deputy %1:").arg(10)) + 12,
            metrics.horizontalAdvance(QStringLiteral("00.00.00000")) + 40, remove.sizeHint().width()};
}
} // namespace

QWidget *LicenceEditorDialog::personHeader()
{
    const PersonColumns columns = personColumns(this);
    auto *header = new QWidget(m_peopleGroup);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addSpacing(columns.label + layout->spacing());
    auto addLabel = [&](const QString &text, int width) {
        auto *label = new QLabel(text, header);
        if (width > 0)
            label->setFixedWidth(width);
        layout->addWidget(label, width > 0 ? 0 : 1);
    };
    addLabel(tr("Name"), 0);
    addLabel(tr("Date of birth"), columns.date);
    addLabel(tr("Knowledge test"), columns.date);
    layout->addSpacing(columns.remove);
    return header;
}

LicenceEditorDialog::PersonRow *LicenceEditorDialog::addPersonRow(PersonRole role)
{
    const PersonColumns columns = personColumns(this);
    auto *row = new PersonRow;
    row->role = role;
    row->container = new QWidget(m_peopleGroup);
    auto *outer = new QVBoxLayout(row->container);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *fields = new QHBoxLayout;
    row->label = new QLabel(row->container);
    row->label->setFixedWidth(columns.label);
    row->name = new QLineEdit(row->container);
    row->name->setPlaceholderText(tr("Full name"));
    row->birthDate = new OptionalDateEdit(row->container);
    row->birthDate->setFixedWidth(columns.date);
    row->birthDate->setToolTip(tr("Date of birth (dd.mm.yyyy): must be at least 20 years old on the start date."));
    row->birthDate->setEmptyCalendarPage(m_clock.today().addYears(-30));
    row->knowledgeTest = new OptionalDateEdit(row->container);
    row->knowledgeTest->setFixedWidth(columns.date);
    row->knowledgeTest->setToolTip(tr("Date the knowledge test (kunnskapsprøven) was passed, if known."));
    row->knowledgeTest->setEmptyCalendarPage(m_clock.today());
    fields->addWidget(row->label);
    fields->addWidget(row->name, 1);
    fields->addWidget(row->birthDate);
    fields->addWidget(row->knowledgeTest);
    row->error = new QLabel(row->container);
    row->error->setWordWrap(true);
    row->error->setStyleSheet(QStringLiteral("color: #b00020;"));
    row->error->hide();
    if (role == PersonRole::Manager) {
        row->label->setText(tr("&Manager:"));
        row->name->setObjectName(QStringLiteral("managerNameEdit"));
        row->birthDate->setObjectName(QStringLiteral("managerBirthDateEdit"));
        row->knowledgeTest->setObjectName(QStringLiteral("managerKnowledgeTestDateEdit"));
        row->error->setObjectName(QStringLiteral("managerErrorLabel"));
        row->name->setAccessibleName(tr("Manager's name"));
        row->birthDate->setAccessibleName(tr("Manager's date of birth"));
        row->knowledgeTest->setAccessibleName(tr("Manager's knowledge test"));
        fields->addSpacing(columns.remove);
        m_peopleLayout->addWidget(row->container);
    } else {
        row->remove = new QToolButton(row->container);
        row->remove->setText(tr("Remove"));
        row->remove->setToolTip(tr("Remove this deputy"));
        row->remove->setFixedWidth(columns.remove);
        fields->addWidget(row->remove);
        connect(row->remove, &QToolButton::clicked, this, [this, row] { removeDeputy(row); });
        m_deputies.append(row);
        // Deputies go after the manager and the ones before them, above the error label.
        const int at = m_peopleLayout->indexOf(m_manager->container) + static_cast<int>(m_deputies.size());
        m_peopleLayout->insertWidget(at, row->container);
        renumberDeputies();
    }
    row->label->setBuddy(row->name);
    outer->addLayout(fields);
    outer->addWidget(row->error);
    watch(row->name);
    connect(row->birthDate, &OptionalDateEdit::optionalDateChanged, this, &LicenceEditorDialog::onFormChanged);
    connect(row->knowledgeTest, &OptionalDateEdit::optionalDateChanged, this, &LicenceEditorDialog::onFormChanged);
    return row;
}

void LicenceEditorDialog::renumberDeputies()
{
    for (int i = 0; i < m_deputies.size(); ++i) {
        PersonRow *row = m_deputies.at(i);
        const QString prefix = QStringLiteral("deputy%1").arg(i + 1);
        row->label->setText(tr("Deputy %1:").arg(i + 1));
        row->name->setObjectName(prefix + QStringLiteral("NameEdit"));
        row->birthDate->setObjectName(prefix + QStringLiteral("BirthDateEdit"));
        row->knowledgeTest->setObjectName(prefix + QStringLiteral("KnowledgeTestDateEdit"));
        row->remove->setObjectName(prefix + QStringLiteral("RemoveButton"));
        row->error->setObjectName(prefix + QStringLiteral("ErrorLabel"));
        row->name->setAccessibleName(tr("Deputy %1, name").arg(i + 1));
        row->birthDate->setAccessibleName(tr("Deputy %1, date of birth").arg(i + 1));
        row->knowledgeTest->setAccessibleName(tr("Deputy %1, knowledge test").arg(i + 1));
        row->remove->setAccessibleName(tr("Remove deputy %1").arg(i + 1));
    }
}

void LicenceEditorDialog::removeDeputy(PersonRow *row)
{
    const int index = static_cast<int>(m_deputies.indexOf(row));
    if (index < 0)
        return;
    m_deputies.removeAt(index);
    // The row's own remove button may be what called us: delete it later, out of sight and
    // out of findChild()'s reach.
    row->container->hide();
    row->container->setParent(nullptr);
    row->container->deleteLater();
    delete row;
    renumberDeputies();
    updateTabOrder();
    onFormChanged();
    if (!m_deputies.isEmpty())
        m_deputies.at(qMin(index, static_cast<int>(m_deputies.size()) - 1))->name->setFocus();
    else
        m_addDeputy->setFocus();
}

void LicenceEditorDialog::updateTabOrder()
{
    QList<QWidget *> order{m_number,        m_kind,           m_eventName, m_closedParty,     m_licenseeName,
                           m_orgNumber,     m_licenseeAddress, m_email,     m_phone,           m_premisesName,
                           m_premisesAddress, m_postalCode,    m_postalPlace, m_premisesType, m_capacity,
                           m_manager->name, m_manager->birthDate, m_manager->knowledgeTest};
    for (PersonRow *row : std::as_const(m_deputies))
        order << row->name << row->birthDate << row->knowledgeTest << row->remove;
    order << m_addDeputy << m_group1 << m_group2 << m_group3 << m_indoor << m_indoorDescription << m_outdoor
          << m_outdoorDescription << m_validFrom << m_validTo << m_conditions << m_notes << m_save << m_cancel;
    for (int i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

void LicenceEditorDialog::load(const Licence &licence)
{
    m_loading = true;
    m_number->setText(licence.number);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(licence.kind)));
    m_eventName->setText(licence.eventName);
    m_closedParty->setChecked(licence.closedParty);
    m_licenseeName->setText(licence.licensee.name);
    m_orgNumber->setText(OrgNumber::formatted(licence.licensee.orgNumber));
    m_licenseeAddress->setText(licence.licensee.address);
    m_email->setText(licence.licensee.email);
    m_phone->setText(licence.licensee.phone);
    m_premisesName->setText(licence.premises.name);
    m_premisesAddress->setText(licence.premises.address);
    m_postalCode->setText(licence.premises.postalCode);
    m_postalPlace->setText(licence.premises.postalPlace);
    m_premisesType->setCurrentIndex(m_premisesType->findData(static_cast<int>(licence.premises.type)));
    m_capacity->setValue(licence.premises.capacity.value_or(0));

    m_manager->id = licence.manager.id;
    m_manager->name->setText(licence.manager.name);
    m_manager->birthDate->setOptionalDate(licence.manager.birthDate);
    m_manager->knowledgeTest->setOptionalDate(licence.manager.knowledgeTestPassed);
    while (!m_deputies.isEmpty())
        removeDeputy(m_deputies.constLast());
    for (const Person &deputy : licence.deputies) {
        PersonRow *row = addPersonRow(PersonRole::Deputy);
        row->id = deputy.id;
        row->name->setText(deputy.name);
        row->birthDate->setOptionalDate(deputy.birthDate);
        row->knowledgeTest->setOptionalDate(deputy.knowledgeTestPassed);
    }

    m_group1->setChecked(licence.groups & Group1);
    m_group2->setChecked(licence.groups & Group2);
    m_group3->setChecked(licence.groups & Group3);
    m_indoor->setChecked(licence.indoor);
    m_indoorDescription->setText(licence.indoorDescription);
    m_indoorDescription->setEnabled(licence.indoor);
    m_outdoor->setChecked(licence.outdoor);
    m_outdoorDescription->setText(licence.outdoorDescription);
    m_outdoorDescription->setEnabled(licence.outdoor);
    m_validFrom->setDate(licence.validFrom.isValid() ? licence.validFrom : m_clock.today());
    m_validTo->setDate(licence.validTo.isValid() ? licence.validTo : m_validFrom->date());
    m_conditions->setPlainText(licence.conditions);
    m_notes->setPlainText(licence.notes);
    m_loading = false;
    m_modified = false;
    updateKindDependentFields();
    updateTabOrder();
    clearErrors();
}

Licence LicenceEditorDialog::licenceFromForm() const
{
    Licence l = m_original;
    l.number = m_number->text().trimmed();
    l.kind = static_cast<LicenceKind>(m_kind->currentData().toInt());
    // Fields hidden for the chosen kind keep their stored values.
    if (!l.isOrdinary())
        l.eventName = m_eventName->text().trimmed();
    if (l.isServingKind())
        l.closedParty = m_closedParty->isChecked();
    l.licensee.name = m_licenseeName->text().trimmed();
    l.licensee.orgNumber = OrgNumber::normalized(m_orgNumber->text());
    l.licensee.address = m_licenseeAddress->text().trimmed();
    l.licensee.email = m_email->text().trimmed();
    l.licensee.phone = m_phone->text().trimmed();
    l.premises.name = m_premisesName->text().trimmed();
    l.premises.address = m_premisesAddress->text().trimmed();
    l.premises.postalCode = m_postalCode->text().trimmed();
    l.premises.postalPlace = m_postalPlace->text().trimmed();
    l.premises.type = static_cast<PremisesType>(m_premisesType->currentData().toInt());
    l.premises.capacity = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    l.manager = m_manager->person();
    l.deputies.clear();
    for (const PersonRow *row : m_deputies) {
        const Person deputy = row->person();
        if (!deputy.isEmpty())
            l.deputies.append(deputy);
    }
    int groups = 0;
    if (m_group1->isChecked())
        groups |= Group1;
    if (m_group2->isChecked())
        groups |= Group2;
    if (m_group3->isChecked())
        groups |= Group3;
    l.groups = groups;
    if (l.isServingKind()) {
        l.indoor = m_indoor->isChecked();
        l.indoorDescription = l.indoor ? m_indoorDescription->text().trimmed() : QString();
        l.outdoor = m_outdoor->isChecked();
        l.outdoorDescription = l.outdoor ? m_outdoorDescription->text().trimmed() : QString();
    }
    l.validFrom = m_validFrom->date();
    l.validTo = m_validTo->date();
    l.conditions = m_conditions->toPlainText().trimmed();
    l.notes = m_notes->toPlainText().trimmed();
    return l;
}

void LicenceEditorDialog::updateKindDependentFields()
{
    const auto kind = static_cast<LicenceKind>(m_kind->currentData().toInt());
    const bool ordinary = kind == LicenceKind::Sale || kind == LicenceKind::Serving;
    const bool serving = kind != LicenceKind::Sale;
    m_licenceForm->setRowVisible(m_eventNameField, !ordinary);
    m_licenceForm->setRowVisible(m_closedParty, serving);
    m_areasGroup->setVisible(serving);
    m_premisesHint->setVisible(kind == LicenceKind::Travelling);
    m_premisesGroup->setTitle(kind == LicenceKind::Sale ? tr("Premises (salgssted)") : tr("Premises (skjenkested)"));
    m_peopleGroup->setTitle(ordinary ? tr("Manager and deputies") : tr("Manager and deputies (optional)"));
    m_peopleHint->setText(ordinary ? tr("An ordinary licence needs a manager and at least one deputy, each at least 20 years "
                                        "old on the start date.")
                                   : tr("A manager and deputies are optional for a single occasion or a travelling licence."));
    m_orgNumber->setPlaceholderText(ordinary ? tr("9 digits, e.g. 923 609 016")
                                             : tr("9 digits; leave empty for a private person"));

    const bool group2Allowed = serving || m_options.allowSaleGroup2;
    m_group2->setEnabled(group2Allowed);
    m_group3->setEnabled(serving);
    if (!group2Allowed)
        m_group2->setChecked(false);
    if (!serving)
        m_group3->setChecked(false);
    m_group2->setToolTip(group2Allowed ? QString()
                                       : tr("Sales of group 2 need the register setting that allows it."));
    m_group3->setToolTip(serving ? QString() : tr("Group 3 cannot be sold, only served."));
    m_periodHint->setVisible(ordinary);
    m_periodHint->setText(periodHint());
}

QString LicenceEditorDialog::periodHint() const
{
    const QDate from = m_validFrom->date();
    const QDate latest = rules::LicencePeriod::latestEnd(from);
    if (!latest.isValid())
        return {};
    QString hint = tr("Latest legal end date for this start date: %1 (alkoholloven § 1-6).").arg(formatDate(latest));
    if (m_validTo->date() > latest) {
        hint += QLatin1Char(' ')
                + tr("The end date is later; that needs the council's decision to continue the licences (§ 1-6 third paragraph).");
    }
    return hint;
}

void LicenceEditorDialog::onFormChanged()
{
    if (m_loading)
        return;
    m_modified = true;
    if (m_validationLive)
        validateForm();
    else
        updateOrgNumberHint(false);
}

void LicenceEditorDialog::updateOrgNumberHint(bool finished)
{
    if (m_validationLive) {
        validateForm();
        return;
    }
    const QString text = m_orgNumber->text();
    const QString digits = OrgNumber::normalized(text);
    bool onlyDigits = true;
    for (const QChar c : digits)
        onlyDigits = onlyDigits && c.isDigit();
    const QString message = LicenceValidator::checkOrgNumber(text, false);
    // While typing, wait for nine digits before judging the length or the check digit.
    const bool judge = finished || !onlyDigits || digits.size() >= 9;
    const QString shown = judge ? message : QString();
    m_orgNumberError->setText(shown);
    m_orgNumberError->setVisible(!shown.isEmpty());
    if (shown.isEmpty())
        m_shownErrors.remove(QStringLiteral("licensee.orgNumber"));
    else
        m_shownErrors.insert(QStringLiteral("licensee.orgNumber"), shown);
}

void LicenceEditorDialog::clearErrors()
{
    m_shownErrors.clear();
    const QList<QLabel *> labels{m_generalError,    m_numberError,     m_eventNameError, m_licenseeNameError,
                                 m_orgNumberError,  m_premisesNameError, m_premisesAddressError, m_postalCodeError,
                                 m_capacityError,   m_deputiesError,   m_groupsError,    m_areasError,
                                 m_periodError,     m_manager->error};
    for (QLabel *label : labels) {
        label->clear();
        label->hide();
    }
    for (PersonRow *row : std::as_const(m_deputies)) {
        row->error->clear();
        row->error->hide();
    }
}

void LicenceEditorDialog::showErrors(const QList<FieldError> &errors)
{
    clearErrors();
    const QHash<QString, QPair<QWidget *, QLabel *>> targets{
        {QStringLiteral("number"), {m_number, m_numberError}},
        {QStringLiteral("eventName"), {m_eventName, m_eventNameError}},
        {QStringLiteral("licensee.name"), {m_licenseeName, m_licenseeNameError}},
        {QStringLiteral("licensee.orgNumber"), {m_orgNumber, m_orgNumberError}},
        {QStringLiteral("premises.name"), {m_premisesName, m_premisesNameError}},
        {QStringLiteral("premises.address"), {m_premisesAddress, m_premisesAddressError}},
        {QStringLiteral("premises.postalCode"), {m_postalCode, m_postalCodeError}},
        {QStringLiteral("premises.capacity"), {m_capacity, m_capacityError}},
        {QStringLiteral("groups"), {m_group1, m_groupsError}},
        {QStringLiteral("areas"), {m_indoor, m_areasError}},
        {QStringLiteral("validFrom"), {m_validFrom, m_periodError}},
        {QStringLiteral("validTo"), {m_validTo, m_periodError}},
        {QStringLiteral("deputies"), {m_addDeputy, m_deputiesError}},
        {QStringLiteral("manager.name"), {m_manager->name, m_manager->error}},
        {QStringLiteral("manager.birthDate"), {m_manager->birthDate, m_manager->error}},
        {QStringLiteral("manager.knowledgeTestPassed"), {m_manager->knowledgeTest, m_manager->error}},
    };
    // Validation numbers deputies among the non-empty rows; map that index back to a row.
    QList<PersonRow *> filledDeputies;
    for (PersonRow *row : std::as_const(m_deputies)) {
        if (!row->person().isEmpty())
            filledDeputies.append(row);
    }

    QWidget *firstField = nullptr;
    for (const FieldError &error : errors) {
        QWidget *field = nullptr;
        QLabel *label = nullptr;
        const auto it = targets.constFind(error.field);
        if (it != targets.constEnd()) {
            field = it->first;
            label = it->second;
        } else if (const QRegularExpressionMatch match = kDeputyField.match(error.field); match.hasMatch()) {
            const int index = match.captured(1).toInt();
            if (index >= 0 && index < filledDeputies.size()) {
                PersonRow *row = filledDeputies.at(index);
                label = row->error;
                field = error.field.endsWith(QLatin1String(".birthDate"))             ? row->birthDate
                        : error.field.endsWith(QLatin1String(".knowledgeTestPassed")) ? static_cast<QWidget *>(row->knowledgeTest)
                                                                                       : row->name;
            }
        }
        if (!label)
            label = m_generalError;
        label->setText(label->text().isEmpty() ? error.message : label->text() + QLatin1Char('\n') + error.message);
        label->show();
        m_shownErrors.insert(error.field.isEmpty() ? QStringLiteral("general") : error.field, error.message);
        if (!firstField)
            firstField = field ? field : label;
    }
    if (firstField && !m_loading)
        m_scroll->ensureWidgetVisible(firstField);
}

QList<FieldError> LicenceEditorDialog::formErrors() const
{
    QList<FieldError> errors = LicenceValidator(m_options).validate(licenceFromForm());
    if (m_applicationMode) {
        errors.removeIf([](const FieldError &error) { return error.field == QLatin1String("number"); });
    }
    return errors;
}

bool LicenceEditorDialog::validateForm()
{
    const QList<FieldError> errors = formErrors();
    showErrors(errors);
    return errors.isEmpty();
}

void LicenceEditorDialog::save()
{
    m_validationLive = true;
    if (!validateForm()) {
        // Focus the first field with a message, so the keyboard user lands on it.
        const QList<FieldError> errors = formErrors();
        if (!errors.isEmpty()) {
            const QString field = errors.first().field;
            QWidget *focus = nullptr;
            if (field == QLatin1String("licensee.orgNumber"))
                focus = m_orgNumber;
            else if (field == QLatin1String("licensee.name"))
                focus = m_licenseeName;
            else if (field == QLatin1String("number"))
                focus = m_number;
            else if (field.startsWith(QLatin1String("manager")))
                focus = m_manager->name;
            else if (field == QLatin1String("premises.name"))
                focus = m_premisesName;
            else if (field == QLatin1String("premises.address"))
                focus = m_premisesAddress;
            else if (field == QLatin1String("eventName"))
                focus = m_eventName;
            else if (field.startsWith(QLatin1String("valid")))
                focus = field == QLatin1String("validFrom") ? m_validFrom : m_validTo;
            if (focus) {
                focus->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(focus);
            }
        }
        return;
    }
    const Licence licence = licenceFromForm();
    if (m_applicationMode) {
        m_saved = licence;
        m_modified = false;
        QDialog::accept();
        return;
    }
    const Result<Licence> result = licence.id == 0 ? m_repository.create(licence) : m_repository.update(licence);
    if (!result) {
        showErrors({FieldError{result.error().field, result.error().message}});
        return;
    }
    m_saved = *result;
    m_modified = false;
    QDialog::accept();
}

void LicenceEditorDialog::accept()
{
    save();
}

void LicenceEditorDialog::reject()
{
    if (m_modified) {
        const MessageBox::Button answer =
            MessageBox::show(this, MessageBox::Icon::Question, tr("Discard changes?"),
                             tr("The licence has unsaved changes. Close the form without saving them?"),
                             {MessageBox::Yes, MessageBox::No}, MessageBox::No);
        if (answer != MessageBox::Yes)
            return;
    }
    QDialog::reject();
}

} // namespace bevilling
