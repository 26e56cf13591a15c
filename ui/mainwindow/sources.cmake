list(APPEND MANIFOLD_UI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/mainwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/buildsession.cpp ${CMAKE_CURRENT_LIST_DIR}/buildsession.h
    ${CMAKE_CURRENT_LIST_DIR}/screenshot.cpp ${CMAKE_CURRENT_LIST_DIR}/screenshot.h
    ${CMAKE_CURRENT_LIST_DIR}/actionicons.cpp ${CMAKE_CURRENT_LIST_DIR}/actionicons.h
    ${CMAKE_CURRENT_LIST_DIR}/tlsexceptionsindicator.cpp ${CMAKE_CURRENT_LIST_DIR}/tlsexceptionsindicator.h)
# The bundled sample is found in the source tree when running from a build directory.
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/mainwindow.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS MANIFOLD_UI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# Building from the window needs core/build's BuildJob; it joins once core/build compiles it.
file(READ "${PROJECT_SOURCE_DIR}/core/build/CMakeLists.txt" MANIFOLD_UI_BUILD_LIST)
if(MANIFOLD_UI_BUILD_LIST MATCHES "buildjob\\.cpp")
    set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/buildsession.cpp APPEND PROPERTY
        COMPILE_DEFINITIONS MANIFOLD_UI_HAVE_BUILDJOB)
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/build/CMakeLists.txt")
