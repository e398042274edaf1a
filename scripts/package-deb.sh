#!/usr/bin/env bash
# Builds the Debian package: a Release build without tests in build-deb, packed by CPack.
# Depends are computed by dpkg-shlibdeps (from dpkg-dev) plus the run-time plugins named in
# cmake/Packaging.cmake. Prints the path of the package it made.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
if ! dpkg -s dpkg-dev >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Portolan packaging: installing dpkg-dev (dpkg-shlibdeps)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dpkg-dev
fi

build_dir="${PORTOLAN_DEB_BUILD_DIR:-build-deb}"
# Warnings are not errors here: a newer compiler's new warning must not stop a package build
# (CI builds with PORTOLAN_WERROR=ON and catches them).
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPORTOLAN_BUILD_TESTS=OFF \
  -DPORTOLAN_WERROR=OFF
# From clean: a package must match the sources, not whatever an earlier build left behind.
cmake --build "$build_dir" --parallel "$(nproc)" --clean-first
rm -f "$build_dir"/portolan_*.deb
(cd "$build_dir" && cpack -G DEB)
ls "$build_dir"/portolan_*.deb
