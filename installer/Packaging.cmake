# Installation layout and packages for TuneDrop; included at the end of the top CMakeLists.txt.
#
#   Linux   `cmake --install` lays out /usr (or any prefix) the freedesktop way, and
#           `cpack -G DEB` in the build folder makes tunedrop_<version>_<arch>.deb.
#   Windows an NSIS installer (cpack -G NSIS) with the Qt runtime from windeployqt.
#   macOS   a TuneDrop.app bundle made self-contained by macdeployqt, in a .dmg (DragNDrop).
#
# Only the Linux part is built and tested (tests/package/check_package.sh). The Windows and
# macOS parts are configured only on those systems and are NOT built by CI; see
# installer/README.md for what a maintainer runs there.

include(GNUInstallDirs)

set(TUNEDROP_APP_ID "io.github.tunedrop.TuneDrop")
set(TUNEDROP_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(TUNEDROP_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(TUNEDROP_CONTACT "TuneDrop developers <tunedrop@example.invalid>")
# Directories that installation creates get rwxr-xr-x whatever the umask is.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The compiled translations. app/CMakeLists.txt's qt_add_translations writes one .qm per
# language into app/'s build folder (and embeds them under :/i18n); the installed copies let
# translators and packagers replace them without a rebuild.
get_directory_property(TUNEDROP_LANGUAGES DIRECTORY "${PROJECT_SOURCE_DIR}/app" DEFINITION TUNEDROP_LANGUAGES)
if(NOT TUNEDROP_LANGUAGES)
    set(TUNEDROP_LANGUAGES de es fr en)
endif()
get_directory_property(_tunedrop_app_bin DIRECTORY "${PROJECT_SOURCE_DIR}/app" BINARY_DIR)
set(TUNEDROP_QM_FILES "")
foreach(_lang IN LISTS TUNEDROP_LANGUAGES)
    list(APPEND TUNEDROP_QM_FILES "${_tunedrop_app_bin}/tunedrop_${_lang}.qm")
endforeach()

# ---------------------------------------------------------------------------------------
# Common CPack settings
# ---------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "tunedrop")
set(CPACK_PACKAGE_VENDOR "TuneDrop developers")
set(CPACK_PACKAGE_CONTACT "${TUNEDROP_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "paste a link or drop a file, get a tagged MP3")
# Wrapped under 80 columns for the Debian control file (CPack indents each line and turns
# the empty lines into " ."); the other generators show it as it is.
set(CPACK_PACKAGE_DESCRIPTION [=[
TuneDrop converts the sound of video and media links into tagged MP3
files. Paste a link, drop links or local files on its window, or pass
them on the command line: each becomes a job that runs in the background
with live progress.

It handles YouTube links (videos, Shorts, live streams, playlists,
channels) and every other site yt-dlp supports, direct media URLs
including HLS streams, and local audio and video files. The MP3 files
are encoded with LAME and get ID3v2 tags and the cover art.

An optional password-protected web page lets other devices on the local
network add links. Finished files are deleted after 8 hours unless kept,
and a headless mode serves scripts.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "TuneDrop")
set(CPACK_STRIP_FILES ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")  # NSIS and .dmg licence page
endif()

if(UNIX AND NOT APPLE)
    # -----------------------------------------------------------------------------------
    # Linux: freedesktop layout under CMAKE_INSTALL_PREFIX (/usr inside the .deb)
    # -----------------------------------------------------------------------------------
    install(TARGETS tunedrop RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    install(FILES "${TUNEDROP_INSTALLER_DIR}/linux/${TUNEDROP_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${TUNEDROP_INSTALLER_DIR}/linux/${TUNEDROP_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    foreach(_size IN LISTS TUNEDROP_ICON_SIZES)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${_size}x${_size}/tunedrop.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps"
                RENAME "${TUNEDROP_APP_ID}.png")
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tunedrop.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${TUNEDROP_APP_ID}.svg")
    install(FILES ${TUNEDROP_QM_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/tunedrop/translations")

    # The man page and the changelog are gzipped with -9n (no name, no timestamp) as Debian
    # policy asks, at build time, so the build is reproducible and cpack needs no gzip step.
    find_program(TUNEDROP_GZIP gzip REQUIRED)
    set(_tunedrop_pkg_out "${CMAKE_CURRENT_BINARY_DIR}/installer")
    set(_tunedrop_gz_outputs "")
    foreach(_pair "tunedrop.1;tunedrop.1.gz" "changelog;changelog.gz")
        list(GET _pair 0 _in)
        list(GET _pair 1 _out)
        add_custom_command(
            OUTPUT "${_tunedrop_pkg_out}/${_out}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${_tunedrop_pkg_out}"
            COMMAND "${TUNEDROP_GZIP}" -9 -n -c "${TUNEDROP_INSTALLER_DIR}/linux/${_in}" > "${_tunedrop_pkg_out}/${_out}"
            DEPENDS "${TUNEDROP_INSTALLER_DIR}/linux/${_in}"
            COMMENT "gzip -9n ${_in}"
            VERBATIM)
        list(APPEND _tunedrop_gz_outputs "${_tunedrop_pkg_out}/${_out}")
    endforeach()
    add_custom_target(tunedrop_package_docs ALL DEPENDS ${_tunedrop_gz_outputs})
    install(FILES "${_tunedrop_pkg_out}/tunedrop.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${TUNEDROP_INSTALLER_DIR}/linux/copyright" "${_tunedrop_pkg_out}/changelog.gz"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/tunedrop")

    # -----------------------------------------------------------------------------------
    # Debian package: cpack -G DEB (run in the build folder after building)
    # -----------------------------------------------------------------------------------
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_PACKAGE_NAME "tunedrop")
    set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")           # tunedrop_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TUNEDROP_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "sound")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Depends: computed by dpkg-shlibdeps (package dpkg-dev) from the stripped binary.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Recommends: yt-dlp for video sites; ffmpeg's CLI for yt-dlp's HLS/merging; GStreamer for
    # Qt Multimedia's player; a Secret Service / KWallet provider for QtKeychain (web password,
    # sign-in cookies). Without them TuneDrop still converts direct URLs and local files.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "yt-dlp, ffmpeg, gstreamer1.0-plugins-good, gstreamer1.0-libav, gnome-keyring | libkf5wallet-bin | keepassxc")
    # md5sums is always written by CMake's DEB generator; these keep the control files 0644
    # and the data files owned by root with the permissions install() gave them.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
endif()

if(WIN32)
    # -----------------------------------------------------------------------------------
    # Windows (NOT built by CI): cpack -G NSIS in a build made with MSVC + vcpkg (or MSYS2).
    # Layout: bin\tunedrop.exe with the Qt and other DLLs beside it,
    # share\tunedrop\translations\*.qm.
    # -----------------------------------------------------------------------------------
    install(TARGETS tunedrop RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    install(FILES ${TUNEDROP_QM_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/tunedrop/translations")
    # The icon of tunedrop.exe itself (Explorer, taskbar, shortcuts).
    target_sources(tunedrop PRIVATE "${TUNEDROP_INSTALLER_DIR}/windows/tunedrop.rc")

    # windeployqt copies the Qt DLLs, the platform/multimedia/TLS/sqldriver plugins and Qt's
    # own translations beside the installed exe. It runs at install time, so both
    # `cmake --install` and cpack (which installs into its staging folder) get them.
    find_program(TUNEDROP_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    # Folders holding the non-Qt DLLs (FFmpeg, LAME, TagLib, QtKeychain), e.g. vcpkg's
    # <vcpkg>/installed/x64-windows/bin or MSYS2's /ucrt64/bin.
    set(TUNEDROP_RUNTIME_DLL_DIRS "" CACHE PATH "Folders searched for tunedrop.exe's non-Qt DLLs")
    install(CODE "set(_windeployqt \"${TUNEDROP_WINDEPLOYQT}\")
                  set(_dll_dirs \"${TUNEDROP_RUNTIME_DLL_DIRS}\")
                  set(_bindir \"${CMAKE_INSTALL_BINDIR}\")")
    install(CODE [[
        set(_exe "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${_bindir}/tunedrop.exe")
        if(NOT _windeployqt)
            message(FATAL_ERROR "windeployqt not found: add Qt's bin folder to PATH")
        endif()
        execute_process(COMMAND "${_windeployqt}" --release --no-system-d3d-compiler
                                --no-opengl-sw --no-compiler-runtime "${_exe}"
                        COMMAND_ERROR_IS_FATAL ANY)
        # The other DLLs tunedrop.exe loads, minus Windows' own.
        file(GET_RUNTIME_DEPENDENCIES EXECUTABLES "${_exe}" DIRECTORIES ${_dll_dirs}
             RESOLVED_DEPENDENCIES_VAR _deps UNRESOLVED_DEPENDENCIES_VAR _missing
             PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
             POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ss]ys[Ww][Oo][Ww]64")
        file(INSTALL ${_deps} DESTINATION "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${_bindir}")
        if(_missing)
            message(WARNING "DLLs not found (set TUNEDROP_RUNTIME_DLL_DIRS): ${_missing}")
        endif()
    ]])
    # The MSVC runtime (vcruntime140.dll & co.) comes from CMake's own module.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_PACKAGE_NAME "TuneDrop")
    set(CPACK_NSIS_DISPLAY_NAME "TuneDrop ${PROJECT_VERSION}")   # Apps & features entry
    set(CPACK_NSIS_MUI_ICON "${TUNEDROP_INSTALLER_DIR}/windows/tunedrop.ico")
    set(CPACK_NSIS_MUI_UNIICON "${TUNEDROP_INSTALLER_DIR}/windows/tunedrop.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tunedrop.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${TUNEDROP_CONTACT}")
    # Start menu: "TuneDrop" runs bin\tunedrop.exe; the uninstaller gets its own entry and
    # an Apps & features entry. An older version is removed before installing.
    set(CPACK_PACKAGE_EXECUTABLES "tunedrop" "TuneDrop")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_UNINSTALL_NAME "Uninstall TuneDrop")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "TuneDrop")
endif()

if(APPLE)
    # -----------------------------------------------------------------------------------
    # macOS (NOT built by CI): TuneDrop.app, made self-contained by macdeployqt, in a .dmg
    # (cpack -G DragNDrop). Dependencies from Homebrew (see installer/README.md).
    # -----------------------------------------------------------------------------------
    set(_icns "${TUNEDROP_INSTALLER_DIR}/macos/tunedrop.icns")
    target_sources(tunedrop PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" TARGET_DIRECTORY tunedrop
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(tunedrop PROPERTIES
        OUTPUT_NAME "TuneDrop"
        MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_INFO_PLIST "${TUNEDROP_INSTALLER_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${TUNEDROP_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "TuneDrop"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "tunedrop.icns"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 TuneDrop developers, GPL-3.0-or-later")
    # NOTE: app/CMakeLists.txt's `install(TARGETS tunedrop RUNTIME DESTINATION bin)` must go
    # (this rule replaces it): a bundle target needs a BUNDLE DESTINATION.
    install(TARGETS tunedrop BUNDLE DESTINATION . RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    install(FILES ${TUNEDROP_QM_FILES} DESTINATION "TuneDrop.app/Contents/Resources/translations")

    # macdeployqt copies the Qt frameworks and plugins and every Homebrew dylib (FFmpeg, LAME,
    # TagLib, QtKeychain) into the bundle and rewrites their install names.
    find_program(TUNEDROP_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    install(CODE "set(_macdeployqt \"${TUNEDROP_MACDEPLOYQT}\")")
    install(CODE [[
        if(NOT _macdeployqt)
            message(FATAL_ERROR "macdeployqt not found: add Qt's bin folder to PATH")
        endif()
        execute_process(COMMAND "${_macdeployqt}" "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/TuneDrop.app"
                                -always-overwrite
                        COMMAND_ERROR_IS_FATAL ANY)
    ]])

    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "TuneDrop")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${_icns}")
endif()

include(CPack)
