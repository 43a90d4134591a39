# Tests for issue 4 (letters); see tests/CMakeLists.txt for bevilling_add_test.
