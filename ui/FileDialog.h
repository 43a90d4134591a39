#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace bevilling {

// File dialogs with our own translated labels, and a seam for tests: a name given with
// setNextFileName() is returned by the next dialog without showing it (an empty name means
// the user cancelled).
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath);

    // "Bevilling registers (*.sqlite *.db);;All files (*)"
    static QString registerFilter();

    static void setNextFileName(const QString &fileName);
    static bool hasNextFileName();

private:
    static std::optional<QString> takeNextFileName();
};

} // namespace bevilling
