#!/usr/bin/env bash
# Proves the Debian package end to end: builds it, installs it with apt (so its Depends must
# resolve), runs the installed binary, validates the installed desktop metadata, and removes the
# package again. Not part of CI: it installs a package system-wide (root or sudo needed), and it
# refuses to run when a portolan package is already installed, so it never replaces one.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
app_id=io.github.portolan.Portolan

if dpkg -s portolan >/dev/null 2>&1; then
  echo "check-deb: a portolan package is already installed; remove it first" >&2
  exit 2
fi
scripts/package-deb.sh
build_dir="${PORTOLAN_DEB_BUILD_DIR:-build-deb}"

echo "== package"
deb=$(ls "$build_dir"/portolan_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Section Depends
dpkg-deb --contents "$deb"

echo "== install"
scratch=$(mktemp -d)
cleanup() {
  echo "== remove"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y portolan
  rm -rf "$scratch"
}
trap cleanup EXIT
(cd "$build_dir" && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y ./portolan_*.deb)

echo "== run the installed binary"
test "$(command -v portolan)" = /usr/bin/portolan
# A private HOME: the check must not create or touch the user's own database.
HOME="$scratch" XDG_DATA_HOME="$scratch/data" /usr/bin/portolan --version
HOME="$scratch" XDG_DATA_HOME="$scratch/data" /usr/bin/portolan lookup 22
# The window and PDF painting live in portolan-window, which /usr/bin/portolan starts.
test -x /usr/libexec/portolan/portolan-window
HOME="$scratch" XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen \
  /usr/bin/portolan --quit-after-first-paint
HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
  /usr/bin/portolan export --format pdf --query exam:n10 "$scratch/sheet.pdf"
test -s "$scratch/sheet.pdf"

echo "== every library and plugin the app loads is in the package's dependency closure"
# apt on this machine resolves nothing when everything is already installed, so the closure is
# what tells whether a clean Debian 12 would get all of it.
closure=$(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances portolan | grep -v '^ ' | sort -u)
plugins=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins
objects=(/usr/bin/portolan /usr/libexec/portolan/portolan-window "$plugins/platforms/libqxcb.so" "$plugins/sqldrivers/libqsqlite.so"
  "$plugins/iconengines/libqsvgicon.so" "$plugins/imageformats/libqsvg.so")
owner() { # the package owning a file; with merged /usr dpkg may know it under /lib or /usr/lib
  dpkg -S "$1" 2>/dev/null || dpkg -S "${1#/usr}" 2>/dev/null || dpkg -S "/usr$1" 2>/dev/null ||
    true
}
missing=0
for f in $( { printf '%s\n' "${objects[@]}"; for o in "${objects[@]}"; do
  ldd "$o" | awk '/=>/ { print $3 }'; done; } | sort -u); do
  pkg=$(owner "$f" | head -1 | cut -d: -f1)
  if [ -z "$pkg" ] || ! grep -qx "$pkg" <<<"$closure"; then
    echo "not pulled in by portolan's Depends: $f (${pkg:-no package})" >&2
    missing=1
  fi
done
if [ "$missing" -ne 0 ]; then exit 1; fi
echo "the $(wc -w <<<"$closure") packages of the closure cover the binary and its plugins"

echo "== installed desktop metadata"
desktop-file-validate /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/$app_id.svg
echo "check-deb: OK"
