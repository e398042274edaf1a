#!/usr/bin/env bash
# Sets up everything Portolan needs on Debian 12, builds it with warnings as errors and
# AddressSanitizer + UndefinedBehaviorSanitizer, and runs every test once under them (unit,
# model, storage, command-line, offscreen GUI, conformance, fuzz replays): a memory error, a
# leak or undefined behaviour anywhere fails the run. One build instead of a plain build plus
# a sanitized one halves the time CI waits. The benchmarks are not built here (no test runs
# them; the dev preset and scripts/bench.sh build them optimised). The sanitizers preset is a
# unity build (eight files compiled as one), which parses the Qt headers an eighth as often; the
# dev preset is not, so that a file that lacks an include still fails there.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset sanitizers
cmake --build --preset sanitizers --parallel "$(nproc)"
ctest --preset sanitizers --parallel "$(($(nproc) * 2))"
