#!/usr/bin/env bash
# Command 1: install what is missing, build, and start Manifold on the sample project.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" dev
exec "$root/build/dev/bin/manifold" "$root/resources/samples/multiarch-example/Dockerfile" "$@"
