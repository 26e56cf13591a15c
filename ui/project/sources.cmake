list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/project.cpp ${CMAKE_CURRENT_LIST_DIR}/project.h
    ${CMAKE_CURRENT_LIST_DIR}/recentprojects.cpp ${CMAKE_CURRENT_LIST_DIR}/recentprojects.h)
