# Two builders pinned to different platforms FROM the same reference, as in the sample project.
# platforms: linux/amd64
# expect: SharedBaseAcrossPlatforms@7
# expect: FromPlatformFlagConstDisallowed@7
# expect: FromPlatformFlagConstDisallowed@9
# expect: CrossPlatformArtifact@12
FROM --platform=linux/amd64 busybox:1.36 AS one
RUN uname -m > /one
FROM --platform=linux/arm64 busybox:1.36 AS two
RUN uname -m > /two
FROM busybox:1.36
COPY --from=two /two /two
COPY --from=one /one /one
