#!/usr/bin/env bash
# Command 2: install what is missing (test-only tools included), build, and run every test.
#
#   scripts/test.sh [-R REGEX] [--preset asan|ci|dev]
#
# The default preset is "asan": warnings are errors and the whole suite runs under
# AddressSanitizer + UndefinedBehaviorSanitizer. "ci" is the optimized build with warnings as
# errors. After the tests the Debian package is built from the same tree, installed and run.
# MANIFOLD_REQUIRE_E2E=1 (set by CI) turns a test skipped for a missing fixture into a failure.
# Then every fuzz target runs for MANIFOLD_FUZZ_SECONDS (default 20) each.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
filter=()
preset=asan
while [ $# -gt 0 ]; do
    case "$1" in
        -R) filter=(-R "$2"); shift 2 ;;
        --preset) preset="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "test.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
jobs="${MANIFOLD_JOBS:-$(nproc 2>/dev/null || echo 2)}"

"$root/scripts/setup.sh" --tests
"$root/scripts/build.sh" "$preset"
cd "$root"
"$root/scripts/with-keyring.sh" ctest --preset "$preset" -j "$jobs" "${filter[@]}"

# Bounded fuzzing: every libFuzzer target for MANIFOLD_FUZZ_SECONDS (default 20; 0 skips) on
# its seed corpus, built with clang in build/fuzz. A crash fails the run and leaves its
# reproducer in build/fuzz/ (scripts/fuzz.sh says where). Budget: see docs/RELIABILITY.md.
fuzz_seconds="${MANIFOLD_FUZZ_SECONDS:-20}"
if [ ${#filter[@]} -eq 0 ] && [ "$fuzz_seconds" != 0 ]; then
    if command -v clang++ >/dev/null 2>&1; then
        MANIFOLD_JOBS="$jobs" "$root/scripts/fuzz.sh" "$fuzz_seconds"
    elif [ "${MANIFOLD_REQUIRE_E2E:-0}" = 1 ]; then
        echo "test.sh: clang++ is missing, so the fuzz targets cannot be built" >&2; exit 1
    else
        echo "test.sh: clang++ not found; fuzzing skipped" >&2
    fi
fi

# The Debian package: build, validate, install, run the installed binary.
if [ "$(uname -s)" = Linux ] && [ ${#filter[@]} -eq 0 ]; then
    "$root/scripts/check-package.sh" "$root/build/$preset"
fi
