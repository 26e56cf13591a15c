<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Manifold::Binfmt</name>
    <message>
        <source>the magic is not hexadecimal</source>
        <translation>magic 不是十六进制</translation>
    </message>
    <message>
        <source>the mask is not hexadecimal</source>
        <translation>mask 不是十六进制</translation>
    </message>
    <message>
        <source>not a binfmt_misc handler: expected an enabled/disabled line and an interpreter line</source>
        <translation>不是 binfmt_misc 处理程序：应包含一行 enabled/disabled 和一行 interpreter</translation>
    </message>
</context>
<context>
    <name>Manifold::Build</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown build engine &quot;%1&quot;.</source>
        <translation>未知的构建引擎 “%1”。</translation>
    </message>
    <message>
        <source>Use buildah, docker or podman.</source>
        <translation>请使用 buildah、docker 或 podman。</translation>
    </message>
    <message>
        <source>Base image %1 has no %2 image (it offers: %3). Building would fail with &quot;exec format error&quot; or &quot;Invalid ELF image&quot; as soon as a RUN step starts.</source>
        <translation>基础镜像 %1 没有 %2 镜像（它提供：%3）。一旦执行到 RUN 步骤，构建就会报 “exec format error” 或 “Invalid ELF image” 失败。</translation>
    </message>
    <message>
        <source>Use a base that is published for %1 (copy the full multi-arch index, e.g. skopeo copy --all), or drop %1 from --platform.</source>
        <translation>请使用发布了 %1 版本的基础镜像（复制完整的多架构索引，例如 skopeo copy --all），或从 --platform 中去掉 %1。</translation>
    </message>
    <message>
        <source>buildah is not installed.</source>
        <translation>未安装 buildah。</translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: apt-get install buildah) or pick --engine docker|podman.</source>
        <translation>请安装（Debian/Ubuntu：apt-get install buildah），或选择 --engine docker|podman。</translation>
    </message>
    <message>
        <source>&quot;%1 --version&quot; failed: %2</source>
        <translation>“%1 --version” 执行失败：%2</translation>
    </message>
    <message>
        <source>Check the buildah installation or pass --engine-path.</source>
        <translation>请检查 buildah 的安装，或传入 --engine-path。</translation>
    </message>
    <message>
        <source>Buildah builds locally only; %1 cannot go to %2.</source>
        <translation>Buildah 只能在本地构建；%1 无法发往 %2。</translation>
    </message>
    <message>
        <source>Use --engine docker (DOCKER_HOST/context) or podman (connection).</source>
        <translation>请使用 --engine docker（DOCKER_HOST/context）或 podman（connection）。</translation>
    </message>
    <message>
        <source>podman is not installed.</source>
        <translation>未安装 podman。</translation>
    </message>
    <message>
        <source>Install it (Debian/Ubuntu: apt-get install podman) or pick --engine buildah|docker.</source>
        <translation>请安装（Debian/Ubuntu：apt-get install podman），或选择 --engine buildah|docker。</translation>
    </message>
    <message>
        <source>Check the podman installation or pass --engine-path.</source>
        <translation>请检查 podman 的安装，或传入 --engine-path。</translation>
    </message>
    <message>
        <source>Podman reaches other machines through connections, not %1.</source>
        <translation>Podman 通过 connection 连接其他机器，而不是 %1。</translation>
    </message>
    <message>
        <source>Use podman:CONNECTION (see podman system connection list).</source>
        <translation>请使用 podman:CONNECTION（参见 podman system connection list）。</translation>
    </message>
    <message>
        <source>Cannot read builder endpoint &quot;%1&quot;.</source>
        <translation>无法解析构建节点地址 “%1”。</translation>
    </message>
    <message>
        <source>Use a DOCKER_HOST URL (ssh://host, unix:///path.sock, tcp://host:2376), context:NAME, builder:NAME or podman:CONNECTION.</source>
        <translation>请使用 DOCKER_HOST URL（ssh://host、unix:///path.sock、tcp://host:2376）、context:NAME、builder:NAME 或 podman:CONNECTION。</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; did not answer in time.</source>
        <translation>“%1 %2” 未在规定时间内响应。</translation>
    </message>
    <message>
        <source>The Dockerfile has no FROM instruction.</source>
        <translation>Dockerfile 中没有 FROM 指令。</translation>
    </message>
    <message>
        <source>Start the Dockerfile with FROM &lt;image&gt;.</source>
        <translation>请以 FROM &lt;image&gt; 开始 Dockerfile。</translation>
    </message>
    <message>
        <source>Install QEMU user emulation with binfmt_misc (Debian/Ubuntu: apt-get install qemu-user-static binfmt-support; then update-binfmts --enable), or route %1 to a native builder.</source>
        <translation>请安装带 binfmt_misc 的 QEMU 用户态模拟（Debian/Ubuntu：apt-get install qemu-user-static binfmt-support，然后运行 update-binfmts --enable），或将 %1 分配给原生构建节点。</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; runs as %2 but this %3 host cannot run %2 binaries: no QEMU emulator is registered with binfmt_misc.</source>
        <translation>阶段 “%1” 以 %2 平台运行，但这台 %3 主机无法运行 %2 二进制文件：binfmt_misc 中未注册 QEMU 模拟器。</translation>
    </message>
    <message>
        <source>The %1 engine cannot be used: %2</source>
        <translation>无法使用 %1 引擎：%2</translation>
    </message>
    <message>
        <source>Cannot read the Dockerfile: %1</source>
        <translation>无法读取 Dockerfile：%1</translation>
    </message>
    <message>
        <source>Pass the right file with -f or the right CONTEXT directory.</source>
        <translation>请用 -f 指定正确的文件，或指定正确的 CONTEXT 目录。</translation>
    </message>
    <message>
        <source>The build context is not a directory.</source>
        <translation>构建上下文不是目录。</translation>
    </message>
    <message>
        <source>Pass the directory the Dockerfile&apos;s COPY sources are relative to.</source>
        <translation>请传入 Dockerfile 中 COPY 源路径所相对的目录。</translation>
    </message>
    <message>
        <source>A build result cannot be tagged with a digest.</source>
        <translation>构建结果不能用 digest 打 tag。</translation>
    </message>
    <message>
        <source>Use registry/repository:tag.</source>
        <translation>请使用 registry/repository:tag。</translation>
    </message>
    <message>
        <source>--push needs at least one -t reference.</source>
        <translation>--push 至少需要一个 -t 引用。</translation>
    </message>
    <message>
        <source>Add -t registry/repository:tag.</source>
        <translation>请添加 -t registry/repository:tag。</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>构建已取消。</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; (%2): %3</source>
        <translation>阶段 “%1”（%2）：%3</translation>
    </message>
    <message>
        <source>Make sure the temporary directory is writable and has space.</source>
        <translation>请确保临时目录可写且有足够空间。</translation>
    </message>
</context>
<context>
    <name>Manifold::Build::BuildJob</name>
    <message>
        <source>planning and pinning base images</source>
        <translation>正在规划并固定基础镜像</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>构建已取消。</translation>
    </message>
    <message>
        <source>%1: stage %2 runs as %3 under QEMU emulation</source>
        <translation>%1：阶段 %2 将作为 %3 通过 QEMU 模拟运行</translation>
    </message>
    <message>
        <source>building %1 platform(s) with %2 %3</source>
        <translation>正在用 %2 %3 构建 %1 个平台</translation>
    </message>
    <message>
        <source>Building %1 failed: %2</source>
        <translation>构建 %1 失败：%2</translation>
    </message>
    <message>
        <source>Building %1 failed at %2: %3</source>
        <translation>构建 %1 在 %2 处失败：%3</translation>
    </message>
    <message>
        <source>The complete log of %1 is in the build result (--progress plain shows it live).</source>
        <translation>%1 的完整日志在构建结果中（使用 --progress plain 可实时查看）。</translation>
    </message>
    <message>
        <source>pushing images by digest, then the index</source>
        <translation>正在按 digest 推送镜像，然后推送索引</translation>
    </message>
    <message>
        <source>writing the OCI layout</source>
        <translation>正在写入 OCI 布局</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>已校验：%1</translation>
    </message>
    <message>
        <source>builds on this machine</source>
        <translation>在本机构建</translation>
    </message>
    <message>
        <source>builds on %1</source>
        <translation>在 %1 上构建</translation>
    </message>
</context>
<context>
    <name>Manifold::Build::BuildPreparation</name>
    <message>
        <source>Make sure the temporary directory is writable and has space.</source>
        <translation>请确保临时目录可写且有足够空间。</translation>
    </message>
</context>
<context>
    <name>Manifold::Build::DockerEngine</name>
    <message>
        <source>The docker CLI is not installed.</source>
        <translation>未安装 docker CLI。</translation>
    </message>
    <message>
        <source>Install Docker (with the buildx plugin) or pick --engine buildah|podman.</source>
        <translation>请安装 Docker（含 buildx 插件），或选择 --engine buildah|podman。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not run: %2</source>
        <translation>“%1” 无法运行：%2</translation>
    </message>
    <message>
        <source>Check the Docker installation or pass --engine-path.</source>
        <translation>请检查 Docker 的安装，或传入 --engine-path。</translation>
    </message>
    <message>
        <source>Docker CLI %1 at %2 has no buildx plugin, so it cannot use BuildKit.</source>
        <translation>位于 %2 的 Docker CLI %1 没有 buildx 插件，因此无法使用 BuildKit。</translation>
    </message>
    <message>
        <source>Install the docker-buildx plugin, or point --engine-path at a Docker CLI older than 23 (e.g. /usr/bin/docker), or use --engine buildah.</source>
        <translation>请安装 docker-buildx 插件，或将 --engine-path 指向低于 23 版本的 Docker CLI（例如 /usr/bin/docker），或使用 --engine buildah。</translation>
    </message>
    <message>
        <source>Without buildx, Manifold exports images from the daemon with skopeo, which is missing.</source>
        <translation>没有 buildx 时，Manifold 需要用 skopeo 从守护进程导出镜像，但未找到 skopeo。</translation>
    </message>
    <message>
        <source>Install skopeo (apt-get install skopeo) or the docker-buildx plugin.</source>
        <translation>请安装 skopeo（apt-get install skopeo）或 docker-buildx 插件。</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取 Docker context “%1”：%2</translation>
    </message>
    <message>
        <source>it has no Docker endpoint</source>
        <translation>它没有 Docker 端点</translation>
    </message>
    <message>
        <source>List the contexts with &quot;docker context ls&quot;, or give the daemon&apos;s address (ssh://host, unix:///path.sock) instead.</source>
        <translation>请用 “docker context ls” 列出所有 context，或者改为直接给出守护进程的地址（ssh://host、unix:///path.sock）。</translation>
    </message>
    <message>
        <source>Without buildx, Manifold reaches another Docker daemon only through DOCKER_HOST, not %1.</source>
        <translation>没有 buildx 时，Manifold 只能通过 DOCKER_HOST 连接其他 Docker 守护进程，无法使用 %1。</translation>
    </message>
    <message>
        <source>Give the daemon&apos;s address (ssh://host or unix:///path.sock).</source>
        <translation>请提供守护进程的地址（ssh://host 或 unix:///path.sock）。</translation>
    </message>
</context>
<context>
    <name>Manifold::Build::IndexPublisher</name>
    <message>
        <source>The engine exported an index without an image for %1.</source>
        <translation>引擎导出的索引中没有 %1 的镜像。</translation>
    </message>
    <message>
        <source>See the executor log; the engine built something other than the requested platform.</source>
        <translation>请查看执行器日志；引擎构建出的不是所请求的平台。</translation>
    </message>
    <message numerus="yes">
        <source>The engine attached %n attestation manifest(s) (BuildKit provenance/SBOM) to %1. In the index they are entries with platform unknown/unknown and the annotation vnd.docker.reference.type=attestation-manifest: signed-off metadata about how an image was built, not images to run. Runtimes skip them, but tools that take every index entry for a platform (docker manifest create, older registries and scanners) trip over them.</source>
        <translation>
            <numerusform>引擎为 %1 附加了 %n 个 attestation manifest（BuildKit provenance/SBOM）。它们在索引中是平台为 unknown/unknown、带有注解 vnd.docker.reference.type=attestation-manifest 的条目：是描述镜像如何构建的签署元数据，而不是可运行的镜像。运行时会跳过它们，但把索引中每个条目都当作平台的工具（docker manifest create、旧版镜像仓库和扫描器）会因此出错。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped as asked (--no-attestations): the index lists only the platform images.</source>
        <translation>已按要求丢弃（--no-attestations）：索引只列出各平台的镜像。</translation>
    </message>
    <message>
        <source>Dropped: a Docker manifest list cannot hold them (use the OCI index format to keep them).</source>
        <translation>已丢弃：Docker manifest list 无法容纳它们（如需保留，请使用 OCI 索引格式）。</translation>
    </message>
    <message>
        <source>Kept next to the images they describe; pass --no-attestations to leave them out.</source>
        <translation>已与其描述的镜像一起保留；传入 --no-attestations 可将其排除。</translation>
    </message>
    <message>
        <source>A Docker manifest list cannot list %1 (an OCI image manifest).</source>
        <translation>Docker manifest list 无法包含 %1（一个 OCI 镜像 manifest）。</translation>
    </message>
    <message>
        <source>Use the OCI index format (the default); every current registry and engine reads it.</source>
        <translation>请使用 OCI 索引格式（默认）；当前所有镜像仓库和引擎都能读取它。</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>构建已取消。</translation>
    </message>
    <message>
        <source>%1 serves %2, not the index just pushed (%3).</source>
        <translation>%1 返回的是 %2，而不是刚推送的索引（%3）。</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 platforms)</source>
        <translation>%1 -&gt; %2（%3 个平台）</translation>
    </message>
    <message>
        <source>Cannot write blob %1.</source>
        <translation>无法写入 blob %1。</translation>
    </message>
    <message>
        <source>Verification of the build result failed: %1</source>
        <translation>构建结果校验失败：%1</translation>
    </message>
    <message>
        <source>What was written does not match what was built; build again and check for concurrent writers.</source>
        <translation>写入的内容与构建的内容不一致；请重新构建，并检查是否有其他进程同时写入。</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>%1: %2 verified (config platform, %3 layers scanned)</source>
        <translation>%1：%2 已校验（镜像配置中的平台，已扫描 %3 个层）</translation>
    </message>
    <message>
        <source>The engine did not export an image for %1.</source>
        <translation>引擎没有为 %1 导出镜像。</translation>
    </message>
    <message>
        <source>See the executor log; the export step may have failed.</source>
        <translation>请查看执行器日志；导出步骤可能失败了。</translation>
    </message>
    <message>
        <source>The exported manifest does not match its digest %1.</source>
        <translation>导出的 manifest 与其 digest %1 不匹配。</translation>
    </message>
</context>
<context>
    <name>Manifold::Build::PlatformExecutor</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 step exited with status %2; see the log above.</source>
        <translation>%1 步骤以状态 %2 退出；请查看上方日志。</translation>
    </message>
    <message>
        <source>(%1 step exited with status %2; the image is unaffected)</source>
        <translation>（%1 步骤以状态 %2 退出；镜像不受影响）</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli</name>
    <message>
        <source>--build-arg &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--build-arg “%1” 不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>Write --build-arg NAME=value.</source>
        <translation>请写成 --build-arg NAME=value。</translation>
    </message>
    <message>
        <source>The Dockerfile.</source>
        <translation>Dockerfile 路径。</translation>
    </message>
    <message>
        <source>Target platforms, comma-separated (default: this host&apos;s platform).</source>
        <translation>目标平台，以逗号分隔（默认为本机平台）。</translation>
    </message>
    <message>
        <source>Set a build argument (repeatable).</source>
        <translation>设置构建参数（可重复指定）。</translation>
    </message>
    <message>
        <source>Build this stage instead of the last one.</source>
        <translation>构建此阶段，而不是最后一个阶段。</translation>
    </message>
    <message>
        <source>Output format: text, json or dot.</source>
        <translation>输出格式：text、json 或 dot。</translation>
    </message>
    <message>
        <source>Same as --format json.</source>
        <translation>等同于 --format json。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>未知的格式 “%1”</translation>
    </message>
    <message>
        <source>Use --format text, json or dot.</source>
        <translation>请使用 --format text、json 或 dot。</translation>
    </message>
    <message>
        <source>expected exactly one Dockerfile</source>
        <translation>需要且只能指定一个 Dockerfile</translation>
    </message>
    <message>
        <source>usage: manifold graph FILE [--platform P,...] [--build-arg K=V] [--target S] [--format text|json|dot]</source>
        <translation>用法：manifold graph FILE [--platform P,...] [--build-arg K=V] [--target S] [--format text|json|dot]</translation>
    </message>
    <message>
        <source>build platform</source>
        <translation>构建平台</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>emulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>copy-only</source>
        <translation>仅复制</translation>
    </message>
    <message>
        <source>not runnable here: %1</source>
        <translation>无法在此运行：%1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>not built</source>
        <translation>不构建</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::BuildCommand</name>
    <message>
        <source>The Dockerfile (default CONTEXT/Dockerfile).</source>
        <translation>Dockerfile 路径（默认为 CONTEXT/Dockerfile）。</translation>
    </message>
    <message>
        <source>Target platforms, comma-separated (default: this host&apos;s).</source>
        <translation>目标平台，以逗号分隔（默认为本机平台）。</translation>
    </message>
    <message>
        <source>Name the result registry/repository:tag (repeatable).</source>
        <translation>将结果命名为 registry/repository:tag（可重复指定）。</translation>
    </message>
    <message>
        <source>Set a build ARG (repeatable).</source>
        <translation>设置构建 ARG（可重复指定）。</translation>
    </message>
    <message>
        <source>Build this stage.</source>
        <translation>构建此阶段。</translation>
    </message>
    <message>
        <source>Push the images and the index to the registry.</source>
        <translation>将镜像和索引推送到镜像仓库。</translation>
    </message>
    <message>
        <source>Also tag each platform&apos;s image (:amd64, :1.0-arm64).</source>
        <translation>同时为每个平台的镜像打 tag（:amd64、:1.0-arm64）。</translation>
    </message>
    <message>
        <source>buildah, docker or podman.</source>
        <translation>buildah、docker 或 podman。</translation>
    </message>
    <message>
        <source>Path of the engine&apos;s CLI.</source>
        <translation>引擎 CLI 的路径。</translation>
    </message>
    <message>
        <source>plain (default) or json (one event per line).</source>
        <translation>plain（默认）或 json（每行一个事件）。</translation>
    </message>
    <message>
        <source>Talk plain HTTP to this registry (repeatable; loopback always is).</source>
        <translation>与此镜像仓库使用明文 HTTP 通信（可重复指定；回环地址始终如此）。</translation>
    </message>
    <message>
        <source>Without --push: the OCI layout to write.</source>
        <translation>不使用 --push 时：要写入的 OCI 布局。</translation>
    </message>
    <message>
        <source>Executors running at once (default: one per platform).</source>
        <translation>同时运行的执行器数量（默认每个平台一个）。</translation>
    </message>
    <message>
        <source>oci (default) or docker.</source>
        <translation>oci（默认）或 docker。</translation>
    </message>
    <message>
        <source>RUN network mode; only &quot;host&quot; is passed on.</source>
        <translation>RUN 的网络模式；只会传递 “host”。</translation>
    </message>
    <message>
        <source>Keep generated Dockerfiles and storage.</source>
        <translation>保留生成的 Dockerfile 和存储。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>The build context directory (default .).</source>
        <translation>构建上下文目录（默认为 .）。</translation>
    </message>
    <message>
        <source>Unknown progress mode &quot;%1&quot;.</source>
        <translation>未知的进度模式 “%1”。</translation>
    </message>
    <message>
        <source>Use plain or json.</source>
        <translation>请使用 plain 或 json。</translation>
    </message>
    <message>
        <source>Only one build context can be given.</source>
        <translation>只能指定一个构建上下文。</translation>
    </message>
    <message>
        <source>--build-arg needs KEY=VALUE.</source>
        <translation>--build-arg 需要 KEY=VALUE 格式。</translation>
    </message>
    <message>
        <source>--node needs PLATFORM=ENDPOINT.</source>
        <translation>--node 需要 PLATFORM=ENDPOINT 格式。</translation>
    </message>
    <message>
        <source>Example: --node linux/arm64=ssh://arm-box</source>
        <translation>示例：--node linux/arm64=ssh://arm-box</translation>
    </message>
    <message>
        <source>--concurrency needs a positive number.</source>
        <translation>--concurrency 需要一个正数。</translation>
    </message>
    <message>
        <source>Unknown index format &quot;%1&quot;.</source>
        <translation>未知的索引格式 “%1”。</translation>
    </message>
    <message>
        <source>Use oci or docker.</source>
        <translation>请使用 oci 或 docker。</translation>
    </message>
    <message>
        <source>Build one platform on another engine endpoint, e.g. natively on an arm64 machine: linux/arm64=ssh://arm-box or =unix:///run/other-docker.sock (Docker: DOCKER_HOST), =context:NAME (Docker context), =builder:NAME (buildx builder), =podman:CONNECTION (Podman remote). Repeatable; platforms without one build here.</source>
        <translation>在另一个引擎端点上构建某个平台，例如在 arm64 机器上原生构建：linux/arm64=ssh://arm-box 或 =unix:///run/other-docker.sock（Docker：DOCKER_HOST）、=context:NAME（Docker context）、=builder:NAME（buildx builder）、=podman:CONNECTION（Podman 远程连接）。可重复指定；未指定端点的平台在本机构建。</translation>
    </message>
    <message>
        <source>Leave provenance/SBOM attestation manifests (platform unknown/unknown) out of the index; engines that add them (buildx) are asked not to.</source>
        <translation>不把 provenance/SBOM attestation manifest（平台 unknown/unknown）放入索引；会添加它们的引擎（buildx）将被要求不生成。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::CatalogCommand</name>
    <message>
        <source>List the repositories of a registry</source>
        <translation>列出镜像仓库中的所有仓库</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:5000</source>
        <translation>例如 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>Ask for N names per request.</source>
        <translation>每次请求获取 N 个名称。</translation>
    </message>
    <message>
        <source>expected one registry host</source>
        <translation>需要一个镜像仓库主机</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host</source>
        <translation>“%1”不是镜像仓库主机</translation>
    </message>
    <message>
        <source>Give HOST[:PORT], e.g. 127.0.0.1:5000.</source>
        <translation>请提供 HOST[:PORT]，例如 127.0.0.1:5000。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::CompletionCommand</name>
    <message>
        <source>Print a bash or zsh completion script</source>
        <translation>输出 bash 或 zsh 的补全脚本</translation>
    </message>
    <message>
        <source>bash or zsh</source>
        <translation>bash 或 zsh</translation>
    </message>
    <message>
        <source>unknown shell &quot;%1&quot;</source>
        <translation>未知的 shell“%1”</translation>
    </message>
    <message>
        <source>use: manifold completion bash|zsh</source>
        <translation>用法：manifold completion bash|zsh</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::CopyCommand</name>
    <message>
        <source>Copy an image or multi-arch index between registries and OCI layouts</source>
        <translation>在镜像仓库与 OCI 布局之间复制镜像或多架构索引</translation>
    </message>
    <message>
        <source>What to copy.</source>
        <translation>要复制的内容。</translation>
    </message>
    <message>
        <source>Where to copy it.</source>
        <translation>复制到的位置。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Copy only these platforms (comma-separated); writes a new index.</source>
        <translation>只复制这些平台（以逗号分隔）；会写入一个新的索引。</translation>
    </message>
    <message>
        <source>Copy every platform (the default).</source>
        <translation>复制所有平台（默认）。</translation>
    </message>
    <message>
        <source>Drop attestation manifests (SBOM, provenance).</source>
        <translation>丢弃 attestation（证明）manifest（SBOM、provenance）。</translation>
    </message>
    <message>
        <source>Also tag each platform image (:amd64, :arm64, …).</source>
        <translation>同时为每个平台的镜像打 tag（:amd64、:arm64 等）。</translation>
    </message>
    <message>
        <source>Allow plain HTTP / unverified TLS for the destination registry.</source>
        <translation>允许目标镜像仓库使用明文 HTTP 或未校验的 TLS。</translation>
    </message>
    <message>
        <source>Allow plain HTTP / unverified TLS for the source registry.</source>
        <translation>允许源镜像仓库使用明文 HTTP 或未校验的 TLS。</translation>
    </message>
    <message>
        <source>expected SRC and DST</source>
        <translation>需要 SRC 和 DST</translation>
    </message>
    <message>
        <source>--platform and --all exclude each other</source>
        <translation>--platform 与 --all 不能同时使用</translation>
    </message>
    <message>
        <source>a subset copy writes a new index, so it cannot go to a digest reference</source>
        <translation>只复制部分平台时会写入新的索引，因此目标不能是 digest 引用</translation>
    </message>
    <message>
        <source>Give the destination a tag.</source>
        <translation>请为目标指定一个 tag。</translation>
    </message>
    <message>
        <source>Copied %1 -&gt; %2</source>
        <translation>已复制 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>source digest:      %1</source>
        <translation>源 digest：  %1</translation>
    </message>
    <message>
        <source>destination digest: %1</source>
        <translation>目标 digest：%1</translation>
    </message>
    <message>
        <source>note: only some platforms were copied, so the destination index is new and its digest differs from the source&apos;s</source>
        <translation>注意：只复制了部分平台，因此目标索引是新生成的，其 digest 与源不同</translation>
    </message>
    <message>
        <source>platforms: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>left out:  %1</source>
        <translation>未复制：%1</translation>
    </message>
    <message>
        <source>attestations: %1 copied, %2 dropped</source>
        <translation>attestation：已复制 %1 个，已丢弃 %2 个</translation>
    </message>
    <message>
        <source>blobs: %1 uploaded (%2 KiB), %3 mounted, %4 already present</source>
        <translation>blob：上传 %1 个（%2 KiB），挂载 %3 个，%4 个已存在</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>tag：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::Dispatcher</name>
    <message>
        <source>Usage: manifold [COMMAND] [OPTIONS]</source>
        <translation>用法：manifold [命令] [选项]</translation>
    </message>
    <message>
        <source>Without a command, starts the Manifold studio (GUI).</source>
        <translation>不带命令时，启动 Manifold 桌面工作室（图形界面）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;manifold COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 “manifold COMMAND --help” 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>Language of messages: en or zh_CN (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>消息语言：en 或 zh_CN（默认取自 LANGUAGE、LC_ALL、LC_MESSAGES、LANG）。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run &apos;manifold --help&apos; to list the commands.</source>
        <translation>运行 “manifold --help” 列出所有命令。</translation>
    </message>
    <message>
        <source>GUI options: [PROJECT|DOCKERFILE|FOLDER] [--sample] [--screenshot FILE [--view NAME]]</source>
        <translation>图形界面选项：[PROJECT|DOCKERFILE|FOLDER] [--sample] [--screenshot FILE [--view NAME]]</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::GraphCommand</name>
    <message>
        <source>Show the per-platform stage graph of a Dockerfile (text, JSON or dot)</source>
        <translation>显示 Dockerfile 各平台的阶段图（文本、JSON 或 dot）</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::ImageCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>DIR, oci:DIR[:REF], oci-archive:FILE[:REF], docker-archive:FILE[:REF], or a registry reference HOST/REPO[:TAG|@DIGEST]</source>
        <translation>DIR、oci:DIR[:REF]、oci-archive:FILE[:REF]、docker-archive:FILE[:REF]，或镜像仓库引用 HOST/REPO[:TAG|@DIGEST]</translation>
    </message>
    <message>
        <source>expected exactly one image</source>
        <translation>需要正好一个镜像</translation>
    </message>
    <message>
        <source>usage: manifold %1 PATH|REF [--json] [--platform P,P…]</source>
        <translation>用法：manifold %1 PATH|REF [--json] [--platform P,P…]</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>传输：%1</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::ImageSourceResolver</name>
    <message>
        <source>The archive is neither an OCI archive (oci-layout) nor a `docker save` archive (manifest.json)</source>
        <translation>该归档既不是 OCI 归档（oci-layout），也不是 `docker save` 归档（manifest.json）</translation>
    </message>
    <message>
        <source>Create one with `skopeo copy ... oci-archive:FILE` or `docker save -o FILE IMAGE`.</source>
        <translation>可以用 `skopeo copy ... oci-archive:FILE` 或 `docker save -o FILE IMAGE` 创建。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OCI layout directory, an archive, or a supported reference</source>
        <translation>“%1” 不是 OCI 布局目录、归档文件或受支持的引用</translation>
    </message>
    <message>
        <source>Use a layout directory (oci:DIR[:TAG]), oci-archive:FILE[:TAG] or docker-archive:FILE[:REPO:TAG].</source>
        <translation>请使用布局目录（oci:DIR[:TAG]）、oci-archive:FILE[:TAG] 或 docker-archive:FILE[:REPO:TAG]。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::InspectCommand</name>
    <message>
        <source>Scan the layers: binaries by machine, whiteouts, sizes.</source>
        <translation>扫描各层：按机器架构统计二进制文件、whiteout 和大小。</translation>
    </message>
    <message>
        <source>With --layers: list every file (capped) in the output.</source>
        <translation>配合 --layers：在输出中列出每个文件（有数量上限）。</translation>
    </message>
    <message>
        <source>Only these platforms (comma-separated).</source>
        <translation>只包含这些平台（以逗号分隔）。</translation>
    </message>
    <message>
        <source>no binaries</source>
        <translation>无二进制文件</translation>
    </message>
    <message>
        <source>Source:    %1</source>
        <translation>来源：  %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>引用：  %1</translation>
    </message>
    <message>
        <source>Root:      %1 %2 (%3)</source>
        <translation>根：    %1 %2（%3）</translation>
    </message>
    <message>
        <source>Index:     %1, %2</source>
        <translation>索引：  %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n platform image(s)</source>
        <translation>
            <numerusform>%n 个平台镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s)</source>
        <translation>
            <numerusform>%n 个 attestation</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n whiteout(s)</source>
        <translation>
            <numerusform>%n 个 whiteout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opaque dir(s)</source>
        <translation>
            <numerusform>%n 个不透明目录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe path(s)</source>
        <translation>
            <numerusform>%n 个不安全路径</numerusform>
        </translation>
    </message>
    <message>
        <source>(list truncated)</source>
        <translation>（列表已截断）</translation>
    </message>
    <message>
        <source>Attestations (BuildKit provenance/SBOM; not platforms, never run):</source>
        <translation>attestation（证明）（BuildKit provenance/SBOM；不是平台，永远不会运行）：</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>对应 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), %1 uncompressed</source>
        <translation>
            <numerusform>%n 个条目，解压后 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show an image&apos;s platforms, configs and layers (registry, OCI layout, OCI or docker archive)</source>
        <translation>显示镜像的平台、配置和层（镜像仓库、OCI 布局、OCI 或 docker 归档）</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::LintCommand</name>
    <message>
        <source>The Dockerfile.</source>
        <translation>Dockerfile 路径。</translation>
    </message>
    <message>
        <source>Target platforms, comma-separated (default: this host&apos;s platform).</source>
        <translation>目标平台，以逗号分隔（默认为本机平台）。</translation>
    </message>
    <message>
        <source>Set a build argument (repeatable).</source>
        <translation>设置构建参数（可重复指定）。</translation>
    </message>
    <message>
        <source>Check for this target stage.</source>
        <translation>针对此目标阶段进行检查。</translation>
    </message>
    <message>
        <source>Print findings as JSON.</source>
        <translation>以 JSON 格式输出检查结果。</translation>
    </message>
    <message>
        <source>expected exactly one Dockerfile</source>
        <translation>需要且只能指定一个 Dockerfile</translation>
    </message>
    <message>
        <source>usage: manifold lint FILE [--platform P,...] [--build-arg K=V] [--json]</source>
        <translation>用法：manifold lint FILE [--platform P,...] [--build-arg K=V] [--json]</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Check a Dockerfile: BuildKit&apos;s build checks and multi-arch pitfalls</source>
        <translation>检查 Dockerfile：BuildKit 构建检查与多架构常见陷阱</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::LoginCommand</name>
    <message>
        <source>expected one registry host</source>
        <translation>需要一个镜像仓库主机</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry host</source>
        <translation>“%1”不是镜像仓库主机</translation>
    </message>
    <message>
        <source>Give HOST[:PORT], e.g. ghcr.io or 127.0.0.1:5000.</source>
        <translation>请提供 HOST[:PORT]，例如 ghcr.io 或 127.0.0.1:5000。</translation>
    </message>
    <message>
        <source>Store registry credentials in the OS keychain</source>
        <translation>将镜像仓库凭据保存到系统密钥环</translation>
    </message>
    <message>
        <source>Registry host[:port].</source>
        <translation>镜像仓库主机[:端口]。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Read the password (or token) from standard input.</source>
        <translation>从标准输入读取密码（或令牌）。</translation>
    </message>
    <message>
        <source>Store without checking the credentials against the registry.</source>
        <translation>直接保存，不向镜像仓库校验凭据。</translation>
    </message>
    <message>
        <source>give -u USER and --password-stdin</source>
        <translation>请提供 -u USER 和 --password-stdin</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>the password on standard input is empty</source>
        <translation>标准输入中的密码为空</translation>
    </message>
    <message>
        <source>Login succeeded; credentials for %1 are in the OS keychain.</source>
        <translation>登录成功；%1 的凭据已保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::LogoutCommand</name>
    <message>
        <source>Remove registry credentials from the OS keychain</source>
        <translation>从系统密钥环中删除镜像仓库凭据</translation>
    </message>
    <message>
        <source>Registry host[:port].</source>
        <translation>镜像仓库主机[:端口]。</translation>
    </message>
    <message>
        <source>Removed credentials for %1.</source>
        <translation>已删除 %1 的凭据。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::Output</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>see: %1</source>
        <translation>参见：%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>使用 --help 查看用法。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::ParseCommand</name>
    <message>
        <source>Parse a Dockerfile and show its syntax tree and syntax errors</source>
        <translation>解析 Dockerfile，显示其语法树和语法错误</translation>
    </message>
    <message>
        <source>The Dockerfile to parse (&apos;-&apos; reads stdin).</source>
        <translation>要解析的 Dockerfile（“-” 表示从标准输入读取）。</translation>
    </message>
    <message>
        <source>Print BuildKit&apos;s parser dump format.</source>
        <translation>以 BuildKit 解析器的 dump 格式输出。</translation>
    </message>
    <message>
        <source>Print the syntax tree with ranges as JSON.</source>
        <translation>以 JSON 格式输出语法树及其源码范围。</translation>
    </message>
    <message>
        <source>expected exactly one Dockerfile</source>
        <translation>需要正好一个 Dockerfile</translation>
    </message>
    <message>
        <source>usage: manifold parse FILE [--dump] [--json]</source>
        <translation>用法：manifold parse FILE [--dump] [--json]</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s)</source>
        <translation>
            <numerusform>%n 条指令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::PlatformsCommand</name>
    <message>
        <source>Show which platforms this host runs natively, emulated, or not</source>
        <translation>显示本机可原生运行、可模拟运行（通过 QEMU）或无法运行的平台</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Read binfmt_misc handlers from DIR (default /proc/sys/fs/binfmt_misc).</source>
        <translation>从 DIR 读取 binfmt_misc 处理程序（默认 /proc/sys/fs/binfmt_misc）。</translation>
    </message>
    <message>
        <source>Only these platforms (comma-separated, e.g. linux/arm64,linux/arm/v7).</source>
        <translation>只检查这些平台（以逗号分隔，例如 linux/arm64,linux/arm/v7）。</translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation>内核 %1</translation>
    </message>
    <message>
        <source>Host: %1 (%2)</source>
        <translation>主机：%1（%2）</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>未挂载</translation>
    </message>
    <message>
        <source>mounted, enabled</source>
        <translation>已挂载，已启用</translation>
    </message>
    <message>
        <source>mounted, disabled</source>
        <translation>已挂载，已禁用</translation>
    </message>
    <message numerus="yes">
        <source>binfmt_misc: %1 %2, %n handler(s)</source>
        <translation>
            <numerusform>binfmt_misc：%1 %2，%n 个处理程序</numerusform>
        </translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>SUPPORT</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>emulator: %1</source>
        <translation>模拟器：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>修复：%1</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::RegistryCli</name>
    <message>
        <source>Allow plain HTTP and unverified TLS for the registry HOST[:PORT] (repeatable). Loopback registries may use HTTP without it.</source>
        <translation>允许镜像仓库 HOST[:PORT] 使用明文 HTTP 和未校验的 TLS（可重复）。回环地址上的镜像仓库无需此选项即可使用 HTTP。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in FILE for HOST (HOST=FILE, repeatable).</source>
        <translation>为 HOST 信任 FILE 中的 CA 证书（HOST=FILE，可重复）。</translation>
    </message>
    <message>
        <source>Allow sending credentials to the registry HOST[:PORT] over plain HTTP, unencrypted (repeatable; needs --insecure HOST too). Loopback needs neither.</source>
        <translation>允许通过未加密的明文 HTTP 向镜像仓库 HOST[:PORT] 发送凭据（可重复指定；还需要 --insecure HOST）。回环地址两者都不需要。</translation>
    </message>
    <message>
        <source>%1 was used over insecure (plain HTTP): the traffic was not encrypted</source>
        <translation>%1 是以 insecure 方式（明文 HTTP）访问的：通信未加密</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>TLS certificates of %1 are verified against %2 (--ca-cert).</source>
        <translation>%1 的 TLS 证书将用 %2 校验（--ca-cert）。</translation>
    </message>
    <message>
        <source>TLS certificates of %1 are NOT verified and plain HTTP is allowed (%2).</source>
        <translation>%1 的 TLS 证书不会被校验，并且允许明文 HTTP（%2）。</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::RegistryCommand</name>
    <message>
        <source>Run a local registry: up, down, restart, status, logs, detect, trust, mirror</source>
        <translation>运行本地镜像仓库：up、down、restart、status、logs、detect、trust、mirror</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>htpasswd (user %1)</source>
        <translation>htpasswd（用户 %1）</translation>
    </message>
    <message>
        <source>on (CA %1)</source>
        <translation>开启（CA %1）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Last log lines:</source>
        <translation>最近的日志行：</translation>
    </message>
    <message>
        <source>Start the local registry.</source>
        <translation>启动本地镜像仓库。</translation>
    </message>
    <message>
        <source>Port (default 5002).</source>
        <translation>端口（默认 5002）。</translation>
    </message>
    <message>
        <source>Storage directory (persistent).</source>
        <translation>存储目录（持久保存）。</translation>
    </message>
    <message>
        <source>Disable manifest/blob deletion.</source>
        <translation>禁止删除 manifest/blob。</translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>Serve HTTPS with a generated CA and certificate.</source>
        <translation>使用自动生成的 CA 和证书提供 HTTPS 服务。</translation>
    </message>
    <message>
        <source>Extra certificate name (default: this host).</source>
        <translation>证书的额外名称（默认：本机）。</translation>
    </message>
    <message>
        <source>binary, docker or podman (default: the first usable).</source>
        <translation>binary、docker 或 podman（默认：第一个可用的）。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port 需要 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>Unknown runtime &quot;%1&quot;</source>
        <translation>未知的运行方式“%1”</translation>
    </message>
    <message>
        <source>Use binary, docker or podman.</source>
        <translation>请使用 binary、docker 或 podman。</translation>
    </message>
    <message>
        <source>Next: `manifold registry trust` shows what Buildah, Podman and Docker need to use %1.</source>
        <translation>下一步：`manifold registry trust` 会显示 Buildah、Podman 和 Docker 使用 %1 所需的配置。</translation>
    </message>
    <message>
        <source>Stop the local registry (its storage is kept).</source>
        <translation>停止本地镜像仓库（保留其存储）。</translation>
    </message>
    <message>
        <source>Restart the local registry with its recorded settings.</source>
        <translation>按记录的设置重启本地镜像仓库。</translation>
    </message>
    <message>
        <source>Show the local registry&apos;s state.</source>
        <translation>显示本地镜像仓库的状态。</translation>
    </message>
    <message>
        <source>Print the registry&apos;s last log lines.</source>
        <translation>输出镜像仓库最近的日志行。</translation>
    </message>
    <message>
        <source>Number of lines (default 50).</source>
        <translation>行数（默认 50）。</translation>
    </message>
    <message>
        <source>Find registries answering on 127.0.0.1.</source>
        <translation>查找在 127.0.0.1 上应答的镜像仓库。</translation>
    </message>
    <message>
        <source>Also probe this port (repeatable).</source>
        <translation>同时探测此端口（可重复）。</translation>
    </message>
    <message>
        <source>Do not push a test index to check index support.</source>
        <translation>不推送测试索引来检查是否支持索引。</translation>
    </message>
    <message>
        <source>Bad port &quot;%1&quot;</source>
        <translation>无效端口“%1”</translation>
    </message>
    <message>
        <source>No registry answers on 127.0.0.1 ports probed.</source>
        <translation>在 127.0.0.1 探测的端口上没有镜像仓库应答。</translation>
    </message>
    <message>
        <source>port taken by %1, no HTTP answer</source>
        <translation>端口被 %1 占用，无 HTTP 应答</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>not a registry</source>
        <translation>不是镜像仓库</translation>
    </message>
    <message>
        <source>process: %1</source>
        <translation>进程：%1</translation>
    </message>
    <message>
        <source>auth:    %1</source>
        <translation>认证：%1</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>需要（%1）</translation>
    </message>
    <message>
        <source>indexes: %1</source>
        <translation>索引：%1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未测试</translation>
    </message>
    <message>
        <source>delete:  %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Show (or, with --write, apply) the configuration each engine needs.</source>
        <translation>显示（配合 --write 则应用）各引擎所需的配置。</translation>
    </message>
    <message>
        <source>buildah, podman or docker (default: all).</source>
        <translation>buildah、podman 或 docker（默认：全部）。</translation>
    </message>
    <message>
        <source>Write the files (needs permission on /etc).</source>
        <translation>写入这些文件（需要 /etc 的写权限）。</translation>
    </message>
    <message>
        <source>HOST:PORT (default: the managed registry, or localhost:5002).</source>
        <translation>HOST:PORT（默认：受管理的镜像仓库，或 localhost:5002）。</translation>
    </message>
    <message>
        <source>Write below this root instead of / (testing, images).</source>
        <translation>写入此根目录下而不是 /（用于测试、镜像）。</translation>
    </message>
    <message>
        <source>Unknown engine &quot;%1&quot;</source>
        <translation>未知引擎“%1”</translation>
    </message>
    <message>
        <source>Use buildah, podman or docker.</source>
        <translation>请使用 buildah、podman 或 docker。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Copy a multi-arch image (oci:DIR[:TAG], oci-archive:FILE[:TAG] or a registry reference) into the local registry.</source>
        <translation>将多架构镜像（oci:DIR[:TAG]、oci-archive:FILE[:TAG] 或镜像仓库引用）复制到本地镜像仓库。</translation>
    </message>
    <message>
        <source>oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker://HOST/REPO:TAG</source>
        <translation>oci:DIR[:TAG]、oci-archive:FILE[:TAG] 或 docker://HOST/REPO:TAG</translation>
    </message>
    <message>
        <source>Only these platforms (comma-separated).</source>
        <translation>只包含这些平台（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Tag each platform &lt;tag&gt;-&lt;arch&gt;.</source>
        <translation>为每个平台打上 &lt;tag&gt;-&lt;arch&gt; 标签。</translation>
    </message>
    <message>
        <source>Push the index under &lt;tag&gt;.</source>
        <translation>以 &lt;tag&gt; 推送索引。</translation>
    </message>
    <message>
        <source>Destination REPO[:TAG] (optionally HOST:PORT/REPO[:TAG]); default: the source&apos;s name.</source>
        <translation>目标 REPO[:TAG]（也可为 HOST:PORT/REPO[:TAG]）；默认：与源同名。</translation>
    </message>
    <message>
        <source>mirror needs one SOURCE</source>
        <translation>mirror 需要一个 SOURCE</translation>
    </message>
    <message>
        <source>No local registry to mirror into</source>
        <translation>没有可镜像到的本地镜像仓库</translation>
    </message>
    <message>
        <source>Start one with `manifold registry up`, or give --to HOST:PORT/REPO.</source>
        <translation>请用 `manifold registry up` 启动一个，或指定 --to HOST:PORT/REPO。</translation>
    </message>
    <message>
        <source>%1 blobs uploaded (%2 bytes), %3 already present</source>
        <translation>上传了 %1 个 blob（%2 字节），%3 个已存在</translation>
    </message>
    <message>
        <source>manifold registry: unknown action &quot;%1&quot;</source>
        <translation>manifold registry：未知操作“%1”</translation>
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
        <translation>用法：manifold registry &lt;action&gt; [选项]

