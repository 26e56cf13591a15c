#!/usr/bin/env bash
# Regenerates docs/screenshots/ from a real build of the sample project: Buildah for linux/amd64
# and linux/arm64 (QEMU), a local docker-registry holding the offline busybox index, the window
# grabbed mid-build and after. Usage: scripts/screenshots.sh [PRESET] (default: dev)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/${1:-dev}"
cmake --build "$build" --target manifold-screenshots
ctest --test-dir "$build" -R '^fixture\.busybox$' --output-on-failure
MANIFOLD_FIXTURE_DIR="$build/tests/fixtures" QT_QPA_PLATFORM=offscreen \
    "$build/bench/ui/manifold-screenshots" "$root/docs/screenshots"
