#!/usr/bin/env bash
# Screenshots of every page at 1024x640 (default font) and 1366x768 (14 pt), in English and
# German, into docs/screenshots (or OUT_DIR): the window as a laptop user sees it, taken under
# Xvfb on a week of study history with an exam plan. Needs xvfb and ImageMagick's `import`
# (PORTOLAN_DEV_TOOLS=1 scripts/setup-deps.sh installs them).
#
#   scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
build_dir="${PORTOLAN_BUILD_DIR:-build-test}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target portolan portolan-window study-history
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing" >&2; exit 2; }
done
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/study.sqlite"
HOME="$work/home" "$build_dir/tools/study-history/study-history" "$db" 7 11 >/dev/null
HOME="$work/home" "$build_dir/app/portolan" --db "$db" plan set n10-009 \
    "$(date -d '+30 days' +%F)" >/dev/null
pages=(browse rangemap quiz statistics network)
for setup in "en 0 1024x640" "de 0 1024x640" "en 14 1366x768" "de 14 1366x768"; do
    read -r language points size <<<"$setup"
    for page in 0 1 2 3 4; do
        home="$work/home-$language-$points-$page"
        mkdir -p "$home/.config/portolan"
        printf '[ui]\nlanguage=%s\nfontPointSize=%s\nwelcomed=true\n[window]\npage=%s\n[browser]\nsearch=dhcp\n' \
            "$language" "$points" "$page" >"$home/.config/portolan/portolan.conf"
        name="$out/${pages[$page]}-$language-$size$([ "$points" = 0 ] || echo "-${points}pt").png"
        HOME="$home" xvfb-run -a -s "-screen 0 ${size}x24" bash -c \
            "'$build_dir/app/portolan-window' --db '$db' & sleep 6; import -window root '$name'; kill %1" \
            >/dev/null 2>&1 || true
        [ -s "$name" ] && echo "$name" || { echo "screenshots: $name failed" >&2; exit 1; }
    done
done
