# The Dockerfile parser: bytes -> directives, instructions (BuildKit's AST) and diagnostics.
list(APPEND MANIFOLD_DOCKERFILE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/astjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/astjson.h
    ${CMAKE_CURRENT_LIST_DIR}/directivescanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directivescanner.h
    ${CMAKE_CURRENT_LIST_DIR}/dump.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gotext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gotext.h
    ${CMAKE_CURRENT_LIST_DIR}/heredocscanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/heredocscanner.h
    ${CMAKE_CURRENT_LIST_DIR}/instructionparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/instructionparser.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonarray.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonarray.h
    ${CMAKE_CURRENT_LIST_DIR}/node.h
    ${CMAKE_CURRENT_LIST_DIR}/parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parser.h
    ${CMAKE_CURRENT_LIST_DIR}/sourcetext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sourcetext.h)
