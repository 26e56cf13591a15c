list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/stagegraphdata.cpp ${CMAKE_CURRENT_LIST_DIR}/stagegraphdata.h
    ${CMAKE_CURRENT_LIST_DIR}/stagegraphbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/stagegraphbuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/stagegraphlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/stagegraphlayout.h
    ${CMAKE_CURRENT_LIST_DIR}/stagegraphview.cpp ${CMAKE_CURRENT_LIST_DIR}/stagegraphview.h
    ${CMAKE_CURRENT_LIST_DIR}/stagegraphwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/stagegraphwidget.h)
