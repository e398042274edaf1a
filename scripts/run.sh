#!/usr/bin/env bash
# Sets up everything Portolan needs on Debian 12, builds it and starts the app.
# Extra arguments go to portolan (e.g. `scripts/run.sh lookup 443`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
build_dir="${PORTOLAN_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --target portolan
exec "$build_dir/app/portolan" "$@"
