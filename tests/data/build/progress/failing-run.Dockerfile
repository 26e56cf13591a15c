FROM 127.0.0.1:5055/busybox@sha256:b7816e714ea44cf6ef5c04668b408582fce53fba21041ae75a5bd04c214ba075
RUN echo hello from run && echo to-stderr >&2
RUN echo about to fail; exit 3
