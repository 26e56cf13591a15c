list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/platformsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/platformsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/platformsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/platformsdialog.h)
