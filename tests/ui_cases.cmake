# Tests for issue 4 (ui_cases); see tests/CMakeLists.txt for bevilling_add_test.