操作：
  up       启动本地镜像仓库（默认 localhost:5002）
  down     停止它（保留存储）；--forget 还会删除其密码和设置
  restart  以相同设置停止并重新启动
  status   运行/停止/崩溃状态、pid、端口、url、存储、认证、tls、运行时长
  logs     镜像仓库最近的日志行
  detect   在 127.0.0.1（5000、5001、5002）上应答的镜像仓库，以及它们是否接受索引
  trust    Buildah、Podman 和 Docker 使用它所需的配置
  mirror   将多架构基础镜像复制进来，作为索引和/或按架构的 tag

运行 `manifold registry &lt;action&gt; --help` 查看其选项。
</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>%1 (image %2, %3)</source>
        <translation>%1（镜像 %2，%3）</translation>
    </message>
    <message>
        <source>host network</source>
        <translation>主机网络</translation>
    </message>
    <message>
        <source>port published</source>
        <translation>已发布端口</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>run with %1</source>
        <translation>运行参数 %1</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Require this user (bcrypt htpasswd). The password comes from --password-stdin or MANIFOLD_REGISTRY_PASSWORD, or is generated; it goes to the keychain, never to a file.</source>
        <translation>要求使用此用户认证（bcrypt htpasswd）。密码来自 --password-stdin 或 MANIFOLD_REGISTRY_PASSWORD，否则自动生成；它保存到系统密钥环，绝不写入文件。</translation>
    </message>
    <message>
        <source>Registry image for docker/podman, present locally (default: MANIFOLD_REGISTRY_IMAGE or registry:2).</source>
        <translation>供 docker/podman 使用的镜像仓库镜像，须已存在于本地（默认：MANIFOLD_REGISTRY_IMAGE 或 registry:2）。</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdin 没有读到密码</translation>
    </message>
    <message>
        <source>Pipe the password in, or leave out --password-stdin to have one generated.</source>
        <translation>请通过管道传入密码，或去掉 --password-stdin 以自动生成一个。</translation>
    </message>
    <message>
        <source>Password: in the keychain (service %1, key %2)</source>
        <translation>密码：保存在系统密钥环中（服务 %1，键 %2）</translation>
    </message>
    <message>
        <source>Generated password (shown once): %1</source>
        <translation>已生成密码（仅显示一次）：%1</translation>
    </message>
    <message>
        <source>Also delete the registry: its keychain password and settings (the storage stays unless --delete-storage).</source>
        <translation>同时删除该镜像仓库：其系统密钥环中的密码和设置（除非指定 --delete-storage，否则保留存储）。</translation>
    </message>
    <message>
        <source>With --forget: delete the storage (the images) too.</source>
        <translation>与 --forget 一起使用：同时删除存储（其中的镜像）。</translation>
    </message>
    <message>
        <source>--delete-storage needs --forget</source>
        <translation>--delete-storage 需要与 --forget 一起使用</translation>
    </message>
    <message>
        <source>manifest lists: %1</source>
        <translation>manifest list：%1</translation>
    </message>
    <message>
        <source>Interrupted; the registry was not left running.</source>
        <translation>已中断；镜像仓库没有留在运行状态。</translation>
    </message>
    <message>
        <source>Run the command again to start it.</source>
        <translation>再次运行该命令即可启动它。</translation>
    </message>
    <message>
        <source>tls:     %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>credentials: withheld - %1</source>
        <translation>凭据：未发送 - %1</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::StudioLauncher</name>
    <message>
        <source>cannot start the studio: %1</source>
        <translation>无法启动工作室：%1</translation>
    </message>
    <message>
        <source>Install the studio next to manifold (it ships in the same package; in a build tree, build the manifold-studio target), or run a command: manifold --help.</source>
        <translation>请将工作室安装在 manifold 旁边（它们在同一个软件包中；在构建目录中请构建 manifold-studio 目标），或运行一个命令：manifold --help。</translation>
    </message>
    <message>
        <source>the file is missing or not executable</source>
        <translation>文件不存在或不可执行</translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation>它没有运行</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::TagsCommand</name>
    <message>
        <source>List the tags of a registry repository</source>
        <translation>列出镜像仓库中某个仓库的所有 tag</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:5000/busybox</source>
        <translation>例如 127.0.0.1:5000/busybox</translation>
    </message>
    <message>
        <source>Ask for N tags per request.</source>
        <translation>每次请求获取 N 个 tag。</translation>
    </message>
    <message>
        <source>expected one repository</source>
        <translation>需要一个仓库</translation>
    </message>
