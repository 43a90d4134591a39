# Tests for issue 4 (cases); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestCaseWorkflow SOURCES TestCaseWorkflow.cpp CaseTestSupport.h LIBS bevilling_core LABELS core cases)
bevilling_add_test(NAME TestProcessingClock SOURCES TestProcessingClock.cpp CaseTestSupport.h LIBS bevilling_core LABELS core cases)
bevilling_add_test(NAME TestCaseChecks SOURCES TestCaseChecks.cpp CaseTestSupport.h RuleSetTestSupport.h LIBS bevilling_core LABELS core cases)
bevilling_add_test(NAME TestTravellingQuota SOURCES TestTravellingQuota.cpp CaseTestSupport.h LIBS bevilling_core LABELS core cases)
bevilling_add_test(NAME TestWorklist SOURCES TestWorklist.cpp CaseTestSupport.h LIBS bevilling_core LABELS core cases)
bevilling_add_test(NAME TestCaseRuleSettings SOURCES TestCaseRuleSettings.cpp RuleSetTestSupport.h LIBS bevilling_core LABELS core cases rules)
