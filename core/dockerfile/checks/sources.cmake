# Build checks: BuildKit's lint rules that apply statically, plus Manifold's multi-arch checks.
list(APPEND MANIFOLD_DOCKERFILE_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/checkconfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checkconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/dockerfilechecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dockerfilechecker.h)
