# Build settings shared by every Manifold target, carried by one INTERFACE target
# so that the link line (not discipline) decides what a module may use.

if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(CCACHE_PROGRAM ccache)
    if(CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    endif()
endif()

add_library(manifold_settings INTERFACE)
add_library(Manifold::Settings ALIAS manifold_settings)
target_compile_features(manifold_settings INTERFACE cxx_std_20)
target_compile_definitions(manifold_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    MANIFOLD_VERSION="${PROJECT_VERSION}")
target_compile_options(manifold_settings INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(MANIFOLD_WERROR)
    target_compile_options(manifold_settings INTERFACE -Werror)
endif()
if(MANIFOLD_FUZZ)
    # Coverage instrumentation everywhere; only the fuzz targets link libFuzzer's main.
    target_compile_options(manifold_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(manifold_settings INTERFACE -fsanitize=address,undefined)
endif()
if(MANIFOLD_SANITIZE)
    target_compile_options(manifold_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(manifold_settings INTERFACE -fsanitize=address,undefined)
endif()

# manifold_add_library(NAME SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# A static library whose include root is the repository, so includes read
# "core/platform/platform.h" and say where a thing lives.
function(manifold_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}")
    target_link_libraries(${name} PUBLIC manifold_settings ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    set_property(GLOBAL APPEND PROPERTY MANIFOLD_LIBRARIES ${name})
endfunction()
