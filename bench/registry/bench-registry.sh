#!/bin/sh
# Registry benchmarks: manifold vs skopeo on local docker-registry processes.
#   (a) full-tree inspect of the 5-platform busybox index:
#       manifold inspect  vs  skopeo inspect --raw + skopeo inspect --config per platform
#   (b) copy of a ~100 MB multi-arch image to a second registry:
#       manifold copy     vs  skopeo copy --multi-arch=all
#       The image is built here: the busybox index with one incompressible 20 MiB layer added
#       to each of its 5 platform images (umoci), so the copy moves real bytes, not metadata.
# Usage: bench-registry.sh BUILD_DIR [RUNS]   (needs the busybox fixture in BUILD_DIR; a
#        release-like build (dev/ci preset) measures the product, an ASan build mostly ASan)
set -eu
BUILD=${1:?build dir}
RUNS=${2:-5}
M="$BUILD/bin/manifold"
# The offline busybox index the tests build (any build dir with tests has it).
LAYOUT="${BUSYBOX_LAYOUT:-$BUILD/tests/fixtures/busybox/layout}"
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
SRC_PID=$!
SRC=127.0.0.1:5581
skopeo copy --quiet --all --dest-tls-verify=false "oci:$LAYOUT:latest" "docker://$SRC/busybox:latest"

# The ~100 MB image: every platform manifest of busybox:latest gets a 20 MiB random layer.
build_big_image() {
    BIG="$WORK/big"
    cp -r "$LAYOUT" "$BIG"; chmod -R u+w "$BIG"
    index=$(jq -r '.manifests[] | select(.annotations["org.opencontainers.image.ref.name"]=="latest") | .digest' "$BIG/index.json")
    index_blob="$BIG/blobs/sha256/${index#sha256:}"
    i=0; map="{}"
    for d in $(jq -r '.manifests[] | select((.platform.os // "") != "unknown") | .digest' "$index_blob"); do
        i=$((i + 1))
        size=$(stat -c %s "$BIG/blobs/sha256/${d#sha256:}")
        jq --arg d "$d" --argjson s "$size" --arg r "p$i" \
            '.manifests += [{mediaType: "application/vnd.oci.image.manifest.v1+json", digest: $d, size: $s,
              annotations: {"org.opencontainers.image.ref.name": $r}}]' "$BIG/index.json" >"$WORK/i.json"
        mv "$WORK/i.json" "$BIG/index.json"
        mkdir -p "$WORK/rnd$i"; head -c 20971520 /dev/urandom >"$WORK/rnd$i/payload"
        tar -C "$WORK/rnd$i" -cf "$WORK/layer$i.tar" payload
        umoci raw add-layer --image "$BIG:p$i" --tag "big$i" "$WORK/layer$i.tar"
        new=$(jq -c --arg r "big$i" '.manifests[] | select(.annotations["org.opencontainers.image.ref.name"]==$r) | {digest, size}' "$BIG/index.json")
        map=$(echo "$map" | jq --arg d "$d" --argjson n "$new" '. + {($d): $n}')
    done
    # The new index lists the grown manifests under their platforms (attestations, which
    # describe the old digests, are left out).
    jq -c --argjson map "$map" '.manifests |= [.[] | select($map[.digest]) | .digest = $map[.digest].digest | .size = $map[.digest].size]' \
        "$index_blob" >"$WORK/big-index.json"
    big_digest=$(sha256sum "$WORK/big-index.json" | cut -d' ' -f1)
    cp "$WORK/big-index.json" "$BIG/blobs/sha256/$big_digest"
    jq --arg d "sha256:$big_digest" --argjson s "$(stat -c %s "$WORK/big-index.json")" \
        '.manifests += [{mediaType: "application/vnd.oci.image.index.v1+json", digest: $d, size: $s,
          annotations: {"org.opencontainers.image.ref.name": "big"}}]' "$BIG/index.json" >"$WORK/i.json"
    mv "$WORK/i.json" "$BIG/index.json"
    skopeo copy --quiet --all --dest-tls-verify=false "oci:$BIG:big" "docker://$SRC/big:latest"
}
build_big_image

