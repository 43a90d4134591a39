#include "Startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // --help, --version, a wrong command line and a missing display are answered before any window exists.
    if (const std::optional<int> exitCode = bevilling::Startup::preflight(argc, argv))
        return *exitCode;
    QApplication app(argc, argv);
    return bevilling::Startup::run(app);
}
