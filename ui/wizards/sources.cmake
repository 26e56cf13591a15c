list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/wizardpage.h ${CMAKE_CURRENT_LIST_DIR}/backgroundtask.h
    ${CMAKE_CURRENT_LIST_DIR}/pushplanmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/pushplanmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pushprogressmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/pushprogressmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pushwizard.cpp ${CMAKE_CURRENT_LIST_DIR}/pushwizard.h
    ${CMAKE_CURRENT_LIST_DIR}/localregistrywizard.cpp ${CMAKE_CURRENT_LIST_DIR}/localregistrywizard.h)
