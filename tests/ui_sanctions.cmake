# Tests for issue 5 (ui-sanctions): the "Prikker" work area and a licence's prikk timeline.
bevilling_add_test(NAME TestPrikkTimelineWidget SOURCES TestPrikkTimelineWidget.cpp TestUiSupport.h SanctionTestSupport.h
                   LIBS bevilling_ui GUI LABELS ui sanctions)
bevilling_add_test(NAME TestUiSanctionFlow SOURCES TestUiSanctionFlow.cpp TestUiSupport.h SanctionTestSupport.h
                   LIBS bevilling_ui GUI LABELS ui sanctions)
