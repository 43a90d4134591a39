# Storage tests: the register file (pragmas, migrations, refusals, lock, audit, backup) and crash
# recovery. Included from tests/CMakeLists.txt; both link bevilling_core only.

bevilling_add_test(NAME TestDatabase SOURCES TestDatabase.cpp TestSupport.h LIBS bevilling_core LABELS storage)

# A child process that commits licences, then dies (SIGKILL) inside a long transaction.
add_executable(bevilling_crash_writer helpers/crash_writer.cpp)
target_link_libraries(bevilling_crash_writer PRIVATE bevilling_core bevilling_build_settings)
target_include_directories(bevilling_crash_writer PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

bevilling_add_test(NAME TestCrashRecovery SOURCES TestCrashRecovery.cpp TestSupport.h LIBS bevilling_core LABELS storage)
target_compile_definitions(TestCrashRecovery PRIVATE
    BEVILLING_CRASH_WRITER="$<TARGET_FILE:bevilling_crash_writer>")
add_dependencies(TestCrashRecovery bevilling_crash_writer)

# The register's rule set (migration 3): seeding, versions, national-frame refusals, exchange.
bevilling_add_test(NAME TestRuleSetRepository SOURCES TestRuleSetRepository.cpp TestSupport.h LIBS bevilling_core LABELS storage rules)

# The register's national fee-rate table (migration 4): seeding, adding and correcting a year, exchange.
bevilling_add_test(NAME TestFeeRateRepository SOURCES TestFeeRateRepository.cpp TestSupport.h LIBS bevilling_core LABELS storage rules)
