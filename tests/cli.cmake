# Exchange format, demo register and the command-line front end. Included from tests/CMakeLists.txt.

bevilling_add_test(NAME TestDemoData SOURCES TestDemoData.cpp LIBS bevilling_core LABELS core)
bevilling_add_test(NAME TestExchange SOURCES TestExchange.cpp TestSupport.h LIBS bevilling_core LABELS core)

# Runs the real bevilling-cli through QProcess; links core only to make registers to work on.
bevilling_add_test(NAME TestCli SOURCES TestCli.cpp LIBS bevilling_core LABELS cli)
target_compile_definitions(TestCli PRIVATE BEVILLING_CLI_PATH="$<TARGET_FILE:bevilling-cli>")
add_dependencies(TestCli bevilling-cli)

# The rule look-ups (period, holidays, sales-hours, serving-hours, fee, prikk) through the real executable.
bevilling_add_test(NAME TestCliRules SOURCES TestCliRules.cpp LIBS Qt6::Core LABELS cli rules)
target_compile_definitions(TestCliRules PRIVATE BEVILLING_CLI_PATH="$<TARGET_FILE:bevilling-cli>")
add_dependencies(TestCliRules bevilling-cli)
