#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace bevilling {

// Message boxes with our own translated button texts, and a seam for tests: an answer given
// with setNextAnswer() is returned by the next box without showing it, so tests never block.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum Button {
        NoButton,
        Ok,
        Cancel,
        Yes,
        No,
        Close,
        OpenReadOnly,
        OpenOther,
    };
    enum class Icon { Information, Warning, Critical, Question };

    // Shows a box with `buttons` (in order) and returns the one chosen; Escape or closing the
    // box gives the last button whose role is to reject (Cancel, No, Close), else NoButton.
    static Button show(QWidget *parent, Icon icon, const QString &title, const QString &text,
                       const QList<Button> &buttons, Button defaultButton = NoButton);

    static Button information(QWidget *parent, const QString &title, const QString &text);
    static Button critical(QWidget *parent, const QString &title, const QString &text);
    // Yes / No, default Yes.
    static Button question(QWidget *parent, const QString &title, const QString &text);

    static QString buttonText(Button button);

    // Test seam: queues the answer for the next box (boxes take answers in order).
    static void setNextAnswer(Button button);
    static void clearNextAnswers();
    static int pendingAnswers();
    // Title and text of the last box asked for, shown or answered by the seam.
    static QString lastTitle();
    static QString lastText();
};

} // namespace bevilling
