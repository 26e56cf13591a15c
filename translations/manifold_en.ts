<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Manifold::Binfmt</name>
    <message>
        <source>the magic is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mask is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a binfmt_misc handler: expected an enabled/disabled line and an interpreter line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Build</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown build engine &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use buildah, docker or podman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image %1 has no %2 image (it offers: %3). Building would fail with &quot;exec format error&quot; or &quot;Invalid ELF image&quot; as soon as a RUN step starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a base that is published for %1 (copy the full multi-arch index, e.g. skopeo copy --all), or drop %1 from --platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buildah is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: apt-get install buildah) or pick --engine docker|podman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 --version&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the buildah installation or pass --engine-path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildah builds locally only; %1 cannot go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --engine docker (DOCKER_HOST/context) or podman (connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podman is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: apt-get install podman) or pick --engine buildah|docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the podman installation or pass --engine-path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman reaches other machines through connections, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use podman:CONNECTION (see podman system connection list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read builder endpoint &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a DOCKER_HOST URL (ssh://host, unix:///path.sock, tcp://host:2376), context:NAME, builder:NAME or podman:CONNECTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile has no FROM instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Dockerfile with FROM &lt;image&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install QEMU user emulation with binfmt_misc (Debian/Ubuntu: apt-get install qemu-user-static binfmt-support; then update-binfmts --enable), or route %1 to a native builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; runs as %2 but this %3 host cannot run %2 binaries: no QEMU emulator is registered with binfmt_misc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 engine cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Dockerfile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the right file with -f or the right CONTEXT directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build context is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the directory the Dockerfile&apos;s COPY sources are relative to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build result cannot be tagged with a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use registry/repository:tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--push needs at least one -t reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -t registry/repository:tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the temporary directory is writable and has space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Build::BuildJob</name>
    <message>
        <source>planning and pinning base images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stage %2 runs as %3 under QEMU emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building %1 platform(s) with %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complete log of %1 is in the build result (--progress plain shows it live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushing images by digest, then the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the OCI layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builds on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builds on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Build::BuildPreparation</name>
    <message>
        <source>Make sure the temporary directory is writable and has space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Build::DockerEngine</name>
    <message>
        <source>The docker CLI is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker (with the buildx plugin) or pick --engine buildah|podman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Docker installation or pass --engine-path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker CLI %1 at %2 has no buildx plugin, so it cannot use BuildKit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the docker-buildx plugin, or point --engine-path at a Docker CLI older than 23 (e.g. /usr/bin/docker), or use --engine buildah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without buildx, Manifold exports images from the daemon with skopeo, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install skopeo (apt-get install skopeo) or the docker-buildx plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no Docker endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contexts with &quot;docker context ls&quot;, or give the daemon&apos;s address (ssh://host, unix:///path.sock) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without buildx, Manifold reaches another Docker daemon only through DOCKER_HOST, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the daemon&apos;s address (ssh://host or unix:///path.sock).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Build::IndexPublisher</name>
    <message>
        <source>The engine exported an index without an image for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the executor log; the engine built something other than the requested platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The engine attached %n attestation manifest(s) (BuildKit provenance/SBOM) to %1. In the index they are entries with platform unknown/unknown and the annotation vnd.docker.reference.type=attestation-manifest: signed-off metadata about how an image was built, not images to run. Runtimes skip them, but tools that take every index entry for a platform (docker manifest create, older registries and scanners) trip over them.</source>
        <translation>
            <numerusform>The engine attached %n attestation manifest (BuildKit provenance/SBOM) to %1. In the index they are entries with platform unknown/unknown and the annotation vnd.docker.reference.type=attestation-manifest: signed-off metadata about how an image was built, not images to run. Runtimes skip them, but tools that take every index entry for a platform (docker manifest create, older registries and scanners) trip over them.</numerusform>
            <numerusform>The engine attached %n attestation manifests (BuildKit provenance/SBOM) to %1. In the index they are entries with platform unknown/unknown and the annotation vnd.docker.reference.type=attestation-manifest: signed-off metadata about how an image was built, not images to run. Runtimes skip them, but tools that take every index entry for a platform (docker manifest create, older registries and scanners) trip over them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped as asked (--no-attestations): the index lists only the platform images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: a Docker manifest list cannot hold them (use the OCI index format to keep them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept next to the images they describe; pass --no-attestations to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Docker manifest list cannot list %1 (an OCI image manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the OCI index format (the default); every current registry and engine reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves %2, not the index just pushed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 platforms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write blob %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of the build result failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written does not match what was built; build again and check for concurrent writers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 verified (config platform, %3 layers scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not export an image for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the executor log; the export step may have failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported manifest does not match its digest %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Build::PlatformExecutor</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step exited with status %2; see the log above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 step exited with status %2; the image is unaffected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli</name>
    <message>
        <source>--build-arg &quot;%1&quot; is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --build-arg NAME=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target platforms, comma-separated (default: this host&apos;s platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a build argument (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build this stage instead of the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --format text, json or dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: manifold graph FILE [--platform P,...] [--build-arg K=V] [--target S] [--format text|json|dot]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not runnable here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not built</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::BuildCommand</name>
    <message>
        <source>The Dockerfile (default CONTEXT/Dockerfile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target platforms, comma-separated (default: this host&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the result registry/repository:tag (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a build ARG (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the images and the index to the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tag each platform&apos;s image (:amd64, :1.0-arm64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buildah, docker or podman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the engine&apos;s CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain (default) or json (one event per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk plain HTTP to this registry (repeatable; loopback always is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --push: the OCI layout to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executors running at once (default: one per platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oci (default) or docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN network mode; only &quot;host&quot; is passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep generated Dockerfiles and storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build context directory (default .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown progress mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use plain or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one build context can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--build-arg needs KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node needs PLATFORM=ENDPOINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: --node linux/arm64=ssh://arm-box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown index format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use oci or docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build one platform on another engine endpoint, e.g. natively on an arm64 machine: linux/arm64=ssh://arm-box or =unix:///run/other-docker.sock (Docker: DOCKER_HOST), =context:NAME (Docker context), =builder:NAME (buildx builder), =podman:CONNECTION (Podman remote). Repeatable; platforms without one build here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave provenance/SBOM attestation manifests (platform unknown/unknown) out of the index; engines that add them (buildx) are asked not to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::CatalogCommand</name>
    <message>
        <source>List the repositories of a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for N names per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give HOST[:PORT], e.g. 127.0.0.1:5000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::CompletionCommand</name>
    <message>
        <source>Print a bash or zsh completion script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bash or zsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shell &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: manifold completion bash|zsh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::CopyCommand</name>
    <message>
        <source>Copy an image or multi-arch index between registries and OCI layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy only these platforms (comma-separated); writes a new index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every platform (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop attestation manifests (SBOM, provenance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tag each platform image (:amd64, :arm64, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP / unverified TLS for the destination registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP / unverified TLS for the source registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected SRC and DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform and --all exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subset copy writes a new index, so it cannot go to a digest reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the destination a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source digest:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: only some platforms were copied, so the destination index is new and its digest differs from the source&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestations: %1 copied, %2 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blobs: %1 uploaded (%2 KiB), %3 mounted, %4 already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::Dispatcher</name>
    <message>
        <source>Usage: manifold [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, starts the Manifold studio (GUI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;manifold COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;manifold --help&apos; to list the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI options: [PROJECT|DOCKERFILE|FOLDER] [--sample] [--screenshot FILE [--view NAME]]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::GraphCommand</name>
    <message>
        <source>Show the per-platform stage graph of a Dockerfile (text, JSON or dot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::ImageCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR, oci:DIR[:REF], oci-archive:FILE[:REF], docker-archive:FILE[:REF], or a registry reference HOST/REPO[:TAG|@DIGEST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: manifold %1 PATH|REF [--json] [--platform P,P…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::ImageSourceResolver</name>
    <message>
        <source>The archive is neither an OCI archive (oci-layout) nor a `docker save` archive (manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with `skopeo copy ... oci-archive:FILE` or `docker save -o FILE IMAGE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OCI layout directory, an archive, or a supported reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a layout directory (oci:DIR[:TAG]), oci-archive:FILE[:TAG] or docker-archive:FILE[:REPO:TAG].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::InspectCommand</name>
    <message>
        <source>Scan the layers: binaries by machine, whiteouts, sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --layers: list every file (capped) in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these platforms (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no binaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root:      %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index:     %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform image(s)</source>
        <translation>
            <numerusform>%n platform image</numerusform>
            <numerusform>%n platform images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s)</source>
        <translation>
            <numerusform>%n attestation</numerusform>
            <numerusform>%n attestations</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n whiteout(s)</source>
        <translation>
            <numerusform>%n whiteout</numerusform>
            <numerusform>%n whiteouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opaque dir(s)</source>
        <translation>
            <numerusform>%n opaque dir</numerusform>
            <numerusform>%n opaque dirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe path(s)</source>
        <translation>
            <numerusform>%n unsafe path</numerusform>
            <numerusform>%n unsafe paths</numerusform>
        </translation>
    </message>
    <message>
        <source>(list truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestations (BuildKit provenance/SBOM; not platforms, never run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), %1 uncompressed</source>
        <translation>
            <numerusform>%n entry, %1 uncompressed</numerusform>
            <numerusform>%n entries, %1 uncompressed</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an image&apos;s platforms, configs and layers (registry, OCI layout, OCI or docker archive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::LintCommand</name>
    <message>
        <source>The Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target platforms, comma-separated (default: this host&apos;s platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a build argument (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for this target stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print findings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: manifold lint FILE [--platform P,...] [--build-arg K=V] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Dockerfile: BuildKit&apos;s build checks and multi-arch pitfalls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::LoginCommand</name>
    <message>
        <source>expected one registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give HOST[:PORT], e.g. ghcr.io or 127.0.0.1:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store registry credentials in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password (or token) from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store without checking the credentials against the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give -u USER and --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password on standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login succeeded; credentials for %1 are in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::LogoutCommand</name>
    <message>
        <source>Remove registry credentials from the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed credentials for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::Output</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::ParseCommand</name>
    <message>
        <source>Parse a Dockerfile and show its syntax tree and syntax errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile to parse (&apos;-&apos; reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print BuildKit&apos;s parser dump format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the syntax tree with ranges as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: manifold parse FILE [--dump] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s)</source>
        <translation>
            <numerusform>%n instruction</numerusform>
            <numerusform>%n instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::PlatformsCommand</name>
    <message>
        <source>Show which platforms this host runs natively, emulated, or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read binfmt_misc handlers from DIR (default /proc/sys/fs/binfmt_misc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these platforms (comma-separated, e.g. linux/arm64,linux/arm/v7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted, enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>binfmt_misc: %1 %2, %n handler(s)</source>
        <translation>
            <numerusform>binfmt_misc: %1 %2, %n handler</numerusform>
            <numerusform>binfmt_misc: %1 %2, %n handlers</numerusform>
        </translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::RegistryCli</name>
    <message>
        <source>Allow plain HTTP and unverified TLS for the registry HOST[:PORT] (repeatable). Loopback registries may use HTTP without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE for HOST (HOST=FILE, repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending credentials to the registry HOST[:PORT] over plain HTTP, unencrypted (repeatable; needs --insecure HOST too). Loopback needs neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was used over insecure (plain HTTP): the traffic was not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates of %1 are verified against %2 (--ca-cert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates of %1 are NOT verified and plain HTTP is allowed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::RegistryCommand</name>
    <message>
        <source>Run a local registry: up, down, restart, status, logs, detect, trust, mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>htpasswd (user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (CA %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default 5002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage directory (persistent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable manifest/blob deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with a generated CA and certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra certificate name (default: this host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary, docker or podman (default: the first usable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown runtime &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use binary, docker or podman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: `manifold registry trust` shows what Buildah, Podman and Docker need to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the local registry (its storage is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the local registry with its recorded settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the local registry&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the registry&apos;s last log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lines (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find registries answering on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also probe this port (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not push a test index to check index support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad port &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry answers on 127.0.0.1 ports probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port taken by %1, no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (or, with --write, apply) the configuration each engine needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buildah, podman or docker (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files (needs permission on /etc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT (default: the managed registry, or localhost:5002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write below this root instead of / (testing, images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown engine &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use buildah, podman or docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a multi-arch image (oci:DIR[:TAG], oci-archive:FILE[:TAG] or a registry reference) into the local registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker://HOST/REPO:TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these platforms (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag each platform &lt;tag&gt;-&lt;arch&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the index under &lt;tag&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination REPO[:TAG] (optionally HOST:PORT/REPO[:TAG]); default: the source&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror needs one SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local registry to mirror into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one with `manifold registry up`, or give --to HOST:PORT/REPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blobs uploaded (%2 bytes), %3 already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifold registry: unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: manifold registry &lt;action&gt; [options]

Actions:
  up       start the local registry (default localhost:5002)
  down     stop it (storage is kept); --forget also deletes its password and settings
  restart  stop and start with the same settings
  status   running/stopped/crashed, pid, port, url, storage, auth, tls, uptime
  logs     the registry&apos;s last log lines
  detect   registries answering on 127.0.0.1 (5000, 5001, 5002) and whether they take indexes
  trust    configuration Buildah, Podman and Docker need to use it
  mirror   copy a multi-arch base image into it, as an index and/or per-arch tags

Run `manifold registry &lt;action&gt; --help` for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (image %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require this user (bcrypt htpasswd). The password comes from --password-stdin or MANIFOLD_REGISTRY_PASSWORD, or is generated; it goes to the keychain, never to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry image for docker/podman, present locally (default: MANIFOLD_REGISTRY_IMAGE or registry:2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the password in, or leave out --password-stdin to have one generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: in the keychain (service %1, key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated password (shown once): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the registry: its keychain password and settings (the storage stays unless --delete-storage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --forget: delete the storage (the images) too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delete-storage needs --forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the registry was not left running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials: withheld - %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::StudioLauncher</name>
    <message>
        <source>cannot start the studio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the studio next to manifold (it ships in the same package; in a build tree, build the manifold-studio target), or run a command: manifold --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing or not executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::TagsCommand</name>
    <message>
        <source>List the tags of a registry repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:5000/busybox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for N tags per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::VerifyCommand</name>
    <message>
        <source>Check that an image&apos;s platforms, configs and binaries agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms the image must provide (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not explain what this host would run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the layer scan (no binary checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: %1 (single-platform manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Dockerfile</name>
    <message>
        <source>too many check config parts in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write # check=skip=A,B;error=true;experimental=C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to parse check config error value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use error=true or error=false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid check config key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid keys: skip, error, experimental.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take --%2; remove it or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate flag specified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --%1 once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expecting boolean value for flag %1, not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --%1 or --%1=true / --%1=false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing a value on flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write --%1=&lt;value&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no build stage in current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ARG may come before the first FROM; move %1 into a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to process &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ${...} syntax and quotes; escape a literal $ as \$.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &apos;%1&apos; should match the case of the command majority (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; keywords&apos; casing do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &apos;%1&apos; in the same case as &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name &apos;%1&apos; should be lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the stage to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name should not use the same name as reserved stage &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another stage name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate stage name &quot;%1&quot;, stage names should be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename one of the stages; COPY --from and FROM use the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple %1 instructions should not be used in the same stage because only the last one will be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all but the last %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use ARG or ENV instructions for sensitive data (%1 &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass it with RUN --mount=type=secret,id=%1 so it stays out of the image history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON arguments recommended for %1 to prevent unintended behavior related to OS signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 [&quot;executable&quot;, &quot;arg&quot;] so the process receives signals directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintainer instruction is deprecated in favor of using label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LABEL org.opencontainers.image.authors=&quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 key=value&quot; should be used instead of legacy &quot;%1 key value&quot; format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 %2=&quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative workdir &quot;%1&quot; can have unexpected results if the base image changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an absolute path, e.g. WORKDIR /%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPOSE instruction should not define an IP address or host-port mapping, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPOSE only the container port (EXPOSE %1); map host ports with docker run -p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined protocol &apos;%1&apos; in EXPOSE instruction should be lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting platform to predefined %1 in FROM is redundant as this is the default behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --platform=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM --platform flag should not use constant value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --platform=$BUILDPLATFORM for build tools or drop the flag so the stage follows the target platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM argument &apos;%1&apos; is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM argument &apos;%1&apos; is not declared (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare it before the first FROM: ARG %1=&lt;default&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos; (did you mean $%2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare it in the stage with ARG %1 (automatic platform ARGs are not visible inside a stage until declared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare it with ARG %1 or ENV %1=&lt;value&gt; earlier in the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value for ARG %1 results in empty or invalid base image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the global ARG a default that makes a valid image reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 of the final image is pinned to %2, so the %3 image is built from a %2 base and will fail with &quot;exec format error&quot; on %3 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the constant --platform from the final image&apos;s FROM (or use $TARGETPLATFORM) so each target gets its own base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from=%1 puts files built for %2 into the %3 image; binaries among them fail with &quot;exec format error&quot; there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 with FROM --platform=$BUILDPLATFORM and cross-compile for $TARGETARCH, or let it follow the target platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN in stage %1 compiles with %2 under QEMU emulation of %3 on this %4 host; emulated compilers are often 5-20x slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-compile instead: FROM --platform=$BUILDPLATFORM ... AS %1, then ARG TARGETOS TARGETARCH and build for them (e.g. GOOS=$TARGETOS GOARCH=$TARGETARCH go build, cargo build --target, a cross gcc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM uses $%1 without a global ARG %1: BuildKit provides it, but Buildah and Podman leave it empty, so the base name changes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;ARG %1&quot; before the first FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image %1 is pulled for %2 within one build; Buildah and Podman keep one local image per name, so a stage can run on the variant pulled for the other platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin each FROM to a per-platform digest (%1@sha256:...), or build with BuildKit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM requires either one or three arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write FROM &lt;image&gt; [AS &lt;name&gt;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second word must be AS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid name for build stage: &quot;%1&quot;, name can&apos;t start with a number or contain symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires at least two arguments, but only one was provided. Destination could not be determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; doesn&apos;t support variable expansion, define alias stage instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a stage FROM ${VAR} AS name and mount from=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARG names can not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARG requires at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaining ONBUILD via `ONBUILD ONBUILD` isn&apos;t allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported mount type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of type=bind, cache, tmpfs, secret or ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the field as key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported sharing value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sharing=shared, private or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid keys: type, from, source, target, id, sharing, mode, uid, gid, readonly, required, env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount type %1 requires a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target=/path to the --mount value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Dockerfile has no FROM instruction, so there is nothing to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add FROM &lt;image&gt; (or FROM scratch) before the build steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base name (%1) should not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ARG used in FROM a default value or pass --build-arg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to parse platform %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use os/arch[/variant], e.g. --platform=$BUILDPLATFORM or linux/arm64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM %1 resolves to &quot;%2&quot; for %3, but no stage is named &quot;%2&quot; (stages matching: %4); BuildKit would try to pull an image called &quot;%2&quot; and the build fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage FROM ... AS %1, or drop %2 from the --platform list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add FROM ${VAR} AS source-stage and use --from=source-stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid stage index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from=&lt;n&gt; must name an earlier stage (0 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy from stage &quot;%1&quot;, it needs to be defined before current stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the stage &quot;%1&quot; above this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target stage &quot;%1&quot; could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a stage with FROM &lt;image&gt; AS &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages in this file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the loop of FROM / COPY --from references.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Dockerfile::Parser</name>
    <message>
        <source>cannot read the Dockerfile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the path exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON strings need double quotes, not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing &apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the elements are not separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arguments look like a JSON array but %2; BuildKit uses the shell form instead and runs the text through a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a valid JSON array of double-quoted strings, e.g. [&quot;/app&quot;, &quot;--flag&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONBUILD instructions nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONBUILD takes one ordinary instruction, e.g. ONBUILD RUN make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty instruction: a line continuation is followed by nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the trailing &apos;%1&apos; or add the rest of the instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of FROM, RUN, COPY, ADD, ENV, ARG, LABEL, WORKDIR, USER, EXPOSE, VOLUME, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, STOPSIGNAL, ONBUILD, MAINTAINER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &apos;%1&apos; with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when using JSON array syntax, arrays must be comprised of strings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote every element of the array, e.g. [&quot;echo&quot;, &quot;1&quot;], or use the shell form without brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have two arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a value: %1 %2=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error - can&apos;t find = in %1. Must be of the form: name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every %1 entry as name=value, quoting values that contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file with no instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least a FROM instruction, e.g. FROM alpine:3.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the delimiter as one plain or quoted word, e.g. &lt;&lt;EOF or &lt;&lt;&apos;EOF&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &quot;%1&quot; closes the here-document opened here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the body with a line containing only %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one %1 parser directive can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line; the first &apos;# %1=&apos; directive applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape token &apos;%1&apos; does not match ` or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;# escape=\&apos; (the default) or &apos;# escape=`&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty continuation line found in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty line(s) %1 inside the continued instruction, or put a comment on them; empty continuation lines will become errors in a future release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerfile line greater than max allowed size of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the line with &apos;%1&apos; continuations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::HostProbe</name>
    <message>
        <source>install QEMU user emulation: sudo apt-get install qemu-user-static binfmt-support (Fedora: sudo dnf install qemu-user-static), then sudo update-binfmts --enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native (in the container VM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native (compatibility mode of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the CPU implements AArch32 at EL0; Apple Silicon and many recent arm64 server CPUs do not, and then need QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binfmt_misc is not mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo mount -t binfmt_misc binfmt_misc %1, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (flags %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handler lacks the F (fix-binary) flag: the emulator is looked up inside each container, so builds fail with &quot;exec format error&quot; or &quot;no such file&quot;; re-register it with F (reinstall qemu-user-static, or docker run --privileged --rm tonistiigi/binfmt --install all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interpreter %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered but disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo update-binfmts --enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo 1 | sudo tee %1/status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no emulator registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Desktop and Podman machine include QEMU/Rosetta: enable &quot;Use Rosetta for x86/amd64 emulation&quot; or run: docker run --privileged --rm tonistiigi/binfmt --install all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::LocalRegistry</name>
    <message>
        <source>The registry&apos;s CA certificate cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the registry with --tls first; it writes the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read Docker&apos;s daemon.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with permission to read it (sudo), or add &quot;%1&quot; to insecure-registries by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s daemon.json is not a valid JSON object (%1 at offset %2); Manifold will not overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file, then run the trust step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock or start the system keychain (on Linux a Secret Service such as gnome-keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not push a test blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not push a test image manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local registry state file is not valid (runtime or port missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop any registry still running on the recorded port by hand, then delete the file and run `manifold registry up` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write TLS material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker trusts this CA for %1 (read per connection, no restart needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow plain HTTP to %1 (existing settings kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker already treats 127.0.0.0/8 as insecure, so localhost usually works without this; the entry makes it explicit and covers a host name that resolves elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Desktop (macOS/Windows): put the same setting in Settings &gt; Docker Engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trusts this CA for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rootless alternative: ~/.config/containers/certs.d/%1/ca.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Generated by Manifold: the local registry at %1 speaks plain HTTP.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow plain HTTP to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rootless alternative: ~/.config/containers/registries.conf.d/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per command instead: --tls-verify=false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run these commands as an administrator:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; cannot be used for htpasswd auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a non-empty name without &apos;:&apos; or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a password (bcrypt hashes at most its first 72 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcrypt cannot make a bcrypt ($2y$) salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install libxcrypt (Debian: libcrypt1), which supports bcrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcrypt cannot hash the password with bcrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the htpasswd file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirroring from &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an OCI layout (oci:DIR[:TAG]), an archive (oci-archive:FILE[:TAG]) or a registry reference (docker://HOST/REPO:TAG); without registry access, copy it into a layout first: skopeo copy --all docker://IMAGE oci:DIR:TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source image to mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push: neither an index nor per-arch tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for --index, --per-arch-tags, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed index %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the registry password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registry password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the registry password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process Manifold cannot see (another user, a container proxy or another namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port (port %1 is free: --port %1) or stop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another port or stop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the TLS directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate the CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate the server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign the server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused a %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was accepted but cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 read back differs from what was pushed (%2, media type %3): the registry rewrites it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts a %1 and returns it unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion is off, the test list stays in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested: the registry requires credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the CNCF distribution registry (its --version says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no `registry` or `docker-registry` binary on PATH (Debian/Ubuntu: apt install docker-registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker daemon is not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image %1 is not present locally and Manifold does not pull it (run `%2 pull %1` yourself to use this runtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 runtime cannot run the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runtime can run the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Debian&apos;s docker-registry package (apt install docker-registry), or make the registry:2 image available to Docker or Podman, or name another local registry image (`manifold registry up --image IMAGE` or MANIFOLD_REGISTRY_IMAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate of 127.0.0.1:%1 could not be verified (%2), so the credentials were not sent. Give the registry&apos;s CA certificate (or trust it system-wide) and detect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested: the registry requires credentials, which were withheld (TLS not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested: the registry refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::LocalRegistry::LocalRegistryManager</name>
    <message>
        <source>Cannot record the registry&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 has exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 is no longer the registry (pid reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local registry has been started here (state file %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serving %2 (pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1 serving %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; storage kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry is no longer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local registry has been started here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one with `manifold registry up`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry wrote nothing; run `%1 serve %2` by hand to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last log lines:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the registry configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is executable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run containers on this machine&apos;s hybrid cgroup hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install runc (apt install runc) so Manifold can use it instead of crun, boot with a unified cgroup v2 hierarchy, or use the binary runtime (apt install docker-registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start the registry container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said: %2
Run the binary runtime instead (apt install docker-registry; `manifold registry up --runtime binary`), or fix the engine so `%3 run --rm %4 --version` works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local registry already runs at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it first with `manifold registry down`, or use it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking runtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be used for the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port such as 5002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing storage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage directory cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory you own (--storage DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the registry&apos;s directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing htpasswd for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1 and no htpasswd entry exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password (--password-stdin on the CLI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the registry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ready at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer on %1 after %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry (pid %1) did not stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill it by hand: kill -9 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry container did not stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local registry does not require a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with `manifold registry up --htpasswd USER` to require one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the registry&apos;s storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it by hand (a container may have written files as root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being started by process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry start was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left running; start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start interrupted in process %1 left nothing running; its files were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local registry is being started by process %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Oci</name>
    <message>
        <source>Content of %1 has %2 bytes, its descriptor declares %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image store is incomplete; copy or save the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit for this kind of content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content is not what its descriptor claims, or it must be streamed to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is labelled %1 but contains %2 %3 (%4) binaries; they fail with &quot;exec format error&quot; on %1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it contains no %1 binaries at all, so it is mislabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild this platform with `--platform %1` (the build stage must produce %1 binaries; with cross-compilation, use $TARGETARCH, not $BUILDARCH), or label the image %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image contains %2 %3 binaries; they run only where the kernel supports %3 (32-bit compatibility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer %1 builds of these programs; some hosts (many arm64 servers, Apple Silicon VMs) lack 32-bit support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 files sit in cross-toolchain or data paths; they are not run directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 files are present (not runnable by a Linux container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image config declares %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild with a valid --platform (e.g. linux/amd64, linux/arm64, linux/arm/v7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index says %1 but the image config says %2; runtimes pick by the index and then run a %2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the index from the images&apos; own configs (`docker buildx imagetools create`), or rebuild the entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is a single-platform image (%1), not a multi-platform index with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a multi-platform index: build with `--platform %1` and push, or copy the original with `skopeo copy --all` / `docker buildx imagetools create`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has no %1 image (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every platform (`skopeo copy --all`, `crane copy`, `docker buildx imagetools create`) or rebuild with `--platform` including %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (platform unknown/unknown) is a BuildKit attestation manifest (provenance/SBOM) for %2; runtimes never pick it and it is not a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`docker manifest create` and some older tools reject indexes with attestations: use `docker buildx imagetools create`, or build with `--provenance=false --sbom=false` if you must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-platform image; runs natively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-platform %1 image; docker warns that the platform does not match and runs it under emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (%1) runs the %2 image only through emulation (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a multi-platform index that includes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-platform %1 image; this host fails with &quot;exec format error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (%1) cannot run the %2 image: &quot;exec format error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install QEMU user emulation (`docker run --privileged --rm tonistiigi/binfmt --install all`) or publish a %1 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a runtime on this host picks %1 (%2) and runs it natively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry matches %1: `docker run` without --platform fails with &quot;no matching manifest&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --platform %1 a runtime picks %2 and runs it under emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has no image this host (%1) runs natively; only emulated platforms are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 image to the index (build with `--platform` including it), or run with an explicit --platform under emulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the index runs on this host (%1), natively or emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 image, or install QEMU user emulation for one of the image&apos;s platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 has %2 bytes, its descriptor declares %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob is truncated or replaced; copy the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the directory exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the parent directory is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor has no mediaType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every descriptor needs a mediaType such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor has no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sha256 digest of the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor has no valid size (a non-negative integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the content&apos;s size in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor&apos;s data field is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the data field or encode the content as base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digest is &quot;sha256:&quot; followed by 64 lowercase hex digits (or &quot;sha512:&quot; and 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a digest: it has no algorithm prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest algorithm &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sha256 or sha512 digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest: expected %3 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of %1 is larger than the %2 bytes its descriptor declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source serves different content than its manifest describes; re-push or re-pull the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is truncated or the descriptor is wrong; fetch it again or fix the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content digest %1 does not match the expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is corrupt or was replaced; fetch it again from a trusted source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a `docker save` archive: manifest.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with `docker save -o FILE IMAGE`; for OCI archives use oci-archive:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a non-empty JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged; save the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image entry has no Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 listed in manifest.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is incomplete; save the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image named &quot;%1&quot; in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untagged images only; use the config digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest %1 in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a tag of this archive first; docker archives only have synthesized manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blob %1 in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 bytes, over the %3-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries and runtimes refuse documents this large; split the image or drop entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is damaged or is not a %1; fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is not a %1; check the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and is a tar archive (docker save, skopeo copy oci-archive:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or copy the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path; create one with `docker save -o FILE IMAGE` or `skopeo copy ... oci-archive:FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image config has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image config declares os and architecture; rebuild the image or fix the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, which is neither an image nor an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect an image reference; artifacts are listed by their subject&apos;s index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index&apos;s schemaVersion must be 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;schemaVersion&quot;: 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index&apos;s mediaType is %1 but %2 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor or Content-Type that points here is wrong, or the content was swapped; fix the referring descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has no mediaType and none was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;mediaType&quot;: &quot;%1&quot; to the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an image manifest, not an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse it as an image manifest (a single-platform image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported index media type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has no manifests array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;manifests&quot;: [] listing the platform manifests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation %1 refers to %2, which is not in this index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the attestation together with the image it describes, or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Docker manifest list contains another index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker manifest lists can only list image manifests; use an OCI index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has no platform; runtimes pick it only as a last resort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform object (os, architecture, variant) to the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has an invalid platform %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the platform to one runtimes understand (e.g. linux/arm64/v8, linux/arm/v7, linux/amd64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform %1 appears twice (entries %2 and %3); runtimes always pick the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one entry per platform; rebuild or recreate the index without the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer is not a (gzip/zstd-compressed) tar, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-push the image with a current client (docker push, skopeo copy) to get a schema 2 / OCI manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s schemaVersion must be 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s mediaType is %1 but %2 was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no mediaType and none was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;mediaType&quot;: &quot;%1&quot; to the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an index, not an image manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse it as an index (it lists platform manifests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported manifest media type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no config descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image manifest needs a config descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no layers array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;layers&quot;: [] (an artifact may have the empty descriptor as its only layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config is the empty descriptor but the manifest has no artifactType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set artifactType so tools can tell what this artifact is (image-spec 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Docker schema 2 manifest lists an OCI layer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Docker daemons refuse mixed manifests; push with OCI media types throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has media type %2, which runtimes cannot unpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 (or +gzip/+zstd) for filesystem layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCI layout directory does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path; create a layout with `skopeo copy docker://IMAGE oci:DIR:TAG`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an OCI image layout: oci-layout is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point to a directory or archive written by skopeo, buildah, umoci or `docker save` (Docker 25+).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported imageLayoutVersion &quot;%1&quot; in oci-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifold reads image layout version 1.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout holds %1 images and none is tagged latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest %1 in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 is not a manifest or index (media type &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference a manifest or index digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob %1 does not match its digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is corrupt; copy the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image named &quot;%1&quot; in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is %1 bytes, over the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries and runtimes refuse manifests this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target exists and is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another path or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target directory is not empty and is not an OCI layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty or new directory; Manifold never replaces other content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create blobs/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy existing blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fsync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin() was not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index.json lists %1 but its blob was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every manifest before committing the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the existing layout atomically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Platform</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than three parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the os.version in parentheses is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 (&quot;%2&quot;) must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known operating system nor a known architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operating system &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no platform given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the os is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the architecture is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; has no variants, but &quot;%2&quot; is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variant of %2 (expected one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid platform &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected os/arch[/variant], e.g. linux/amd64, linux/arm64/v8 or linux/arm/v7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::BlobConnection</name>
    <message>
        <source>no data moved for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an invalid HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before its answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::Credentials</name>
    <message>
        <source>cannot read the Docker configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker configuration is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the file; `docker login` rewrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;auth&quot; entry for %1 is not base64 of user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again with `manifold login %1` or `docker login`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it, or remove it from credsStore/credHelpers in the Docker configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain the helper uses, or check the helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 printed no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure a Secret Service keyring (GNOME Keyring, KWallet) is running and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read credentials from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store credentials in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove credentials from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::ImageCopier</name>
    <message>
        <source>resolving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has none of the requested platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not an image or index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1 blobs at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a staging directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index nests indexes deeper than %1 levels (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the inner index by its digest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source image has no %1; it has only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from a source that has every platform you need (for example the upstream multi-arch tag), or ask only for the platforms listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading manifests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::ImageReference</name>
    <message>
        <source>the image reference is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reference such as busybox:latest or 127.0.0.1:5000/app:1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image reference has no URL scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the scheme: write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 64-character hexadecimal string is an image ID, not a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a repository with a digest: name@sha256:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag after &quot;:&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag (e.g. :latest) or remove the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags use letters, digits, _, . and - (at most 128, not starting with . or -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests look like sha256:&lt;64 hexadecimal digits&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported digest algorithm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a sha256 or sha512 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 digest has %2 lowercase hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the digest exactly as the registry printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a repository without tag or digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the tag or digest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid registry host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the registry as host[:port], e.g. ghcr.io or 127.0.0.1:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference names no repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a repository after the registry, e.g. %1/team/app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must be lowercase: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;%1&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository path has an empty component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the doubled or trailing &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid repository path component &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path components use a-z, 0-9 and single separators (., _, __, -), and start and end with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the repository path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::RegistryClient</name>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 serves plain HTTP, mark it insecure (--insecure / MANIFOLD_INSECURE_REGISTRIES=%1); Manifold never downgrades to HTTP on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a PEM file with the CA certificate of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests over 4 MiB are refused; check that the reference names a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry address and that it is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry names an unusable token service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token services must use https (http only for loopback or insecure registries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service refused the credentials for %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password: manifold login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first: manifold login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires authentication but offers no supported scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifold supports Basic and Bearer token authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry or its storage redirects in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing a redirect from https to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry redirected to an insecure URL; report it to its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires authentication (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name, password and access rights: manifold login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first: manifold login %1 (or docker login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the repository and the tag or digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not allow this operation (deletes are often disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry rate-limited Manifold; wait and try again, or log in for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve the registry API v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and port: is it a container registry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests over 4 MiB are refused (registries reject them too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch the manifest (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry sent Content-Type %1 for a %2 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry serves inconsistent metadata; report it to its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild or re-push the image with a current tool (schema 2 or OCI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest&apos;s digest is %1, not the %2 asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry or a proxy altered the content; do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry says %1 but the body hashes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the manifest (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries reject manifests over 4 MiB; split the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot push the manifest (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry stored the manifest as %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry rewrote the manifest; references by digest would break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletes need a digest, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the tag first and delete by digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the manifest (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the blob (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry sends %1 bytes, the descriptor says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blob is %1 bytes, over the %2 byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch large blobs to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch the blob (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the downloaded blob into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start an upload (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry opened an upload without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused an upload chunk (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused the upload (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s next-page link points to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the misconfigured registry to its operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list referrers (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send the credentials for %1 over insecure (plain HTTP): anyone on the network could read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the registry over TLS (https). If this network is trusted, allow it explicitly with --allow-plain-http-credentials %1 (or MANIFOLD_PLAIN_HTTP_CREDENTIALS=%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest&apos;s subject &quot;%1&quot; is not a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the subject descriptor of the pushed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referrers tag holds a %1, not an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tool used the tag %1; remove or rename it so referrers can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the progress of the upload (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry keeps refusing the byte range of the upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, report it to the registry&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry reports %1 bytes received of a %2 byte blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; the upload session is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the blob to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust its CA for this registry (--ca-cert %1=FILE), or, for a test registry only, mark it insecure (--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust its CA for that host (--ca-cert %1=FILE), or, for a test host only, mark it insecure (--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1). Trust given to the registry never extends to other hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service of %1 is %2, and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2, and %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::RegistryContentSource</name>
    <message>
        <source>%1 is a %2, not an image manifest or index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::BuildLogView</name>
    <message>
        <source>Search log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CACHED </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::BuildSession</name>
    <message>
        <source>Building from the window needs the build engine (core/build BuildJob), which this build of Manifold does not include yet. Use `manifold build` in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `manifold build` instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ConfigModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>  (no layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer diff IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::DiagnosticsModel</name>
    <message>
        <source>lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::DiagnosticsView</name>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::FindingsModel</name>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::GuiApplication</name>
    <message>
        <source>A Manifold project or a Dockerfile to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the view to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample project: one Dockerfile built for linux/amd64 and linux/arm64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ImageSourceOpener</name>
    <message>
        <source>Nothing to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a registry reference, or choose an OCI layout folder or an image archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reference such as 127.0.0.1:5000/busybox:latest, or the path of an OCI layout or archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to inspect at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or enter a registry reference such as 127.0.0.1:5000/busybox:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not an OCI image layout (no oci-layout file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds oci-layout, index.json and blobs/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ImageTreeModel</name>
    <message>
        <source>Cannot read the layer blob: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file permissions of the image layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or set TMPDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestation (provenance/SBOM), not runnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host runs it natively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host runs it emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 binaries</source>
        <translation>
            <numerusform>%n file, %1 binaries</numerusform>
            <numerusform>%n files, %1 binaries</numerusform>
        </translation>
    </message>
    <message>
        <source>runs in compatibility mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign architecture: exec format error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>A BuildKit attestation manifest (provenance or SBOM) with platform unknown/unknown. Runtimes skip it; `docker manifest create` and older tools fail on indexes that contain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
            <numerusform>%n platforms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (layers %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform / Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::LanguageMenu</name>
    <message>
        <source>System Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifold now uses %1. Dialogs opened from now on use it; the main window changes completely after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::LocalRegistryWizard</name>
    <message>
        <source>Local Registry Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries already answering on loopback ports. Manifold sets up its own next to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing ports %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — registry (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — something else answers (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, requires login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies) found. Continue to set up Manifold&apos;s managed registry.</source>
        <translation>
            <numerusform>%n registry found. Continue to set up Manifold&apos;s managed registry.</numerusform>
            <numerusform>%n registries found. Continue to set up Manifold&apos;s managed registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry answers on these ports. Continue to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the registry runs: the distribution binary as a supervised process, or the registry:2 image in Docker or Podman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for registry runtimes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable runtime: %1
Install docker-registry (Debian) or pull registry:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry listens on 127.0.0.1 only. Engines reach it as localhost:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is taken by %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where blobs and manifests are kept; it survives restarts and stopping the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow deleting manifests (needed to clean up tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are optional on a loopback-only registry; TLS avoids marking it insecure in every engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a user name and password (htpasswd, bcrypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with a generated certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the registry and waiting until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes a tiny image and an index, reads them back and deletes them: the registry must accept multi-platform indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers as a registry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not answer as a registry (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts multi-platform indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects indexes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting manifests works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting manifests is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each engine needs to push to and pull from the registry. Apply writes the files (needs permission), or run the script yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Then run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror base images (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a base image with every platform, so builds for arm64 and amd64 both find it locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.io/library/python:3.12-slim, or an OCI layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the multi-platform index (same digest as the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also push per-arch tags (&lt;tag&gt;-amd64, &lt;tag&gt;-arm64 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirroring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blob %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored into %1: tags %2; %3 blobs uploaded, %4 already there.%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The index keeps the source digest %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirroring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: stopping the registry and removing what was set up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::MainWindow</name>
    <message>
        <source>Manifold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to stage (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Dockerfile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Build Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platforms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Manifold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to &amp;Registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Registry Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine that runs the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample project is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MANIFOLD_SAMPLES_DIR to a copy of resources/samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Dockerfile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path in the project, or open the Dockerfile directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the Dockerfile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check permissions and free space; your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifold projects (*.manifold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project: choose its Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile *.Dockerfile Containerfile *);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Manifold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Manifold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Manifold %1&lt;/h3&gt;&lt;p&gt;A studio for building and inspecting multi-architecture container images.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the project for the selected platforms (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry the project pushes to; tags and build arguments naming the previous registry follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has no Dockerfile and no Manifold project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder has several Manifold projects and no Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Dockerfile or the project file itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ManifestInspector</name>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Layout or Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty-print (not the digested bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry reference (127.0.0.1:5000/app:latest), OCI layout folder or image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading manifests and configs: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading layer %1: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an OCI Layout or Image Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI layout index (index.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index lists one manifest per platform; a runtime picks the entry that matches its machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation manifest (platform unknown/unknown): BuildKit stores provenance and SBOM statements here (`docker buildx build` adds them by default). Runtimes skip it, but `docker manifest create` and older registries/tools reject an index that contains it: use `docker buildx imagetools create`, or build with --provenance=false --sbom=false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the layer to list its files and the architecture of each binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (%1) would run %2 (%3) natively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (%1) would run %2 (%3) through emulation (QEMU): expect it to be slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (%1) cannot run this %2 image: &quot;exec format error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing platform: this tag has no %1 image (it has %2). `docker pull`/`run` here fails with &quot;no matching manifest&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --platform %1 it runs under emulation (slow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: copy every platform of the original (`skopeo copy --all`, or the Mirror dialog) or rebuild with --platform including %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host (%1) has no matching entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::MirrorDialog</name>
    <message>
        <source>List Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy attestations (provenance/SBOM) of the chosen platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tag each platform (:amd64, :arm64 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.io/library/python:3.12-slim, or an OCI layout / archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1:5000/library/python:3.12-slim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
            <numerusform>%n platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attestation(s)</source>
        <translation>
            <numerusform>, %n attestation</numerusform>
            <numerusform>, %n attestations</numerusform>
        </translation>
    </message>
    <message>
        <source>. Copying all of them keeps the source digest; a subset gets a new index digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-platform image: it is copied as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some platforms were copied, so the destination index has a new digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) left out.</source>
        <translation>
            <numerusform>%n attestation left out.</numerusform>
            <numerusform>%n attestations left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PlatformsDialog</name>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing this host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>binfmt_misc mounted, %n handler(s)</source>
        <translation>
            <numerusform>binfmt_misc mounted, %n handler</numerusform>
            <numerusform>binfmt_misc mounted, %n handlers</numerusform>
        </translation>
    </message>
    <message>
        <source>binfmt_misc is not mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 (%2). %3 native, %4 by QEMU emulation. %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PlatformsModel</name>
    <message>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulated (QEMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::Project</name>
    <message>
        <source>The project was written by a newer Manifold (format %1, this one reads %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Manifold to open this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project names no Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;dockerfile&quot;: &quot;Dockerfile&quot; to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;buildArgs&quot; must be an object of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {&quot;NAME&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build argument &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote the value of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the JSON at that offset or recreate the project with File ▸ New Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the project with File ▸ New Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the project: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space and permissions; the previous file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as [&quot;linux/amd64&quot;, &quot;linux/arm64&quot;] or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote every entry of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PushPlanModel</name>
    <message>
        <source>upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount (same registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip (already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PushProgressModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PushWizard</name>
    <message>
        <source>Push to Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to push: every platform of the image is pushed, with its index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last build&apos;s OCI layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local OCI layout folder or image archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/layout[:tag] or image.tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image in a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.io/library/alpine:3.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OCI Layout Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry and repository to push to, and the tags to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1:5000, ghcr.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team/app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tag each platform (:amd64, :arm64, :arm-v7 …) for tools that cannot pick from an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 128, not starting with &apos;.&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to log in to the destination registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use stored credentials (Manifold&apos;s keychain, then Docker&apos;s config and helpers), or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a user name and password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be pushed; blobs the registry already has are skipped, blobs in another repository of the same registry are mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source and asking the destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no build yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2/%3 (tags: %4)
Platforms: %5%6
Blobs: %7 to upload (%8), %9 to mount, %10 already there; %11 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n attestation(s))</source>
        <translation>
            <numerusform> (+%n attestation)</numerusform>
            <numerusform> (+%n attestations)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and choose a source that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not tag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2/%3
Digest: %4
Tags: %5
Platforms: %6
Blobs: %7 uploaded (%8), %9 mounted, %10 skipped.%11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Note: the registry was reached over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the push did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push failed: %1
Nothing was tagged unless listed above; run the wizard again to resume (blobs already uploaded are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the push did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying: reading the pushed tag back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: the tag points at %1, not at the pushed %2 (someone pushed meanwhile?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification found problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 resolves to %2 with %n platform(s), every manifest and config readable.</source>
        <translation>
            <numerusform>Verified: %1 resolves to %2 with %n platform, every manifest and config readable.</numerusform>
            <numerusform>Verified: %1 resolves to %2 with %n platforms, every manifest and config readable.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 — %3 of %4 blobs finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::RegistryBrowser</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host[:port], e.g. 127.0.0.1:5000 or ghcr.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a registry host, for example 127.0.0.1:5000 or ghcr.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for registries on this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n local registry(ies).</source>
        <translation>
            <numerusform>Found %n local registry.</numerusform>
            <numerusform>Found %n local registries.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry answers on this machine&apos;s usual ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries delete manifests, not tags: the manifest %1 is removed with every tag that points to it (%2). Blobs are reclaimed only by the registry&apos;s garbage collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::RegistryBrowserModel</name>
    <message>
        <source>The tag&apos;s manifest has not been read yet; wait until its platforms are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit attestation (provenance/SBOM), platform unknown/unknown: runtimes skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (+%n attestation(s))</source>
        <translation>
            <numerusform> (+%n attestation)</numerusform>
            <numerusform> (+%n attestations)</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-platform manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>index, %n platform(s)</source>
        <translation>
            <numerusform>index, %n platform</numerusform>
            <numerusform>index, %n platforms</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::StageGraph</name>
    <message>
        <source>Graphviz could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall libgvc (Debian: libgvc6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the stage graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the dot layout plugin is installed (run `dot -c`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated by QEMU on this host: expect it to be slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for this target: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned: not built for this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::StageGraphWidget</name>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>━ FROM   ╌ COPY --from   ┈ RUN --mount=from   QEMU: emulated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::TlsExceptionsIndicator</name>
    <message>
        <source>Registries used without verified TLS:
%1
Unset the variable and restart to verify TLS again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::TlsExceptionsModel</name>
    <message>
        <source>%1: TLS not verified, plain HTTP allowed (environment variable %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credentials may be sent over plain HTTP (environment variable %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS not verified for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure (plain HTTP, loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure (plain HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked insecure: TLS not verified, plain HTTP allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verified against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
