# Issue 6 tests (reports); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestReportWriter SOURCES TestReportWriter.cpp LIBS bevilling_core LABELS core reports)
bevilling_add_test(NAME TestAnnualReports SOURCES TestAnnualReports.cpp ReportFixture.h TestSupport.h
                   LIBS bevilling_core LABELS storage reports)
