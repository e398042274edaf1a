#!/usr/bin/env bash
# Sets up everything Portolan needs on Debian 12 and runs every test twice, once in each of two
# builds (legs), both with warnings as errors:
#   release     GCC at -O2, as scripts/run.sh builds the app (unit, model, storage, command
#               line, offscreen GUI, conformance, fuzz replays);
#   sanitizers  clang with AddressSanitizer + UndefinedBehaviorSanitizer: a memory error, a leak
#               or undefined behaviour anywhere fails the run. Clang builds it in half the time
#               GCC takes with the sanitizers.
# Both are unity builds (eight files compiled as one, so the Qt headers are parsed an eighth as
# often); the dev preset is not, so that a file that lacks an include still fails there. The
# benchmarks are not built here (no test runs them; the dev preset and scripts/bench.sh build
# them optimised). Each leg prints its wall time. PORTOLAN_LEGS="release" (or "sanitizers")
# runs one leg only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
jobs="$(nproc)"
for leg in ${PORTOLAN_LEGS:-release sanitizers}; do
  start=$(date +%s)
  cmake --preset "$leg"
  cmake --build --preset "$leg" --parallel "$jobs"
  built=$(date +%s)
  ctest --preset "$leg" --parallel "$((jobs * 2))"
  echo "leg $leg: $((built - start)) s building, $(($(date +%s) - built)) s testing"
done
