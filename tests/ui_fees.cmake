# Issue 6 tests (ui_fees); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestUiFeeCycle SOURCES TestUiFeeCycle.cpp TestUiSupport.h SanctionTestSupport.h FeeCycleUiTestSupport.h
                   LIBS bevilling_ui GUI LABELS ui fees)
bevilling_add_test(NAME TestTurnoverImportDialog SOURCES TestTurnoverImportDialog.cpp TestUiSupport.h SanctionTestSupport.h FeeCycleUiTestSupport.h
                   LIBS bevilling_ui GUI LABELS ui fees)
bevilling_add_test(NAME TestTurnoverWidget SOURCES TestTurnoverWidget.cpp TestUiSupport.h SanctionTestSupport.h FeeCycleUiTestSupport.h
                   LIBS bevilling_ui GUI LABELS ui fees)
bevilling_add_test(NAME TestFeesWidget SOURCES TestFeesWidget.cpp TestUiSupport.h SanctionTestSupport.h FeeCycleUiTestSupport.h
                   LIBS bevilling_ui GUI LABELS ui fees)
