#!/usr/bin/env python3
"""Writes a 10,000-line Dockerfile with 200 stages (global ARGs, per-arch builders, COPY --from
chains, RUN --mount, continuations, heredoc-free) to the path given as the first argument."""
import sys

def main(path, stages=200, lines=10000):
    out = ["# syntax=docker/dockerfile:1", "ARG BASE=alpine:3.20", "ARG GO_VERSION=1.23", "ARG TARGETARCH", ""]
    per_stage = (lines - len(out)) // stages
    for s in range(stages):
        body = []
        if s % 10 == 0:
            body.append(f"FROM --platform=$BUILDPLATFORM golang:${{GO_VERSION}} AS build{s}")
        elif s == stages - 1:
            body.append(f"FROM stage{s - 1} AS final")
        else:
            body.append(f"FROM ${{BASE}} AS stage{s}")
        body.append("ARG TARGETOS TARGETARCH")
        body.append(f"ENV STAGE_{s}=value-{s} PATH=/opt/bin:$PATH")
        body.append(f"WORKDIR /src/{s}")
        if s > 0:
            prev = f"build{(s // 10) * 10}" if s % 10 else f"stage{s - 1}" if s > 1 else "build0"
            if prev != f"build{s}":
                body.append(f"COPY --from={prev} /out /in/{s}")
        while len(body) < per_stage - 1:
            n = len(body)
            if n % 5 == 0:
                body.append(f"RUN --mount=type=cache,target=/root/.cache/{s} \\")
                body.append(f"    echo building {s}-{n} for $TARGETARCH && \\")
                body.append(f"    mkdir -p /out/{s}/{n}")
            elif n % 5 == 1:
                body.append(f'LABEL org.example.stage{s}.step{n}="value {n}"')
            elif n % 5 == 2:
                body.append(f"COPY src/{s}/{n} /app/{s}/{n}")
            elif n % 5 == 3:
                body.append(f'RUN ["sh", "-c", "echo {s} {n}"]')
            else:
                body.append(f"# comment for step {n} of stage {s}")
        body.append("")
        out.extend(body)
    while len(out) < lines:
        out.insert(-1, f"LABEL filler.line{len(out)}=x")
    with open(path, "w") as f:
        f.write("\n".join(out[:lines]) + "\n")

if __name__ == "__main__":
    main(sys.argv[1])
