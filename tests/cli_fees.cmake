# Issue 6 tests (cli_fees); see tests/CMakeLists.txt for bevilling_add_test.
# Synthetic registers (core) and `generate`, `import-turnover`, `fees` and `report` through the
# real bevilling-cli; linking core only to make registers to work on.
foreach(_test TestSyntheticData TestCliTurnover TestCliFees TestCliReports)
    bevilling_add_test(NAME ${_test} SOURCES ${_test}.cpp CliTestSupport.h TestSupport.h LIBS bevilling_core LABELS cli)
    target_compile_definitions(${_test} PRIVATE BEVILLING_CLI_PATH="$<TARGET_FILE:bevilling-cli>"
        BEVILLING_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
    add_dependencies(${_test} bevilling-cli)
endforeach()
