# Installs Portolan as a desktop citizen and describes the Debian package CPack builds from that
# install. Included from the top-level CMakeLists.txt after every subdirectory, so variables the
# subdirectories hand up (PORTOLAN_QM_FILES) are visible here. The reverse-DNS application id
# names the desktop file, the AppStream component, the icon and QGuiApplication's desktop file
# name alike; change it everywhere or nowhere.

set(PORTOLAN_APP_ID io.github.portolan.Portolan)
set(_resources ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${_resources}/${PORTOLAN_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_resources}/${PORTOLAN_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_resources}/icons/${PORTOLAN_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Translations hook: whoever compiles translations/*.ts into .qm files (qt_add_translations with
# QM_FILES_OUTPUT_VARIABLE) hands the list up as PORTOLAN_QM_FILES (PARENT_SCOPE) when the files
# are to be installed rather than embedded (share/portolan/translations).
if(PORTOLAN_QM_FILES)
    install(FILES ${PORTOLAN_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/portolan/translations)
endif()

# Debian package: `scripts/package-deb.sh` builds it, `scripts/check-deb.sh` installs and runs it.
set(CPACK_PACKAGE_NAME portolan)
set(CPACK_PACKAGE_VENDOR "The Portolan authors")
set(CPACK_PACKAGE_CONTACT "The Portolan authors <portolan@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "study atlas of network ports for certification exams")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/portolan/portolan")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description only: CPack takes the synopsis from the summary above. No double
# quotes: CPack writes this into CPackConfig.cmake, where they would split the text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Portolan tells which service runs on a port and teaches the ports that CompTIA
Network+, A+, Security+ and Cisco CCNA ask about: every IANA port assignment,
a curated study set with security notes, a range map of all 65,536 ports,
FSRS spaced-repetition flashcards and exam readiness. The portolan command
also searches the atlas from a terminal.")
# dpkg-shlibdeps finds the libraries the binary links. Plugins are loaded at run time and linked
# by nothing, so they are named here: the SQLite driver (without it no database opens), the SVG
# icon engine (the application icon) and the extra platform plugins. The xcb and offscreen
# platforms ship in libqt6gui6 on Debian 12, which dpkg-shlibdeps already finds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")

include(CPack)
