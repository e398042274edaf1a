# The fuzz targets: NAME is built from fuzz/fuzz_NAME.cpp and seeded from fuzz/corpus/NAME/.
# Read by fuzz/CMakeLists.txt (libFuzzer binaries, clang and -DPORTOLAN_FUZZ=ON only) and by
# tests/fuzzreplay (the corpora replayed as ordinary tests in every build).
set(PORTOLAN_FUZZ_TARGETS
    iana_csv
    services
    nmap_services
    search_query
    answer_checker
    reference_parser
    registry_tsv
    study_package
    scan_reader
    socket_address)
set(PORTOLAN_FUZZ_HEADERS
    ${CMAKE_CURRENT_LIST_DIR}/FuzzSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/FuzzCatalog.h)
