#!/bin/bash
# Dockerfile parse + plan: Manifold vs npm dockerfile-ast on a generated 10,000-line, 200-stage file.
# Usage: bench/dockerfile/run.sh [BUILD_DIR]   (BUILD_DIR: a Release build with bench_dockerfile)
# Installs dockerfile-ast into bench/dockerfile/node_modules (not committed) on first run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
bench=$build/bench/dockerfile/bench_dockerfile
iterations=${ITERATIONS:-30}
[ -x "$bench" ] || { echo "missing $bench: cmake --build $build --target bench_dockerfile" >&2; exit 1; }
[ -d "$here/node_modules/dockerfile-ast" ] || npm install --prefix "$here" --no-save --no-package-lock dockerfile-ast >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work/Dockerfile"
echo "input: $(wc -l < "$work/Dockerfile") lines, $(grep -c '^FROM' "$work/Dockerfile") stages, $(stat -c %s "$work/Dockerfile") bytes"
ours=$("$bench" "$work/Dockerfile" "$iterations" linux/amd64)
peer=$(node "$here/peer_dockerfile_ast.js" "$work/Dockerfile" "$iterations")
echo "manifold:       $ours"
echo "dockerfile-ast: $peer"
ourMs=$(echo "$ours" | jq .parsePlanMedianMs)
ourParseMs=$(echo "$ours" | jq .parseMedianMs)
peerMs=$(echo "$peer" | jq .parseMedianMs)
echo "dockerfile-ast $(node --version) $(jq -r .version "$here/node_modules/dockerfile-ast/package.json")"
awk -v a="$ourMs" -v p="$ourParseMs" -v b="$peerMs" 'BEGIN {
  printf "median: manifold parse %.2f ms, parse+plan %.2f ms; dockerfile-ast parse %.2f ms\n", p, a, b;
  printf "ratio (manifold parse+plan / dockerfile-ast parse): %.3f  (target <= 0.200)\n", a / b }'
