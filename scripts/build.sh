#!/usr/bin/env bash
# Configures and builds one CMake preset (default: dev), all of it or the given targets.
# Usage: scripts/build.sh [PRESET [TARGET...]]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-dev}"
shift || true
jobs="${MANIFOLD_JOBS:-$(nproc 2>/dev/null || sysctl -n hw.ncpu)}"
cd "$root"
# Hits across clones and build dirs: paths are hashed relative to the checkout.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset "$preset" >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build --preset "$preset" -j "$jobs" "${targets[@]}"
