#!/bin/bash
# Layer scanning throughput: Manifold's LayerScanner (one libarchive pass, reading only each
# file's first 4 KiB) against `gzip -dc` / `zstd -dc` decompressing the same layer to /dev/null.
# Decompression dominates both, so the ratio shows the scanner's overhead. Times are CPU
# seconds (user + sys), best of $RUNS (default 3): the shared machine is usually oversubscribed.
#
#   bench/oci/layerscan.sh BUILD_DIR [LAYER...]
#
# Without layers it builds two from /usr/sbin + /usr/libexec (gzip and zstd, same content) plus the
# busybox fixture's layers when the fixture exists. Prints a table and the throughput ratio
# (Manifold ÷ peer; >1 means Manifold is faster). Use a Release build for recorded numbers.
set -euo pipefail
build=${1:?usage: layerscan.sh BUILD_DIR [LAYER...]}
shift
bench="$build/bench/oci/manifold-bench-layerscan"
[ -x "$bench" ] || { echo "build the manifold-bench-layerscan target first ($bench)" >&2; exit 2; }
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

layers=("$@")
if [ ${#layers[@]} -eq 0 ]; then
    tar -C / -cf "$work/usr.tar" usr/sbin usr/libexec 2>/dev/null || true
    gzip -6 -c "$work/usr.tar" > "$work/usr.tar.gz"
    if command -v zstd >/dev/null; then zstd -q -3 -c "$work/usr.tar" > "$work/usr.tar.zst"; fi
    rm -f "$work/usr.tar"
    layers=("$work"/usr.tar.*)
    fixture="$build/tests/fixtures/busybox/layout/blobs/sha256"
    if [ -d "$fixture" ]; then
        for blob in "$fixture"/*; do
            if [ "$(head -c2 "$blob" | od -An -tx1 | tr -d ' ')" = "1f8b" ]; then layers+=("$blob"); fi
        done
    fi
fi

best_time() { # best CPU time (user + sys) of $runs runs of "$@" > /dev/null
    local best=""
    for _ in $(seq "$runs"); do
        local t
        t=$( { /usr/bin/time -f '%U + %S' "$@" > /dev/null; } 2>&1 | tail -1 | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    echo "$best"
}

printf '%-44s %10s %10s %10s %8s %8s\n' layer MiB manifold_s peer_s ratio binaries
total_m=0; total_p=0
while read -r path size seconds binaries entries; do
    case "$(head -c4 "$path" | od -An -tx1 | tr -d ' ')" in
        1f8b*) peer=(gzip -dc "$path") ;;
        28b52ffd) peer=(zstd -dc "$path") ;;
        *) peer=(cat "$path") ;;
    esac
    peer_s=$(best_time "${peer[@]}")
    ratio=$(echo "$peer_s / $seconds" | bc -l)
    total_m=$(echo "$total_m + $seconds" | bc -l); total_p=$(echo "$total_p + $peer_s" | bc -l)
    printf '%-44s %10.1f %10.3f %10.3f %8.2f %8s\n' "$(basename "$path") (${peer[0]})" "$(echo "$size / 1048576" | bc -l)" \
        "$seconds" "$peer_s" "$ratio" "$binaries"
done < <("$bench" --runs "$runs" "${layers[@]}")
printf 'overall throughput ratio (manifold / peer): %.2f\n' "$(echo "$total_p / $total_m" | bc -l)"
