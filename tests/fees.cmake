# Issue 6 tests (fees); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestFeeCalculator SOURCES TestFeeCalculator.cpp TestSupport.h LIBS bevilling_core LABELS core fees)
bevilling_add_test(NAME TestInvoiceCsv SOURCES TestInvoiceCsv.cpp LIBS bevilling_core LABELS core fees)
bevilling_add_test(NAME TestFeeRepository SOURCES TestFeeRepository.cpp TestSupport.h LIBS bevilling_core LABELS storage fees)