inspect_manifold() { "$M" inspect "$SRC/busybox:latest" >/dev/null; }
inspect_skopeo() {
    raw=$(skopeo inspect --tls-verify=false --raw "docker://$SRC/busybox:latest")
    for d in $(echo "$raw" | jq -r '.manifests[].digest'); do
        skopeo inspect --tls-verify=false --config "docker://$SRC/busybox@$d" >/dev/null
    done
}
# Every copy goes to a registry of its own: no run may mount blobs an earlier one left
# (skopeo's blob-info cache would, and manifold mounts within a registry too).
# Besides the time, each copy records CPU seconds (user + sys): the tool's own, and the two
# registries' (the share of the work no client can avoid) in $WORK/cpu-TOOL.
cpu_of() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$1/stat"; }
copy_with() { # tool port command...
    tool=$1 port=$2; shift 2
    start_registry "$tool$port" "$port"; dst=$!
    s0=$(cpu_of "$SRC_PID"); T0=$(now)
    /usr/bin/time -f "%U %S" -o "$WORK/time" "$@" >/dev/null 2>&1
    T1=$(now)
    registries=$(echo "$(cpu_of "$dst") + $(cpu_of "$SRC_PID") - $s0" | bc)
    echo "$(awk '{print $1 + $2}' "$WORK/time") $registries" >>"$WORK/cpu-$tool"
    kill "$dst"
    # Untimed: drop the copy and flush, so no run pays for an earlier one's writeback.
    rm -rf "$WORK/$tool$port"; sync
}
copy_manifold() { copy_with manifold $((5600 + $1)) "$M" copy "$SRC/big:latest" "127.0.0.1:$((5600 + $1))/big:latest"; }
copy_skopeo() { copy_with skopeo $((5700 + $1)) skopeo copy --quiet --multi-arch=all --src-tls-verify=false \
    --dest-tls-verify=false "docker://$SRC/big:latest" "docker://127.0.0.1:$((5700 + $1))/big:latest"; }
median_column() { cut -d' ' -f"$2" "$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Runs the two tools alternately (A B A B ...), so drift in the machine's load touches both
# alike, and prints their median seconds: "median_a median_b".
# A function may set T0/T1 around its timed part.
measure_pair() { # function_a function_b runs
    : >"$WORK/times-a"; : >"$WORK/times-b"
    for i in $(seq "$3"); do
        for side in a b; do
            if [ "$side" = a ]; then f=$1; else f=$2; fi
            T0=$(now); T1=""; "$f" "$i"; t1=${T1:-$(now)}
            elapsed "$T0" "$t1" >>"$WORK/times-$side"
        done
    done
    echo "$(median_column "$WORK/times-a" 1) $(median_column "$WORK/times-b" 1)"
}
# Setting up wrote a few hundred MB: let it reach the disk before anything is timed.
sync
set -- $(measure_pair inspect_manifold inspect_skopeo "$RUNS"); a_m=$1 a_s=$2
set -- $(measure_pair copy_manifold copy_skopeo "$RUNS"); b_m=$1 b_s=$2
printf '(a) inspect 5-platform index: manifold %ss, skopeo %ss, ratio %s (target <= 0.25)\n' "$a_m" "$a_s" "$(echo "scale=2; $a_m / $a_s" | bc)"
printf '(b) copy ~100 MB to 2nd registry: manifold %ss, skopeo %ss, ratio %s (target <= 0.6)\n' "$b_m" "$b_s" "$(echo "scale=2; $b_m / $b_s" | bc)"
printf '    CPU s (median): manifold %s + registries %s; skopeo %s + registries %s; %s cores\n' \
    "$(median_column "$WORK/cpu-manifold" 1)" "$(median_column "$WORK/cpu-manifold" 2)" \
    "$(median_column "$WORK/cpu-skopeo" 1)" "$(median_column "$WORK/cpu-skopeo" 2)" "$(nproc)"
