list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ansitext.cpp ${CMAKE_CURRENT_LIST_DIR}/ansitext.h
    ${CMAKE_CURRENT_LIST_DIR}/loglinestore.cpp ${CMAKE_CURRENT_LIST_DIR}/loglinestore.h
    ${CMAKE_CURRENT_LIST_DIR}/logtextview.cpp ${CMAKE_CURRENT_LIST_DIR}/logtextview.h
    ${CMAKE_CURRENT_LIST_DIR}/buildlogview.cpp ${CMAKE_CURRENT_LIST_DIR}/buildlogview.h)
