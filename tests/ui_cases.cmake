# Tests for issue 4 (ui_cases); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestCaseTableModel SOURCES TestCaseTableModel.cpp TestUiCases.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
bevilling_add_test(NAME TestCaseFilterProxyModel SOURCES TestCaseFilterProxyModel.cpp TestUiCases.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
bevilling_add_test(NAME TestCaseDialog SOURCES TestCaseDialog.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
bevilling_add_test(NAME TestUiCaseFlow SOURCES TestUiCaseFlow.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
