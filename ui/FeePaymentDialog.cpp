#include "FeePaymentDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "TurnoverReportDialog.h"
#include "storage/Database.h"
#include "storage/FeeRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

QString FeePaymentDialog::amountText(double kroner)
{
    QString text = formatAmount(kroner);
    if (text.startsWith(QStringLiteral("kr")))
        text = text.mid(2).trimmed();
    return text;
}

FeePaymentDialog::FeePaymentDialog(const Database &db, const Clock &clock, const FeeLine &line, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_line(line),
      m_paidOn(new DateEdit(this)),
      m_amount(new QLineEdit(this)),
      m_note(new QLineEdit(this)),
      m_paidOnError(InlineError::makeLabel(this, QStringLiteral("paidOnError"))),
      m_amountError(InlineError::makeLabel(this, QStringLiteral("amountError"))),
      m_general(InlineError::makeLabel(this, QStringLiteral("generalError")))
{
    setObjectName(QStringLiteral("feePaymentDialog"));
    setWindowTitle(tr("Register payment – %1").arg(line.licenceNumber));
    m_paidOn->setObjectName(QStringLiteral("paidOnEdit"));
    m_paidOn->setDate(clock.today());
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setText(amountText(line.outstanding()));
    m_note->setObjectName(QStringLiteral("paymentNoteEdit"));

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("%1, %2: %3, paid %4, outstanding %5.")
                                .arg(line.licenceNumber, FeeTexts::kindName(line.kind), formatAmount(line.amount),
                                     formatAmount(line.paid), formatAmount(line.outstanding())),
                            this));
    auto *dateLabel = new QLabel(tr("Paid &on:"), this);
    dateLabel->setBuddy(m_paidOn);
    form->addRow(dateLabel, InlineError::withField(this, m_paidOn, m_paidOnError));
    auto *amountLabel = new QLabel(tr("&Amount (kr):"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, InlineError::withField(this, m_amount, m_amountError));
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeePaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeePaymentDialog::reject);
    m_amount->setFocus();
    m_amount->selectAll();
}

QLabel *FeePaymentDialog::errorLabel(const QString &field) const
{
    if (field == QStringLiteral("paid_on"))
        return m_paidOnError;
    if (field == QStringLiteral("amount"))
        return m_amountError;
    return m_general;
}

void FeePaymentDialog::accept()
{
    for (QLabel *label : {m_paidOnError, m_amountError, m_general})
        InlineError::show(label, QString());
    QString typed = m_amount->text().trimmed();
    if (typed.startsWith(QStringLiteral("kr"), Qt::CaseInsensitive))
        typed = typed.mid(2);
    bool empty = false;
    const std::optional<double> amount = TurnoverReportDialog::parseNumber(typed, &empty);
    if (!amount || empty) {
        InlineError::show(m_amountError, empty ? tr("Enter the amount paid.") : tr("«%1» is not an amount.").arg(m_amount->text()));
        m_amount->setFocus();
        return;
    }
    Result<FeePayment> saved = FeeRepository(m_db, m_clock).registerPayment(m_line.id, m_paidOn->date(), *amount,
                                                                            m_note->text().trimmed());
    if (!saved) {
        InlineError::show(errorLabel(saved.error().field), InlineError::text(saved.error()));
        return;
    }
    m_saved = std::move(saved).value();
    QDialog::accept();
}

} // namespace bevilling
