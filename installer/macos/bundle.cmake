# macOS app bundle: Info.plist, icon, bundle id. Deployment (Qt frameworks into the bundle) is a
# documented macdeployqt step, see installer/README.md.
set_target_properties(manifold-studio PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME "Manifold"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.manifold.Manifold"
    MACOSX_BUNDLE_BUNDLE_NAME "Manifold"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "Manifold.icns")

# Manifold.icns from the rendered PNGs with Apple's iconutil.
set(MANIFOLD_ICONSET "${CMAKE_CURRENT_BINARY_DIR}/Manifold.iconset")
set(MANIFOLD_ICNS "${CMAKE_CURRENT_BINARY_DIR}/Manifold.icns")
add_custom_command(OUTPUT "${MANIFOLD_ICNS}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${MANIFOLD_ICONSET}"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/16x16/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_16x16.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/32x32/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_16x16@2x.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/32x32/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_32x32.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/64x64/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_32x32@2x.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/128x128/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_128x128.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/256x256/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_128x128@2x.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/256x256/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_256x256.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/512x512/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_256x256@2x.png"
    COMMAND ${CMAKE_COMMAND} -E copy "${MANIFOLD_ICON_DIR}/512x512/io.manifold.Manifold.png" "${MANIFOLD_ICONSET}/icon_512x512.png"
    COMMAND iconutil -c icns -o "${MANIFOLD_ICNS}" "${MANIFOLD_ICONSET}"
    DEPENDS "${MANIFOLD_ICON_DIR}/512x512/io.manifold.Manifold.png")
add_custom_target(manifold_icns ALL DEPENDS "${MANIFOLD_ICNS}")
target_sources(manifold-studio PRIVATE "${MANIFOLD_ICNS}")
set_source_files_properties("${MANIFOLD_ICNS}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_source_files_properties("${PROJECT_SOURCE_DIR}/resources/samples" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/samples" DESTINATION "Manifold.app/Contents/Resources")
