# A correct multi-arch Go build: the compiler runs natively on the build platform and
# cross-compiles for each target; only the small final stage follows the target.
# platforms: linux/amd64,linux/arm64
# expect: UndeclaredPlatformArgInFrom@6
ARG GO_VERSION=1.23
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build \
    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
