# Tests for issue 4 (cases_storage); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestCaseJson SOURCES TestCaseJson.cpp TestSupport.h LIBS bevilling_core LABELS core cases)
bevilling_add_test(NAME TestCaseRepository SOURCES TestCaseRepository.cpp TestSupport.h LIBS bevilling_core LABELS storage cases)
bevilling_add_test(NAME TestCaseAttachments SOURCES TestCaseAttachments.cpp TestSupport.h LIBS bevilling_core LABELS storage cases)
