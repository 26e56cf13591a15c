#!/usr/bin/env bash
# Generates manifold(1) from the CLI's own --help texts, and the bash/zsh completions from
# `manifold completion`, so neither drifts from the program.
# Usage: generate-cli-files.sh MANIFOLD_BINARY OUTDIR VERSION
set -euo pipefail
bin="$1"; outdir="$2"; version="$3"
mkdir -p "$outdir"
out="$outdir/manifold.1"
export QT_QPA_PLATFORM=offscreen
# The man page and completions are English, whatever the builder's locale: the CLI follows
# LANGUAGE/LC_ALL/LANG and MANIFOLD_LANG, so pin all of them.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= MANIFOLD_LANG=en
"$bin" completion bash > "$outdir/manifold.bash"
"$bin" completion zsh > "$outdir/_manifold"
esc() { sed -e 's/\\/\\\\/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/" -e 's/-/\\-/g'; }
{
    echo ".TH MANIFOLD 1 \"\" \"manifold $version\" \"User Commands\""
    echo ".SH NAME"
    echo "manifold \\- build and inspect multi-architecture container images"
    echo ".SH SYNOPSIS"
    echo ".B manifold"
    echo "[\\fIPROJECT\\fR|\\fIDOCKERFILE\\fR]"
    echo ".br"
    echo ".B manifold"
    echo "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]"
    echo ".SH DESCRIPTION"
    echo "Without a command, manifold starts the desktop studio. With a command, it runs the"
    echo "same operation on the command line; most commands accept \\-\\-json."
    echo ".SH COMMANDS"
    QT_QPA_PLATFORM=offscreen "$bin" --help | awk '/^Commands:/{on=1;next} /^$/{on=0} on' |
    while read -r name summary; do
        [ -n "$name" ] || continue
        echo ".SS $name"
        echo "$summary" | esc
        echo ".PP"
        echo ".nf"
        QT_QPA_PLATFORM=offscreen "$bin" "$name" --help 2>/dev/null | esc || true
        echo ".fi"
    done
    echo ".SH ENVIRONMENT"
    echo ".TP"
    echo ".B MANIFOLD_LANG"
    echo "Language of messages and help: \\fBen\\fR or \\fBzh_CN\\fR. By default the command line follows"
    echo "LANGUAGE, LC_ALL, LC_MESSAGES and LANG; the studio also offers View > Language."
    echo ".SH EXIT STATUS"
    echo "0 on success, 1 when the command found errors (lint, verify) or failed, 2 for bad usage."
    echo ".SH SEE ALSO"
    echo ".BR buildah (1),"
    echo ".BR docker (1),"
    echo ".BR podman (1),"
    echo ".BR skopeo (1)"
} > "$out"
gzip -n -9 -f "$out"
