#!/usr/bin/env bash
# Installs everything Manifold needs on a fresh Debian 12 / Ubuntu 24.04 machine (or macOS with
# Homebrew), skipping what is already there. Safe to run again.
#
#   scripts/setup.sh            build and runtime dependencies
#   scripts/setup.sh --tests    also the test-only tools (registry peers, keyring, QEMU check)
set -euo pipefail

WITH_TESTS=0
for arg in "$@"; do
    case "$arg" in
        --tests) WITH_TESTS=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option '$arg' (expected --tests)" >&2; exit 2 ;;
    esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "setup.sh: '$*' needs root; run as root or install sudo" >&2; exit 1
    fi
}

setup_macos() {
    command -v brew >/dev/null || { echo "Homebrew is required: https://brew.sh" >&2; exit 1; }
    local formulas=(cmake ninja ccache pkg-config qt@6 qtkeychain libarchive openssl@3 graphviz zstd)
    [ "$WITH_TESTS" -eq 1 ] && formulas+=(skopeo jq distribution podman)
    for f in "${formulas[@]}"; do
        brew list --formula "$f" >/dev/null 2>&1 || brew install "$f"
    done
    log "containers run in a Linux VM on macOS: use Docker Desktop or 'podman machine init'"
    log "export CMAKE_PREFIX_PATH=\"$(brew --prefix qt@6):$(brew --prefix libarchive):$(brew --prefix openssl@3)\""
}

# Debian/Ubuntu package names; the first available alternative of "a|b" is used.
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache file
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev libarchive-dev libssl-dev openssl
    libgraphviz-dev libcrypt-dev libzstd-dev zlib1g-dev
)
RUNTIME_PACKAGES=(
    buildah qemu-user-static binfmt-support docker-registry ca-certificates
)
TEST_PACKAGES=(
    skopeo umoci podman curl jq zstd gnome-keyring dbus dbus-x11 libsecret-tools
    xvfb xauth appstream debootstrap clang "libclang-rt-14-dev|libclang-rt-dev"
    dpkg-dev fakeroot time bc
)

missing_packages() {
    local wanted=() pkg alt chosen
    for pkg in "$@"; do
        chosen=""
        IFS='|' read -r -a alts <<<"$pkg"
        for alt in "${alts[@]}"; do
            if [[ "$(dpkg-query -W -f='${Status}' "$alt" 2>/dev/null)" == *"install ok installed"* ]]; then
                chosen="installed"; break
            fi
        done
        [ -n "$chosen" ] && continue
        for alt in "${alts[@]}"; do
            if apt-cache show "$alt" >/dev/null 2>&1; then chosen="$alt"; break; fi
        done
        wanted+=("${chosen:-${alts[0]}}")
    done
    echo "${wanted[@]:-}"
}

setup_debian() {
    local packages=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}")
    [ "$WITH_TESTS" -eq 1 ] && packages+=("${TEST_PACKAGES[@]}")
    # Docker's own docker-ce conflicts with Debian's docker.io; use whichever is there.
    if [ "$WITH_TESTS" -eq 1 ] && ! command -v dockerd >/dev/null; then
        packages+=(docker.io)
    fi

    local missing
    missing="$(missing_packages "${packages[@]}")"
    if [ -n "$missing" ]; then
        log "installing: $missing"
        # A mirror mid-sync fails some foreign-architecture lists; the packages may still resolve.
        as_root apt-get update -q || log "apt-get update reported errors; continuing with the lists it got"
        missing="$(missing_packages "${packages[@]}")"
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
    else
        log "all packages present"
    fi

    if [ "$WITH_TESTS" -eq 1 ]; then
        # Foreign architectures let the fixtures download busybox-static for each platform.
        local added=0 arch foreign
        foreign="$(dpkg --print-foreign-architectures)"
        for arch in arm64 armhf ppc64el s390x; do
            if ! grep -qx "$arch" <<<"$foreign"; then
                as_root dpkg --add-architecture "$arch"; added=1
            fi
        done
        if [ "$added" -eq 1 ]; then
            as_root apt-get update -q || log "apt-get update reported errors; continuing with the lists it got"
        fi
    fi

    "$here/setup-qemu.sh" || {
        echo "setup.sh: QEMU user emulation is not available; emulated builds will fail (see above)" >&2
        [ "$WITH_TESTS" -eq 1 ] && exit 1
    }
}

case "$(uname -s)" in
    Darwin) setup_macos ;;
    Linux)
        command -v apt-get >/dev/null || {
            echo "setup.sh supports Debian/Ubuntu (apt) and macOS (Homebrew); install the packages listed in README.md by hand" >&2
            exit 1
        }
        setup_debian ;;
    *) echo "setup.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
log "setup complete"
