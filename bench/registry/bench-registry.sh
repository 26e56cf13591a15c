#!/bin/sh
# Registry benchmarks: manifold vs skopeo on local docker-registry processes.
#   (a) full-tree inspect of the 5-platform busybox index:
#       manifold inspect  vs  skopeo inspect --raw + skopeo inspect --config per platform
#   (b) copy of a multi-arch image to a second registry:
#       manifold copy     vs  skopeo copy --multi-arch=all
# Usage: bench-registry.sh BUILD_DIR [RUNS]   (needs the busybox fixture in BUILD_DIR)
set -eu
BUILD=${1:?build dir}
RUNS=${2:-5}
M="$BUILD/bin/manifold"
LAYOUT="$BUILD/tests/fixtures/busybox/layout"
WORK=$(mktemp -d)
PIDS=""
cleanup() { for p in $PIDS; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM
export MANIFOLD_NO_KEYCHAIN=1

start_registry() { # name port
    mkdir -p "$WORK/$1"
    cat > "$WORK/$1/config.yml" <<YML
version: 0.1
log: {level: error}
storage: {filesystem: {rootdirectory: $WORK/$1/data}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$2}
YML
    docker-registry serve "$WORK/$1/config.yml" >"$WORK/$1/log" 2>&1 &
    PIDS="$PIDS $!"
    for _ in $(seq 50); do curl -fs "http://127.0.0.1:$2/v2/" >/dev/null && return 0; sleep 0.1; done
    echo "registry $1 did not start" >&2; exit 1
}
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

start_registry src 5581
start_registry dst 5582
SRC=127.0.0.1:5581 DST=127.0.0.1:5582
skopeo copy --quiet --all --dest-tls-verify=false "oci:$LAYOUT:latest" "docker://$SRC/busybox:latest"

inspect_manifold() { "$M" inspect "$SRC/busybox:latest" >/dev/null; }
inspect_skopeo() {
    raw=$(skopeo inspect --tls-verify=false --raw "docker://$SRC/busybox:latest")
    for d in $(echo "$raw" | jq -r '.manifests[].digest'); do
        skopeo inspect --tls-verify=false --config "docker://$SRC/busybox@$d" >/dev/null
    done
}
copy_manifold() { "$M" copy "$SRC/busybox:latest" "$DST/m$1/busybox:latest" >/dev/null 2>&1; }
copy_skopeo() { skopeo copy --quiet --multi-arch=all --src-tls-verify=false --dest-tls-verify=false \
    "docker://$SRC/busybox:latest" "docker://$DST/s$1/busybox:latest"; }

measure() { # function runs -> median seconds
    times=""
    for i in $(seq "$2"); do t0=$(now); "$1" "$i"; t1=$(now); times="$times $(elapsed "$t0" "$t1")"; done
    echo $times | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
a_m=$(measure inspect_manifold "$RUNS"); a_s=$(measure inspect_skopeo "$RUNS")
b_m=$(measure copy_manifold "$RUNS"); b_s=$(measure copy_skopeo "$RUNS")
printf '(a) inspect 5-platform index: manifold %ss, skopeo %ss, ratio %s (target <= 0.25)\n' "$a_m" "$a_s" "$(echo "scale=2; $a_m / $a_s" | bc)"
printf '(b) copy to second registry:  manifold %ss, skopeo %ss, ratio %s (target <= 0.6)\n' "$b_m" "$b_s" "$(echo "scale=2; $b_m / $b_s" | bc)"
