list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/languagesetting.cpp ${CMAKE_CURRENT_LIST_DIR}/languagesetting.h)
