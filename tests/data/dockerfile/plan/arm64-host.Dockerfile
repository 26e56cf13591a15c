# On an Apple Silicon (arm64) host, an amd64 target emulates every RUN while arm64 runs natively;
# an explicit amd64-only tool stage is emulated for every target.
# host: linux/arm64
# expect linux/arm64: tool@linux/amd64~ stage-1@linux/arm64
# expect linux/amd64: tool@linux/amd64~ stage-1@linux/amd64~
FROM --platform=linux/amd64 debian:12 AS tool
RUN apt-get update && apt-get install -y vendor-tool
FROM debian:12
COPY --from=tool /usr/bin/vendor-tool /usr/bin/
RUN vendor-tool --version
