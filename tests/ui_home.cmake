# Tests for issue 4 (ui_home); see tests/CMakeLists.txt for bevilling_add_test.
# Renewal at the period boundary: renewal cases or the council's continuation for the chosen licences.
bevilling_add_test(NAME TestRenewalBatchDialog SOURCES TestRenewalBatchDialog.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
# The officer's home page: the work list, the event calendar and the travelling-licence quota.
bevilling_add_test(NAME TestHomeWidget SOURCES TestHomeWidget.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
# "Uttalelsesoversikt": the statements matrix and its widget.
bevilling_add_test(NAME TestStatementMatrix SOURCES TestStatementMatrix.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
# The main window's work areas (Home, Cases, Licences, Rules) and the Cases menu.
bevilling_add_test(NAME TestUiWorkAreas SOURCES TestUiWorkAreas.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui cases)
