#!/usr/bin/env bash
# Wall time of `manifold build` for the sample project on two platforms against Buildah's own
# multi-platform build, both ending with the multi-arch image pushed to the same local registry.
#
#   bench/build/run.sh BUILD_DIR [RUNS]
#
# Both sides start from empty storage every run (Manifold gives each executor a fresh vfs storage
# root; the Buildah run gets one too), use vfs + chroot isolation (what works on this kernel), and
# pull the offline busybox index from a local docker-registry. Prints per-run seconds, medians
# and the ratio manifold / buildah.
set -euo pipefail
die() { echo "bench/build: error: $*" >&2; exit 1; }
[[ $# -ge 1 ]] || die "usage: $0 BUILD_DIR [RUNS]"
BUILD_DIR=$(cd "$1" && pwd)
RUNS=${2:-5}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
MANIFOLD=$BUILD_DIR/bin/manifold
SAMPLE=$SRC/resources/samples/multiarch-example
LAYOUT=$BUILD_DIR/tests/fixtures/busybox/layout
for tool in docker-registry buildah skopeo python3; do command -v "$tool" >/dev/null || die "$tool is missing"; done
[[ -x $MANIFOLD ]] || die "$MANIFOLD not built"
[[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]] || die "qemu-aarch64 is not registered with binfmt_misc"
[[ -f $LAYOUT/index.json ]] || "$SRC/tests/fixtures/build-busybox-image.sh" "$BUILD_DIR/tests/fixtures/busybox" >/dev/null

WORK=$(mktemp -d /tmp/manifold-bench-build.XXXXXX)
REGISTRY_PID=
cleanup() {
    [[ -n $REGISTRY_PID ]] && kill "$REGISTRY_PID" 2>/dev/null && wait "$REGISTRY_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$WORK/registry.yml" <<YAML
version: 0.1
storage:
  filesystem:
    rootdirectory: $WORK/registry
http:
  addr: 127.0.0.1:$PORT
YAML
docker-registry serve "$WORK/registry.yml" > "$WORK/registry.log" 2>&1 &
REGISTRY_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/v2/" >/dev/null && break; sleep 0.1; done
REG=127.0.0.1:$PORT
skopeo copy --all --quiet --dest-tls-verify=false "oci:$LAYOUT:latest" "docker://$REG/busybox:latest"

now() { date +%s.%N; }
manifold_times=()
buildah_times=()
for i in $(seq "$RUNS"); do
    start=$(now)
    "$MANIFOLD" build "$SAMPLE" --platform linux/amd64,linux/arm64 --build-arg "BASE_IMAGE=$REG/busybox:latest" \
        -t "$REG/bench:manifold-$i" --push --engine buildah > "$WORK/manifold-$i.log" 2>&1 \
        || { cat "$WORK/manifold-$i.log" >&2; die "manifold build failed"; }
    manifold_times+=("$(echo "$(now) - $start" | bc)")

    root=$WORK/buildah-$i
    B=(buildah --storage-driver vfs --root "$root/storage" --runroot "$root/run")
    start=$(now)
    "${B[@]}" build --isolation chroot --tls-verify=false --platform linux/amd64,linux/arm64 \
        --manifest "bench-$i" --build-arg "BASE_IMAGE=$REG/busybox:latest" "$SAMPLE" > "$WORK/buildah-$i.log" 2>&1 \
        || { cat "$WORK/buildah-$i.log" >&2; die "buildah build failed"; }
    "${B[@]}" manifest push --all --tls-verify=false "bench-$i" "docker://$REG/bench:buildah-$i" >> "$WORK/buildah-$i.log" 2>&1 \
        || { cat "$WORK/buildah-$i.log" >&2; die "buildah manifest push failed"; }
    buildah_times+=("$(echo "$(now) - $start" | bc)")
    rm -rf "$root"
    echo "run $i: manifold ${manifold_times[-1]}s buildah ${buildah_times[-1]}s"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m=$(median "${manifold_times[@]}")
b=$(median "${buildah_times[@]}")
echo "median: manifold ${m}s buildah ${b}s ratio $(echo "scale=3; $m / $b" | bc)"