</context>
<context>
    <name>Manifold::Cli::VerifyCommand</name>
    <message>
        <source>Check that an image&apos;s platforms, configs and binaries agree</source>
        <translation>校验镜像的平台、配置与二进制文件是否一致</translation>
    </message>
    <message>
        <source>Platforms the image must provide (comma-separated).</source>
        <translation>镜像必须提供的平台（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Do not explain what this host would run.</source>
        <translation>不说明本机会运行哪个平台。</translation>
    </message>
    <message>
        <source>Skip the layer scan (no binary checks).</source>
        <translation>跳过层扫描（不检查二进制文件）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Platforms: %1 (single-platform manifest)</source>
        <translation>平台：%1（单平台 manifest）</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>On this host:</source>
        <translation>在本机上：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>通过：%1</translation>
    </message>
</context>
<context>
    <name>Manifold::Dockerfile</name>
    <message>
        <source>too many check config parts in &quot;%1&quot;</source>
        <translation>“%1” 中的检查配置项过多</translation>
    </message>
    <message>
        <source>Write # check=skip=A,B;error=true;experimental=C.</source>
        <translation>请写成 # check=skip=A,B;error=true;experimental=C。</translation>
    </message>
    <message>
        <source>failed to parse check config error value &quot;%1&quot;</source>
        <translation>无法解析检查配置中的 error 值 “%1”</translation>
    </message>
    <message>
        <source>Use error=true or error=false.</source>
        <translation>请使用 error=true 或 error=false。</translation>
    </message>
    <message>
        <source>invalid check config key &quot;%1&quot;</source>
        <translation>无效的检查配置键 “%1”</translation>
    </message>
    <message>
        <source>Valid keys: skip, error, experimental.</source>
        <translation>有效的键：skip、error、experimental。</translation>
    </message>
    <message>
        <source>unknown flag: %1</source>
        <translation>未知的标志：%1</translation>
    </message>
    <message>
        <source>%1 does not take --%2; remove it or check the spelling.</source>
        <translation>%1 不接受 --%2；请删除它或检查拼写。</translation>
    </message>
    <message>
        <source>duplicate flag specified: %1</source>
        <translation>重复指定了标志：%1</translation>
    </message>
    <message>
        <source>Give --%1 once.</source>
        <translation>--%1 只能指定一次。</translation>
    </message>
    <message>
        <source>expecting boolean value for flag %1, not: %2</source>
        <translation>标志 %1 需要布尔值，而不是：%2</translation>
    </message>
    <message>
        <source>Write --%1 or --%1=true / --%1=false.</source>
        <translation>请写成 --%1 或 --%1=true / --%1=false。</translation>
    </message>
    <message>
        <source>missing a value on flag: %1</source>
        <translation>标志缺少值：%1</translation>
    </message>
    <message>
        <source>Write --%1=&lt;value&gt;.</source>
        <translation>请写成 --%1=&lt;value&gt;。</translation>
    </message>
    <message>
        <source>no build stage in current context</source>
        <translation>当前上下文中没有构建阶段</translation>
    </message>
    <message>
        <source>Only ARG may come before the first FROM; move %1 into a stage.</source>
        <translation>第一个 FROM 之前只能出现 ARG；请将 %1 移到某个阶段中。</translation>
    </message>
    <message>
        <source>failed to process &quot;%1&quot;: %2</source>
        <translation>处理 “%1” 失败：%2</translation>
    </message>
    <message>
        <source>Check the ${...} syntax and quotes; escape a literal $ as \$.</source>
        <translation>请检查 ${...} 语法和引号；字面量 $ 需转义为 \$。</translation>
    </message>
    <message>
        <source>Command &apos;%1&apos; should match the case of the command majority (%2)</source>
        <translation>命令 “%1” 的大小写应与多数命令保持一致（%2）</translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>小写</translation>
    </message>
    <message>
        <source>Write %1 as %2.</source>
        <translation>请将 %1 写成 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; keywords&apos; casing do not match</source>
        <translation>关键字 “%1” 与 “%2” 的大小写不一致</translation>
    </message>
    <message>
        <source>Write &apos;%1&apos; in the same case as &apos;%2&apos;.</source>
        <translation>请将 “%1” 写成与 “%2” 相同的大小写。</translation>
    </message>
    <message>
        <source>Stage name &apos;%1&apos; should be lowercase</source>
        <translation>阶段名 “%1” 应使用小写</translation>
    </message>
    <message>
        <source>Rename the stage to &apos;%1&apos;.</source>
        <translation>请将阶段重命名为 “%1”。</translation>
    </message>
    <message>
        <source>Stage name should not use the same name as reserved stage &quot;%1&quot;</source>
        <translation>阶段名不应与保留阶段名 “%1” 相同</translation>
    </message>
    <message>
        <source>Pick another stage name.</source>
        <translation>请换一个阶段名。</translation>
    </message>
    <message>
        <source>Duplicate stage name &quot;%1&quot;, stage names should be unique</source>
        <translation>阶段名 “%1” 重复，阶段名必须唯一</translation>
    </message>
    <message>
        <source>Rename one of the stages; COPY --from and FROM use the first.</source>
        <translation>请重命名其中一个阶段；COPY --from 和 FROM 会使用第一个。</translation>
    </message>
    <message>
        <source>Multiple %1 instructions should not be used in the same stage because only the last one will be used</source>
        <translation>同一阶段中不应使用多条 %1 指令，因为只有最后一条生效</translation>
    </message>
    <message>
        <source>Remove all but the last %1.</source>
        <translation>请只保留最后一条 %1。</translation>
    </message>
    <message>
        <source>Do not use ARG or ENV instructions for sensitive data (%1 &quot;%2&quot;)</source>
        <translation>不要在 ARG 或 ENV 指令中存放敏感数据（%1 “%2”）</translation>
    </message>
    <message>
        <source>Pass it with RUN --mount=type=secret,id=%1 so it stays out of the image history.</source>
        <translation>请通过 RUN --mount=type=secret,id=%1 传入，避免它留在镜像历史中。</translation>
    </message>
    <message>
        <source>JSON arguments recommended for %1 to prevent unintended behavior related to OS signals</source>
        <translation>建议 %1 使用 JSON 参数格式，以避免与操作系统信号相关的意外行为</translation>
    </message>
    <message>
        <source>Write %1 [&quot;executable&quot;, &quot;arg&quot;] so the process receives signals directly.</source>
        <translation>请写成 %1 [&quot;executable&quot;, &quot;arg&quot;]，让进程直接接收信号。</translation>
    </message>
    <message>
        <source>Maintainer instruction is deprecated in favor of using label</source>
        <translation>MAINTAINER 指令已弃用，请改用 LABEL</translation>
    </message>
    <message>
        <source>Use LABEL org.opencontainers.image.authors=&quot;%1&quot;.</source>
        <translation>请使用 LABEL org.opencontainers.image.authors=&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1 key=value&quot; should be used instead of legacy &quot;%1 key value&quot; format</source>
        <translation>应使用 “%1 key=value” 格式，而不是旧的 “%1 key value” 格式</translation>
    </message>
    <message>
        <source>Write %1 %2=&quot;%3&quot;.</source>
        <translation>请写成 %1 %2=&quot;%3&quot;。</translation>
    </message>
    <message>
        <source>Relative workdir &quot;%1&quot; can have unexpected results if the base image changes</source>
        <translation>相对路径的 WORKDIR “%1” 在基础镜像变化时可能产生意外结果</translation>
    </message>
    <message>
        <source>Use an absolute path, e.g. WORKDIR /%1.</source>
        <translation>请使用绝对路径，例如 WORKDIR /%1。</translation>
    </message>
    <message>
        <source>EXPOSE instruction should not define an IP address or host-port mapping, found &apos;%1&apos;</source>
        <translation>EXPOSE 指令不应定义 IP 地址或主机端口映射，发现 “%1”</translation>
    </message>
    <message>
        <source>EXPOSE only the container port (EXPOSE %1); map host ports with docker run -p.</source>
        <translation>EXPOSE 只写容器端口（EXPOSE %1）；主机端口请用 docker run -p 映射。</translation>
    </message>
    <message>
        <source>Defined protocol &apos;%1&apos; in EXPOSE instruction should be lowercase</source>
        <translation>EXPOSE 指令中定义的协议 “%1” 应使用小写</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>请写成 %1。</translation>
    </message>
    <message>
        <source>Setting platform to predefined %1 in FROM is redundant as this is the default behavior</source>
        <translation>在 FROM 中将平台设为预定义的 %1 是多余的，因为这就是默认行为</translation>
    </message>
    <message>
        <source>Remove --platform=%1.</source>
        <translation>请删除 --platform=%1。</translation>
    </message>
    <message>
        <source>FROM --platform flag should not use constant value &quot;%1&quot;</source>
        <translation>FROM 的 --platform 标志不应使用常量值 “%1”</translation>
    </message>
    <message>
        <source>Use --platform=$BUILDPLATFORM for build tools or drop the flag so the stage follows the target platform.</source>
        <translation>构建工具请使用 --platform=$BUILDPLATFORM，或去掉该标志，让该阶段跟随目标平台。</translation>
    </message>
    <message>
        <source>FROM argument &apos;%1&apos; is not declared</source>
        <translation>FROM 参数 “%1” 未声明</translation>
    </message>
    <message>
        <source>FROM argument &apos;%1&apos; is not declared (did you mean %2?)</source>
        <translation>FROM 参数 “%1” 未声明（是否想用 %2？）</translation>
    </message>
    <message>
        <source>Declare it before the first FROM: ARG %1=&lt;default&gt;.</source>
        <translation>请在第一个 FROM 之前声明：ARG %1=&lt;default&gt;。</translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos;</source>
        <translation>使用了未定义的变量 “$%1”</translation>
    </message>
    <message>
        <source>Usage of undefined variable &apos;$%1&apos; (did you mean $%2?)</source>
        <translation>使用了未定义的变量 “$%1”（是否想用 $%2？）</translation>
    </message>
    <message>
        <source>Declare it in the stage with ARG %1 (automatic platform ARGs are not visible inside a stage until declared).</source>
        <translation>请在该阶段中用 ARG %1 声明（自动提供的平台 ARG 在声明之前在阶段内不可见）。</translation>
    </message>
    <message>
        <source>Declare it with ARG %1 or ENV %1=&lt;value&gt; earlier in the stage.</source>
        <translation>请在该阶段中较早的位置用 ARG %1 或 ENV %1=&lt;value&gt; 声明。</translation>
    </message>
    <message>
        <source>Default value for ARG %1 results in empty or invalid base image name</source>
        <translation>ARG %1 的默认值导致基础镜像名为空或无效</translation>
    </message>
    <message>
        <source>Give the global ARG a default that makes a valid image reference.</source>
        <translation>请为全局 ARG 设置一个能构成有效镜像引用的默认值。</translation>
    </message>
    <message>
        <source>stage %1 of the final image is pinned to %2, so the %3 image is built from a %2 base and will fail with &quot;exec format error&quot; on %3 hosts</source>
        <translation>最终镜像的阶段 %1 被固定为 %2，因此 %3 镜像会基于 %2 基础镜像构建，在 %3 主机上会报 “exec format error” 失败</translation>
    </message>
    <message>
        <source>Drop the constant --platform from the final image&apos;s FROM (or use $TARGETPLATFORM) so each target gets its own base.</source>
        <translation>请从最终镜像的 FROM 中去掉常量 --platform（或使用 $TARGETPLATFORM），让每个目标平台使用各自的基础镜像。</translation>
    </message>
    <message>
        <source>COPY --from=%1 puts files built for %2 into the %3 image; binaries among them fail with &quot;exec format error&quot; there</source>
        <translation>COPY --from=%1 会把为 %2 构建的文件放入 %3 镜像；其中的二进制文件在那里会报 “exec format error” 失败</translation>
    </message>
    <message>
        <source>Build %1 with FROM --platform=$BUILDPLATFORM and cross-compile for $TARGETARCH, or let it follow the target platform.</source>
        <translation>请用 FROM --platform=$BUILDPLATFORM 构建 %1，并针对 $TARGETARCH 交叉编译，或者让它跟随目标平台。</translation>
    </message>
    <message>
        <source>RUN in stage %1 compiles with %2 under QEMU emulation of %3 on this %4 host; emulated compilers are often 5-20x slower</source>
        <translation>阶段 %1 中的 RUN 在这台 %4 主机上通过 QEMU 模拟 %3，并用 %2 进行编译；模拟运行的编译器通常慢 5–20 倍</translation>
    </message>
    <message>
        <source>Cross-compile instead: FROM --platform=$BUILDPLATFORM ... AS %1, then ARG TARGETOS TARGETARCH and build for them (e.g. GOOS=$TARGETOS GOARCH=$TARGETARCH go build, cargo build --target, a cross gcc).</source>
        <translation>请改用交叉编译：FROM --platform=$BUILDPLATFORM ... AS %1，然后 ARG TARGETOS TARGETARCH 并针对它们构建（例如 GOOS=$TARGETOS GOARCH=$TARGETARCH go build、cargo build --target 或交叉编译 gcc）。</translation>
    </message>
    <message>
        <source>FROM uses $%1 without a global ARG %1: BuildKit provides it, but Buildah and Podman leave it empty, so the base name changes there</source>
        <translation>FROM 使用了 $%1，但没有全局 ARG %1：BuildKit 会提供该值，而 Buildah 和 Podman 会将其留空，导致基础镜像名在那里发生变化</translation>
    </message>
    <message>
        <source>Add &quot;ARG %1&quot; before the first FROM.</source>
        <translation>请在第一个 FROM 之前添加 “ARG %1”。</translation>
    </message>
    <message>
        <source>base image %1 is pulled for %2 within one build; Buildah and Podman keep one local image per name, so a stage can run on the variant pulled for the other platform</source>
        <translation>基础镜像 %1 在一次构建中会为 %2 分别拉取；Buildah 和 Podman 每个名称只保留一个本地镜像，因此某个阶段可能会运行在为其他平台拉取的变体上</translation>
    </message>
    <message>
        <source>Pin each FROM to a per-platform digest (%1@sha256:...), or build with BuildKit.</source>
        <translation>请将每个 FROM 固定到对应平台的 digest（%1@sha256:...），或使用 BuildKit 构建。</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>未知指令：%1</translation>
    </message>
    <message>
        <source>FROM requires either one or three arguments</source>
        <translation>FROM 需要一个或三个参数</translation>
    </message>
    <message>
        <source>Write FROM &lt;image&gt; [AS &lt;name&gt;].</source>
        <translation>请写成 FROM &lt;image&gt; [AS &lt;name&gt;]。</translation>
    </message>
    <message>
        <source>The second word must be AS.</source>
        <translation>第二个词必须是 AS。</translation>
    </message>
    <message>
        <source>invalid name for build stage: &quot;%1&quot;, name can&apos;t start with a number or contain symbols</source>
        <translation>构建阶段名无效：“%1”，名称不能以数字开头或包含符号</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter.</source>
        <translation>请使用字母、数字、“-”、“_” 和 “.”，并以字母开头。</translation>
    </message>
    <message>
        <source>%1 requires at least two arguments, but only one was provided. Destination could not be determined</source>
        <translation>%1 至少需要两个参数，但只提供了一个，无法确定目标路径</translation>
    </message>
    <message>
        <source>&apos;%1&apos; doesn&apos;t support variable expansion, define alias stage instead</source>
        <translation>“%1” 不支持变量展开，请改为定义一个别名阶段</translation>
    </message>
    <message>
        <source>Create a stage FROM ${VAR} AS name and mount from=name.</source>
        <translation>请创建一个 FROM ${VAR} AS name 阶段，再用 from=name 挂载。</translation>
    </message>
    <message>
        <source>ARG names can not be blank</source>
        <translation>ARG 名称不能为空</translation>
    </message>
    <message>
        <source>ARG requires at least one argument</source>
        <translation>ARG 至少需要一个参数</translation>
    </message>
    <message>
        <source>Chaining ONBUILD via `ONBUILD ONBUILD` isn&apos;t allowed</source>
        <translation>不允许通过 `ONBUILD ONBUILD` 链式使用 ONBUILD</translation>
    </message>
    <message>
        <source>%1 isn&apos;t allowed as an ONBUILD trigger</source>
        <translation>%1 不能用作 ONBUILD 触发指令</translation>
    </message>
    <message>
        <source>unsupported mount type &quot;%1&quot;</source>
        <translation>不支持的挂载类型 “%1”</translation>
    </message>
    <message>
        <source>Use one of type=bind, cache, tmpfs, secret or ssh.</source>
        <translation>请使用 type=bind、cache、tmpfs、secret 或 ssh 之一。</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>“%2” 中有意外的键 “%1”</translation>
    </message>
    <message>
        <source>Write the field as key=value.</source>
        <translation>请将该字段写成 key=value。</translation>
    </message>
    <message>
        <source>unsupported sharing value &quot;%1&quot;</source>
        <translation>不支持的 sharing 值 “%1”</translation>
    </message>
    <message>
        <source>Use sharing=shared, private or locked.</source>
        <translation>请使用 sharing=shared、private 或 locked。</translation>
    </message>
    <message>
        <source>Valid keys: type, from, source, target, id, sharing, mode, uid, gid, readonly, required, env.</source>
        <translation>有效的键：type、from、source、target、id、sharing、mode、uid、gid、readonly、required、env。</translation>
    </message>
    <message>
        <source>invalid value for %1: %2</source>
        <translation>%1 的值无效：%2</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>请使用 true 或 false。</translation>
    </message>
    <message>
        <source>mount type %1 requires a target</source>
        <translation>挂载类型 %1 需要 target</translation>
    </message>
    <message>
        <source>Add target=/path to the --mount value.</source>
        <translation>请在 --mount 的值中添加 target=/path。</translation>
    </message>
    <message>
        <source>the Dockerfile has no FROM instruction, so there is nothing to build</source>
        <translation>Dockerfile 中没有 FROM 指令，因此没有可构建的内容</translation>
    </message>
    <message>
        <source>Add FROM &lt;image&gt; (or FROM scratch) before the build steps.</source>
        <translation>请在构建步骤之前添加 FROM &lt;image&gt;（或 FROM scratch）。</translation>
    </message>
    <message>
        <source>base name (%1) should not be blank</source>
        <translation>基础镜像名（%1）不能为空</translation>
    </message>
    <message>
        <source>Give the ARG used in FROM a default value or pass --build-arg.</source>
        <translation>请为 FROM 中使用的 ARG 设置默认值，或传入 --build-arg。</translation>
    </message>
    <message>
        <source>failed to parse platform %1: %2</source>
        <translation>无法解析平台 %1：%2</translation>
    </message>
    <message>
        <source>empty platform</source>
        <translation>平台为空</translation>
    </message>
    <message>
        <source>Use os/arch[/variant], e.g. --platform=$BUILDPLATFORM or linux/arm64.</source>
        <translation>请使用 os/arch[/variant] 格式，例如 --platform=$BUILDPLATFORM 或 linux/arm64。</translation>
    </message>
    <message>
        <source>FROM %1 resolves to &quot;%2&quot; for %3, but no stage is named &quot;%2&quot; (stages matching: %4); BuildKit would try to pull an image called &quot;%2&quot; and the build fails</source>
        <translation>对于 %3，FROM %1 解析为 “%2”，但没有名为 “%2” 的阶段（匹配的阶段：%4）；BuildKit 会尝试拉取名为 “%2” 的镜像，导致构建失败</translation>
    </message>
    <message>
        <source>Add a stage FROM ... AS %1, or drop %2 from the --platform list.</source>
        <translation>请添加阶段 FROM ... AS %1，或从 --platform 列表中去掉 %2。</translation>
    </message>
    <message>
        <source>variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround</source>
        <translation>--from 不支持变量展开，变通做法是用全局作用域的 ARG 通过 FROM 定义一个新阶段</translation>
    </message>
    <message>
        <source>Add FROM ${VAR} AS source-stage and use --from=source-stage.</source>
        <translation>请添加 FROM ${VAR} AS source-stage，并使用 --from=source-stage。</translation>
    </message>
    <message>
        <source>invalid stage index %1</source>
        <translation>无效的阶段索引 %1</translation>
    </message>
    <message>
        <source>--from=&lt;n&gt; must name an earlier stage (0 to %1).</source>
        <translation>--from=&lt;n&gt; 必须指向之前的阶段（0 到 %1）。</translation>
    </message>
    <message>
        <source>cannot copy from stage &quot;%1&quot;, it needs to be defined before current stage &quot;%2&quot;</source>
        <translation>无法从阶段 “%1” 复制，它必须定义在当前阶段 “%2” 之前</translation>
    </message>
    <message>
        <source>Move the stage &quot;%1&quot; above this one.</source>
        <translation>请将阶段 “%1” 移到此阶段之前。</translation>
    </message>
    <message>
        <source>target stage &quot;%1&quot; could not be found</source>
        <translation>找不到目标阶段 “%1”</translation>
    </message>
    <message>
        <source>Name a stage with FROM &lt;image&gt; AS &lt;name&gt;.</source>
        <translation>请用 FROM &lt;image&gt; AS &lt;name&gt; 为阶段命名。</translation>
    </message>
    <message>
        <source>Stages in this file: %1.</source>
        <translation>此文件中的阶段：%1。</translation>
    </message>
    <message>
        <source>circular dependency detected on stage: %1</source>
        <translation>检测到阶段循环依赖：%1</translation>
    </message>
    <message>
        <source>Break the loop of FROM / COPY --from references.</source>
        <translation>请打破 FROM / COPY --from 引用构成的循环。</translation>
    </message>
