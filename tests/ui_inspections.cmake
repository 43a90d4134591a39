# Tests for issue 5's inspections GUI (ui-inspections); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestInspectionDialog SOURCES TestInspectionDialog.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui inspections)
bevilling_add_test(NAME TestUiInspectionFlow SOURCES TestUiInspectionFlow.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui inspections)
bevilling_add_test(NAME TestUiInspectionToSuspension SOURCES TestUiInspectionToSuspension.cpp TestUiSupport.h TestSupport.h LIBS bevilling_ui GUI LABELS ui inspections sanctions)
