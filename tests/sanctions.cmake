# Sanction (prikk) cases and the stored prikk ledger (issue 5); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestSanctionWorkflow SOURCES TestSanctionWorkflow.cpp LIBS bevilling_core LABELS core inspections)
bevilling_add_test(NAME TestLicenceLedger SOURCES TestLicenceLedger.cpp SanctionTestSupport.h TestSupport.h LIBS bevilling_core LABELS storage inspections)
bevilling_add_test(NAME TestSanctionRepository SOURCES TestSanctionRepository.cpp SanctionTestSupport.h TestSupport.h LIBS bevilling_core LABELS storage inspections)

# `ledger` through the real executable; links core only to make the register it reads.
bevilling_add_test(NAME TestCliLedger SOURCES TestCliLedger.cpp CliTestSupport.h SanctionTestSupport.h LIBS bevilling_core LABELS cli inspections)
target_compile_definitions(TestCliLedger PRIVATE BEVILLING_CLI_PATH="$<TARGET_FILE:bevilling-cli>")
add_dependencies(TestCliLedger bevilling-cli)
