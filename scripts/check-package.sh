#!/usr/bin/env bash
# Builds the Debian package from a configured build dir, validates its desktop metadata, installs
# it into this machine and runs the installed program. Usage: scripts/check-package.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/ci}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

appstreamcli validate --no-net "$root/installer/linux/io.manifold.Manifold.metainfo.xml"
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(realpath "$(ls -t "$build"/manifold_*.deb | head -n1)")"
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/manifold$|bin/manifold-studio$|applications/.|metainfo/.|man1/manifold.1.gz|completions/manifold|scalable/apps/.'

as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null 2>&1
installed=/usr/bin/manifold
"$installed" --version
"$installed" platforms >/dev/null
sample=/usr/share/manifold/samples/multiarch-example/Dockerfile
test -f "$sample"
if "$installed" --help | grep -q '^  lint'; then
    # The sample is clean for the platforms it supports; findings exit 1, a broken binary worse.
    "$installed" lint "$sample" --platform linux/amd64,linux/arm64 && echo "installed lint: ok"
fi
# Without a command, the installed `manifold` hands over to the installed studio.
shot="$(mktemp -d)"
# (A sanitizer build must not fail on Graphviz's own leftovers; see the suppression file.)
LSAN_OPTIONS="suppressions=$root/tests/ui/lsan-graphviz.supp" QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$shot" \
    "$installed" "$sample" --screenshot "$shot/window.png"
test -s "$shot/window.png" && echo "installed studio: ok"
rm -rf "$shot"
zcat /usr/share/man/man1/manifold.1.gz | grep -q '^\.SH COMMANDS' 
echo "package check passed"
