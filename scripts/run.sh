#!/usr/bin/env bash
# Command 1: install what is missing, build, and start Manifold on the sample project.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
# Only the two executables: the tests are the other command's business.
"$root/scripts/build.sh" dev manifold manifold-studio
# The sample project: the sample Dockerfile with linux/amd64 and linux/arm64 selected.
exec "$root/build/dev/bin/manifold" --sample "$@"
