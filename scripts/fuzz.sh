#!/usr/bin/env bash
# Fuzzes Portolan's parsers of untrusted input with libFuzzer (ASan + UBSan on).
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]      (defaults: all, 60 seconds per target)
#
# Configures a clang build with -DPORTOLAN_FUZZ=ON in build-fuzz (PORTOLAN_FUZZ_DIR overrides),
# builds the fuzz targets and runs each for SECONDS from its seed corpus fuzz/corpus/TARGET.
# New interesting inputs go to build-fuzz/corpus/TARGET, crashes, leaks and timeouts to
# build-fuzz/artifacts/TARGET/. One summary line per target (executions, executions per second,
# result) is appended to build-fuzz/fuzz-summary.txt. Exits non-zero when any target failed.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-all}"
seconds="${2:-60}"
build_dir="${PORTOLAN_FUZZ_DIR:-build-fuzz}"
all_targets=$(sed -n '/^set(PORTOLAN_FUZZ_TARGETS/,/)/p' fuzz/FuzzTargets.cmake |
                  sed -e 's/set(PORTOLAN_FUZZ_TARGETS//' -e 's/)//' | xargs)
if [[ "$target" == all ]]; then
    targets=$all_targets
elif [[ " $all_targets " == *" $target "* ]]; then
    targets=$target
else
    echo "unknown target '$target'; one of: all $all_targets" >&2
    exit 2
fi
if ! command -v clang++ >/dev/null; then
    echo "fuzzing needs clang and libclang-rt-14-dev (libFuzzer, ASan, UBSan)" >&2
    exit 1
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DPORTOLAN_FUZZ=ON -DPORTOLAN_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --parallel "${PORTOLAN_BUILD_JOBS:-$(nproc)}" \
    --target $(printf 'fuzz_%s ' $targets)

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}"
summary="$build_dir/fuzz-summary.txt"
failed=0
for t in $targets; do
    mkdir -p "$build_dir/corpus/$t" "$build_dir/artifacts/$t"
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$build_dir/artifacts/$t/")
    if [[ -f "fuzz/dict/$t.dict" ]]; then
        args+=(-dict="fuzz/dict/$t.dict")
    fi
    log="$build_dir/fuzz-$t.log"
    echo "== fuzz_$t for ${seconds}s (log: $log)"
    # The first corpus folder receives the new inputs; the committed seeds stay untouched.
    set +e
    "$build_dir/fuzz/fuzz_$t" "${args[@]}" "$build_dir/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    result=ok
    if [[ $status -ne 0 ]]; then
        result="FAILED (exit $status; see $log and $build_dir/artifacts/$t/)"
        failed=1
        grep -m1 -E 'ERROR|invariant|runtime error|Timeout|leak' "$log" || true
    fi
    line="$(date -u +%FT%TZ) fuzz_$t ${seconds}s: ${runs:-?} executions, ${rate:-?} exec/s, ${cov:-cov: ?}, $result"
    echo "$line" | tee -a "$summary"
done
exit $failed
