# Shell-word expansion: BuildKit's ProcessWord/ProcessWords ($a, ${a:-w}, patterns, quotes).
list(APPEND MANIFOLD_DOCKERFILE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/shelllexer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shelllexer.h
    ${CMAKE_CURRENT_LIST_DIR}/variables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/variables.h)
