#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a bounded time on a copy
# of its seed corpus. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Prints one line per target (executions reached, crash or not) and writes the same lines to
# build/fuzz/summary.txt. A crash, sanitizer report, timeout or out-of-memory fails the run; the
# input that caused it stays as build/fuzz/<target>-crash-<sha1> (or -timeout-/-oom-/-leak-):
# reproduce with `build/fuzz/tests/fuzz/<target> build/fuzz/<target>-crash-<sha1>`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"; shift || true
cd "$root"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${MANIFOLD_JOBS:-$(nproc)}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(find build/fuzz/tests/fuzz -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x -printf '%f\n' | sort)
fi
summary="build/fuzz/summary.txt"
: >"$summary"
status=0
for target in "${targets[@]}"; do
    name="${target#fuzz_}"
    work="$(mktemp -d)"
    [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/"
    # Earlier crashes must stay fixed: their inputs join the corpus.
    [ -d "tests/fuzz/regressions/$name" ] && cp -r "tests/fuzz/regressions/$name/." "$work/"
    log="build/fuzz/$target.log"
    rm -f "build/fuzz/$target"-crash-* "build/fuzz/$target"-timeout-* "build/fuzz/$target"-oom-* "build/fuzz/$target"-leak-*
    # timeout: a run that hangs after a finding (e.g. while reporting an OOM) still ends.
    if timeout -k 10 "$((seconds + 120))" "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/$target-" "$work" >"$log" 2>&1; then
        result="no crash"
    else
        reproducer="$(ls -1 "build/fuzz/$target"-{crash,timeout,oom,leak}-* 2>/dev/null | head -n1 || true)"
        result="CRASH: reproducer ${reproducer:-none written}, log $log"; status=1
        tail -n 40 "$log" >&2
    fi
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    [ -z "$runs" ] && runs="$(grep -Eo '#[0-9]+' "$log" | tail -n1 | tr -d '#')"
    printf '%-24s %12s executions in %ss: %s\n' "$target" "${runs:-?}" "$seconds" "$result" | tee -a "$summary"
    rm -rf "$work"
done
exit $status
