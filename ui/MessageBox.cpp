#include "MessageBox.h"

#include <QAbstractButton>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QQueue>

namespace bevilling {

namespace {
QQueue<MessageBox::Button> &nextAnswers()
{
    static QQueue<MessageBox::Button> answers;
    return answers;
}

QString &lastTitleStorage()
{
    static QString title;
    return title;
}

QString &lastTextStorage()
{
    static QString text;
    return text;
}

QMessageBox::ButtonRole roleOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Cancel:
    case MessageBox::Close: return QMessageBox::RejectRole;
    case MessageBox::No: return QMessageBox::NoRole;
    case MessageBox::Yes: return QMessageBox::YesRole;
    default: return QMessageBox::AcceptRole;
    }
}

QMessageBox::Icon iconOf(MessageBox::Icon icon)
{
    switch (icon) {
    case MessageBox::Icon::Information: return QMessageBox::Information;
    case MessageBox::Icon::Warning: return QMessageBox::Warning;
    case MessageBox::Icon::Critical: return QMessageBox::Critical;
    case MessageBox::Icon::Question: return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}
} // namespace

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case NoButton: return {};
    case Ok: return tr("OK");
    case Cancel: return tr("Cancel");
    case Yes: return tr("Yes");
    case No: return tr("No");
    case Close: return tr("Close");
    case OpenReadOnly: return tr("Open read-only");
    case OpenOther: return tr("Open another file…");
    }
    return {};
}

MessageBox::Button MessageBox::show(QWidget *parent, Icon icon, const QString &title, const QString &text,
                                    const QList<Button> &buttons, Button defaultButton)
{
    lastTitleStorage() = title;
    lastTextStorage() = text;
    if (!nextAnswers().isEmpty())
        return nextAnswers().dequeue();

    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setIcon(iconOf(icon));
    box.setWindowTitle(title);
    box.setText(text);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QHash<QAbstractButton *, Button> map;
    Button escapeAnswer = NoButton;
    for (Button button : buttons) {
        QPushButton *pushButton = box.addButton(buttonText(button), roleOf(button));
        map.insert(pushButton, button);
        if (button == defaultButton)
            box.setDefaultButton(pushButton);
        const QMessageBox::ButtonRole role = roleOf(button);
        if (role == QMessageBox::RejectRole || role == QMessageBox::NoRole) {
            box.setEscapeButton(pushButton);
            escapeAnswer = button;
        }
    }
    box.exec();
    QAbstractButton *clicked = box.clickedButton();
    return clicked ? map.value(clicked, escapeAnswer) : escapeAnswer;
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, Icon::Information, title, text, {Ok}, Ok);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, Icon::Critical, title, text, {Ok}, Ok);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, Icon::Question, title, text, {Yes, No}, Yes);
}

void MessageBox::setNextAnswer(Button button)
{
    nextAnswers().enqueue(button);
}

void MessageBox::clearNextAnswers()
{
    nextAnswers().clear();
}

int MessageBox::pendingAnswers()
{
    return static_cast<int>(nextAnswers().size());
}

QString MessageBox::lastTitle()
{
    return lastTitleStorage();
}

QString MessageBox::lastText()
{
    return lastTextStorage();
}

} // namespace bevilling
