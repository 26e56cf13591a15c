# A file that trips several of BuildKit's rules at once.
# platforms: linux/amd64
# expect: FromAsCasing@14
# expect: StageNameCasing@14
# expect: LegacyKeyValueFormat@15
# expect: SecretsUsedInArgOrEnv@16
# expect: MaintainerDeprecated@17
# expect: ConsistentInstructionCasing@18
# expect: ExposeProtoCasing@18
# expect: ExposeInvalidFormat@19
# expect: WorkdirRelativePath@20
# expect: UndefinedVar@21
# expect: MultipleInstructionsDisallowed@22
FROM alpine:3.20 as Runtime
ENV LANGUAGE en
ARG API_TOKEN
MAINTAINER someone@example.com
Expose 80/TCP
EXPOSE 8080:80
WORKDIR app
COPY conf/$CONFIG_NAME /etc/app/
CMD ["a"]
CMD ["b"]
