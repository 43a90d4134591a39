#include "Cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same application name as the GUI, so that both find the same default register.
    QCoreApplication::setApplicationName(QStringLiteral("bevilling"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BEVILLING_VERSION));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return bevilling::cli::Cli::run(app, QCoreApplication::arguments().mid(1), out, err);
}
