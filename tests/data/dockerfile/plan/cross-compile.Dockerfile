# Cross-compilation: the builder runs on the build platform for every target, the runtime stage
# follows the target; the test stage is pruned unless asked for.
# host: linux/amd64
# expect linux/amd64: build@linux/amd64 stage-2@linux/amd64
# expect linux/arm64: build@linux/amd64 stage-2@linux/arm64~
# expect linux/arm/v7: build@linux/amd64 stage-2@linux/arm/v7~
FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .
FROM build AS test
RUN go test ./...
FROM gcr.io/distroless/static
COPY --from=build /app /app
RUN ["/app", "--self-check"]
