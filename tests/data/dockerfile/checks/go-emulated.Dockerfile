# The naive version: the whole Go toolchain runs under QEMU for arm64.
# platforms: linux/amd64,linux/arm64
# expect: EmulatedCompilation@7
# expect: JSONArgsRecommended@8
FROM golang:1.23-alpine
WORKDIR /src
RUN go build -o /usr/local/bin/app .
CMD app
