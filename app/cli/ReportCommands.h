#pragma once

#include "Cli.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace bevilling::cli {

// `report`: one of the annual reports (AnnualReports) of a year written as JSON, CSV or PDF.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    static QList<CommandSpec> commands();
    static int runReport(const Invocation &invocation);
    // A PDF report draws its charts with Qt Charts in a QGraphicsScene, which needs a QApplication
    // (main.cpp starts one on the "offscreen" platform).
    static bool needsWidgetApplication(const QStringList &arguments);
};

} // namespace bevilling::cli
