# BuildPlan: per target platform, the stages that run, their bases, platforms, emulation and edges.
list(APPEND MANIFOLD_DOCKERFILE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/buildplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildplan.h
    ${CMAKE_CURRENT_LIST_DIR}/buildplanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildplanner.h
    ${CMAKE_CURRENT_LIST_DIR}/platformargs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/platformargs.h)
