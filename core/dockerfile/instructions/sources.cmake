# Typed instructions from syntax nodes: flag validation (BuildKit's bflag rules) and mount specs.
list(APPEND MANIFOLD_DOCKERFILE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/instruction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/instruction.h
    ${CMAKE_CURRENT_LIST_DIR}/mountspec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mountspec.h)
