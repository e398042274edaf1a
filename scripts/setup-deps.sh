#!/usr/bin/env bash
# Installs the Debian 12 packages Portolan needs to build, test and run.
# Only what is missing is installed; sudo is used when not run as root.
set -euo pipefail

packages=(
  cmake g++ ninja-build pkg-config ccache mold
  # The sanitizer leg of scripts/test.sh: clang and its AddressSanitizer runtime.
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libgl-dev
  libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 qt6-svg-dev
  fonts-dejavu-core
  xvfb xauth
  desktop-file-utils appstream
  # tests/network reads real scans and socket listings; tst_cli_network scans its own
  # listeners with nmap (and skips that case where nmap is missing).
  nmap iproute2 net-tools
)
# Extra tools the test suite uses when asked (screenshots, PDF reading).
if [ "${PORTOLAN_DEV_TOOLS:-0}" = 1 ]; then
  packages+=(x11-apps imagemagick poppler-utils)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Portolan setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
