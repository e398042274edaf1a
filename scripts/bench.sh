#!/usr/bin/env bash
# Builds and runs the benchmarks (not tests: figures against the budgets in DESIGN.md).
# Usage: scripts/bench.sh [OUT_DIR]   writes OUT_DIR/*.json (default: build-bench/results)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
build_dir="${PORTOLAN_BUILD_DIR:-build-bench}"
out="${1:-$build_dir/results}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target portolan bench-filter bench-rangemap bench-quiz
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
"$build_dir/bench/filter/bench-filter" --json "$out/filter.json"
"$build_dir/bench/rangemap/bench-rangemap" || true
"$build_dir/bench/quiz/bench-quiz" || true

db="$(mktemp -d)/bench.sqlite"
echo
echo "first start with an empty database (import of everything), then warm starts:"
/usr/bin/time -f "  lookup, empty database: %e s, %M KB max resident" "$build_dir/app/portolan" --db "$db" lookup 22 >/dev/null
for i in 1 2 3; do
  /usr/bin/time -f "  lookup 587, warm: %e s, %M KB max resident" "$build_dir/app/portolan" --db "$db" lookup 587 >/dev/null
done
for i in 1 2 3; do
  /usr/bin/time -f "  window to first paint (offscreen): %e s, %M KB max resident" \
    "$build_dir/app/portolan" --db "$db" --quit-after-first-paint
done
