# Issue 6 tests (turnover); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestTurnoverRules SOURCES TestTurnoverRules.cpp TestSupport.h LIBS bevilling_core LABELS turnover)
bevilling_add_test(NAME TestTurnoverCsv SOURCES TestTurnoverCsv.cpp TestSupport.h LIBS bevilling_core LABELS turnover)
bevilling_add_test(NAME TestTurnoverRepository SOURCES TestTurnoverRepository.cpp TestSupport.h LIBS bevilling_core LABELS turnover storage)
