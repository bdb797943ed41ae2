#!/usr/bin/env bash
# Builds the Debian package of CareShift (issue 13): a release build, then
# CPack's DEB generator, its dependencies found by dpkg-shlibdeps. Prints the
# package's fields and files. Install it with `sudo apt install ./FILE.deb`.
# Usage: scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh release
(cd build/release && cpack -G DEB)
deb=$(ls -t build/release/careshift_*.deb | head -1)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
echo "package: $deb"
