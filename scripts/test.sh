#!/usr/bin/env bash
# Sets up everything Portolan needs on Debian 12, builds it with warnings as errors and runs
# every test (unit, model, storage, command-line, offscreen GUI and conformance tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
build_dir="${PORTOLAN_BUILD_DIR:-build-test}"
# Line tables only (-g1): backtraces keep their files and lines, and compiling and linking
# write far less debug information.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
cmake --build "$build_dir" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Twice the cores: many tests wait on child processes and timers rather than compute.
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(($(nproc) * 2))"