</context>
<context>
    <name>Manifold::Dockerfile::Parser</name>
    <message>
        <source>cannot read the Dockerfile: %1</source>
        <translation>无法读取 Dockerfile：%1</translation>
    </message>
    <message>
        <source>Check that the path exists and is readable.</source>
        <translation>请检查路径是否存在且可读。</translation>
    </message>
    <message>
        <source>JSON strings need double quotes, not single quotes</source>
        <translation>JSON 字符串需要使用双引号，而不是单引号</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串没有闭合</translation>
    </message>
    <message>
        <source>the closing &apos;]&apos; is missing</source>
        <translation>缺少右方括号 “]”</translation>
    </message>
    <message>
        <source>there is text after the closing &apos;]&apos;</source>
        <translation>右方括号 “]” 之后还有文本</translation>
    </message>
    <message>
        <source>the elements are not separated by commas</source>
        <translation>元素之间没有用逗号分隔</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>%1 arguments look like a JSON array but %2; BuildKit uses the shell form instead and runs the text through a shell</source>
        <translation>%1 的参数看起来像 JSON 数组，但%2；BuildKit 会改用 shell 格式，通过 shell 执行这段文本</translation>
    </message>
    <message>
        <source>Write a valid JSON array of double-quoted strings, e.g. [&quot;/app&quot;, &quot;--flag&quot;].</source>
        <translation>请写成由双引号字符串组成的有效 JSON 数组，例如 [&quot;/app&quot;, &quot;--flag&quot;]。</translation>
    </message>
    <message>
        <source>ONBUILD instructions nested too deeply</source>
        <translation>ONBUILD 指令嵌套过深</translation>
    </message>
    <message>
        <source>ONBUILD takes one ordinary instruction, e.g. ONBUILD RUN make.</source>
        <translation>ONBUILD 只接受一条普通指令，例如 ONBUILD RUN make。</translation>
    </message>
    <message>
        <source>empty instruction: a line continuation is followed by nothing</source>
        <translation>空指令：续行符后面没有内容</translation>
    </message>
    <message>
        <source>Remove the trailing &apos;%1&apos; or add the rest of the instruction.</source>
        <translation>请删除末尾的 “%1”，或补全指令的其余部分。</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>未知指令：%1</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation>（是否想用 %1？）</translation>
    </message>
    <message>
        <source>Use one of FROM, RUN, COPY, ADD, ENV, ARG, LABEL, WORKDIR, USER, EXPOSE, VOLUME, CMD, ENTRYPOINT, SHELL, HEALTHCHECK, STOPSIGNAL, ONBUILD, MAINTAINER.</source>
        <translation>请使用以下指令之一：FROM、RUN、COPY、ADD、ENV、ARG、LABEL、WORKDIR、USER、EXPOSE、VOLUME、CMD、ENTRYPOINT、SHELL、HEALTHCHECK、STOPSIGNAL、ONBUILD、MAINTAINER。</translation>
    </message>
    <message>
        <source>Replace &apos;%1&apos; with %2.</source>
        <translation>请将 “%1” 替换为 %2。</translation>
    </message>
    <message>
        <source>when using JSON array syntax, arrays must be comprised of strings only</source>
        <translation>使用 JSON 数组语法时，数组只能由字符串组成</translation>
    </message>
    <message>
        <source>Quote every element of the array, e.g. [&quot;echo&quot;, &quot;1&quot;], or use the shell form without brackets.</source>
        <translation>请给数组的每个元素加上引号，例如 [&quot;echo&quot;, &quot;1&quot;]，或使用不带方括号的 shell 格式。</translation>
    </message>
    <message>
        <source>%1 must have two arguments</source>
        <translation>%1 必须有两个参数</translation>
    </message>
    <message>
        <source>Give %1 a value: %1 %2=value</source>
        <translation>请为 %1 指定值：%1 %2=value</translation>
    </message>
    <message>
        <source>Syntax error - can&apos;t find = in %1. Must be of the form: name=value</source>
        <translation>语法错误 - 在 %1 中找不到 =，必须是 name=value 格式</translation>
    </message>
    <message>
        <source>Write every %1 entry as name=value, quoting values that contain spaces.</source>
        <translation>请将每个 %1 条目写成 name=value，包含空格的值需加引号。</translation>
    </message>
    <message>
        <source>file with no instructions</source>
        <translation>文件中没有任何指令</translation>
    </message>
    <message>
        <source>Add at least a FROM instruction, e.g. FROM alpine:3.20.</source>
        <translation>请至少添加一条 FROM 指令，例如 FROM alpine:3.20。</translation>
    </message>
    <message>
        <source>Write the delimiter as one plain or quoted word, e.g. &lt;&lt;EOF or &lt;&lt;&apos;EOF&apos;.</source>
        <translation>请将分隔符写成一个普通或带引号的单词，例如 &lt;&lt;EOF 或 &lt;&lt;&apos;EOF&apos;。</translation>
    </message>
    <message>
        <source>unterminated heredoc: no line &quot;%1&quot; closes the here-document opened here</source>
        <translation>heredoc 未结束：没有一行 “%1” 来结束此处开始的 here-document</translation>
    </message>
    <message>
        <source>End the body with a line containing only %1%2.</source>
        <translation>请以一行仅包含 %1%2 的内容结束正文。</translation>
    </message>
    <message>
        <source>tabs and </source>
        <translation>制表符和 </translation>
    </message>
    <message>
        <source>only one %1 parser directive can be used</source>
        <translation>%1 解析器指令只能使用一次</translation>
    </message>
    <message>
        <source>Remove this line; the first &apos;# %1=&apos; directive applies.</source>
        <translation>请删除这一行；第一个 “# %1=” 指令生效。</translation>
    </message>
    <message>
        <source>invalid escape token &apos;%1&apos; does not match ` or \</source>
        <translation>无效的转义字符 “%1”，必须是 ` 或 \</translation>
    </message>
    <message>
        <source>Use &apos;# escape=\&apos; (the default) or &apos;# escape=`&apos;.</source>
        <translation>请使用 “# escape=\”（默认）或 “# escape=`”。</translation>
    </message>
    <message>
        <source>Empty continuation line found in: %1</source>
        <translation>发现空的续行：%1</translation>
    </message>
    <message>
        <source>Remove the empty line(s) %1 inside the continued instruction, or put a comment on them; empty continuation lines will become errors in a future release.</source>
        <translation>请删除续行指令中的空行 %1，或在其中写上注释；将来的版本会把空续行视为错误。</translation>
    </message>
    <message>
        <source>dockerfile line greater than max allowed size of %1</source>
        <translation>Dockerfile 行长度超过允许的最大值 %1</translation>
    </message>
    <message>
        <source>Split the line with &apos;%1&apos; continuations.</source>
        <translation>请用 “%1” 续行符拆分这一行。</translation>
    </message>
</context>
<context>
    <name>Manifold::HostProbe</name>
    <message>
        <source>install QEMU user emulation: sudo apt-get install qemu-user-static binfmt-support (Fedora: sudo dnf install qemu-user-static), then sudo update-binfmts --enable</source>
        <translation>安装 QEMU 用户态模拟：sudo apt-get install qemu-user-static binfmt-support（Fedora：sudo dnf install qemu-user-static），然后运行 sudo update-binfmts --enable</translation>
    </message>
    <message>
        <source>native (in the container VM)</source>
        <translation>原生（在容器虚拟机中）</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>native (compatibility mode of %1)</source>
        <translation>原生（%1 的兼容模式）</translation>
    </message>
    <message>
        <source>only when the CPU implements AArch32 at EL0; Apple Silicon and many recent arm64 server CPUs do not, and then need QEMU</source>
        <translation>仅当 CPU 在 EL0 支持 AArch32 时可用；Apple Silicon 和许多较新的 arm64 服务器 CPU 不支持，此时需要 QEMU</translation>
    </message>
    <message>
        <source>binfmt_misc is not mounted</source>
        <translation>binfmt_misc 未挂载</translation>
    </message>
    <message>
        <source>sudo mount -t binfmt_misc binfmt_misc %1, then %2</source>
        <translation>sudo mount -t binfmt_misc binfmt_misc %1，然后 %2</translation>
    </message>
    <message>
        <source>%1 (flags %2)</source>
        <translation>%1（标志 %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the handler lacks the F (fix-binary) flag: the emulator is looked up inside each container, so builds fail with &quot;exec format error&quot; or &quot;no such file&quot;; re-register it with F (reinstall qemu-user-static, or docker run --privileged --rm tonistiigi/binfmt --install all)</source>
        <translation>该处理程序缺少 F（fix-binary）标志：模拟器会在每个容器内部查找，因此构建会报 “exec format error” 或 “no such file” 失败；请带 F 标志重新注册（重新安装 qemu-user-static，或运行 docker run --privileged --rm tonistiigi/binfmt --install all）</translation>
    </message>
    <message>
        <source>the interpreter %1 does not exist</source>
        <translation>解释器 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is registered but disabled</source>
        <translation>%1 已注册但被禁用</translation>
    </message>
    <message>
        <source>sudo update-binfmts --enable %1</source>
        <translation>sudo update-binfmts --enable %1</translation>
    </message>
    <message>
        <source>echo 1 | sudo tee %1/status</source>
        <translation>echo 1 | sudo tee %1/status</translation>
    </message>
    <message>
        <source>no emulator registered</source>
        <translation>未注册模拟器</translation>
    </message>
    <message>
        <source>Docker Desktop and Podman machine include QEMU/Rosetta: enable &quot;Use Rosetta for x86/amd64 emulation&quot; or run: docker run --privileged --rm tonistiigi/binfmt --install all</source>
        <translation>Docker Desktop 和 Podman machine 自带 QEMU/Rosetta：启用 “Use Rosetta for x86/amd64 emulation”，或运行：docker run --privileged --rm tonistiigi/binfmt --install all</translation>
    </message>
</context>
<context>
    <name>Manifold::LocalRegistry</name>
    <message>
        <source>The registry&apos;s CA certificate cannot be read</source>
        <translation>无法读取镜像仓库的 CA 证书</translation>
    </message>
    <message>
        <source>Start the registry with --tls first; it writes the CA.</source>
        <translation>请先用 --tls 启动镜像仓库，它会生成 CA。</translation>
    </message>
    <message>
        <source>Cannot read Docker&apos;s daemon.json</source>
        <translation>无法读取 Docker 的 daemon.json</translation>
    </message>
    <message>
        <source>Run with permission to read it (sudo), or add &quot;%1&quot; to insecure-registries by hand.</source>
        <translation>请以有权限读取它的身份运行（sudo），或手动将 “%1” 添加到 insecure-registries。</translation>
    </message>
    <message>
        <source>Docker&apos;s daemon.json is not a valid JSON object (%1 at offset %2); Manifold will not overwrite it</source>
        <translation>Docker 的 daemon.json 不是有效的 JSON 对象（偏移量 %2 处：%1）；Manifold 不会覆盖它</translation>
    </message>
    <message>
        <source>Fix the file, then run the trust step again.</source>
        <translation>请修复该文件，然后重新执行信任步骤。</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 超时</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>已退出，退出码 %1</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）终止</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Unlock or start the system keychain (on Linux a Secret Service such as gnome-keyring).</source>
        <translation>请解锁或启动系统密钥环（Linux 上为 Secret Service，例如 gnome-keyring）。</translation>
    </message>
    <message>
        <source>could not push a test blob: %1</source>
        <translation>无法推送测试 blob：%1</translation>
    </message>
    <message>
        <source>could not push a test image manifest: %1</source>
        <translation>无法推送测试镜像 manifest：%1</translation>
    </message>
    <message>
        <source>The local registry state file is not valid (runtime or port missing)</source>
        <translation>本地镜像仓库的状态文件无效（缺少 runtime 或 port）</translation>
    </message>
    <message>
        <source>Stop any registry still running on the recorded port by hand, then delete the file and run `manifold registry up` again.</source>
        <translation>请手动停止仍在记录端口上运行的镜像仓库，然后删除该文件，再重新运行 `manifold registry up`。</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>Cannot write TLS material</source>
        <translation>无法写入 TLS 证书和密钥</translation>
    </message>
    <message>
        <source>Docker trusts this CA for %1 (read per connection, no restart needed)</source>
        <translation>Docker 为 %1 信任此 CA（每次连接时读取，无需重启）</translation>
    </message>
    <message>
        <source>allow plain HTTP to %1 (existing settings kept)</source>
        <translation>允许通过明文 HTTP 访问 %1（保留现有设置）</translation>
    </message>
    <message>
        <source>Docker already treats 127.0.0.0/8 as insecure, so localhost usually works without this; the entry makes it explicit and covers a host name that resolves elsewhere.</source>
        <translation>Docker 本来就把 127.0.0.0/8 视为 insecure，所以通常不加这一项也能访问 localhost；添加后会显式声明，并覆盖解析到其他地址的主机名。</translation>
    </message>
    <message>
        <source>Docker Desktop (macOS/Windows): put the same setting in Settings &gt; Docker Engine.</source>
        <translation>Docker Desktop（macOS/Windows）：在 Settings &gt; Docker Engine 中添加相同的设置。</translation>
    </message>
    <message>
        <source>%1 trusts this CA for %2</source>
        <translation>%1 为 %2 信任此 CA</translation>
    </message>
    <message>
        <source>Rootless alternative: ~/.config/containers/certs.d/%1/ca.crt</source>
        <translation>Rootless 替代方案：~/.config/containers/certs.d/%1/ca.crt</translation>
    </message>
    <message>
        <source># Generated by Manifold: the local registry at %1 speaks plain HTTP.
</source>
        <translation># 由 Manifold 生成：位于 %1 的本地镜像仓库使用明文 HTTP。
</translation>
    </message>
    <message>
        <source>allow plain HTTP to %1</source>
        <translation>允许通过明文 HTTP 访问 %1</translation>
    </message>
    <message>
        <source>Rootless alternative: ~/.config/containers/registries.conf.d/%1</source>
        <translation>Rootless 替代方案：~/.config/containers/registries.conf.d/%1</translation>
    </message>
    <message>
        <source>Per command instead: --tls-verify=false</source>
        <translation>或者按命令指定：--tls-verify=false</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Run these commands as an administrator:
%1</source>
        <translation>请以管理员身份运行以下命令：
