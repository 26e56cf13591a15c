list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/dockerfilehighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/dockerfilehighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/dockerfileeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/dockerfileeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/stageindex.cpp ${CMAKE_CURRENT_LIST_DIR}/stageindex.h
    ${CMAKE_CURRENT_LIST_DIR}/documentanalyzer.cpp ${CMAKE_CURRENT_LIST_DIR}/documentanalyzer.h)
