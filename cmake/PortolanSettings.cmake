# Compile settings every Portolan target carries, as usage requirements of one interface target
# rather than directory-wide flags: `portolan_settings` holds the warnings, the Qt API level and
# the sanitizer flags, and each target links it (portolan_core passes it on to what links core).
#
# Also the precompiled headers: the Qt headers every file of a target includes are parsed once
# per target instead of once per file (<QTest> alone costs seconds per test file).

add_library(portolan_settings INTERFACE)
target_compile_definitions(portolan_settings INTERFACE
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # -Winvalid-pch: a precompiled header that cannot be used is said, not silently re-parsed.
    target_compile_options(portolan_settings INTERFACE -Wall -Wextra -Wpedantic -Winvalid-pch)
    if(PORTOLAN_WERROR)
        target_compile_options(portolan_settings INTERFACE -Werror)
    endif()
endif()
if(PORTOLAN_SANITIZERS)
    # -O1: the suite runs several times faster than at -O0 and the reports keep their lines.
    # Except the widgets and the terminal commands (targets with PORTOLAN_SANITIZE_AT_O0): they
    # arrange what the core computes, clang spent half of their sanitized compile optimising
    # them (112 s of CPU at -O1, 50 s at -O0), and the suite's time did not measurably change.
    target_compile_options(portolan_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        $<IF:$<BOOL:$<TARGET_PROPERTY:PORTOLAN_SANITIZE_AT_O0>>,-O0,-O1>)
    target_link_options(portolan_settings INTERFACE -fsanitize=address,undefined)
endif()
if(PORTOLAN_UNOPTIMISED_TESTS)
    # Test code (targets with PORTOLAN_TEST_CODE set, tests/CMakeLists.txt) at -O0, after and so
    # instead of the build's own -O: a test program is compiled as one file, and most of its
    # compile went to optimising it (clang with the sanitizers 18.7 s at -O1, 7.6 s at -O0;
    # GCC 12.2 s at -O2, 8.9 s at -O1), while the suite's time goes to the program's code,
    # which keeps its flags.
    target_compile_options(portolan_settings INTERFACE
        $<$<BOOL:$<TARGET_PROPERTY:PORTOLAN_TEST_CODE>>:-O0>)
endif()
if(PORTOLAN_FUZZ)
    # Coverage and sanitizers on every target, so the parsers in portolan_core are instrumented.
    target_compile_options(portolan_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(portolan_settings INTERFACE -fsanitize=address,undefined)
endif()

# mold, when installed, links the hundred test programs several times faster than ld.bfd.
find_program(PORTOLAN_MOLD mold)
if(PORTOLAN_MOLD AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_link_options(portolan_settings INTERFACE -fuse-ld=mold)
endif()

# ccache, when installed, across builds and clones: paths are hashed relative to the source
# tree, and the precompiled headers' time stamps are not taken for changes.
option(PORTOLAN_CCACHE "Compile through ccache when it is installed" ON)
find_program(PORTOLAN_CCACHE_PROGRAM ccache)
if(PORTOLAN_CCACHE AND PORTOLAN_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=1
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        ${PORTOLAN_CCACHE_PROGRAM})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # clang stamps its precompiled headers with the time they were made, which ccache
        # would take for a change every time.
        target_compile_options(portolan_settings INTERFACE "SHELL:-Xclang -fno-pch-timestamp")
    endif()
endif()

# portolan_precompile(TARGET header...): the headers, precompiled for that target.
function(portolan_precompile target)
    if(NOT PORTOLAN_FUZZ) # libFuzzer's instrumented builds gain nothing from it
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# The Qt Core and Sql headers most files of the core library include.
set(PORTOLAN_CORE_PCH <QtGlobal> <QString> <QStringList> <QList> <QHash> <QSet> <QVariant>
    <QCoreApplication> <QSqlDatabase> <QByteArray> <QRegularExpression> <QDate> <QDateTime>
    <QJsonObject> <QJsonArray> <QJsonDocument> <QFile> <QFileInfo> <QDir> <optional>)
# The widget headers most files of the window include.
set(PORTOLAN_UI_PCH ${PORTOLAN_CORE_PCH} <QWidget> <QLabel> <QPushButton> <QBoxLayout>
    <QAction> <QPainter> <QKeyEvent> <QApplication> <QAbstractItemView> <QComboBox>)

# portolan_add_plain_executable(TARGET source...): a program with no QObject class of its own
# (tools, benchmarks, test children, fuzz replays). It is not run through moc: an empty autogen
# step and its object cost about three seconds per program.
function(portolan_add_plain_executable target)
    qt_add_executable(${target} ${ARGN})
    set_target_properties(${target} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF
                          AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
endfunction()