%1</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; cannot be used for htpasswd auth</source>
        <translation>用户名 “%1” 不能用于 htpasswd 认证</translation>
    </message>
    <message>
        <source>Use a non-empty name without &apos;:&apos; or line breaks.</source>
        <translation>请使用不含 “:” 和换行符的非空用户名。</translation>
    </message>
    <message>
        <source>The registry password is empty</source>
        <translation>镜像仓库密码为空</translation>
    </message>
    <message>
        <source>Give a password (bcrypt hashes at most its first 72 bytes).</source>
        <translation>请提供密码（bcrypt 最多只对前 72 个字节做哈希）。</translation>
    </message>
    <message>
        <source>libcrypt cannot make a bcrypt ($2y$) salt</source>
        <translation>libcrypt 无法生成 bcrypt（$2y$）盐值</translation>
    </message>
    <message>
        <source>Install libxcrypt (Debian: libcrypt1), which supports bcrypt.</source>
        <translation>请安装支持 bcrypt 的 libxcrypt（Debian：libcrypt1）。</translation>
    </message>
    <message>
        <source>libcrypt cannot hash the password with bcrypt</source>
        <translation>libcrypt 无法用 bcrypt 对密码做哈希</translation>
    </message>
    <message>
        <source>Cannot write the htpasswd file</source>
        <translation>无法写入 htpasswd 文件</translation>
    </message>
    <message>
        <source>Mirroring from &quot;%1&quot; is not supported</source>
        <translation>不支持从 “%1” 同步</translation>
    </message>
    <message>
        <source>Give an OCI layout (oci:DIR[:TAG]), an archive (oci-archive:FILE[:TAG]) or a registry reference (docker://HOST/REPO:TAG); without registry access, copy it into a layout first: skopeo copy --all docker://IMAGE oci:DIR:TAG</source>
        <translation>请提供 OCI 布局（oci:DIR[:TAG]）、归档文件（oci-archive:FILE[:TAG]）或镜像仓库引用（docker://HOST/REPO:TAG）；如果无法访问镜像仓库，请先将其复制到布局中：skopeo copy --all docker://IMAGE oci:DIR:TAG</translation>
    </message>
    <message>
        <source>No source image to mirror</source>
        <translation>没有要同步的源镜像</translation>
    </message>
    <message>
        <source>Nothing to push: neither an index nor per-arch tags</source>
        <translation>没有要推送的内容：既没有索引，也没有按架构区分的 tag</translation>
    </message>
    <message>
        <source>Ask for --index, --per-arch-tags, or both.</source>
        <translation>请指定 --index、--per-arch-tags，或两者都指定。</translation>
    </message>
    <message>
        <source>blob %1 already present</source>
        <translation>blob %1 已存在</translation>
    </message>
    <message>
        <source>uploading blob %1</source>
        <translation>正在上传 blob %1</translation>
    </message>
    <message>
        <source>pushed manifest %1</source>
        <translation>已推送 manifest %1</translation>
    </message>
    <message>
        <source>tagged %1:%2</source>
        <translation>已打 tag %1:%2</translation>
    </message>
    <message>
        <source>pushed index %1:%2</source>
        <translation>已推送索引 %1:%2</translation>
    </message>
    <message>
        <source>the registry %1</source>
        <translation>镜像仓库 %1</translation>
    </message>
    <message>
        <source>Cannot store the registry password in the keychain</source>
        <translation>无法将镜像仓库密码保存到系统密钥环</translation>
    </message>
    <message>
        <source>Cannot read the registry password from the keychain</source>
        <translation>无法从系统密钥环读取镜像仓库密码</translation>
    </message>
    <message>
        <source>Cannot remove the registry password from the keychain</source>
        <translation>无法从系统密钥环删除镜像仓库密码</translation>
    </message>
    <message>
        <source>a process Manifold cannot see (another user, a container proxy or another namespace)</source>
        <translation>Manifold 无法查看的进程（其他用户、容器代理或其他命名空间）</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>Choose another port (port %1 is free: --port %1) or stop %2.</source>
        <translation>请选择其他端口（端口 %1 空闲：--port %1），或停止 %2。</translation>
    </message>
    <message>
        <source>Choose another port or stop %1.</source>
        <translation>请选择其他端口，或停止 %1。</translation>
    </message>
    <message>
        <source>Its command line: %1</source>
        <translation>其命令行：%1</translation>
    </message>
    <message>
        <source>Port %1 is already in use by %2</source>
        <translation>端口 %1 已被 %2 占用</translation>
    </message>
    <message>
        <source>Cannot create the TLS directory</source>
        <translation>无法创建 TLS 目录</translation>
    </message>
    <message>
        <source>Cannot generate the CA key</source>
        <translation>无法生成 CA 密钥</translation>
    </message>
    <message>
        <source>Cannot create the CA certificate</source>
        <translation>无法创建 CA 证书</translation>
    </message>
    <message>
        <source>Cannot sign the CA certificate</source>
        <translation>无法签署 CA 证书</translation>
    </message>
    <message>
        <source>Cannot generate the server key</source>
        <translation>无法生成服务器密钥</translation>
    </message>
    <message>
        <source>Cannot create the server certificate</source>
        <translation>无法创建服务器证书</translation>
    </message>
    <message>
        <source>Cannot sign the server certificate</source>
        <translation>无法签署服务器证书</translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation>Docker manifest list</translation>
    </message>
    <message>
        <source>OCI image index</source>
        <translation>OCI 镜像索引</translation>
    </message>
    <message>
        <source>the registry refused a %1: %2</source>
        <translation>镜像仓库拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>the %1 was accepted but cannot be read back: %2</source>
        <translation>%1 已被接受，但无法读回：%2</translation>
    </message>
    <message>
        <source>the %1 read back differs from what was pushed (%2, media type %3): the registry rewrites it</source>
        <translation>读回的 %1 与推送的内容不同（%2，媒体类型 %3）：镜像仓库会改写它</translation>
    </message>
    <message>
        <source>accepts a %1 and returns it unchanged</source>
        <translation>接受 %1 并原样返回</translation>
    </message>
    <message>
        <source>deletion is off, the test list stays in %1</source>
        <translation>删除功能已关闭，测试用的列表保留在 %1 中</translation>
    </message>
    <message>
        <source>blob %1 failed: %2</source>
        <translation>blob %1 失败：%2</translation>
    </message>
    <message>
        <source>blob %1 %2</source>
        <translation>blob %1 %2</translation>
    </message>
    <message>
        <source>not tested: the registry requires credentials</source>
        <translation>未测试：该镜像仓库需要凭据</translation>
    </message>
    <message>
        <source>%1 is not the CNCF distribution registry (its --version says: %2)</source>
        <translation>%1 不是 CNCF distribution 镜像仓库（其 --version 输出：%2）</translation>
    </message>
    <message>
        <source>no `registry` or `docker-registry` binary on PATH (Debian/Ubuntu: apt install docker-registry)</source>
        <translation>PATH 中没有 `registry` 或 `docker-registry` 可执行文件（Debian/Ubuntu：apt install docker-registry）</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>未安装 %1</translation>
    </message>
    <message>
        <source>%1 could not be run</source>
        <translation>无法运行 %1</translation>
    </message>
    <message>
        <source>the Docker daemon is not reachable: %1</source>
        <translation>无法连接 Docker 守护进程：%1</translation>
    </message>
    <message>
        <source>the image %1 is not present locally and Manifold does not pull it (run `%2 pull %1` yourself to use this runtime)</source>
        <translation>本地没有镜像 %1，且 Manifold 不会自动拉取（如需使用此运行时，请自行运行 `%2 pull %1`）</translation>
    </message>
    <message>
        <source>The %1 runtime cannot run the registry</source>
        <translation>%1 运行时无法运行镜像仓库</translation>
    </message>
    <message>
        <source>No runtime can run the registry</source>
        <translation>没有可运行镜像仓库的运行时</translation>
    </message>
    <message>
        <source>Install Debian&apos;s docker-registry package (apt install docker-registry), or make the registry:2 image available to Docker or Podman, or name another local registry image (`manifold registry up --image IMAGE` or MANIFOLD_REGISTRY_IMAGE).</source>
        <translation>请安装 Debian 的 docker-registry 软件包（apt install docker-registry），或让 Docker 或 Podman 能使用 registry:2 镜像，或指定另一个本地镜像仓库镜像（`manifold registry up --image IMAGE` 或 MANIFOLD_REGISTRY_IMAGE）。</translation>
    </message>
    <message>
        <source>the TLS certificate of 127.0.0.1:%1 could not be verified (%2), so the credentials were not sent. Give the registry&apos;s CA certificate (or trust it system-wide) and detect again.</source>
        <translation>无法验证 127.0.0.1:%1 的 TLS 证书（%2），因此没有发送凭据。请提供该镜像仓库的 CA 证书（或在系统范围内信任它），然后重新检测。</translation>
    </message>
    <message>
        <source>not tested: the registry requires credentials, which were withheld (TLS not verified)</source>
        <translation>未测试：镜像仓库需要凭据，但凭据未发送（TLS 未验证）</translation>
    </message>
    <message>
        <source>not tested: the registry refused the credentials</source>
        <translation>未测试：镜像仓库拒绝了凭据</translation>
    </message>
</context>
<context>
    <name>Manifold::LocalRegistry::LocalRegistryManager</name>
    <message>
        <source>Cannot record the registry&apos;s state</source>
        <translation>无法记录镜像仓库的状态</translation>
    </message>
    <message>
        <source>the container %1 is gone</source>
        <translation>容器 %1 已不存在</translation>
    </message>
    <message>
        <source>the container exited with code %1</source>
        <translation>容器已退出，退出码 %1</translation>
    </message>
    <message>
        <source>process %1 is gone</source>
        <translation>进程 %1 已不存在</translation>
    </message>
    <message>
        <source>process %1 has exited</source>
        <translation>进程 %1 已退出</translation>
    </message>
    <message>
        <source>process %1 is no longer the registry (pid reused)</source>
        <translation>进程 %1 已不再是该镜像仓库（pid 已被复用）</translation>
    </message>
    <message>
        <source>no local registry has been started here (state file %1)</source>
        <translation>此处尚未启动过本地镜像仓库（状态文件 %1）</translation>
    </message>
    <message>
        <source>%1 serving %2 (pid %3)</source>
        <translation>%1 正在 %2 上提供服务（pid %3）</translation>
    </message>
    <message>
        <source>container %1 serving %2</source>
        <translation>容器 %1 正在 %2 上提供服务</translation>
    </message>
    <message>
        <source>stopped; storage kept in %1</source>
        <translation>已停止；存储保留在 %1</translation>
    </message>
    <message>
        <source>the registry is no longer running</source>
        <translation>镜像仓库已不再运行</translation>
    </message>
    <message>
        <source>No local registry has been started here</source>
        <translation>此处尚未启动过本地镜像仓库</translation>
    </message>
    <message>
        <source>Start one with `manifold registry up`.</source>
        <translation>请用 `manifold registry up` 启动一个。</translation>
    </message>
    <message>
        <source>The registry did not start: %1</source>
        <translation>镜像仓库未能启动：%1</translation>
    </message>
    <message>
        <source>The registry wrote nothing; run `%1 serve %2` by hand to see why.</source>
        <translation>镜像仓库没有任何输出；请手动运行 `%1 serve %2` 查看原因。</translation>
    </message>
    <message>
        <source>Its last log lines:
%1</source>
        <translation>最后几行日志：
%1</translation>
    </message>
    <message>
        <source>Cannot write the registry configuration</source>
        <translation>无法写入镜像仓库配置</translation>
    </message>
    <message>
        <source>Cannot run the registry: %1</source>
        <translation>无法运行镜像仓库：%1</translation>
    </message>
    <message>
        <source>Check that %1 is executable.</source>
        <translation>请检查 %1 是否可执行。</translation>
    </message>
    <message>
        <source>%1 cannot run containers on this machine&apos;s hybrid cgroup hierarchy</source>
        <translation>%1 无法在本机的混合 cgroup 层级上运行容器</translation>
    </message>
    <message>
        <source>Install runc (apt install runc) so Manifold can use it instead of crun, boot with a unified cgroup v2 hierarchy, or use the binary runtime (apt install docker-registry).</source>
        <translation>请安装 runc（apt install runc），让 Manifold 用它代替 crun；或以统一的 cgroup v2 层级启动系统；或使用二进制运行方式（apt install docker-registry）。</translation>
    </message>
    <message>
        <source>%1 could not start the registry container</source>
        <translation>%1 无法启动镜像仓库容器</translation>
    </message>
    <message>
        <source>%1 said: %2
Run the binary runtime instead (apt install docker-registry; `manifold registry up --runtime binary`), or fix the engine so `%3 run --rm %4 --version` works.</source>
        <translation>%1 报告：%2
请改用二进制运行方式（apt install docker-registry；`manifold registry up --runtime binary`），或修复引擎，使 `%3 run --rm %4 --version` 能够运行。</translation>
    </message>
    <message>
        <source>The local registry already runs at %1</source>
        <translation>本地镜像仓库已在 %1 运行</translation>
    </message>
    <message>
        <source>Stop it first with `manifold registry down`, or use it as it is.</source>
        <translation>请先用 `manifold registry down` 停止它，或直接使用现有的镜像仓库。</translation>
    </message>
    <message>
        <source>Checking runtimes</source>
        <translation>正在检查运行时</translation>
    </message>
    <message>
        <source>Checking port %1</source>
        <translation>正在检查端口 %1</translation>
    </message>
    <message>
        <source>Port 0 cannot be used for the registry</source>
        <translation>镜像仓库不能使用端口 0</translation>
    </message>
    <message>
        <source>Choose a port such as 5002.</source>
        <translation>请选择一个端口，例如 5002。</translation>
    </message>
    <message>
        <source>Preparing storage %1</source>
        <translation>正在准备存储 %1</translation>
    </message>
    <message>
        <source>The storage directory cannot be written</source>
        <translation>无法写入存储目录</translation>
    </message>
    <message>
        <source>Choose a directory you own (--storage DIR).</source>
        <translation>请选择一个你有权限的目录（--storage DIR）。</translation>
    </message>
    <message>
        <source>Cannot create the registry&apos;s directory</source>
        <translation>无法创建镜像仓库的目录</translation>
    </message>
    <message>
        <source>Writing htpasswd for %1</source>
        <translation>正在为 %1 写入 htpasswd</translation>
    </message>
    <message>
        <source>No password was given for %1 and no htpasswd entry exists</source>
        <translation>未提供 %1 的密码，且不存在对应的 htpasswd 条目</translation>
    </message>
    <message>
        <source>Give the password (--password-stdin on the CLI).</source>
        <translation>请提供密码（CLI 中使用 --password-stdin）。</translation>
    </message>
    <message>
        <source>Generating TLS certificates</source>
        <translation>正在生成 TLS 证书</translation>
    </message>
    <message>
        <source>Starting the registry (%1)</source>
        <translation>正在启动镜像仓库（%1）</translation>
    </message>
    <message>
        <source>Waiting for %1 to answer</source>
        <translation>正在等待 %1 响应</translation>
    </message>
    <message>
        <source>Registry ready at %1</source>
        <translation>镜像仓库已就绪：%1</translation>
    </message>
    <message>
        <source>no answer on %1 after %2 s (%3)</source>
        <translation>%2 秒后 %1 仍无响应（%3）</translation>
    </message>
    <message>
        <source>Nothing to stop.</source>
        <translation>没有需要停止的内容。</translation>
    </message>
    <message>
        <source>The registry (pid %1) did not stop</source>
        <translation>镜像仓库（pid %1）未能停止</translation>
    </message>
    <message>
        <source>Kill it by hand: kill -9 %1</source>
        <translation>请手动终止：kill -9 %1</translation>
    </message>
    <message>
        <source>The registry container did not stop</source>
        <translation>镜像仓库容器未能停止</translation>
    </message>
    <message>
        <source>The local registry does not require a password</source>
        <translation>本地镜像仓库不需要密码</translation>
    </message>
    <message>
        <source>Start it with `manifold registry up --htpasswd USER` to require one.</source>
        <translation>如需密码，请用 `manifold registry up --htpasswd USER` 启动它。</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>没有可删除的内容。</translation>
    </message>
    <message>
        <source>Cannot delete the registry&apos;s storage</source>
        <translation>无法删除镜像仓库的存储</translation>
    </message>
    <message>
        <source>Delete it by hand (a container may have written files as root).</source>
        <translation>请手动删除（容器可能以 root 身份写入了文件）。</translation>
    </message>
    <message>
        <source>being started by process %1</source>
        <translation>正在由进程 %1 启动</translation>
    </message>
    <message>
        <source>The registry start was cancelled</source>
        <translation>镜像仓库的启动已取消</translation>
    </message>
    <message>
        <source>Nothing was left running; start it again when ready.</source>
        <translation>没有留下任何正在运行的内容；准备好后请重新启动。</translation>
    </message>
    <message>
        <source>a start interrupted in process %1 left nothing running; its files were removed</source>
        <translation>进程 %1 中被中断的启动没有留下正在运行的内容；其文件已被删除</translation>
    </message>
    <message>
        <source>The local registry is being started by process %1</source>
        <translation>本地镜像仓库正在由进程 %1 启动</translation>
    </message>
</context>
<context>
    <name>Manifold::Oci</name>
    <message>
        <source>Content of %1 has %2 bytes, its descriptor declares %3</source>
        <translation>%1 的内容有 %2 字节，但其描述符声明为 %3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>The image store is incomplete; copy or save the image again.</source>
        <translation>镜像存储不完整；请重新复制或保存镜像。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit for this kind of content</source>
        <translation>%1 大小为 %2 字节，超过了此类内容 %3 字节的上限</translation>
    </message>
    <message>
        <source>This content is not what its descriptor claims, or it must be streamed to a file.</source>
        <translation>此内容与其描述符声明的不符，或者必须以流式方式写入文件。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Indexes are nested too deeply</source>
        <translation>索引嵌套过深</translation>
    </message>
    <message>
        <source>Flatten the index.</source>
        <translation>请将索引展平。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 以及另外 %1 项</translation>
    </message>
    <message>
        <source>The image is labelled %1 but contains %2 %3 (%4) binaries; they fail with &quot;exec format error&quot; on %1 hosts</source>
        <translation>镜像标记为 %1，但包含 %2 个 %3（%4）二进制文件；它们在 %1 主机上会报 “exec format error” 失败</translation>
    </message>
    <message>
        <source>; it contains no %1 binaries at all, so it is mislabelled</source>
        <translation>；其中完全没有 %1 二进制文件，因此平台标记有误</translation>
    </message>
    <message>
        <source>Rebuild this platform with `--platform %1` (the build stage must produce %1 binaries; with cross-compilation, use $TARGETARCH, not $BUILDARCH), or label the image %2.</source>
        <translation>请用 `--platform %1` 重新构建此平台（构建阶段必须产出 %1 二进制文件；交叉编译时请使用 $TARGETARCH，而不是 $BUILDARCH），或将镜像标记为 %2。</translation>
    </message>
    <message>
        <source>The %1 image contains %2 %3 binaries; they run only where the kernel supports %3 (32-bit compatibility)</source>
        <translation>%1 镜像包含 %2 个 %3 二进制文件；它们只能在内核支持 %3（32 位兼容）的环境中运行</translation>
    </message>
    <message>
        <source>Prefer %1 builds of these programs; some hosts (many arm64 servers, Apple Silicon VMs) lack 32-bit support.</source>
        <translation>这些程序最好使用 %1 版本构建；部分主机（许多 arm64 服务器、Apple Silicon 虚拟机）不支持 32 位。</translation>
    </message>
    <message>
        <source>%1 %2 files sit in cross-toolchain or data paths; they are not run directly</source>
        <translation>%1 个 %2 文件位于交叉工具链或数据路径中；它们不会被直接运行</translation>
    </message>
    <message>
        <source>%1 %2 files are present (not runnable by a Linux container)</source>
        <translation>存在 %1 个 %2 文件（Linux 容器无法运行）</translation>
    </message>
    <message>
        <source>The image config declares %1: %2</source>
        <translation>镜像配置声明了 %1：%2</translation>
    </message>
    <message>
        <source>Rebuild with a valid --platform (e.g. linux/amd64, linux/arm64, linux/arm/v7).</source>
        <translation>请使用有效的 --platform 重新构建（例如 linux/amd64、linux/arm64、linux/arm/v7）。</translation>
    </message>
    <message>
        <source>The index says %1 but the image config says %2; runtimes pick by the index and then run a %2 image</source>
        <translation>索引中为 %1，但镜像配置中为 %2；运行时会按索引选择，然后运行一个 %2 镜像</translation>
    </message>
    <message>
        <source>Recreate the index from the images&apos; own configs (`docker buildx imagetools create`), or rebuild the entry for %1.</source>
        <translation>请根据各镜像自身的配置重新创建索引（`docker buildx imagetools create`），或重新构建 %1 的条目。</translation>
    </message>
    <message>
        <source>The reference is a single-platform image (%1), not a multi-platform index with %2</source>
        <translation>该引用是单平台镜像（%1），而不是包含 %2 的多平台索引</translation>
    </message>
    <message>
        <source>Push a multi-platform index: build with `--platform %1` and push, or copy the original with `skopeo copy --all` / `docker buildx imagetools create`.</source>
        <translation>请推送多平台索引：用 `--platform %1` 构建并推送，或用 `skopeo copy --all` / `docker buildx imagetools create` 复制原始镜像。</translation>
    </message>
    <message>
        <source>The index has no %1 image (it has: %2)</source>
        <translation>索引中没有 %1 镜像（现有：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Copy every platform (`skopeo copy --all`, `crane copy`, `docker buildx imagetools create`) or rebuild with `--platform` including %1.</source>
        <translation>请复制所有平台（`skopeo copy --all`、`crane copy`、`docker buildx imagetools create`），或用包含 %1 的 `--platform` 重新构建。</translation>
    </message>
    <message>
        <source>%1 (platform unknown/unknown) is a BuildKit attestation manifest (provenance/SBOM) for %2; runtimes never pick it and it is not a platform</source>
        <translation>%1（平台 unknown/unknown）是 %2 的 BuildKit attestation（证明）manifest（provenance/SBOM）；运行时永远不会选择它，它也不是一个平台</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>一个镜像</translation>
    </message>
    <message>
        <source>`docker manifest create` and some older tools reject indexes with attestations: use `docker buildx imagetools create`, or build with `--provenance=false --sbom=false` if you must.</source>
        <translation>`docker manifest create` 和部分旧工具会拒绝包含 attestation 的索引：请使用 `docker buildx imagetools create`，或在必要时使用 `--provenance=false --sbom=false` 构建。</translation>
    </message>
    <message>
        <source>single-platform image; runs natively</source>
        <translation>单平台镜像；原生运行</translation>
    </message>
    <message>
        <source>single-platform %1 image; docker warns that the platform does not match and runs it under emulation</source>
        <translation>单平台 %1 镜像；docker 会警告平台不匹配，并通过模拟运行</translation>
    </message>
    <message>
        <source>This host (%1) runs the %2 image only through emulation (slow)</source>
        <translation>此主机（%1）只能通过模拟运行 %2 镜像（速度慢）</translation>
    </message>
    <message>
        <source>Publish a multi-platform index that includes %1.</source>
        <translation>请发布包含 %1 的多平台索引。</translation>
    </message>
    <message>
        <source>single-platform %1 image; this host fails with &quot;exec format error&quot;</source>
        <translation>单平台 %1 镜像；此主机会报 “exec format error” 失败</translation>
    </message>
    <message>
        <source>This host (%1) cannot run the %2 image: &quot;exec format error&quot;</source>
        <translation>此主机（%1）无法运行 %2 镜像：“exec format error”</translation>
    </message>
    <message>
        <source>Install QEMU user emulation (`docker run --privileged --rm tonistiigi/binfmt --install all`) or publish a %1 image.</source>
        <translation>请安装 QEMU 用户态模拟（`docker run --privileged --rm tonistiigi/binfmt --install all`），或发布 %1 镜像。</translation>
    </message>
    <message>
        <source>a runtime on this host picks %1 (%2) and runs it natively</source>
        <translation>此主机上的运行时会选择 %1（%2）并原生运行</translation>
    </message>
    <message>
        <source>no entry matches %1: `docker run` without --platform fails with &quot;no matching manifest&quot;</source>
        <translation>没有与 %1 匹配的条目：不带 --platform 的 `docker run` 会报 “no matching manifest” 失败</translation>
    </message>
    <message>
        <source>with --platform %1 a runtime picks %2 and runs it under emulation</source>
        <translation>使用 --platform %1 时，运行时会选择 %2 并通过模拟运行</translation>
    </message>
    <message>
        <source>The index has no image this host (%1) runs natively; only emulated platforms are available</source>
        <translation>索引中没有此主机（%1）能原生运行的镜像；只有需要模拟的平台</translation>
    </message>
    <message>
        <source>Add a %1 image to the index (build with `--platform` including it), or run with an explicit --platform under emulation.</source>
        <translation>请向索引中添加 %1 镜像（用包含它的 `--platform` 构建），或显式指定 --platform 通过模拟运行。</translation>
    </message>
    <message>
        <source>Nothing in the index runs on this host (%1), natively or emulated</source>
        <translation>索引中没有任何镜像能在此主机（%1）上运行，无论原生还是模拟</translation>
    </message>
    <message>
        <source>Add a %1 image, or install QEMU user emulation for one of the image&apos;s platforms.</source>
        <translation>请添加 %1 镜像，或为镜像的某个平台安装 QEMU 用户态模拟。</translation>
    </message>
    <message>
        <source>Blob %1 is missing</source>
        <translation>缺少 blob %1</translation>
    </message>
    <message>
        <source>Blob %1 has %2 bytes, its descriptor declares %3</source>
        <translation>blob %1 有 %2 字节，但其描述符声明为 %3</translation>
    </message>
    <message>
        <source>The blob is truncated or replaced; copy the image again.</source>
        <translation>blob 被截断或被替换；请重新复制镜像。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Check that the directory exists and is writable.</source>
        <translation>请检查目录是否存在且可写。</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>请检查可用磁盘空间。</translation>
    </message>
    <message>
        <source>Cannot write the layout: %1</source>
        <translation>无法写入布局：%1</translation>
    </message>
    <message>
        <source>Check that the parent directory is writable and has free space.</source>
        <translation>请检查父目录是否可写且有可用空间。</translation>
    </message>
    <message>
        <source>The descriptor has no mediaType</source>
        <translation>描述符没有 mediaType</translation>
    </message>
    <message>
        <source>Every descriptor needs a mediaType such as %1.</source>
        <translation>每个描述符都需要 mediaType，例如 %1。</translation>
    </message>
    <message>
        <source>The descriptor has no digest</source>
        <translation>描述符没有 digest</translation>
    </message>
    <message>
        <source>Add the sha256 digest of the content.</source>
        <translation>请添加内容的 sha256 digest。</translation>
    </message>
    <message>
        <source>The descriptor has no valid size (a non-negative integer)</source>
        <translation>描述符没有有效的 size（非负整数）</translation>
    </message>
    <message>
        <source>Add the content&apos;s size in bytes.</source>
        <translation>请添加内容的字节大小。</translation>
    </message>
    <message>
        <source>The descriptor&apos;s data field is not base64</source>
        <translation>描述符的 data 字段不是 base64</translation>
    </message>
    <message>
        <source>Remove the data field or encode the content as base64.</source>
        <translation>请删除 data 字段，或将内容编码为 base64。</translation>
    </message>
    <message>
        <source>A digest is &quot;sha256:&quot; followed by 64 lowercase hex digits (or &quot;sha512:&quot; and 128).</source>
        <translation>digest 的格式为 “sha256:” 后跟 64 位小写十六进制数字（或 “sha512:” 后跟 128 位）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a digest: it has no algorithm prefix</source>
        <translation>“%1” 不是 digest：缺少算法前缀</translation>
    </message>
    <message>
        <source>Digest algorithm &quot;%1&quot; is not supported</source>
        <translation>不支持 digest 算法 “%1”</translation>
    </message>
    <message>
        <source>Use sha256 or sha512 digests.</source>
        <translation>请使用 sha256 或 sha512 digest。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 digest: expected %3 lowercase hex digits</source>
        <translation>“%1” 不是有效的 %2 digest：应为 %3 位小写十六进制数字</translation>
    </message>
    <message>
        <source>Content of %1 is larger than the %2 bytes its descriptor declares</source>
        <translation>%1 的内容大于其描述符声明的 %2 字节</translation>
    </message>
    <message>
        <source>The source serves different content than its manifest describes; re-push or re-pull the image.</source>
        <translation>源提供的内容与其 manifest 描述的不一致；请重新推送或重新拉取镜像。</translation>
    </message>
    <message>
        <source>The content is truncated or the descriptor is wrong; fetch it again or fix the manifest.</source>
        <translation>内容被截断或描述符有误；请重新获取或修复 manifest。</translation>
    </message>
    <message>
        <source>Content digest %1 does not match the expected %2</source>
        <translation>内容 digest %1 与预期的 %2 不匹配</translation>
    </message>
    <message>
        <source>The content is corrupt or was replaced; fetch it again from a trusted source.</source>
        <translation>内容已损坏或被替换；请从可信来源重新获取。</translation>
    </message>
    <message>
        <source>This is not a `docker save` archive: manifest.json is missing</source>
        <translation>这不是 `docker save` 归档：缺少 manifest.json</translation>
    </message>
    <message>
        <source>Create one with `docker save -o FILE IMAGE`; for OCI archives use oci-archive:FILE.</source>
        <translation>请用 `docker save -o FILE IMAGE` 创建；OCI 归档请使用 oci-archive:FILE。</translation>
    </message>
    <message>
        <source>manifest.json is not a non-empty JSON array</source>
        <translation>manifest.json 不是非空的 JSON 数组</translation>
    </message>
    <message>
        <source>The archive is damaged; save the image again.</source>
        <translation>归档文件已损坏；请重新保存镜像。</translation>
    </message>
    <message>
        <source>The image entry has no Config</source>
        <translation>镜像条目没有 Config</translation>
    </message>
    <message>
        <source>Layer %1 listed in manifest.json is missing</source>
        <translation>manifest.json 中列出的层 %1 不存在</translation>
    </message>
    <message>
        <source>The archive is incomplete; save the image again.</source>
        <translation>归档文件不完整；请重新保存镜像。</translation>
    </message>
    <message>
        <source>No image named &quot;%1&quot; in the archive</source>
        <translation>归档中没有名为 “%1” 的镜像</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>可用：%1</translation>
    </message>
    <message>
        <source>(untagged images only; use the config digest)</source>
        <translation>（仅限未打 tag 的镜像；请使用 config digest）</translation>
    </message>
    <message>
        <source>No manifest %1 in the archive</source>
        <translation>归档中没有 manifest %1</translation>
    </message>
    <message>
        <source>Resolve a tag of this archive first; docker archives only have synthesized manifests.</source>
        <translation>请先解析此归档中的某个 tag；docker 归档只有合成的 manifest。</translation>
    </message>
    <message>
        <source>No blob %1 in the archive</source>
        <translation>归档中没有 blob %1</translation>
    </message>
    <message>
        <source>The %1 is %2 bytes, over the %3-byte limit</source>
        <translation>%1 大小为 %2 字节，超过了 %3 字节的上限</translation>
    </message>
    <message>
        <source>Registries and runtimes refuse documents this large; split the image or drop entries.</source>
        <translation>镜像仓库和运行时会拒绝这么大的文档；请拆分镜像或删除部分条目。</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）</translation>
    </message>
    <message>
        <source>The content is damaged or is not a %1; fetch it again.</source>
        <translation>内容已损坏，或者不是 %1；请重新获取。</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>The content is not a %1; check the reference.</source>
        <translation>内容不是 %1；请检查引用。</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>无法读取归档文件：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and is a tar archive (docker save, skopeo copy oci-archive:).</source>
        <translation>请检查文件是否存在，并且是 tar 归档（docker save、skopeo copy oci-archive:）。</translation>
    </message>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>归档文件已损坏：%1</translation>
    </message>
    <message>
        <source>Save or copy the image again.</source>
        <translation>请重新保存或复制镜像。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Check the file permissions.</source>
        <translation>请检查文件权限。</translation>
    </message>
    <message>
        <source>The archive does not exist</source>
        <translation>归档文件不存在</translation>
    </message>
    <message>
        <source>Check the path; create one with `docker save -o FILE IMAGE` or `skopeo copy ... oci-archive:FILE`.</source>
        <translation>请检查路径；可以用 `docker save -o FILE IMAGE` 或 `skopeo copy ... oci-archive:FILE` 创建。</translation>
    </message>
    <message>
        <source>The archive has no entries</source>
        <translation>归档文件中没有任何条目</translation>
    </message>
    <message>
        <source>Save the image again.</source>
        <translation>请重新保存镜像。</translation>
    </message>
    <message>
        <source>image config</source>
        <translation>镜像配置</translation>
    </message>
    <message>
        <source>The image config has no %1</source>
        <translation>镜像配置中没有 %1</translation>
    </message>
    <message>
        <source>Every image config declares os and architecture; rebuild the image or fix the config.</source>
        <translation>每个镜像配置都要声明 os 和 architecture；请重新构建镜像或修复配置。</translation>
    </message>
    <message>
        <source>%1 points to %2, which is neither an image nor an index</source>
        <translation>%1 指向 %2，它既不是镜像也不是索引</translation>
    </message>
    <message>
        <source>Inspect an image reference; artifacts are listed by their subject&apos;s index.</source>
        <translation>请检查镜像引用；artifact 会列在其 subject 所在的索引中。</translation>
    </message>
    <message>
        <source>image index</source>
        <translation>镜像索引</translation>
    </message>
    <message>
        <source>The index&apos;s schemaVersion must be 2</source>
        <translation>索引的 schemaVersion 必须为 2</translation>
    </message>
    <message>
        <source>Set &quot;schemaVersion&quot;: 2.</source>
        <translation>请设置 &quot;schemaVersion&quot;: 2。</translation>
    </message>
    <message>
        <source>The index&apos;s mediaType is %1 but %2 was expected</source>
        <translation>索引的 mediaType 为 %1，但预期为 %2</translation>
    </message>
    <message>
        <source>The descriptor or Content-Type that points here is wrong, or the content was swapped; fix the referring descriptor.</source>
        <translation>指向此处的描述符或 Content-Type 有误，或者内容被调换；请修复引用它的描述符。</translation>
    </message>
    <message>
        <source>The index has no mediaType and none was expected</source>
        <translation>索引没有 mediaType，也没有可参照的预期类型</translation>
    </message>
    <message>
        <source>Add &quot;mediaType&quot;: &quot;%1&quot; to the index.</source>
        <translation>请在索引中添加 &quot;mediaType&quot;: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 is an image manifest, not an index</source>
        <translation>%1 是镜像 manifest，而不是索引</translation>
    </message>
    <message>
        <source>Parse it as an image manifest (a single-platform image).</source>
        <translation>请将其作为镜像 manifest（单平台镜像）解析。</translation>
    </message>
    <message>
        <source>Unsupported index media type %1</source>
        <translation>不支持的索引媒体类型 %1</translation>
    </message>
    <message>
        <source>Expected %1 or %2.</source>
        <translation>应为 %1 或 %2。</translation>
    </message>
    <message>
        <source>The index has no manifests array</source>
        <translation>索引中没有 manifests 数组</translation>
    </message>
    <message>
        <source>Add &quot;manifests&quot;: [] listing the platform manifests.</source>
        <translation>请添加 &quot;manifests&quot;: [] 并列出各平台的 manifest。</translation>
    </message>
    <message>
        <source>Attestation %1 refers to %2, which is not in this index</source>
        <translation>Attestation %1 引用了 %2，但它不在此索引中</translation>
    </message>
    <message>
        <source>Copy the attestation together with the image it describes, or drop it.</source>
        <translation>请将 attestation 与其描述的镜像一起复制，或者删除它。</translation>
    </message>
    <message>
        <source>A Docker manifest list contains another index</source>
        <translation>Docker manifest list 中包含另一个索引</translation>
    </message>
    <message>
        <source>Docker manifest lists can only list image manifests; use an OCI index.</source>
        <translation>Docker manifest list 只能列出镜像 manifest；请使用 OCI 索引。</translation>
    </message>
    <message>
        <source>Entry %1 has no platform; runtimes pick it only as a last resort</source>
        <translation>条目 %1 没有平台信息；运行时只会在别无选择时才选择它</translation>
    </message>
    <message>
        <source>Add a platform object (os, architecture, variant) to the entry.</source>
        <translation>请为该条目添加 platform 对象（os、architecture、variant）。</translation>
    </message>
    <message>
        <source>Entry %1 has an invalid platform %2: %3</source>
        <translation>条目 %1 的平台 %2 无效：%3</translation>
    </message>
    <message>
        <source>Fix the platform to one runtimes understand (e.g. linux/arm64/v8, linux/arm/v7, linux/amd64).</source>
        <translation>请将平台改为运行时能识别的值（例如 linux/arm64/v8、linux/arm/v7、linux/amd64）。</translation>
    </message>
    <message>
        <source>Platform %1 appears twice (entries %2 and %3); runtimes always pick the first</source>
        <translation>平台 %1 出现了两次（条目 %2 和 %3）；运行时总是选择第一个</translation>
    </message>
    <message>
        <source>Keep one entry per platform; rebuild or recreate the index without the duplicate.</source>
        <translation>每个平台只保留一个条目；请重新构建或重新创建不含重复项的索引。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The layer is not a (gzip/zstd-compressed) tar, or it is damaged.</source>
        <translation>该层不是（gzip/zstd 压缩的）tar，或者已损坏。</translation>
    </message>
    <message>
        <source>Cannot read the layer: %1</source>
        <translation>无法读取该层：%1</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>请检查文件是否存在且可读。</translation>
    </message>
    <message>
        <source>image manifest</source>
        <translation>镜像 manifest</translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported</source>
        <translation>不支持 Docker schema 1 manifest</translation>
    </message>
    <message>
        <source>Re-push the image with a current client (docker push, skopeo copy) to get a schema 2 / OCI manifest.</source>
        <translation>请用较新的客户端（docker push、skopeo copy）重新推送镜像，以获得 schema 2 / OCI manifest。</translation>
    </message>
    <message>
        <source>The manifest&apos;s schemaVersion must be 2</source>
        <translation>manifest 的 schemaVersion 必须为 2</translation>
    </message>
    <message>
        <source>The manifest&apos;s mediaType is %1 but %2 was expected</source>
        <translation>manifest 的 mediaType 为 %1，但预期为 %2</translation>
    </message>
    <message>
        <source>The manifest has no mediaType and none was expected</source>
        <translation>manifest 没有 mediaType，也没有可参照的预期类型</translation>
    </message>
    <message>
        <source>Add &quot;mediaType&quot;: &quot;%1&quot; to the manifest.</source>
        <translation>请在 manifest 中添加 &quot;mediaType&quot;: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 is an index, not an image manifest</source>
        <translation>%1 是索引，而不是镜像 manifest</translation>
    </message>
    <message>
        <source>Parse it as an index (it lists platform manifests).</source>
        <translation>请将其作为索引解析（它列出了各平台的 manifest）。</translation>
    </message>
    <message>
        <source>Unsupported manifest media type %1</source>
        <translation>不支持的 manifest 媒体类型 %1</translation>
    </message>
    <message>
        <source>The manifest has no config descriptor</source>
        <translation>manifest 中没有 config 描述符</translation>
    </message>
    <message>
        <source>Every image manifest needs a config descriptor.</source>
        <translation>每个镜像 manifest 都需要一个 config 描述符。</translation>
    </message>
    <message>
        <source>The manifest has no layers array</source>
        <translation>manifest 中没有 layers 数组</translation>
    </message>
    <message>
        <source>Add &quot;layers&quot;: [] (an artifact may have the empty descriptor as its only layer).</source>
        <translation>请添加 &quot;layers&quot;: []（artifact 可以只有一个空描述符作为层）。</translation>
    </message>
    <message>
        <source>The config is the empty descriptor but the manifest has no artifactType</source>
        <translation>config 是空描述符，但 manifest 没有 artifactType</translation>
    </message>
    <message>
        <source>Set artifactType so tools can tell what this artifact is (image-spec 1.1).</source>
        <translation>请设置 artifactType，以便工具识别这是什么 artifact（image-spec 1.1）。</translation>
    </message>
    <message>
        <source>A Docker schema 2 manifest lists an OCI layer (%1)</source>
        <translation>Docker schema 2 manifest 中列出了 OCI 层（%1）</translation>
    </message>
    <message>
        <source>Older Docker daemons refuse mixed manifests; push with OCI media types throughout.</source>
        <translation>旧版 Docker 守护进程会拒绝混合类型的 manifest；推送时请全部使用 OCI 媒体类型。</translation>
    </message>
    <message>
        <source>Layer %1 has media type %2, which runtimes cannot unpack</source>
        <translation>层 %1 的媒体类型为 %2，运行时无法解压</translation>
    </message>
    <message>
        <source>Use %1 (or +gzip/+zstd) for filesystem layers.</source>
        <translation>文件系统层请使用 %1（或 +gzip/+zstd）。</translation>
    </message>
    <message>
        <source>The OCI layout directory does not exist</source>
        <translation>OCI 布局目录不存在</translation>
    </message>
    <message>
        <source>Check the path; create a layout with `skopeo copy docker://IMAGE oci:DIR:TAG`.</source>
        <translation>请检查路径；可以用 `skopeo copy docker://IMAGE oci:DIR:TAG` 创建布局。</translation>
    </message>
    <message>
        <source>This is not an OCI image layout: oci-layout is missing</source>
        <translation>这不是 OCI 镜像布局：缺少 oci-layout</translation>
    </message>
    <message>
        <source>Point to a directory or archive written by skopeo, buildah, umoci or `docker save` (Docker 25+).</source>
        <translation>请指向由 skopeo、buildah、umoci 或 `docker save`（Docker 25+）写出的目录或归档。</translation>
    </message>
    <message>
        <source>Unsupported imageLayoutVersion &quot;%1&quot; in oci-layout</source>
        <translation>oci-layout 中的 imageLayoutVersion “%1” 不受支持</translation>
    </message>
    <message>
        <source>Manifold reads image layout version 1.x.</source>
        <translation>Manifold 可读取 1.x 版本的镜像布局。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The layout holds %1 images and none is tagged latest</source>
        <translation>该布局包含 %1 个镜像，且没有一个的 tag 是 latest</translation>
    </message>
    <message>
        <source>Name one: %1</source>
        <translation>请指定一个：%1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>No manifest %1 in the layout</source>
        <translation>布局中没有 manifest %1</translation>
    </message>
    <message>
        <source>Available references: %1</source>
        <translation>可用的引用：%1</translation>
    </message>
    <message>
        <source>Blob %1 is not a manifest or index (media type &quot;%2&quot;)</source>
        <translation>blob %1 不是 manifest 或索引（媒体类型 “%2”）</translation>
    </message>
    <message>
        <source>Reference a manifest or index digest.</source>
        <translation>请引用 manifest 或索引的 digest。</translation>
    </message>
    <message>
        <source>Blob %1 does not match its digest</source>
        <translation>blob %1 与其 digest 不匹配</translation>
    </message>
    <message>
        <source>The layout is corrupt; copy the image again.</source>
        <translation>布局已损坏；请重新复制镜像。</translation>
    </message>
    <message>
        <source>No image named &quot;%1&quot; in the layout</source>
        <translation>布局中没有名为 “%1” 的镜像</translation>
    </message>
    <message>
        <source>The manifest is %1 bytes, over the %2-byte limit</source>
        <translation>manifest 大小为 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>Registries and runtimes refuse manifests this large.</source>
        <translation>镜像仓库和运行时会拒绝这么大的 manifest。</translation>
    </message>
    <message>
        <source>The target exists and is not a directory</source>
        <translation>目标已存在，且不是目录</translation>
    </message>
    <message>
        <source>Choose another path or remove the file.</source>
        <translation>请选择其他路径，或删除该文件。</translation>
    </message>
    <message>
        <source>The target directory is not empty and is not an OCI layout</source>
        <translation>目标目录非空，且不是 OCI 布局</translation>
    </message>
    <message>
        <source>Choose an empty or new directory; Manifold never replaces other content.</source>
        <translation>请选择空目录或新目录；Manifold 绝不会替换其他内容。</translation>
    </message>
    <message>
        <source>cannot create the parent directory</source>
        <translation>无法创建父目录</translation>
    </message>
    <message>
        <source>cannot create blobs/</source>
        <translation>无法创建 blobs/</translation>
    </message>
    <message>
        <source>cannot copy existing blob</source>
        <translation>无法复制已有的 blob</translation>
    </message>
    <message>
        <source>fsync failed</source>
        <translation>fsync 失败</translation>
    </message>
    <message>
        <source>begin() was not called</source>
        <translation>未调用 begin()</translation>
    </message>
    <message>
        <source>index.json lists %1 but its blob was not written</source>
        <translation>index.json 中列出了 %1，但其 blob 未写入</translation>
    </message>
    <message>
        <source>Write every manifest before committing the layout.</source>
        <translation>提交布局前，请先写入所有 manifest。</translation>
    </message>
    <message>
        <source>cannot replace the existing layout atomically</source>
        <translation>无法以原子方式替换现有布局</translation>
    </message>
</context>
<context>
    <name>Manifold::Platform</name>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it has more than three parts</source>
        <translation>包含超过三个部分</translation>
    </message>
    <message>
        <source>the os.version in parentheses is not closed</source>
        <translation>括号中的 os.version 没有闭合</translation>
    </message>
    <message>
        <source>part %1 (&quot;%2&quot;) must be letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>第 %1 部分（“%2”）只能包含字母、数字、“_”、“-” 或 “.”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known operating system nor a known architecture</source>
        <translation>“%1” 既不是已知的操作系统，也不是已知的架构</translation>
    </message>
    <message>
        <source>unknown operating system &quot;%1&quot;</source>
        <translation>未知的操作系统 “%1”</translation>
    </message>
    <message>
        <source>unknown architecture &quot;%1&quot;</source>
        <translation>未知的架构 “%1”</translation>
    </message>
    <message>
        <source>no platform given</source>
        <translation>未指定平台</translation>
    </message>
    <message>
        <source>the os is missing</source>
        <translation>缺少操作系统</translation>
    </message>
    <message>
        <source>the architecture is missing</source>
        <translation>缺少架构</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; has no variants, but &quot;%2&quot; is set</source>
        <translation>架构 “%1” 没有变体，但设置了 “%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variant of %2 (expected one of %3)</source>
        <translation>“%1” 不是 %2 的变体（应为 %3 之一）</translation>
    </message>
    <message>
        <source>invalid platform &quot;%1&quot;: %2</source>
        <translation>无效的平台 “%1”：%2</translation>
    </message>
    <message>
        <source>expected os/arch[/variant], e.g. linux/amd64, linux/arm64/v8 or linux/arm/v7</source>
        <translation>格式应为 os/arch[/variant]，例如 linux/amd64、linux/arm64/v8 或 linux/arm/v7</translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::BlobConnection</name>
    <message>
        <source>no data moved for %1 s</source>
        <translation>%1 秒内没有任何数据传输</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the server sent an invalid HTTP response</source>
        <translation>服务器返回了无效的 HTTP 响应</translation>
    </message>
    <message>
        <source>the server closed the connection before its answer was complete</source>
        <translation>服务器在响应完成之前关闭了连接</translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::Credentials</name>
    <message>
        <source>cannot read the Docker configuration</source>
        <translation>无法读取 Docker 配置</translation>
    </message>
    <message>
        <source>the Docker configuration is not valid JSON: %1</source>
        <translation>Docker 配置不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Fix or remove the file; `docker login` rewrites it.</source>
        <translation>请修复或删除该文件；`docker login` 会重新写入它。</translation>
    </message>
    <message>
        <source>the &quot;auth&quot; entry for %1 is not base64 of user:password</source>
        <translation>%1 的 “auth” 条目不是 user:password 的 base64 编码</translation>
    </message>
    <message>
        <source>Log in again with `manifold login %1` or `docker login`.</source>
        <translation>请用 `manifold login %1` 或 `docker login` 重新登录。</translation>
    </message>
    <message>
        <source>credential helper %1 is not installed</source>
        <translation>未安装凭据助手 %1</translation>
    </message>
    <message>
        <source>Install it, or remove it from credsStore/credHelpers in the Docker configuration.</source>
        <translation>请安装它，或从 Docker 配置的 credsStore/credHelpers 中删除它。</translation>
    </message>
    <message>
        <source>credential helper %1 did not start: %2</source>
        <translation>凭据助手 %1 未能启动：%2</translation>
    </message>
    <message>
        <source>credential helper %1 did not answer within %2 s</source>
        <translation>凭据助手 %1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>Unlock the keychain the helper uses, or check the helper.</source>
        <translation>请解锁该助手使用的密钥环，或检查该助手。</translation>
    </message>
    <message>
        <source>credential helper %1 %2 failed: %3</source>
        <translation>凭据助手 %1 %2 失败：%3</translation>
    </message>
    <message>
        <source>credential helper %1 printed no JSON object</source>
        <translation>凭据助手 %1 没有输出 JSON 对象</translation>
    </message>
    <message>
        <source>Make sure a Secret Service keyring (GNOME Keyring, KWallet) is running and unlocked.</source>
        <translation>请确保 Secret Service 密钥环（GNOME Keyring、KWallet）正在运行且已解锁。</translation>
    </message>
    <message>
        <source>cannot read credentials from the keychain: %1</source>
        <translation>无法从密钥环读取凭据：%1</translation>
    </message>
    <message>
        <source>cannot store credentials in the keychain: %1</source>
        <translation>无法将凭据保存到密钥环：%1</translation>
    </message>
    <message>
        <source>cannot remove credentials from the keychain: %1</source>
        <translation>无法从密钥环删除凭据：%1</translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::ImageCopier</name>
    <message>
        <source>resolving %1</source>
        <translation>正在解析 %1</translation>
    </message>
    <message>
        <source>the image has none of the requested platforms</source>
        <translation>该镜像不包含任何请求的平台</translation>
    </message>
    <message>
        <source>It has: %1.</source>
        <translation>它包含：%1。</translation>
    </message>
    <message>
        <source>%1 is a %2, not an image or index</source>
        <translation>%1 是 %2，而不是镜像或索引</translation>
    </message>
    <message>
        <source>checking %1 blobs at the destination</source>
        <translation>正在检查目标端的 %1 个 blob</translation>
    </message>
    <message>
        <source>cannot create a staging directory</source>
        <translation>无法创建暂存目录</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>mounting</source>
        <translation>正在挂载</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>writing manifests</source>
        <translation>正在写入 manifest</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>复制已取消</translation>
    </message>
    <message>
        <source>the index nests indexes deeper than %1 levels (at %2)</source>
        <translation>索引的嵌套层数超过 %1 层（位于 %2）</translation>
    </message>
    <message>
        <source>Copy the inner index by its digest instead.</source>
        <translation>请改为按 digest 复制内层索引。</translation>
    </message>
    <message>
        <source>the source image has no %1; it has only %2</source>
        <translation>源镜像没有 %1，只有 %2</translation>
    </message>
    <message>
        <source>Copy from a source that has every platform you need (for example the upstream multi-arch tag), or ask only for the platforms listed.</source>
        <translation>请从包含所需全部平台的源复制（例如上游的多架构 tag），或者只请求上面列出的平台。</translation>
    </message>
    <message>
        <source>reading manifests</source>
        <translation>正在读取 manifest</translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::ImageReference</name>
    <message>
        <source>the image reference is empty</source>
        <translation>镜像引用为空</translation>
    </message>
    <message>
        <source>Give a reference such as busybox:latest or 127.0.0.1:5000/app:1.0.</source>
        <translation>请提供引用，例如 busybox:latest 或 127.0.0.1:5000/app:1.0。</translation>
    </message>
    <message>
        <source>an image reference has no URL scheme</source>
        <translation>镜像引用不能带 URL 协议前缀</translation>
    </message>
    <message>
        <source>Drop the scheme: write %1.</source>
        <translation>请去掉协议前缀：写成 %1。</translation>
    </message>
    <message>
        <source>a 64-character hexadecimal string is an image ID, not a reference</source>
        <translation>64 个字符的十六进制字符串是镜像 ID，而不是引用</translation>
    </message>
    <message>
        <source>Use a repository with a digest: name@sha256:%1.</source>
        <translation>请使用带 digest 的仓库：name@sha256:%1。</translation>
    </message>
    <message>
        <source>the tag after &quot;:&quot; is empty</source>
        <translation>“:” 后面的 tag 为空</translation>
    </message>
    <message>
        <source>Add a tag (e.g. :latest) or remove the colon.</source>
        <translation>请添加 tag（例如 :latest），或删除冒号。</translation>
    </message>
    <message>
        <source>invalid tag &quot;%1&quot;</source>
        <translation>无效的 tag “%1”</translation>
    </message>
    <message>
        <source>Tags use letters, digits, _, . and - (at most 128, not starting with . or -).</source>
        <translation>tag 只能使用字母、数字、_、. 和 -（最多 128 个字符，不能以 . 或 - 开头）。</translation>
    </message>
    <message>
        <source>invalid digest &quot;%1&quot;</source>
        <translation>无效的 digest “%1”</translation>
    </message>
    <message>
        <source>Digests look like sha256:&lt;64 hexadecimal digits&gt;.</source>
        <translation>digest 形如 sha256:&lt;64 hexadecimal digits&gt;（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>unsupported digest algorithm &quot;%1&quot;</source>
        <translation>不支持的 digest 算法 “%1”</translation>
    </message>
    <message>
        <source>Use a sha256 or sha512 digest.</source>
        <translation>请使用 sha256 或 sha512 digest。</translation>
    </message>
    <message>
        <source>a %1 digest has %2 lowercase hexadecimal digits</source>
        <translation>%1 digest 应有 %2 位小写十六进制数字</translation>
    </message>
    <message>
        <source>Copy the digest exactly as the registry printed it.</source>
        <translation>请按镜像仓库输出的原样复制 digest。</translation>
    </message>
    <message>
        <source>expected a repository without tag or digest</source>
        <translation>应为不带 tag 或 digest 的仓库</translation>
    </message>
    <message>
        <source>Drop the tag or digest: %1.</source>
        <translation>请去掉 tag 或 digest：%1。</translation>
    </message>
    <message>
        <source>invalid registry host &quot;%1&quot;</source>
        <translation>无效的镜像仓库主机 “%1”</translation>
    </message>
    <message>
        <source>Write the registry as host[:port], e.g. ghcr.io or 127.0.0.1:5000.</source>
        <translation>请将镜像仓库写成 host[:port]，例如 ghcr.io 或 127.0.0.1:5000。</translation>
    </message>
    <message>
        <source>the reference names no repository</source>
        <translation>该引用没有指定仓库</translation>
    </message>
    <message>
        <source>Add a repository after the registry, e.g. %1/team/app.</source>
        <translation>请在镜像仓库后添加仓库，例如 %1/team/app。</translation>
    </message>
    <message>
        <source>repository name must be lowercase: &quot;%1&quot;</source>
        <translation>仓库名必须为小写：“%1”</translation>
    </message>
    <message>
        <source>Use &quot;%1&quot; instead.</source>
        <translation>请改用 “%1”。</translation>
    </message>
    <message>
        <source>the repository path has an empty component</source>
        <translation>仓库路径中有空的组成部分</translation>
    </message>
    <message>
        <source>Remove the doubled or trailing &quot;/&quot;.</source>
        <translation>请删除重复或末尾的 “/”。</translation>
    </message>
    <message>
        <source>invalid repository path component &quot;%1&quot;</source>
        <translation>无效的仓库路径组成部分 “%1”</translation>
    </message>
    <message>
        <source>Path components use a-z, 0-9 and single separators (., _, __, -), and start and end with a letter or digit.</source>
        <translation>路径组成部分只能使用 a-z、0-9 和单个分隔符（.、_、__、-），并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>repository name is %1 characters long; at most %2 are allowed</source>
        <translation>仓库名长度为 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>Shorten the repository path.</source>
        <translation>请缩短仓库路径。</translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::RegistryClient</name>
    <message>
        <source>the TLS certificate of %1 is not trusted: %2</source>
        <translation>%1 的 TLS 证书不受信任：%2</translation>
    </message>
    <message>
        <source>If %1 serves plain HTTP, mark it insecure (--insecure / MANIFOLD_INSECURE_REGISTRIES=%1); Manifold never downgrades to HTTP on its own.</source>
        <translation>如果 %1 使用明文 HTTP，请将其标记为 insecure（--insecure / MANIFOLD_INSECURE_REGISTRIES=%1）；Manifold 绝不会自行降级为 HTTP。</translation>
    </message>
    <message>
        <source>no PEM certificate could be read</source>
        <translation>无法读取任何 PEM 证书</translation>
    </message>
    <message>
        <source>Give a PEM file with the CA certificate of the registry.</source>
        <translation>请提供包含该镜像仓库 CA 证书的 PEM 文件。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>响应大于 %1 字节</translation>
    </message>
    <message>
        <source>Manifests over 4 MiB are refused; check that the reference names a manifest.</source>
        <translation>超过 4 MiB 的 manifest 会被拒绝；请检查该引用是否指向 manifest。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Check the registry address and that it is running and reachable.</source>
        <translation>请检查镜像仓库地址，并确认它正在运行且可以访问。</translation>
    </message>
    <message>
        <source>the registry names an unusable token service &quot;%1&quot;</source>
        <translation>镜像仓库指定了不可用的令牌服务 “%1”</translation>
    </message>
    <message>
        <source>Token services must use https (http only for loopback or insecure registries).</source>
        <translation>令牌服务必须使用 https（只有回环地址或 insecure 镜像仓库才允许 http）。</translation>
    </message>
    <message>
        <source>the token service refused the credentials for %1 (HTTP %2)</source>
        <translation>令牌服务拒绝了 %1 的凭据（HTTP %2）</translation>
    </message>
    <message>
        <source>Check the user name and password: manifold login %1</source>
        <translation>请检查用户名和密码：manifold login %1</translation>
    </message>
    <message>
        <source>Log in first: manifold login %1</source>
        <translation>请先登录：manifold login %1</translation>
    </message>
    <message>
        <source>the token service answered HTTP %1</source>
        <translation>令牌服务返回了 HTTP %1</translation>
    </message>
    <message>
        <source>the token service answered without a token</source>
        <translation>令牌服务的响应中没有令牌</translation>
    </message>
    <message>
        <source>%1 requires authentication but offers no supported scheme</source>
        <translation>%1 需要认证，但没有提供受支持的认证方式</translation>
    </message>
    <message>
        <source>Manifold supports Basic and Bearer token authentication.</source>
        <translation>Manifold 支持 Basic 和 Bearer 令牌认证。</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a Location</source>
        <translation>HTTP %1 重定向缺少 Location</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>The registry or its storage redirects in a loop.</source>
        <translation>镜像仓库或其存储在循环重定向。</translation>
    </message>
    <message>
        <source>refusing a redirect from https to %1</source>
        <translation>拒绝从 https 重定向到 %1</translation>
    </message>
    <message>
        <source>The registry redirected to an insecure URL; report it to its operator.</source>
        <translation>镜像仓库重定向到了不安全的 URL；请报告给其运维人员。</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2)</source>
        <translation>%1 拒绝了凭据（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 requires authentication (HTTP %2)</source>
        <translation>%1 需要认证（HTTP %2）</translation>
    </message>
    <message>
        <source>Check the user name, password and access rights: manifold login %1</source>
        <translation>请检查用户名、密码和访问权限：manifold login %1</translation>
    </message>
    <message>
        <source>Log in first: manifold login %1 (or docker login).</source>
        <translation>请先登录：manifold login %1（或 docker login）。</translation>
    </message>
    <message>
        <source>Check the repository and the tag or digest.</source>
        <translation>请检查仓库以及 tag 或 digest。</translation>
    </message>
    <message>
        <source>The registry does not allow this operation (deletes are often disabled).</source>
        <translation>镜像仓库不允许此操作（删除功能通常是关闭的）。</translation>
    </message>
    <message>
        <source>The registry rate-limited Manifold; wait and try again, or log in for a higher limit.</source>
        <translation>镜像仓库对 Manifold 进行了限流；请稍后重试，或登录以获得更高的限额。</translation>
    </message>
    <message>
        <source>The registry failed; try again later.</source>
        <translation>镜像仓库出错；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 does not serve the registry API v2</source>
        <translation>%1 不提供 Registry API v2</translation>
    </message>
    <message>
        <source>Check the host and port: is it a container registry?</source>
        <translation>请检查主机和端口：它是容器镜像仓库吗？</translation>
    </message>
    <message>
        <source>the registry answered HTTP %1</source>
        <translation>镜像仓库返回了 HTTP %1</translation>
    </message>
    <message>
        <source>the manifest is larger than %1 bytes</source>
        <translation>manifest 大于 %1 字节</translation>
    </message>
    <message>
        <source>Manifests over 4 MiB are refused (registries reject them too).</source>
        <translation>超过 4 MiB 的 manifest 会被拒绝（镜像仓库也会拒绝）。</translation>
    </message>
    <message>
        <source>cannot fetch the manifest (HTTP %1)</source>
        <translation>无法获取 manifest（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry sent Content-Type %1 for a %2 document</source>
        <translation>镜像仓库为 %2 文档返回了 Content-Type %1</translation>
    </message>
    <message>
        <source>The registry serves inconsistent metadata; report it to its operator.</source>
        <translation>镜像仓库返回的元数据不一致；请报告给其运维人员。</translation>
    </message>
    <message>
        <source>Docker schema 1 manifests are not supported</source>
        <translation>不支持 Docker schema 1 manifest</translation>
    </message>
    <message>
        <source>Rebuild or re-push the image with a current tool (schema 2 or OCI).</source>
        <translation>请用较新的工具重新构建或重新推送镜像（schema 2 或 OCI）。</translation>
    </message>
    <message>
        <source>the manifest&apos;s digest is %1, not the %2 asked for</source>
        <translation>manifest 的 digest 为 %1，而不是请求的 %2</translation>
    </message>
    <message>
        <source>The registry or a proxy altered the content; do not use it.</source>
        <translation>镜像仓库或代理篡改了内容；请勿使用。</translation>
    </message>
    <message>
        <source>the registry says %1 but the body hashes to %2</source>
        <translation>镜像仓库声明为 %1，但内容的哈希为 %2</translation>
    </message>
    <message>
        <source>cannot check the manifest (HTTP %1)</source>
        <translation>无法检查 manifest（HTTP %1）</translation>
    </message>
    <message>
        <source>the manifest is larger than 4 MiB</source>
        <translation>manifest 大于 4 MiB</translation>
    </message>
    <message>
        <source>Registries reject manifests over 4 MiB; split the index.</source>
        <translation>镜像仓库会拒绝超过 4 MiB 的 manifest；请拆分索引。</translation>
    </message>
    <message>
        <source>cannot push the manifest (HTTP %1)</source>
        <translation>无法推送 manifest（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry stored the manifest as %1, expected %2</source>
        <translation>镜像仓库将 manifest 存储为 %1，预期为 %2</translation>
    </message>
    <message>
        <source>The registry rewrote the manifest; references by digest would break.</source>
        <translation>镜像仓库改写了 manifest；通过 digest 的引用将会失效。</translation>
    </message>
    <message>
        <source>deletes need a digest, not &quot;%1&quot;</source>
        <translation>删除需要 digest，而不是 “%1”</translation>
    </message>
    <message>
        <source>Resolve the tag first and delete by digest.</source>
        <translation>请先解析 tag，再按 digest 删除。</translation>
    </message>
    <message>
        <source>cannot delete the manifest (HTTP %1)</source>
        <translation>无法删除 manifest（HTTP %1）</translation>
    </message>
    <message>
        <source>invalid digest %1</source>
        <translation>无效的 digest %1</translation>
    </message>
    <message>
        <source>cannot check the blob (HTTP %1)</source>
        <translation>无法检查 blob（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry sends %1 bytes, the descriptor says %2</source>
        <translation>镜像仓库发送了 %1 字节，描述符声明为 %2</translation>
    </message>
    <message>
        <source>the blob is larger than %1 bytes</source>
        <translation>blob 大于 %1 字节</translation>
    </message>
    <message>
        <source>the blob is %1 bytes, over the %2 byte limit</source>
        <translation>blob 大小为 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>Fetch large blobs to a file.</source>
        <translation>请将大 blob 下载到文件。</translation>
    </message>
    <message>
        <source>cannot fetch the blob (HTTP %1)</source>
        <translation>无法获取 blob（HTTP %1）</translation>
    </message>
    <message>
        <source>cannot move the downloaded blob into place</source>
        <translation>无法将下载的 blob 移动到目标位置</translation>
    </message>
    <message>
        <source>cannot start an upload (HTTP %1)</source>
        <translation>无法开始上传（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry opened an upload without a Location</source>
        <translation>镜像仓库开启了上传，但没有返回 Location</translation>
    </message>
    <message>
        <source>the registry refused an upload chunk (HTTP %1)</source>
        <translation>镜像仓库拒绝了一个上传分块（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry refused the upload (HTTP %1)</source>
        <translation>镜像仓库拒绝了上传（HTTP %1）</translation>
    </message>
    <message>
        <source>cannot list (HTTP %1)</source>
        <translation>无法列出（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry&apos;s next-page link points to another host</source>
        <translation>镜像仓库的下一页链接指向了其他主机</translation>
    </message>
    <message>
        <source>Report the misconfigured registry to its operator.</source>
        <translation>请将该镜像仓库的配置错误报告给其运维人员。</translation>
    </message>
    <message>
        <source>cannot list referrers (HTTP %1)</source>
        <translation>无法列出 referrers（HTTP %1）</translation>
    </message>
    <message>
        <source>refusing to send the credentials for %1 over insecure (plain HTTP): anyone on the network could read them</source>
        <translation>拒绝通过 insecure（明文 HTTP）连接发送 %1 的凭据：网络上的任何人都可能读取它们</translation>
    </message>
    <message>
        <source>Serve the registry over TLS (https). If this network is trusted, allow it explicitly with --allow-plain-http-credentials %1 (or MANIFOLD_PLAIN_HTTP_CREDENTIALS=%1).</source>
        <translation>请让镜像仓库通过 TLS（https）提供服务。如果此网络可信，可用 --allow-plain-http-credentials %1（或 MANIFOLD_PLAIN_HTTP_CREDENTIALS=%1）显式允许。</translation>
    </message>
    <message>
        <source>the manifest&apos;s subject &quot;%1&quot; is not a digest</source>
        <translation>manifest 的 subject “%1” 不是 digest</translation>
    </message>
    <message>
        <source>Fix the subject descriptor of the pushed manifest.</source>
        <translation>请修正所推送 manifest 的 subject 描述符。</translation>
    </message>
    <message>
        <source>the referrers tag holds a %1, not an index</source>
        <translation>referrers tag 中存放的是 %1，而不是索引</translation>
    </message>
    <message>
        <source>Another tool used the tag %1; remove or rename it so referrers can be listed.</source>
        <translation>另一个工具使用了 tag %1；请删除或重命名它，以便列出 referrers。</translation>
    </message>
    <message>
        <source>cannot read the progress of the upload (HTTP %1)</source>
        <translation>无法读取上传进度（HTTP %1）</translation>
    </message>
    <message>
        <source>the registry keeps refusing the byte range of the upload</source>
        <translation>镜像仓库一直拒绝上传的字节范围</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it to the registry&apos;s operator.</source>
        <translation>请重试；如果问题持续，请报告给镜像仓库的运维人员。</translation>
    </message>
    <message>
        <source>the registry reports %1 bytes received of a %2 byte blob</source>
        <translation>镜像仓库报告：%2 字节的 blob 已收到 %1 字节</translation>
    </message>
    <message>
        <source>Try again; the upload session is inconsistent.</source>
        <translation>请重试；上传会话状态不一致。</translation>
    </message>
    <message>
        <source>cannot read the blob to upload</source>
        <translation>无法读取要上传的 blob</translation>
    </message>
    <message>
        <source>Trust its CA for this registry (--ca-cert %1=FILE), or, for a test registry only, mark it insecure (--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1).</source>
        <translation>为此镜像仓库信任其 CA（--ca-cert %1=FILE），或者（仅限测试用镜像仓库）将其标记为 insecure（--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1）。</translation>
    </message>
    <message>
        <source>Trust its CA for that host (--ca-cert %1=FILE), or, for a test host only, mark it insecure (--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1). Trust given to the registry never extends to other hosts.</source>
        <translation>为该主机信任其 CA（--ca-cert %1=FILE），或者（仅限测试主机）将其标记为 insecure（--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1）。对镜像仓库的信任绝不会扩展到其他主机。</translation>
    </message>
    <message>
        <source>the token service of %1 is %2, and %3</source>
        <translation>%1 的令牌服务是 %2，而 %3</translation>
    </message>
    <message>
        <source>%1 redirected to %2, and %3</source>
        <translation>%1 重定向到 %2，而 %3</translation>
    </message>
