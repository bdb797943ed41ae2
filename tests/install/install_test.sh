#!/usr/bin/env bash
# Issue 13: a staged install (DESTDIR) puts every file where a desktop finds
# it, the desktop entry passes desktop-file-validate, and with XDG_DATA_DIRS
# pointing at the staged share/ the shared-mime-info database names a
# .careshift file application/x-careshift, by its name and, renamed, by its
# magic (the SQLite header and the application id 0x43534846), while another
# SQLite database stays application/vnd.sqlite3.
# Usage: install_test.sh BUILD_DIR CARESHIFT_CLI
set -uo pipefail
build="$1"
cli="$2"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null || fail "cmake --install"
share="$stage/usr/share"
for f in \
    usr/bin/careshift usr/bin/careshift-cli \
    usr/share/applications/careshift.desktop \
    usr/share/mime/packages/careshift.xml \
    usr/share/icons/hicolor/scalable/apps/careshift.svg \
    usr/share/icons/hicolor/16x16/apps/careshift.png \
    usr/share/icons/hicolor/24x24/apps/careshift.png \
    usr/share/icons/hicolor/32x32/apps/careshift.png \
    usr/share/icons/hicolor/48x48/apps/careshift.png \
    usr/share/icons/hicolor/64x64/apps/careshift.png \
    usr/share/icons/hicolor/128x128/apps/careshift.png \
    usr/share/icons/hicolor/256x256/apps/careshift.png \
    usr/share/man/man1/careshift-cli.1 \
    usr/share/doc/careshift/README.md \
    usr/share/doc/careshift/method.md \
    usr/share/doc/careshift/board-paper.md; do
    [ -s "$stage/$f" ] || fail "missing $f"
done
[ -x "$stage/usr/bin/careshift-cli" ] || fail "careshift-cli is not executable"
# The installed CLI runs (its libraries are the system's).
"$stage/usr/bin/careshift-cli" --version | grep -q '^careshift-cli ' || fail "careshift-cli --version"

out=$(desktop-file-validate "$share/applications/careshift.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
grep -q '^MimeType=application/x-careshift;$' "$share/applications/careshift.desktop" ||
    fail "the desktop entry does not open application/x-careshift"
# The man page formats without a warning.
out=$(groff -man -Tutf8 -ww "$stage/usr/share/man/man1/careshift-cli.1" 2>&1 >/dev/null)
[ -z "$out" ] || fail "man page: $out"

update-mime-database "$share/mime" >/dev/null 2>&1 || fail "update-mime-database"
"$cli" sample "$stage/anytown.careshift" >/dev/null || fail "writing the sample"
cp "$stage/anytown.careshift" "$stage/attachment.bin"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()" \
    "$stage/other.db"
export XDG_DATA_DIRS="$share:/usr/share"
expect() { # file type
    local got
    got=$(xdg-mime query filetype "$1" 2>/dev/null)
    [ "$got" = "$2" ] || fail "xdg-mime query filetype $(basename "$1"): '$got', expected '$2'"
    [ "$got" = "$2" ] && echo "ok: $(basename "$1") is $got"
}
expect "$stage/anytown.careshift" application/x-careshift
expect "$stage/attachment.bin" application/x-careshift
expect "$stage/other.db" application/vnd.sqlite3

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "install: every file in place, the entry valid, the MIME type found"
