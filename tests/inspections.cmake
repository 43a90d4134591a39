# Inspections (issue 5): validation, the year's plan, the repository and the CLI commands.
# Included from tests/CMakeLists.txt.
bevilling_add_test(NAME TestInspectionValidator SOURCES TestInspectionValidator.cpp TestSupport.h LIBS bevilling_core LABELS core)
bevilling_add_test(NAME TestInspectionPlan SOURCES TestInspectionPlan.cpp TestSupport.h LIBS bevilling_core LABELS core)
bevilling_add_test(NAME TestInspectionRepository SOURCES TestInspectionRepository.cpp TestSupport.h LIBS bevilling_core LABELS storage)

# `inspections` and `quota` through the real executable; links core only to make registers to work on.
bevilling_add_test(NAME TestCliInspections SOURCES TestCliInspections.cpp CliTestSupport.h TestSupport.h LIBS bevilling_core LABELS cli)
target_compile_definitions(TestCliInspections PRIVATE BEVILLING_CLI_PATH="$<TARGET_FILE:bevilling-cli>")
add_dependencies(TestCliInspections bevilling-cli)