</context>
<context>
    <name>Manifold::Registry::RegistryContentSource</name>
    <message>
        <source>%1 is a %2, not an image manifest or index</source>
        <translation>%1 是 %2，而不是镜像 manifest 或索引</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::BuildLogView</name>
    <message>
        <source>Search log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>查找上一个（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>查找下一个（F3）</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>自动滚动</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>始终显示最新一行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>复制选中的行</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>CACHED </source>
        <translation>已缓存 </translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed with exit code %1</source>
        <translation>失败，退出码 %1</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::BuildSession</name>
    <message>
        <source>Building from the window needs the build engine (core/build BuildJob), which this build of Manifold does not include yet. Use `manifold build` in a terminal.</source>
        <translation>从窗口构建需要构建引擎（core/build BuildJob），但此版本的 Manifold 尚未包含。请在终端中使用 `manifold build`。</translation>
    </message>
    <message>
        <source>A build is already running.</source>
        <translation>已有构建正在运行。</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it.</source>
        <translation>请等待其完成，或取消它。</translation>
    </message>
    <message>
        <source>Build succeeded.</source>
        <translation>构建成功。</translation>
    </message>
    <message>
        <source>Build succeeded: %1</source>
        <translation>构建成功：%1</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>构建已取消。</translation>
    </message>
    <message>
        <source>Run `manifold build` instead.</source>
        <translation>请改用 `manifold build`。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ConfigModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation>Cmd</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n 个变量</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>暴露端口</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>  (no layer)</source>
        <translation>  （无层）</translation>
    </message>
    <message>
        <source>Layer diff IDs</source>
        <translation>层 diff ID</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 个层</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::DiagnosticsModel</name>
    <message>
        <source>lint</source>
        <translation>lint</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::DiagnosticsView</name>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::FindingsModel</name>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::GuiApplication</name>
    <message>
        <source>A Manifold project or a Dockerfile to open.</source>
        <translation>要打开的 Manifold 项目或 Dockerfile。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation>将窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: the view to render.</source>
        <translation>配合 --screenshot：要渲染的视图。</translation>
    </message>
    <message>
        <source>Open the sample project: one Dockerfile built for linux/amd64 and linux/arm64.</source>
        <translation>打开示例项目：同一个 Dockerfile 为 linux/amd64 和 linux/arm64 构建。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ImageSourceOpener</name>
    <message>
        <source>Nothing to inspect</source>
        <translation>没有可检查的内容</translation>
    </message>
    <message>
        <source>Enter a registry reference, or choose an OCI layout folder or an image archive.</source>
        <translation>请输入镜像仓库引用，或选择 OCI 布局文件夹或镜像归档文件。</translation>
    </message>
    <message>
        <source>Enter a reference such as 127.0.0.1:5000/busybox:latest, or the path of an OCI layout or archive.</source>
        <translation>请输入引用（例如 127.0.0.1:5000/busybox:latest），或 OCI 布局、归档文件的路径。</translation>
    </message>
    <message>
        <source>Nothing to inspect at this path</source>
        <translation>此路径下没有可检查的内容</translation>
    </message>
    <message>
        <source>Check the path, or enter a registry reference such as 127.0.0.1:5000/busybox:latest.</source>
        <translation>请检查路径，或输入镜像仓库引用，例如 127.0.0.1:5000/busybox:latest。</translation>
    </message>
    <message>
        <source>This folder is not an OCI image layout (no oci-layout file)</source>
        <translation>此文件夹不是 OCI 镜像布局（没有 oci-layout 文件）</translation>
    </message>
    <message>
        <source>Choose the folder that holds oci-layout, index.json and blobs/.</source>
        <translation>请选择包含 oci-layout、index.json 和 blobs/ 的文件夹。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ImageTreeModel</name>
    <message>
        <source>Cannot read the layer blob: %1</source>
        <translation>无法读取层 blob：%1</translation>
    </message>
    <message>
        <source>Check the file permissions of the image layout.</source>
        <translation>请检查镜像布局的文件权限。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the layer</source>
        <translation>无法为该层创建临时文件夹</translation>
    </message>
    <message>
        <source>Free some disk space or set TMPDIR.</source>
        <translation>请释放一些磁盘空间，或设置 TMPDIR。</translation>
    </message>
    <message>
        <source>attestation (provenance/SBOM), not runnable</source>
        <translation>attestation（provenance/SBOM），不可运行</translation>
    </message>
    <message>
        <source>this host runs it natively</source>
        <translation>此主机可原生运行</translation>
    </message>
    <message>
        <source>this host runs it emulated</source>
        <translation>此主机可模拟运行</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 binaries</source>
        <translation>
            <numerusform>%n 个文件，%1 个二进制文件</numerusform>
        </translation>
    </message>
    <message>
        <source>runs in compatibility mode</source>
        <translation>以兼容模式运行</translation>
    </message>
    <message>
        <source>foreign architecture: exec format error</source>
        <translation>外来架构：exec format error</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>A BuildKit attestation manifest (provenance or SBOM) with platform unknown/unknown. Runtimes skip it; `docker manifest create` and older tools fail on indexes that contain it.</source>
        <translation>BuildKit attestation（证明）manifest（provenance 或 SBOM），平台为 unknown/unknown。运行时会跳过它；`docker manifest create` 和旧版工具在处理包含它的索引时会失败。</translation>
    </message>
    <message>
        <source>Manifest list</source>
        <translation>Manifest list</translation>
    </message>
    <message>
        <source>Image index</source>
        <translation>镜像索引</translation>
    </message>
    <message>
        <source>Attestation %1</source>
        <translation>Attestation %1</translation>
    </message>
    <message>
        <source>Image manifest</source>
        <translation>镜像 manifest</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>层 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n 个平台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (layers %2)</source>
        <translation>%1（各层共 %2）</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Platform / Architecture</source>
        <translation>平台 / 架构</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::LanguageMenu</name>
    <message>
        <source>System Default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Manifold now uses %1. Dialogs opened from now on use it; the main window changes completely after a restart.</source>
        <translation>Manifold 现在使用%1。此后打开的对话框会立即使用该语言；主窗口在重启后完全切换。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::LocalRegistryWizard</name>
    <message>
        <source>Local Registry Setup</source>
        <translation>本地镜像仓库设置</translation>
    </message>
    <message>
        <source>Registries on this machine</source>
        <translation>本机上的镜像仓库</translation>
    </message>
    <message>
        <source>Registries already answering on loopback ports. Manifold sets up its own next to them.</source>
        <translation>已在回环端口上响应的镜像仓库。Manifold 会在它们旁边另行设置自己的镜像仓库。</translation>
    </message>
    <message>
        <source>Probing ports %1…</source>
        <translation>正在探测端口 %1…</translation>
    </message>
    <message>
        <source>%1 — registry (%2)</source>
        <translation>%1 — 镜像仓库（%2）</translation>
    </message>
    <message>
        <source>API v2</source>
        <translation>API v2</translation>
    </message>
    <message>
        <source>%1 — something else answers (HTTP %2)</source>
        <translation>%1 — 有其他服务在响应（HTTP %2）</translation>
    </message>
    <message>
        <source>, requires login</source>
        <translation>，需要登录</translation>
    </message>
    <message>
        <source>, held by %1</source>
        <translation>，被 %1 占用</translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies) found. Continue to set up Manifold&apos;s managed registry.</source>
        <translation>
            <numerusform>发现 %n 个镜像仓库。继续设置由 Manifold 管理的镜像仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry answers on these ports. Continue to set one up.</source>
        <translation>这些端口上没有镜像仓库响应。继续设置一个。</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>How the registry runs: the distribution binary as a supervised process, or the registry:2 image in Docker or Podman.</source>
        <translation>镜像仓库的运行方式：作为受监管进程运行 distribution 可执行文件，或在 Docker 或 Podman 中运行 registry:2 镜像。</translation>
    </message>
    <message>
        <source>Looking for registry runtimes…</source>
        <translation>正在查找镜像仓库运行时…</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No usable runtime: %1
