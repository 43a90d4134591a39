#pragma once

#include "Result.h"

#include <QString>

class QLabel;
class QWidget;

namespace bevilling {

// Inline validation messages: a red label right below the field it is about, hidden while empty.
namespace InlineError {

QLabel *makeLabel(QWidget *parent, const QString &objectName);
// The field with its message label below it, for a form row.
QWidget *withField(QWidget *parent, QWidget *field, QLabel *error);
// Shows `message` (or hides the label when it is empty).
void show(QLabel *label, const QString &message);
// An error's message as shown next to its field: without the "field: " prefix that core puts in
// front for the command line (the label's position already says which field it is about).
QString text(const Error &error);

} // namespace InlineError
} // namespace bevilling
