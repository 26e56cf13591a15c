list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/diagnosticsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnosticsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/diagnosticsview.cpp ${CMAKE_CURRENT_LIST_DIR}/diagnosticsview.h)
