# FROM final_$TARGETARCH without a stage for arm/v7, and TARGETARCH not declared globally.
# platforms: linux/amd64,linux/arm/v7
# expect: MissingStageForPlatform@7
# expect: UndeclaredPlatformArgInFrom@7
FROM alpine:3.20 AS final_amd64
FROM alpine:3.20 AS final_arm64
FROM final_${TARGETARCH}
