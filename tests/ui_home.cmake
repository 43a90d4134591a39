# Tests for issue 4 (ui_home); see tests/CMakeLists.txt for bevilling_add_test.
