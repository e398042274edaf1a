#!/usr/bin/env bash
# Builds and runs the benchmarks (not tests: figures against the budgets in DESIGN.md).
# Usage: scripts/bench.sh [OUT_DIR]   writes OUT_DIR/*.json (default: build-bench/results)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
build_dir="${PORTOLAN_BUILD_DIR:-build-bench}"
out="${1:-$build_dir/results}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target portolan bench-filter bench-rangemap bench-quiz bench-startup
mkdir -p "$out"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
"$build_dir/bench/filter/bench-filter" --json "$out/filter.json"
"$build_dir/bench/rangemap/bench-rangemap" || true
"$build_dir/bench/quiz/bench-quiz" || true
echo
# Whole processes from outside: lookups, the first start, the window beside a bare QTableView.
"$build_dir/bench/startup/bench-startup" --runs "${RUNS:-21}" --json "$out/startup.json"
