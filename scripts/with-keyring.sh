#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# talks to a real Secret Service (tests, headless machines). Usage: scripts/with-keyring.sh CMD...
set -euo pipefail
if [ -z "${MANIFOLD_KEYRING_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "with-keyring.sh: dbus-run-session missing (apt-get install dbus)" >&2; exit 1; }
    export MANIFOLD_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
if command -v gnome-keyring-daemon >/dev/null; then
    # A throwaway keyring under a private home so no user keyring is touched.
    export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
    eval "$(printf 'manifold-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
else
    echo "with-keyring.sh: gnome-keyring-daemon missing; keychain tests will fail" >&2
fi
exec "$@"
