#include "InlineError.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bevilling::InlineError {

QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QWidget *withField(QWidget *parent, QWidget *field, QLabel *error)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return container;
}

void show(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString text(const Error &error)
{
    const QString prefix = error.field + QStringLiteral(": ");
    if (error.field.isEmpty() || !error.message.startsWith(prefix))
        return error.message;
    QString rest = error.message.mid(prefix.size());
    if (!rest.isEmpty())
        rest[0] = rest.at(0).toUpper();
    return rest;
}

} // namespace bevilling::InlineError
