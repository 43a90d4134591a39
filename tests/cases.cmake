# Tests for issue 4 (cases); see tests/CMakeLists.txt for bevilling_add_test.
