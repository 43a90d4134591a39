# Tests for issue 4 (cases_storage); see tests/CMakeLists.txt for bevilling_add_test.
