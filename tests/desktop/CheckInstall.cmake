# Installs the build into a staging root (DESTDIR, prefix /usr, as the Debian package does) and
# fails unless every file a desktop installation needs is in place and the binary runs.
# cmake -DBUILD_DIR=... -DSTAGE_DIR=... -DAPP_ID=... -DVERSION=... [-DCONFIG=...]
#       [-DAPPSTREAMCLI=...] -P CheckInstall.cmake
foreach(var BUILD_DIR STAGE_DIR APP_ID VERSION)
    if(NOT ${var})
        message(FATAL_ERROR "CheckInstall.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${STAGE_DIR})
set(ENV{DESTDIR} ${STAGE_DIR})
set(config_args)
if(CONFIG)
    set(config_args --config ${CONFIG})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr ${config_args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}")
endif()

set(expected
    usr/bin/portolan
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
set(missing)
foreach(f IN LISTS expected)
    if(NOT EXISTS ${STAGE_DIR}/${f})
        list(APPEND missing ${f})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "missing after install:\n  ${missing}\ninstall said:\n${out}")
endif()

# The installed binary, not the build tree's, must start: catches a wrong RPATH or destination.
execute_process(COMMAND ${STAGE_DIR}/usr/bin/portolan --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE version ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT version STREQUAL "portolan ${VERSION}\n")
    message(FATAL_ERROR "installed portolan --version: exit ${rc}, said '${version}${err}'")
endif()
# The installed tree as a software centre sees it: the metainfo's launchable must name the
# desktop file that was installed beside it.
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${STAGE_DIR}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR out MATCHES "[EWI]: ")
        message(FATAL_ERROR "appstreamcli validate-tree on the installed tree:\n${out}")
    endif()
endif()
message(STATUS "install layout complete under ${STAGE_DIR}")
