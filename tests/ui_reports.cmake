# Issue 6 tests (ui_reports); see tests/CMakeLists.txt for bevilling_add_test.
# The report on screen: every table cell as displayed, one chart view per chart (offscreen).
bevilling_add_test(NAME TestReportView SOURCES TestReportView.cpp ReportTestData.h
                   LIBS bevilling_ui GUI LABELS ui reports)
# Reports as PDF; checks the text with pdftotext/pdfinfo from poppler-utils.
bevilling_add_test(NAME TestReportPdf SOURCES TestReportPdf.cpp ReportTestData.h
                   LIBS bevilling_ui GUI LABELS ui reports)
# The work area "Rapporter": choose a report and a year, see it, save it as PDF, CSV and JSON.
bevilling_add_test(NAME TestReportsWidget SOURCES TestReportsWidget.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui reports)
