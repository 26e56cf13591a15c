# A constant --platform on the final image's base and an amd64-only builder whose binary lands in
# the arm64 image.
# platforms: linux/amd64,linux/arm64
# expect: FromPlatformFlagConstDisallowed@8
# expect: ConstantPlatformInFinalImage@10
# expect: CrossPlatformArtifact@11
# expect: FromPlatformFlagConstDisallowed@10
FROM --platform=linux/amd64 debian:12 AS tools
RUN apt-get update && apt-get install -y curl
FROM --platform=linux/amd64 debian:12-slim AS runtime
COPY --from=tools /usr/bin/curl /usr/bin/curl