Install docker-registry (Debian) or pull registry:2.</source>
        <translation>没有可用的运行时：%1
请安装 docker-registry（Debian）或拉取 registry:2。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>The registry listens on 127.0.0.1 only. Engines reach it as localhost:PORT.</source>
        <translation>镜像仓库只监听 127.0.0.1。引擎通过 localhost:PORT 访问它。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Port %1 is free.</source>
        <translation>端口 %1 空闲。</translation>
    </message>
    <message>
        <source>Port %1 is taken by %2. %3</source>
        <translation>端口 %1 已被 %2 占用。%3</translation>
    </message>
    <message>
        <source>an unknown process</source>
        <translation>未知进程</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Where blobs and manifests are kept; it survives restarts and stopping the registry.</source>
        <translation>blob 和 manifest 的存放位置；重启或停止镜像仓库后数据仍会保留。</translation>
    </message>
    <message>
        <source>Allow deleting manifests (needed to clean up tags)</source>
        <translation>允许删除 manifest（清理 tag 时需要）</translation>
    </message>
    <message>
        <source>Storage folder:</source>
        <translation>存储文件夹：</translation>
    </message>
    <message>
        <source>Authentication and TLS</source>
        <translation>认证和 TLS</translation>
    </message>
    <message>
        <source>Both are optional on a loopback-only registry; TLS avoids marking it insecure in every engine.</source>
        <translation>对于只监听回环地址的镜像仓库，两者都是可选的；启用 TLS 后无需在每个引擎中将其标记为 insecure。</translation>
    </message>
    <message>
        <source>Require a user name and password (htpasswd, bcrypt)</source>
        <translation>需要用户名和密码（htpasswd，bcrypt）</translation>
    </message>
    <message>
        <source>Serve HTTPS with a generated certificate authority</source>
        <translation>使用自动生成的证书颁发机构提供 HTTPS</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Starting the registry and waiting until it answers.</source>
        <translation>正在启动镜像仓库，并等待其响应。</translation>
    </message>
    <message>
        <source>Running at %1 (%2).</source>
        <translation>正在 %1 运行（%2）。</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Pushes a tiny image and an index, reads them back and deletes them: the registry must accept multi-platform indexes.</source>
        <translation>推送一个很小的镜像和一个索引，读回后再删除：镜像仓库必须接受多平台索引。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Answers as a registry (%1).</source>
        <translation>作为镜像仓库响应（%1）。</translation>
    </message>
    <message>
        <source>Does not answer as a registry (HTTP %1).</source>
        <translation>未作为镜像仓库响应（HTTP %1）。</translation>
    </message>
    <message>
        <source>Accepts multi-platform indexes.</source>
        <translation>接受多平台索引。</translation>
    </message>
    <message>
        <source>Rejects indexes: %1</source>
        <translation>拒绝索引：%1</translation>
    </message>
    <message>
        <source>Deleting manifests works.</source>
        <translation>可以删除 manifest。</translation>
    </message>
    <message>
        <source>Deleting manifests is disabled.</source>
        <translation>删除 manifest 功能已禁用。</translation>
    </message>
    <message>
        <source>Engine trust</source>
        <translation>引擎信任</translation>
    </message>
    <message>
        <source>What each engine needs to push to and pull from the registry. Apply writes the files (needs permission), or run the script yourself.</source>
        <translation>各引擎向该镜像仓库推送和拉取所需的配置。点击“应用”会写入这些文件（需要权限），也可以自行运行脚本。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>
Then run: %1</source>
        <translation>
