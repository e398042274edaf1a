#!/usr/bin/env bash
# Sets up everything Portolan needs on Debian 12 and runs every test twice, once in each of two
# builds (legs), both with warnings as errors:
#   release     GCC at -O2, as scripts/run.sh builds the app (unit, model, storage, command
#               line, offscreen GUI, conformance, fuzz replays);
#   sanitizers  clang with AddressSanitizer + UndefinedBehaviorSanitizer: a memory error, a leak
#               or undefined behaviour anywhere fails the run. Clang builds it in half the time
#               GCC takes with the sanitizers.
# Both are unity builds (the core 32 files at a time, each test program as one file, so the Qt
# headers are parsed that much less often); the dev preset is not, so that a file that lacks an
# include still fails there. Both compile the test programs themselves at -O0 (their compile was
# mostly optimisation); the program's code keeps the leg's flags, except that the sanitizer leg
# also builds the widgets and terminal commands at -O0 (cmake/PortolanSettings.cmake). The
# benchmarks are not built here (no test runs them; the dev preset and scripts/bench.sh build
# them optimised). Each leg prints its wall time. PORTOLAN_LEGS="release" (or "sanitizers") runs
# one leg only.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
jobs="$(nproc)"

# The tests of the last ctest run in build directory $1 that failed only because
# LeakSanitizer's own tracer crashed at exit ("Tracer caught signal 11": an intermittent fault
# of the sanitizer runtime, not a leak report, seen after every check of the test had passed).
# Prints nothing when any failure has another cause.
tracer_crashes() {
  awk '/^[0-9]+\/[0-9]+ Test: / { name = $3; tracer = 0 }
       /^Tracer caught signal [0-9]+/ { tracer = 1 }
       /^Test Failed\./ { if (tracer) crashed = crashed " " name; else other = 1 }
       END { if (!other) print crashed }' "$1/Testing/Temporary/LastTest.log"
}

for leg in ${PORTOLAN_LEGS:-release sanitizers}; do
  start=$(date +%s)
  cmake --preset "$leg"
  cmake --build --preset "$leg" --parallel "$jobs"
  built=$(date +%s)
  if ! ctest --preset "$leg" --parallel "$((jobs * 2))"; then
    dir=$(case "$leg" in release) echo build-release ;; *) echo build-asan ;; esac)
    crashed=$(tracer_crashes "$dir")
    [ -n "$crashed" ] || exit 1
    # Only those tests, once more: a real leak or failure fails again.
    echo "LeakSanitizer's tracer crashed at the exit of:$crashed; running them once more"
    ctest --preset "$leg" --rerun-failed
  fi
  echo "leg $leg: $((built - start)) s building, $(($(date +%s) - built)) s testing"
done
