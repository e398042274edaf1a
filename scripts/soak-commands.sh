#!/usr/bin/env bash
# The command soak of scripts/soak.sh (mode "commands"): SIGKILL at a random moment of
# `import FILE --yes`, `package import FILE --yes`, `restore latest --yes` and of the window
# while it makes its daily backup, then a check of what the kill left. Runs MINUTES minutes
# (default 10); PORTOLAN_SOAK_SEED=N repeats a run's random choices. Needs python3 for the
# checks (its sqlite3 module reads the file independently of Portolan).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
build_dir="${PORTOLAN_BUILD_DIR:-build-test}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPORTOLAN_WERROR=ON >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target portolan portolan-window study-history
P="$PWD/$build_dir/app/portolan"
W="$PWD/$build_dir/app/portolan-window"
history_tool="$PWD/$build_dir/tools/study-history/study-history"
seed="${PORTOLAN_SOAK_SEED:-$RANDOM}"
RANDOM=$seed
echo "seed $seed (PORTOLAN_SOAK_SEED=$seed repeats the random choices)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
db="$work/soak.sqlite"
# A year of study, so that restores and backups copy a file of some size.
"$history_tool" "$db" 365 "$seed" >/dev/null
"$P" --db "$db" package export "$work/package.json" >/dev/null
# Two registries to switch between: IANA's excerpt of the tests and a services(5) file.
cp tests/importing/data/iana-sample.csv "$work/registry.csv"
"$P" --db "$db" backup >/dev/null # something for `restore latest`

count() { # table -> rows, read by SQLite itself
    python3 - "$db" "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(c.execute(f"SELECT count(*) FROM {sys.argv[2]}").fetchone()[0])
PY
}
integrity() {
    python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(c.execute("PRAGMA integrity_check").fetchone()[0])
PY
}

reviews="$(count review_log)"
kills=0
deadline=$(( $(date +%s) + minutes * 60 ))
while [ "$(date +%s)" -lt "$deadline" ]; do
    registry_before="$(count registry)"
    case $((RANDOM % 4)) in
    0) what="import"; "$P" --db "$db" import "$work/registry.csv" --yes >/dev/null 2>&1 &
       pid=$!; delay_ms=$((RANDOM % 400)) ;;
    1) what="package import"; "$P" --db "$db" package import "$work/package.json" --yes >/dev/null 2>&1 &
       pid=$!; delay_ms=$((RANDOM % 400)) ;;
    2) what="restore"; "$P" --db "$db" restore latest --yes >/dev/null 2>&1 &
       pid=$!; delay_ms=$((RANDOM % 400)) ;;
    3) what="window backup"
       # Today's backup is due again once today's is gone.
       rm -f "$work"/backups/*daily-"$(date -u +%Y%m%d)"*
       "$W" --db "$db" >/dev/null 2>&1 &
       pid=$!; delay_ms=$((4800 + RANDOM % 1500)) ;;
    esac
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    kills=$((kills + 1))
    if ! out="$("$P" --db "$db" stats --json 2>&1 >/dev/null)"; then
        echo "after kill $kills ($what): the database does not open: $out"; exit 1
    fi
    [ "$(integrity)" = ok ] || { echo "after kill $kills ($what): integrity check failed"; exit 1; }
    now_reviews="$(count review_log)"
    [ "$now_reviews" -ge "$reviews" ] || {
        echo "after kill $kills ($what): reviews $reviews -> $now_reviews"; exit 1; }
    reviews="$now_reviews"
    registry_after="$(count registry)"
    if [ "$what" = import ] && [ "$registry_after" != "$registry_before" ]; then
        # All or nothing: either the old registry or the whole file's.
        [ "$registry_after" = "$("$P" --db "$work/check-$kills.sqlite" import "$work/registry.csv" --yes >/dev/null 2>&1; \
            python3 -c "import sqlite3;print(sqlite3.connect('$work/check-$kills.sqlite').execute('SELECT count(*) FROM registry').fetchone()[0])")" ] || {
            echo "after kill $kills ($what): a registry of neither before nor after"; exit 1; }
        rm -f "$work/check-$kills.sqlite"*
    fi
    echo "kill $kills ($what after ${delay_ms} ms): ok, $reviews reviews"
done
# Left-over partial copies are cleared by the next backup; none may stay as a "backup".
"$P" --db "$db" backups
echo "$kills kills survived"
