# The Dockerfile parser: bytes -> directives, instructions (BuildKit's AST) and diagnostics.
list(APPEND MANIFOLD_DOCKERFILE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parser.h
    ${CMAKE_CURRENT_LIST_DIR}/dump.cpp)
