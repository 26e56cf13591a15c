list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/registrybrowsermodel.cpp ${CMAKE_CURRENT_LIST_DIR}/registrybrowsermodel.h
    ${CMAKE_CURRENT_LIST_DIR}/registrybrowser.cpp ${CMAKE_CURRENT_LIST_DIR}/registrybrowser.h)
