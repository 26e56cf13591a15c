list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ansitext.cpp ${CMAKE_CURRENT_LIST_DIR}/ansitext.h
    ${CMAKE_CURRENT_LIST_DIR}/loglinestore.cpp ${CMAKE_CURRENT_LIST_DIR}/loglinestore.h
    ${CMAKE_CURRENT_LIST_DIR}/buildlogmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/buildlogmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/buildlogdelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/buildlogdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/buildlogview.cpp ${CMAKE_CURRENT_LIST_DIR}/buildlogview.h)
