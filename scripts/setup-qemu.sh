#!/usr/bin/env bash
# Makes QEMU user emulation work through binfmt_misc on a Debian/Ubuntu machine, then proves it by
# running real foreign binaries (Debian's static busybox for arm64, arm/v7, ppc64le and s390x).
#
#   scripts/setup-qemu.sh [--check] [--busybox-bin DIR]
#
#   --check            change nothing (no apt, no mount): only report what works
#   --busybox-bin DIR  directory with <tag>/busybox binaries (tests/fixtures/build-busybox-image.sh
#                      OUTDIR/bin); default: $MANIFOLD_FIXTURE_DIR/busybox/bin, else a build dir of
#                      this checkout, else the fixture is built into ~/.cache/manifold/busybox
#
# Exit status: 0 when every platform runs; 1 with one line per failing platform and the reason
# (no binfmt_misc in the kernel, not root, unprivileged container, handler missing, ...).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
CHECK_ONLY=0
BUSYBOX_BIN=""
# Overridable so the failure reports can be tried without touching the real registrations.
BINFMT=${MANIFOLD_BINFMT_DIR:-/proc/sys/fs/binfmt_misc}

log() { echo "setup-qemu: $*" >&2; }
die() { echo "setup-qemu: error: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --check) CHECK_ONLY=1 ;;
        --busybox-bin) BUSYBOX_BIN=${2:?--busybox-bin needs a directory}; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
    shift
done

[[ $(uname -s) == Linux ]] || die "binfmt_misc is a Linux feature; on macOS, Docker Desktop/Podman machine provide emulation"

can_be_root() { [[ $(id -u) -eq 0 ]] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; }
as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        die "'$*' needs root: not root and no passwordless sudo. Run: sudo $0"
    fi
}

# 1. Packages.
missing=()
for package in qemu-user-static binfmt-support; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    [[ $CHECK_ONLY -eq 1 ]] && die "missing packages: ${missing[*]} (run without --check to install them)"
    command -v apt-get >/dev/null || die "missing packages ${missing[*]} and no apt-get to install them"
    log "installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
        --no-install-recommends "${missing[@]}" || die "apt-get install ${missing[*]} failed"
fi

# 2. binfmt_misc mounted.
if [[ ! -e $BINFMT/register ]]; then
    if ! grep -qw binfmt_misc /proc/filesystems; then
        if [[ $CHECK_ONLY -eq 0 ]] && can_be_root; then
            as_root modprobe binfmt_misc 2>/dev/null || true
        fi
        grep -qw binfmt_misc /proc/filesystems \
            || die "the kernel has no binfmt_misc support (not in /proc/filesystems and modprobe binfmt_misc failed)"
    fi
    [[ $CHECK_ONLY -eq 1 ]] && die "binfmt_misc is not mounted at $BINFMT (run without --check to mount it)"
    can_be_root || die "binfmt_misc is not mounted at $BINFMT and mounting it needs root (run: sudo $0)"
    log "mounting binfmt_misc at $BINFMT"
    as_root mount -t binfmt_misc binfmt_misc "$BINFMT" 2>/dev/null \
        || die "cannot mount binfmt_misc at $BINFMT: an unprivileged container cannot; run the container" \
               "with --privileged, or run this script on the host (registrations are kernel-wide)"
fi
[[ -e $BINFMT/register ]] || die "binfmt_misc is mounted but $BINFMT/register is missing"
if [[ -r $BINFMT/status && $(cat "$BINFMT/status") != enabled ]]; then
    [[ $CHECK_ONLY -eq 1 ]] && die "binfmt_misc is disabled ($BINFMT/status)"
    echo 1 | as_root tee "$BINFMT/status" >/dev/null || die "cannot enable binfmt_misc ($BINFMT/status)"
fi

# 3. Handlers registered. Without systemd (containers, CI), nothing does this at boot.
if [[ $CHECK_ONLY -eq 0 ]]; then
    if can_be_root; then
        as_root update-binfmts --enable >/dev/null 2>&1 \
            || log "warning: update-binfmts --enable reported errors (handlers already registered elsewhere?)"
    else
        log "warning: not root; cannot run update-binfmts --enable, checking the current registrations"
    fi
fi

# 4. Binaries to prove it with.
find_busybox_bin() {
    local candidate
    if [[ -n $BUSYBOX_BIN ]]; then
        [[ -x $BUSYBOX_BIN/arm64/busybox ]] && echo "$BUSYBOX_BIN"
        return
    fi
    for candidate in "${MANIFOLD_FIXTURE_DIR:+$MANIFOLD_FIXTURE_DIR/busybox/bin}" \
        "$root"/build/*/tests/fixtures/busybox/bin "${XDG_CACHE_HOME:-$HOME/.cache}/manifold/busybox/bin"; do
        [[ -n $candidate && -x $candidate/arm64/busybox && -x $candidate/s390x/busybox ]] && { echo "$candidate"; return 0; }
    done
    return 1
}
bin=$(find_busybox_bin)
if [[ -z $bin ]]; then
    [[ -n $BUSYBOX_BIN ]] && die "no <tag>/busybox binaries in $BUSYBOX_BIN"
    cache=${XDG_CACHE_HOME:-$HOME/.cache}/manifold/busybox
    log "building the busybox fixture into $cache to get foreign test binaries"
    "$root/tests/fixtures/build-busybox-image.sh" "$cache" || die "cannot get foreign busybox binaries (see above)"
    bin=$cache/bin
fi

# 5. Run them. platform | busybox tag | binfmt handler | expected `uname -m`
failed=0
for entry in "linux/arm64/v8|arm64|qemu-aarch64|aarch64" \
             "linux/arm/v7|arm-v7|qemu-arm|armv7l" \
             "linux/ppc64le|ppc64le|qemu-ppc64le|ppc64le" \
             "linux/s390x|s390x|qemu-s390x|s390x"; do
    IFS='|' read -r platform tag handler expected <<<"$entry"
    reason=""
    if [[ ! -e $BINFMT/$handler ]]; then
        reason="no binfmt_misc handler $handler (is qemu-user-static installed? run update-binfmts --enable as root)"
    elif [[ $(head -n 1 "$BINFMT/$handler") != enabled ]]; then
        reason="handler $handler is disabled (update-binfmts --enable ${handler})"
    else
        output=$("$bin/$tag/busybox" uname -m 2>&1)
        status=$?
        if [[ $status -ne 0 ]]; then
            reason="running $bin/$tag/busybox failed (exit $status): $output"
        elif [[ $output != "$expected" ]]; then
            reason="uname -m printed '$output', expected '$expected'"
        fi
    fi
    if [[ -z $reason ]]; then
        flags=$(sed -n 's/^flags: //p' "$BINFMT/$handler")
        note=""
        [[ $flags == *F* ]] || note=" (no F flag: emulation fails inside containers that lack the interpreter)"
        echo "ok    $platform: uname -m = $expected via $handler [flags $flags]$note"
    else
        echo "FAIL  $platform: $reason"
        failed=1
    fi
done
exit $failed
