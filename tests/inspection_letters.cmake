# Inspection and sanction letters, the public list of prikker and the inspection plan (issue 5,
# letters-plan); see tests/CMakeLists.txt for bevilling_add_test.
bevilling_add_test(NAME TestInspectionLetterFields SOURCES TestInspectionLetterFields.cpp TestSupport.h
                   LIBS bevilling_core LABELS core letters inspections)
bevilling_add_test(NAME TestPublicPrikkList SOURCES TestPublicPrikkList.cpp SanctionTestSupport.h TestSupport.h
                   LIBS bevilling_core LABELS storage inspections)
# PDF letters and the public list (offscreen); checks the text with pdftotext from poppler-utils.
bevilling_add_test(NAME TestInspectionLetters SOURCES TestInspectionLetters.cpp SanctionTestSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui letters inspections)
bevilling_add_test(NAME TestInspectionPlanWidget SOURCES TestInspectionPlanWidget.cpp SanctionTestSupport.h TestSupport.h
                   LIBS bevilling_ui GUI LABELS ui inspections)
