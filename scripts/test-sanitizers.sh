#!/usr/bin/env bash
# Builds Portolan with AddressSanitizer + UndefinedBehaviorSanitizer and runs the whole test
# suite under them; any report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake --preset sanitizers
cmake --build --preset sanitizers --parallel "$(nproc)"
# Twice the cores: many tests wait on child processes and timers rather than compute.
ctest --preset sanitizers --parallel "$(($(nproc) * 2))"
