#include "CaseCommands.h"
#include "Cli.h"
#include "ReportCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// The platform's start-up notes (e.g. "XDG_RUNTIME_DIR not set") would break the contract of at
// most one line on stderr; only critical messages get through.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_defaultHandler)
        g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // `letter` lays out text, which needs a QGuiApplication; it draws on no screen, so the
    // "offscreen" platform serves when none was chosen. Every other command needs no graphics.
    std::unique_ptr<QCoreApplication> app;
    if (bevilling::cli::ReportCommands::needsWidgetApplication(arguments)) {
        // A PDF report's charts are drawn by Qt Charts in a QGraphicsScene: a QApplication.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QApplication>(argc, argv);
    } else if (bevilling::cli::CaseCommands::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same application name as the GUI, so that both find the same default register.
    QCoreApplication::setApplicationName(QStringLiteral("bevilling"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BEVILLING_VERSION));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return bevilling::cli::Cli::run(*app, QCoreApplication::arguments().mid(1), out, err);
}
