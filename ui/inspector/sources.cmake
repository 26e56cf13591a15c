list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/imagesourceopener.cpp ${CMAKE_CURRENT_LIST_DIR}/imagesourceopener.h
    ${CMAKE_CURRENT_LIST_DIR}/registrysessions.cpp ${CMAKE_CURRENT_LIST_DIR}/registrysessions.h
    ${CMAKE_CURRENT_LIST_DIR}/imagetreemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/imagetreemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/findingsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/findingsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/configmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/configmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonhighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonhighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/manifestinspector.cpp ${CMAKE_CURRENT_LIST_DIR}/manifestinspector.h)