然后运行：%1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Mirror base images (optional)</source>
        <translation>同步基础镜像（可选）</translation>
    </message>
    <message>
        <source>Copy a base image with every platform, so builds for arm64 and amd64 both find it locally.</source>
        <translation>复制包含所有平台的基础镜像，这样 arm64 和 amd64 的构建都能在本地找到它。</translation>
    </message>
    <message>
        <source>docker.io/library/python:3.12-slim, or an OCI layout</source>
        <translation>docker.io/library/python:3.12-slim，或 OCI 布局</translation>
    </message>
    <message>
        <source>Push the multi-platform index (same digest as the source)</source>
        <translation>推送多平台索引（digest 与源相同）</translation>
    </message>
    <message>
        <source>Also push per-arch tags (&lt;tag&gt;-amd64, &lt;tag&gt;-arm64 …)</source>
        <translation>同时推送按架构区分的 tag（&lt;tag&gt;-amd64、&lt;tag&gt;-arm64 …）</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Source image:</source>
        <translation>源镜像：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag：</translation>
    </message>
    <message>
        <source>Mirroring…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>blob %1 of %2</source>
        <translation>第 %1 / %2 个 blob</translation>
    </message>
    <message>
        <source>Mirrored into %1: tags %2; %3 blobs uploaded, %4 already there.%5</source>
        <translation>已同步到 %1：tag %2；上传了 %3 个 blob，%4 个已存在。%5</translation>
    </message>
    <message>
        <source> The index keeps the source digest %1.</source>
        <translation>索引保留了源 digest %1。</translation>
    </message>
    <message>
        <source>Mirroring failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Cancelling: stopping the registry and removing what was set up…</source>
        <translation>正在取消：停止镜像仓库并删除已设置的内容…</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::MainWindow</name>
    <message>
        <source>Manifold</source>
        <translation>Manifold</translation>
    </message>
    <message>
        <source>Go to stage (Ctrl+Shift+G)</source>
        <translation>转到阶段（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Dockerfile…</source>
        <translation>打开 Dockerfile(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Go to &amp;Stage…</source>
        <translation>转到阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>&amp;Find in Build Log</source>
        <translation>在构建日志中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>构建(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>取消构建(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;Platforms…</source>
        <translation>平台(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Manifold</source>
        <translation>关于 Manifold(&amp;A)</translation>
    </message>
    <message>
        <source>Stage Graph</source>
        <translation>阶段图</translation>
    </message>
    <message>
        <source>Build Log</source>
        <translation>构建日志</translation>
    </message>
    <message>
        <source>Manifest Inspector</source>
        <translation>Manifest 检查器</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Push to &amp;Registry…</source>
        <translation>推送到镜像仓库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Local Registry Setup…</source>
        <translation>本地镜像仓库设置(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Mirror Image…</source>
        <translation>同步镜像(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The engine that runs the build</source>
        <translation>运行构建的引擎</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>引擎：</translation>
    </message>
    <message>
        <source>The sample project is not installed.</source>
        <translation>未安装示例项目。</translation>
    </message>
    <message>
        <source>Set MANIFOLD_SAMPLES_DIR to a copy of resources/samples.</source>
        <translation>请将 MANIFOLD_SAMPLES_DIR 设置为 resources/samples 副本所在的路径。</translation>
    </message>
    <message>
        <source>Cannot read the Dockerfile: %1.</source>
        <translation>无法读取 Dockerfile：%1。</translation>
    </message>
    <message>
        <source>Check the path in the project, or open the Dockerfile directly.</source>
        <translation>请检查项目中的路径，或直接打开 Dockerfile。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot save the Dockerfile: %1.</source>
        <translation>无法保存 Dockerfile：%1。</translation>
    </message>
    <message>
        <source>Check permissions and free space; your text is still in the editor.</source>
        <translation>请检查权限和可用空间；你的文本仍保留在编辑器中。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Manifold projects (*.manifold)</source>
        <translation>Manifold 项目 (*.manifold)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>New Project: choose its Dockerfile</source>
        <translation>新建项目：选择其 Dockerfile</translation>
    </message>
    <message>
        <source>Dockerfiles (Dockerfile *.Dockerfile Containerfile *);;All files (*)</source>
        <translation>Dockerfile (Dockerfile *.Dockerfile Containerfile *);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Open Dockerfile</source>
        <translation>打开 Dockerfile</translation>
    </message>
    <message>
        <source>Cannot open the Dockerfile</source>
        <translation>无法打开 Dockerfile</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>清除最近记录</translation>
    </message>
    <message>
        <source>%1[*] — Manifold</source>
        <translation>%1[*] — Manifold</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>emulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>About Manifold</source>
        <translation>关于 Manifold</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Manifold %1&lt;/h3&gt;&lt;p&gt;A studio for building and inspecting multi-architecture container images.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Manifold %1&lt;/h3&gt;&lt;p&gt;一款用于构建和检查多架构容器镜像的桌面工作台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build the project for the selected platforms (Ctrl+B)</source>
        <translation>为选定的平台构建项目（Ctrl+B）</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>正在构建…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Build succeeded</source>
        <translation>构建成功</translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation>构建失败</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>The registry the project pushes to; tags and build arguments naming the previous registry follow it</source>
        <translation>项目推送的目标镜像仓库；引用原镜像仓库的 tag 和构建参数会随之更新</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>镜像仓库：</translation>
    </message>
    <message>
        <source>The folder has no Dockerfile and no Manifold project.</source>
        <translation>该文件夹中没有 Dockerfile，也没有 Manifold 项目。</translation>
    </message>
    <message>
        <source>The folder has several Manifold projects and no Dockerfile.</source>
        <translation>该文件夹中有多个 Manifold 项目，但没有 Dockerfile。</translation>
    </message>
    <message>
        <source>Open the Dockerfile or the project file itself.</source>
        <translation>请直接打开 Dockerfile 或项目文件。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::ManifestInspector</name>
    <message>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Open Layout or Archive…</source>
        <translation>打开布局或归档文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pretty-print (not the digested bytes)</source>
        <translation>格式化显示（并非参与 digest 计算的原始字节）</translation>
    </message>
    <message>
        <source>Registry reference (127.0.0.1:5000/app:latest), OCI layout folder or image archive</source>
        <translation>镜像仓库引用（127.0.0.1:5000/app:latest）、OCI 布局文件夹或镜像归档文件</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Loading manifests and configs: %v of %m</source>
        <translation>正在加载 manifest 和配置：%v / %m</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading layer %1: %p%</source>
        <translation>正在读取层 %1：%p%</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Open an OCI Layout or Image Archive</source>
        <translation>打开 OCI 布局或镜像归档文件</translation>
    </message>
    <message>
        <source>Image archives (*.tar *.tar.gz *.tgz)</source>
        <translation>镜像归档文件 (*.tar *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>OCI layout index (index.json)</source>
        <translation>OCI 布局索引 (index.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>An index lists one manifest per platform; a runtime picks the entry that matches its machine.</source>
        <translation>索引为每个平台列出一个 manifest；运行时会选择与其所在机器匹配的条目。</translation>
    </message>
    <message>
        <source>Attestation manifest (platform unknown/unknown): BuildKit stores provenance and SBOM statements here (`docker buildx build` adds them by default). Runtimes skip it, but `docker manifest create` and older registries/tools reject an index that contains it: use `docker buildx imagetools create`, or build with --provenance=false --sbom=false.</source>
        <translation>Attestation（证明）manifest（平台 unknown/unknown）：BuildKit 在这里存放 provenance 和 SBOM 声明（`docker buildx build` 默认会添加）。运行时会跳过它，但 `docker manifest create` 以及较旧的镜像仓库/工具会拒绝包含它的索引：请使用 `docker buildx imagetools create`，或使用 --provenance=false --sbom=false 构建。</translation>
    </message>
    <message>
        <source>Expand the layer to list its files and the architecture of each binary.</source>
        <translation>展开该层，列出其中的文件以及每个二进制文件的架构。</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>该镜像</translation>
    </message>
    <message>
        <source>This host (%1) would run %2 (%3) natively.</source>
        <translation>此主机（%1）可以原生运行 %2（%3）。</translation>
    </message>
    <message>
        <source>This host (%1) would run %2 (%3) through emulation (QEMU): expect it to be slow.</source>
        <translation>此主机（%1）需要通过模拟（QEMU）运行 %2（%3）：速度会比较慢。</translation>
    </message>
    <message>
        <source>This host (%1) cannot run this %2 image: &quot;exec format error&quot;.</source>
        <translation>此主机（%1）无法运行这个 %2 镜像：“exec format error”。</translation>
    </message>
    <message>
        <source>Missing platform: this tag has no %1 image (it has %2). `docker pull`/`run` here fails with &quot;no matching manifest&quot;.</source>
        <translation>缺少平台：此 tag 没有 %1 镜像（只有 %2）。在这里执行 `docker pull`/`run` 会报 “no matching manifest” 失败。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>With --platform %1 it runs under emulation (slow).</source>
        <translation>使用 --platform %1 时会通过模拟运行（速度慢）。</translation>
    </message>
    <message>
        <source>Fix: copy every platform of the original (`skopeo copy --all`, or the Mirror dialog) or rebuild with --platform including %1.</source>
        <translation>修复：复制原始镜像的所有平台（`skopeo copy --all`，或使用“同步镜像”对话框），或用包含 %1 的 --platform 重新构建。</translation>
    </message>
    <message>
        <source>This host (%1) has no matching entry.</source>
        <translation>此主机（%1）没有匹配的条目。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::MirrorDialog</name>
    <message>
        <source>List Platforms</source>
        <translation>列出平台</translation>
    </message>
    <message>
        <source>Copy attestations (provenance/SBOM) of the chosen platforms</source>
        <translation>复制所选平台的 attestation（provenance/SBOM）</translation>
    </message>
    <message>
        <source>Also tag each platform (:amd64, :arm64 …)</source>
        <translation>同时为每个平台打 tag（:amd64、:arm64 …）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Cancel Copy</source>
        <translation>取消复制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Mirror Image</source>
        <translation>同步镜像</translation>
    </message>
    <message>
        <source>docker.io/library/python:3.12-slim, or an OCI layout / archive</source>
        <translation>docker.io/library/python:3.12-slim，或 OCI 布局 / 归档文件</translation>
    </message>
    <message>
        <source>127.0.0.1:5000/library/python:3.12-slim</source>
        <translation>127.0.0.1:5000/library/python:3.12-slim</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n 个平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attestation(s)</source>
        <translation>
            <numerusform>，%n 个 attestation</numerusform>
        </translation>
    </message>
    <message>
        <source>. Copying all of them keeps the source digest; a subset gets a new index digest.</source>
        <translation>。全部复制会保留源 digest；只复制部分平台会生成新的索引 digest。</translation>
    </message>
    <message>
        <source>A single-platform image: it is copied as is.</source>
        <translation>单平台镜像：将按原样复制。</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3).</source>
        <translation>已将 %1 复制到 %2（%3）。</translation>
    </message>
    <message>
        <source>Only some platforms were copied, so the destination index has a new digest.</source>
        <translation>只复制了部分平台，因此目标索引的 digest 已改变。</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) left out.</source>
        <translation>
            <numerusform>有 %n 个 attestation 未复制。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy did not finish.</source>
        <translation>复制未完成。</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PlatformsDialog</name>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Probing this host…</source>
        <translation>正在探测此主机…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Fix</source>
        <translation>复制修复命令(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>binfmt_misc mounted, %n handler(s)</source>
        <translation>
            <numerusform>binfmt_misc 已挂载，%n 个处理程序</numerusform>
        </translation>
    </message>
    <message>
        <source>binfmt_misc is not mounted</source>
        <translation>binfmt_misc 未挂载</translation>
    </message>
    <message>
        <source>Host %1 (%2). %3 native, %4 by QEMU emulation. %5.</source>
        <translation>主机 %1（%2）。%3 个平台原生运行，%4 个通过 QEMU 模拟运行。%5。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PlatformsModel</name>
    <message>
        <source>Native</source>
        <translation>原生</translation>
    </message>
    <message>
        <source>Emulated (QEMU)</source>
        <translation>模拟（QEMU）</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Emulator: %1</source>
        <translation>模拟器：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持情况</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::Project</name>
    <message>
        <source>The project was written by a newer Manifold (format %1, this one reads %2).</source>
        <translation>该项目由更新版本的 Manifold 创建（格式 %1，当前版本只能读取 %2）。</translation>
    </message>
    <message>
        <source>Update Manifold to open this project.</source>
        <translation>请更新 Manifold 以打开此项目。</translation>
    </message>
    <message>
        <source>The project names no Dockerfile.</source>
        <translation>项目中没有指定 Dockerfile。</translation>
    </message>
    <message>
        <source>Add &quot;dockerfile&quot;: &quot;Dockerfile&quot; to the project file.</source>
        <translation>请在项目文件中添加 &quot;dockerfile&quot;: &quot;Dockerfile&quot;。</translation>
    </message>
    <message>
        <source>&quot;buildArgs&quot; must be an object of strings.</source>
        <translation>&quot;buildArgs&quot; 必须是由字符串组成的对象。</translation>
    </message>
    <message>
        <source>Write it as {&quot;NAME&quot;: &quot;value&quot;}.</source>
        <translation>请写成 {&quot;NAME&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <source>Build argument &quot;%1&quot; must be a string.</source>
        <translation>构建参数 “%1” 必须是字符串。</translation>
    </message>
    <message>
        <source>Quote the value of &quot;%1&quot;.</source>
        <translation>请给 “%1” 的值加上引号。</translation>
    </message>
    <message>
        <source>Cannot read the project: %1.</source>
        <translation>无法读取项目：%1。</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>请检查文件是否存在且可读。</translation>
    </message>
    <message>
        <source>The project is not valid JSON: %1.</source>
        <translation>项目不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>Fix the JSON at that offset or recreate the project with File ▸ New Project.</source>
        <translation>请修复该偏移处的 JSON，或通过“文件 ▸ 新建项目”重新创建项目。</translation>
    </message>
    <message>
        <source>The project must be a JSON object.</source>
        <translation>项目必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Recreate the project with File ▸ New Project.</source>
        <translation>请通过“文件 ▸ 新建项目”重新创建项目。</translation>
    </message>
    <message>
        <source>Cannot write the project: %1.</source>
        <translation>无法写入项目：%1。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个你有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Check the free space and permissions; the previous file was kept.</source>
        <translation>请检查可用空间和权限；原文件已保留。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>“%1” 必须是字符串列表。</translation>
    </message>
    <message>
        <source>Write it as [&quot;linux/amd64&quot;, &quot;linux/arm64&quot;] or remove it.</source>
        <translation>请写成 [&quot;linux/amd64&quot;, &quot;linux/arm64&quot;]，或删除它。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only strings.</source>
        <translation>“%1” 只能包含字符串。</translation>
    </message>
    <message>
        <source>Quote every entry of &quot;%1&quot;.</source>
        <translation>请给 “%1” 的每个条目加上引号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>“%1” 必须是字符串。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PushPlanModel</name>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>mount (same registry)</source>
        <translation>挂载（同一镜像仓库）</translation>
    </message>
    <message>
        <source>skip (already there)</source>
        <translation>跳过（已存在）</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>mounted</source>
        <translation>已挂载</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Blob</source>
        <translation>Blob</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PushProgressModel</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>reading source</source>
        <translation>正在读取源</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>mounted</source>
        <translation>已挂载</translation>
    </message>
    <message>
        <source>skipped (exists)</source>
        <translation>已跳过（已存在）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Blob</source>
        <translation>Blob</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已传输</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::PushWizard</name>
    <message>
        <source>Push to Registry</source>
        <translation>推送到镜像仓库</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>What to push: every platform of the image is pushed, with its index.</source>
        <translation>要推送的内容：会推送镜像的所有平台及其索引。</translation>
    </message>
    <message>
        <source>The last build&apos;s OCI layout</source>
        <translation>上次构建的 OCI 布局</translation>
    </message>
    <message>
        <source>A local OCI layout folder or image archive</source>
        <translation>本地 OCI 布局文件夹或镜像归档文件</translation>
    </message>
    <message>
        <source>/path/to/layout[:tag] or image.tar</source>
        <translation>/path/to/layout[:tag] 或 image.tar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>An image in a registry</source>
        <translation>镜像仓库中的镜像</translation>
    </message>
    <message>
        <source>docker.io/library/alpine:3.20</source>
        <translation>docker.io/library/alpine:3.20</translation>
    </message>
    <message>
        <source>Choose an OCI Layout Folder</source>
        <translation>选择 OCI 布局文件夹</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The registry and repository to push to, and the tags to set.</source>
        <translation>要推送到的镜像仓库和仓库，以及要设置的 tag。</translation>
    </message>
    <message>
        <source>127.0.0.1:5000, ghcr.io</source>
        <translation>127.0.0.1:5000、ghcr.io</translation>
    </message>
    <message>
        <source>team/app</source>
        <translation>team/app</translation>
    </message>
    <message>
        <source>Also tag each platform (:amd64, :arm64, :arm-v7 …) for tools that cannot pick from an index</source>
        <translation>同时为每个平台打 tag（:amd64、:arm64、:arm-v7 …），供无法从索引中选择平台的工具使用</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>镜像仓库：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>Tags (comma-separated):</source>
        <translation>Tag（以逗号分隔）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 128, not starting with &apos;.&apos; or &apos;-&apos;).</source>
        <translation>“%1” 不是有效的 tag：只能使用字母、数字、“_”、“.” 和 “-”（最多 128 个字符，不能以 “.” 或 “-” 开头）。</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>How to log in to the destination registry.</source>
        <translation>如何登录目标镜像仓库。</translation>
    </message>
    <message>
        <source>Use stored credentials (Manifold&apos;s keychain, then Docker&apos;s config and helpers), or none</source>
        <translation>使用已保存的凭据（先查 Manifold 的密钥环，再查 Docker 的配置和凭据助手），或不使用凭据</translation>
    </message>
    <message>
        <source>Log in with a user name and password or token</source>
        <translation>使用用户名和密码或令牌登录</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>保存到系统密钥环</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>密码或令牌：</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>What will be pushed; blobs the registry already has are skipped, blobs in another repository of the same registry are mounted.</source>
        <translation>将要推送的内容；镜像仓库中已有的 blob 会被跳过，同一镜像仓库其他仓库中的 blob 会被挂载。</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Reading the source and asking the destination…</source>
        <translation>正在读取源并查询目标…</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>正在推送</translation>
    </message>
    <message>
        <source>Cancel Push</source>
        <translation>取消推送</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>(no build yet)</source>
        <translation>（尚未构建）</translation>
    </message>
    <message>
        <source>Cannot push: %1</source>
        <translation>无法推送：%1</translation>
    </message>
    <message>
        <source>one per platform</source>
        <translation>每个平台各一个</translation>
    </message>
    <message>
        <source>%1 → %2/%3 (tags: %4)
Platforms: %5%6
Blobs: %7 to upload (%8), %9 to mount, %10 already there; %11 in total.</source>
        <translation>%1 → %2/%3（tag：%4）
平台：%5%6
Blob：待上传 %7 个（%8），待挂载 %9 个，已存在 %10 个；共 %11。</translation>
    </message>
    <message numerus="yes">
        <source> (+%n attestation(s))</source>
        <translation>
            <numerusform>（+%n 个 attestation）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push</source>
        <translation>没有可推送的内容</translation>
    </message>
    <message>
        <source>Go back and choose a source that can be read.</source>
        <translation>请返回并选择一个可读取的源。</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>已打 tag %1</translation>
    </message>
    <message>
        <source>could not tag %1: %2</source>
        <translation>无法打 tag %1：%2</translation>
    </message>
    <message>
        <source>credentials stored in the keychain</source>
        <translation>凭据已保存到密钥环</translation>
    </message>
    <message>
        <source>credentials not stored: %1</source>
        <translation>凭据未保存：%1</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>已推送 %1</translation>
    </message>
    <message>
        <source>Pushed %1 to %2/%3
Digest: %4
Tags: %5
Platforms: %6
Blobs: %7 uploaded (%8), %9 mounted, %10 skipped.%11</source>
        <translation>已将 %1 推送到 %2/%3
Digest：%4
Tag：%5
平台：%6
Blob：已上传 %7 个（%8），已挂载 %9 个，已跳过 %10 个。%11</translation>
    </message>
    <message>
        <source>
Note: the registry was reached over plain HTTP.</source>
        <translation>
注意：访问该镜像仓库时使用的是明文 HTTP。</translation>
    </message>
    <message>
        <source>the push did not finish</source>
        <translation>推送未完成</translation>
    </message>
    <message>
        <source>Push failed</source>
        <translation>推送失败</translation>
    </message>
    <message>
        <source>The push failed: %1
Nothing was tagged unless listed above; run the wizard again to resume (blobs already uploaded are skipped).</source>
        <translation>推送失败：%1
除上面列出的以外，没有打任何 tag；重新运行向导即可继续（已上传的 blob 会被跳过）。</translation>
    </message>
    <message>
        <source>Not verified: the push did not complete.</source>
        <translation>未验证：推送未完成。</translation>
    </message>
    <message>
        <source>Verifying: reading the pushed tag back…</source>
        <translation>正在验证：读回已推送的 tag…</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message>
        <source>Verification failed: the tag points at %1, not at the pushed %2 (someone pushed meanwhile?)</source>
        <translation>验证失败：该 tag 指向 %1，而不是刚推送的 %2（期间是否有其他人推送？）</translation>
    </message>
    <message>
        <source>Verification found problems: %1</source>
        <translation>验证发现问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %1 resolves to %2 with %n platform(s), every manifest and config readable.</source>
        <translation>
            <numerusform>已验证：%1 解析为 %2，包含 %n 个平台，所有 manifest 和配置均可读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 — %3 of %4 blobs finished</source>
        <translation>%1 / %2 — 已完成 %3 / %4 个 blob</translation>
    </message>
    <message>
        <source>Destination %1: %2</source>
        <translation>目标 %1：%2</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::RegistryBrowser</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Detect Local</source>
        <translation>检测本机</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Delete Tag…</source>
        <translation>删除 Tag…</translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation>移除镜像仓库</translation>
    </message>
    <message>
        <source>Registry host[:port], e.g. 127.0.0.1:5000 or ghcr.io</source>
        <translation>镜像仓库 host[:port]，例如 127.0.0.1:5000 或 ghcr.io</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Enter a registry host, for example 127.0.0.1:5000 or ghcr.io.</source>
        <translation>请输入镜像仓库主机，例如 127.0.0.1:5000 或 ghcr.io。</translation>
    </message>
    <message>
        <source>Looking for registries on this machine…</source>
        <translation>正在查找本机上的镜像仓库…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n local registry(ies).</source>
        <translation>
            <numerusform>找到 %n 个本地镜像仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry answers on this machine&apos;s usual ports.</source>
        <translation>本机常用端口上没有镜像仓库响应。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除 Tag</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>Registries delete manifests, not tags: the manifest %1 is removed with every tag that points to it (%2). Blobs are reclaimed only by the registry&apos;s garbage collection.</source>
        <translation>镜像仓库删除的是 manifest，而不是 tag：manifest %1 会连同所有指向它的 tag 一起删除（%2）。blob 只有在镜像仓库执行垃圾回收后才会被回收。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::RegistryBrowserModel</name>
    <message>
        <source>The tag&apos;s manifest has not been read yet; wait until its platforms are listed.</source>
        <translation>尚未读取该 tag 的 manifest；请等到其平台列出后再操作。</translation>
    </message>
    <message>
        <source>BuildKit attestation (provenance/SBOM), platform unknown/unknown: runtimes skip it.</source>
        <translation>BuildKit attestation（provenance/SBOM），平台为 unknown/unknown：运行时会跳过它。</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>attestation</translation>
    </message>
    <message numerus="yes">
        <source> (+%n attestation(s))</source>
        <translation>
            <numerusform>（+%n 个 attestation）</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>detected on this machine</source>
        <translation>在本机上检测到</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>single-platform manifest</source>
        <translation>单平台 manifest</translation>
    </message>
    <message numerus="yes">
        <source>index, %n platform(s)</source>
        <translation>
            <numerusform>索引，%n 个平台</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::StageGraph</name>
    <message>
        <source>Graphviz could not start.</source>
        <translation>Graphviz 无法启动。</translation>
    </message>
    <message>
        <source>Reinstall libgvc (Debian: libgvc6).</source>
        <translation>请重新安装 libgvc（Debian：libgvc6）。</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the stage graph.</source>
        <translation>Graphviz 无法对阶段图进行布局。</translation>
    </message>
    <message>
        <source>Check that the dot layout plugin is installed (run `dot -c`).</source>
        <translation>请检查是否已安装 dot 布局插件（运行 `dot -c`）。</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>runs as %1</source>
        <translation>以 %1 运行</translation>
    </message>
    <message>
        <source>emulated by QEMU on this host: expect it to be slower</source>
        <translation>在本机上通过 QEMU 模拟运行：速度会较慢</translation>
    </message>
    <message>
        <source>not needed for this target: skipped</source>
        <translation>此目标不需要：已跳过</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>from stage %1</source>
        <translation>来自阶段 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>pruned: not built for this target</source>
        <translation>已剪除：此目标不会构建</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::StageGraphWidget</name>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the graph in the view</source>
        <translation>缩放图形以适应视图</translation>
    </message>
    <message>
        <source>━ FROM   ╌ COPY --from   ┈ RUN --mount=from   QEMU: emulated</source>
        <translation>━ FROM   ╌ COPY --from   ┈ RUN --mount=from   QEMU：模拟运行</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::TlsExceptionsIndicator</name>
    <message>
        <source>Registries used without verified TLS:
%1
Unset the variable and restart to verify TLS again.</source>
        <translation>未经 TLS 验证使用的镜像仓库：
%1
取消设置该环境变量并重新启动，即可重新验证 TLS。</translation>
    </message>
</context>
<context>
    <name>Manifold::Ui::TlsExceptionsModel</name>
    <message>
        <source>%1: TLS not verified, plain HTTP allowed (environment variable %2)</source>
        <translation>%1：TLS 未验证，允许明文 HTTP（环境变量 %2）</translation>
    </message>
    <message>
        <source>%1: credentials may be sent over plain HTTP (environment variable %2)</source>
        <translation>%1：凭据可能通过明文 HTTP 发送（环境变量 %2）</translation>
    </message>
    <message>
        <source>TLS not verified for %1</source>
        <translation>%1 的 TLS 未验证</translation>
    </message>
    <message>
        <source>insecure (plain HTTP, loopback)</source>
        <translation>insecure（明文 HTTP，回环地址）</translation>
    </message>
    <message>
        <source>insecure (plain HTTP)</source>
        <translation>insecure（明文 HTTP）</translation>
    </message>
    <message>
        <source>marked insecure: TLS not verified, plain HTTP allowed</source>
        <translation>已标记为 insecure：TLS 未验证，允许明文 HTTP</translation>
    </message>
    <message>
        <source>TLS not verified</source>
        <translation>TLS 未验证</translation>
    </message>
    <message>
        <source>TLS verified against %1</source>
        <translation>TLS 已根据 %1 验证</translation>
    </message>
    <message>
        <source>Registry %1: %2</source>
        <translation>镜像仓库 %1：%2</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”后缺少值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1”后不应有值。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
</context>
</TS>
