#!/usr/bin/env bash
# Command 2: install what is missing (test-only tools included), build, and run every test:
# the CI preset (warnings are errors) with the whole suite, then the ASan+UBSan preset.
#
#   scripts/test.sh [-R REGEX] [--no-sanitizers]
# MANIFOLD_REQUIRE_E2E=1 (set by CI) turns a test skipped for a missing fixture into a failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
filter=()
sanitizers=1
while [ $# -gt 0 ]; do
    case "$1" in
        -R) filter=(-R "$2"); shift 2 ;;
        --no-sanitizers) sanitizers=0; shift ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "test.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done
jobs="${MANIFOLD_JOBS:-$(nproc 2>/dev/null || echo 2)}"

"$root/scripts/setup.sh" --tests
"$root/scripts/build.sh" ci
cd "$root"
"$root/scripts/with-keyring.sh" ctest --preset ci -j "$jobs" "${filter[@]}"

# The Debian package: build, validate, install, run the installed binary.
if [ "$(uname -s)" = Linux ]; then
    "$root/scripts/check-package.sh" "$root/build/ci"
fi

if [ "$sanitizers" -eq 1 ]; then
    "$root/scripts/build.sh" asan
    # Unit tests under the sanitizers; the e2e suite above already ran against the same code.
    "$root/scripts/with-keyring.sh" ctest --preset asan -j "$jobs" -L unit "${filter[@]}"
fi
