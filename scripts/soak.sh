#!/usr/bin/env bash
# Crash soak: kills a child answering cards with SIGKILL at random moments for about MINUTES
# minutes (default 10) and checks the database after every kill (tests/reliability/
# tst_crashsoak; the test suite runs the same harness for 220 kills).
#
#   scripts/soak.sh [MINUTES]      PORTOLAN_SOAK_SEED=N repeats the random choices of a run
#   scripts/soak.sh restore [MINUTES]   kills `restore` instead (tst_restorecrash), checking
#                                       that a whole database stays at its path every time
#   scripts/soak.sh commands [MINUTES]  kills `import`, `package import`, `restore` and the
#                                       window during its daily backup, in turn, at random
#                                       moments; after each kill the database must open, pass
#                                       SQLite's integrity check, keep every review, hold the
#                                       registry of before or of after (never a mix) and leave
#                                       no half-written backup behind
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = commands ]; then
    exec scripts/soak-commands.sh "${2:-10}"
fi
if [ "${1:-}" = restore ]; then
    minutes="${2:-10}"
    build_dir="${PORTOLAN_BUILD_DIR:-build-test}"
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)" --target tests-reliability
    export PORTOLAN_SOAK_SECONDS=$((minutes * 60))
    export QTEST_FUNCTION_TIMEOUT=$(((PORTOLAN_SOAK_SECONDS + 600) * 1000))
    exec "$build_dir/tests/reliability/tests-reliability" tst_restorecrash
fi
minutes="${1:-10}"
build_dir="${PORTOLAN_BUILD_DIR:-build-test}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target tests-reliability
# The test has two rows (kills during start-up, kills while answering): half the time each.
export PORTOLAN_SOAK_SECONDS=$((minutes * 60 / 2))
# Qt Test stops a test function after 5 minutes unless told otherwise.
export QTEST_FUNCTION_TIMEOUT=$(((PORTOLAN_SOAK_SECONDS + 600) * 1000))
export QT_QPA_PLATFORM=offscreen
exec "$build_dir/tests/reliability/tests-reliability" tst_crashsoak
