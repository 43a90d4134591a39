# Tests for issue 4 (letters); see tests/CMakeLists.txt for bevilling_add_test.

# Merge fields, escaping, unknown placeholders and the shipped letters.
bevilling_add_test(NAME TestLetterTemplate SOURCES TestLetterTemplate.cpp TestSupport.h LIBS bevilling_core LABELS core letters)
# The register's edited templates: save, load, reset, refusal of unknown fields, audit entries.
bevilling_add_test(NAME TestLetterTemplates SOURCES TestLetterTemplates.cpp LIBS bevilling_core LABELS storage letters)
# PDF letters (offscreen); checks the text with pdftotext/pdfinfo from poppler-utils.
bevilling_add_test(NAME TestLetterRenderer SOURCES TestLetterRenderer.cpp LetterTestSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui letters)
# `cases` and `letter` through the real bevilling-cli; links core to make the register it reads.
bevilling_add_test(NAME TestCliCases SOURCES TestCliCases.cpp CliTestSupport.h LetterTestSupport.h TestSupport.h
                   LIBS bevilling_core LABELS cli letters)
target_compile_definitions(TestCliCases PRIVATE BEVILLING_CLI_PATH="$<TARGET_FILE:bevilling-cli>")
add_dependencies(TestCliCases bevilling-cli)
# The administrators' template editor (offscreen).
bevilling_add_test(NAME TestLetterTemplateDialog SOURCES TestLetterTemplateDialog.cpp TestUiSupport.h
                   LIBS bevilling_ui GUI LABELS ui letters)
