#!/usr/bin/env bash
# Issue 11: saves on a real, tiny, full filesystem. A private mount namespace
# (unshare -m) gets a 1 MiB tmpfs; the sample is saved there as JSON and as
# .careshift, the disk is filled (to nothing free, then to a few KiB free so
# the write fails part-way), and each save path is tried again with different
# content. Expected, for every path and every fill:
#   - careshift-cli exits 1 and names the file and "No space left on device";
#   - the old file is byte-for-byte what it was (cmp);
#   - nothing else is left in the folder (no temporary or journal file).
# Where the machine does not allow a mount namespace (no root, no
# CAP_SYS_ADMIN) the test says so and ctest reports it skipped (exit 77).
# Usage: fullfs.sh CARESHIFT_CLI
set -uo pipefail
cli="$1"

if [ "${CARESHIFT_FULLFS_INNER:-}" != 1 ]; then
    if ! command -v unshare >/dev/null || ! unshare -m --propagation private true 2>/dev/null; then
        echo "SKIP: this machine does not allow a private mount namespace (unshare -m)"
        exit 77
    fi
    CARESHIFT_FULLFS_INNER=1 exec unshare -m --propagation private "$0" "$@"
fi

work=$(mktemp -d)
trap 'umount "$work/disk" 2>/dev/null; rm -rf "$work"' EXIT
mkdir "$work/disk"
if ! mount -t tmpfs -o size=1m tmpfs "$work/disk" 2>/dev/null; then
    echo "SKIP: cannot mount a tmpfs here"
    exit 77
fi
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
disk="$work/disk"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# A tariff file for import-tariff (the committed good one).
cp "$(dirname "$0")/../data/tariff/good.csv" "$work/tariff.csv"

# fill FREE_KIB: a filler file takes all but FREE_KIB of the disk.
fill() {
    rm -f "$disk/filler"
    local avail
    avail=$(df --output=avail -k "$disk" | tail -1)
    local want=$((avail - $1))
    [ "$want" -gt 0 ] && dd if=/dev/zero of="$disk/filler" bs=1k count="$want" status=none 2>/dev/null
    # tmpfs rounds to pages: top up byte by byte until the free space is right.
    [ "$1" -eq 0 ] && cat /dev/zero >>"$disk/filler" 2>/dev/null
    true
}

# expect_refused WHAT FILE -- COMMAND...: the command fails, names the disk
# being full, and FILE is unchanged with nothing left beside it.
expect_refused() {
    local what="$1" file="$2"
    shift 3
    cp "$file" "$work/before"
    local out rc before=$failures
    out=$("$@" 2>&1)
    rc=$?
    [ "$rc" -eq 1 ] || fail "$what: exit $rc, expected 1 ($out)"
    grep -q "No space left on device" <<<"$out" || fail "$what: message does not say the disk is full: $out"
    grep -qF "$(basename "$file")" <<<"$out" || fail "$what: message does not name the file: $out"
    cmp -s "$file" "$work/before" || fail "$what: the old file changed"
    local left
    left=$(cd "$disk" && ls -A | grep -v -x -e filler -e old.json -e old.careshift)
    [ -z "$left" ] || fail "$what: left behind: $left"
    [ "$failures" -eq "$before" ] && echo "ok: $what ($(head -1 <<<"$out"))"
    true
}

"$cli" sample "$disk/old.json" >/dev/null || fail "writing the first JSON"
"$cli" sample "$disk/old.careshift" >/dev/null || fail "writing the first .careshift"
# The old files are the version-converted sample; the new saves differ
# from them (a tariff added), so a silent success would be visible.
for free in 0 16 64; do
    fill "$free"
    expect_refused "JSON save, ${free} KiB free" "$disk/old.json" -- \
        "$cli" import-tariff "$disk/old.json" "$work/tariff.csv"
    expect_refused ".careshift save, ${free} KiB free" "$disk/old.careshift" -- \
        "$cli" import-tariff "$disk/old.careshift" "$work/tariff.csv"
    expect_refused "convert to JSON, ${free} KiB free" "$disk/old.json" -- \
        "$cli" convert "$disk/old.careshift" "$disk/old.json"
    expect_refused "convert to .careshift, ${free} KiB free" "$disk/old.careshift" -- \
        "$cli" convert "$disk/old.json" "$disk/old.careshift"
done

# With the space back, the same saves succeed and the results open.
rm -f "$disk/filler"
"$cli" import-tariff "$disk/old.json" "$work/tariff.csv" >/dev/null || fail "JSON save with space"
"$cli" validate "$disk/old.json" >/dev/null || fail "the JSON saved with space does not validate"
"$cli" import-tariff "$disk/old.careshift" "$work/tariff.csv" >/dev/null || fail ".careshift save with space"
"$cli" validate "$disk/old.careshift" >/dev/null || fail "the .careshift saved with space does not validate"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all saves on a full disk refused, old files kept"
