FROM --platform=linux/amd64 127.0.0.1:5055/busybox@sha256:b7816e714ea44cf6ef5c04668b408582fce53fba21041ae75a5bd04c214ba075 AS amd64_builder
WORKDIR /out
RUN uname -m > amd64_arch.txt

FROM --platform=linux/arm64 127.0.0.1:5055/busybox@sha256:30c5e3b1dc9a782a333e5859ba21c82799d0be47dab76df663f3f40bdf22c578 AS arm64_builder
WORKDIR /out
RUN uname -m > arm64_arch.txt

FROM --platform=linux/amd64 127.0.0.1:5055/busybox@sha256:b7816e714ea44cf6ef5c04668b408582fce53fba21041ae75a5bd04c214ba075 AS final_amd64
COPY --from=amd64_builder /out/amd64_arch.txt /artifacts/
COPY --from=arm64_builder /out/arm64_arch.txt /artifacts/

FROM final_amd64 AS final
ARG TARGETPLATFORM=linux/amd64
RUN echo "built for ${TARGETPLATFORM} on $(uname -m)" > /artifacts/built_on.txt
CMD ["cat", "/artifacts/amd64_arch.txt", "/artifacts/arm64_arch.txt", "/artifacts/built_on.txt"]
