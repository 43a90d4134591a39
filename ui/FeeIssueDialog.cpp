#include "FeeIssueDialog.h"

#include "DateEdit.h"
#include "InlineError.h"
#include "storage/Database.h"
#include "storage/FeeRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bevilling {

FeeIssueDialog::FeeIssueDialog(const Database &db, const Clock &clock, int year, const QList<FeeLine> &unissued,
                               int paymentDays, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_year(year),
      m_paymentDays(paymentDays),
      m_issued(new DateEdit(this)),
      m_due(new DateEdit(this)),
      m_summary(new QLabel(this)),
      m_issuedError(InlineError::makeLabel(this, QStringLiteral("issuedOnError"))),
      m_dueError(InlineError::makeLabel(this, QStringLiteral("dueOnError"))),
      m_general(InlineError::makeLabel(this, QStringLiteral("generalError")))
{
    setObjectName(QStringLiteral("feeIssueDialog"));
    setWindowTitle(tr("Issue fees %1").arg(year));
    m_issued->setObjectName(QStringLiteral("issuedOnEdit"));
    m_due->setObjectName(QStringLiteral("dueOnEdit"));
    m_issued->setDate(clock.today());
    m_due->setDate(clock.today().addDays(paymentDays));
    double total = 0;
    for (const FeeLine &line : unissued)
        total += line.amount;
    m_summary->setObjectName(QStringLiteral("issueSummaryLabel"));
    m_summary->setText(tr("%1 invoice lines, in total %2.").arg(unissued.size()).arg(formatAmount(total)));

    auto *form = new QFormLayout;
    form->addRow(m_summary);
    auto *issuedLabel = new QLabel(tr("&Invoice date:"), this);
    issuedLabel->setBuddy(m_issued);
    form->addRow(issuedLabel, InlineError::withField(this, m_issued, m_issuedError));
    auto *dueLabel = new QLabel(tr("&Due date:"), this);
    dueLabel->setBuddy(m_due);
    form->addRow(dueLabel, InlineError::withField(this, m_due, m_dueError));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!unissued.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeeIssueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeeIssueDialog::reject);
    connect(m_issued, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_dueEdited) {
            const QSignalBlocker block(m_due);
            m_due->setDate(date.addDays(m_paymentDays));
        }
    });
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_dueEdited = true; });
    m_issued->setFocus();
}

QLabel *FeeIssueDialog::errorLabel(const QString &field) const
{
    if (field == QStringLiteral("issued_on"))
        return m_issuedError;
    if (field == QStringLiteral("due_on"))
        return m_dueError;
    return m_general;
}

void FeeIssueDialog::accept()
{
    for (QLabel *label : {m_issuedError, m_dueError, m_general})
        InlineError::show(label, QString());
    Result<QList<FeeLine>> issued = FeeRepository(m_db, m_clock).issue(m_year, m_issued->date(), m_due->date());
    if (!issued) {
        InlineError::show(errorLabel(issued.error().field), InlineError::text(issued.error()));
        return;
    }
    m_done = std::move(issued).value();
    QDialog::accept();
}

} // namespace bevilling
