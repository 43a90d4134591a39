# UI tests: item models, dialogs and the main window, driven offscreen. Included from
# tests/CMakeLists.txt; each links bevilling_ui (which brings bevilling_core).

bevilling_add_test(NAME TestLicenceTableModel SOURCES TestLicenceTableModel.cpp TestUiLicences.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui)
bevilling_add_test(NAME TestLicenceFilterProxyModel SOURCES TestLicenceFilterProxyModel.cpp TestUiLicences.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui)
bevilling_add_test(NAME TestLicenceEditorDialog SOURCES TestLicenceEditorDialog.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui)
bevilling_add_test(NAME TestUiLicenceFlow SOURCES TestUiLicenceFlow.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui)
bevilling_add_test(NAME TestUiStartup SOURCES TestUiStartup.cpp TestUiSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui)
# Also runs the real program (no display, --help, --version) through QProcess.
target_compile_definitions(TestUiStartup PRIVATE BEVILLING_GUI_PROGRAM="$<TARGET_FILE:bevilling>")
add_dependencies(TestUiStartup bevilling)
bevilling_add_test(NAME TestHistoryFormatter SOURCES TestHistoryFormatter.cpp TestSupport.h
                   LIBS bevilling_ui LABELS ui)
bevilling_add_test(NAME TestAppSettings SOURCES TestAppSettings.cpp TestUiSupport.h
                   LIBS bevilling_ui GUI LABELS ui)
# The Regelverk work area: questions to the register's rule set and the rule-set editor.
bevilling_add_test(NAME TestRulesPanel SOURCES TestRulesPanel.cpp TestUiSupport.h
                   LIBS bevilling_ui GUI LABELS ui rules)
# "Gebyrsatser": the register's national fee-rate table edited from the Regelverk area.
bevilling_add_test(NAME TestFeeRatesDialog SOURCES TestFeeRatesDialog.cpp TestUiSupport.h
                   LIBS bevilling_ui GUI LABELS ui rules)
