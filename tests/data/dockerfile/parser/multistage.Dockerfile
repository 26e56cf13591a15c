# syntax=docker/dockerfile:1.7
ARG GO_VERSION=1.22

# Build natively on the build platform and cross-compile for the target.
FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -trimpath -o /out/app ./cmd/app

FROM alpine:3.20 AS certs
RUN <<EOF
apk add --no-cache ca-certificates
update-ca-certificates
EOF

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build --chmod=0755 /out/app /app
LABEL org.opencontainers.image.title="app" \
      org.opencontainers.image.description="A multi-arch example"
USER 65532:65532
HEALTHCHECK --interval=30s CMD ["/app", "health"]
ENTRYPOINT ["/app"]
