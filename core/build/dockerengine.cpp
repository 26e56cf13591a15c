#include "core/build/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Manifold::Build {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build::DockerEngine)
};

int majorVersion(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

} // namespace

DockerEngine::DockerEngine(const QString &program)
    : Engine(program.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("docker")) : program)
{}

QProcessEnvironment DockerEngine::environmentFor(const BuilderEndpoint &endpoint)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("1"));
    if (!endpoint.dockerHost.isEmpty())
        environment.insert(QStringLiteral("DOCKER_HOST"), endpoint.dockerHost);
    return environment;
}

QStringList DockerEngine::globalOptions(const BuilderEndpoint &endpoint)
{
    // A resolved context travels as DOCKER_HOST; the CLI refuses both at once.
    if (endpoint.dockerContext.isEmpty() || !endpoint.dockerHost.isEmpty())
        return {};
    return {QStringLiteral("--context"), endpoint.dockerContext};
}

EngineInfo DockerEngine::detect() const
{
    EngineInfo info;
    info.kind = EngineKind::Docker;
    info.program = m_program;
    info.capabilities.remoteEndpoints = true;
    info.capabilities.progressFormats = {QStringLiteral("plain")};
    if (m_program.isEmpty()) {
        info.problem = Tr::tr("The docker CLI is not installed.");
        info.fix = Tr::tr("Install Docker (with the buildx plugin) or pick --engine buildah|podman.");
        return info;
    }
    const QProcessEnvironment environment = environmentFor({});
    const Result<QString> client = runQuick(m_program, {QStringLiteral("version"), QStringLiteral("--format"),
                                                        QStringLiteral("{{.Client.Version}}")}, environment);
    // `docker version` exits non-zero when the daemon is down but still prints the client part.
    const Result<QString> clientOnly = client ? client
        : runQuick(m_program, {QStringLiteral("--version")}, environment);
    if (!clientOnly) {
        info.problem = Tr::tr("\"%1\" does not run: %2").arg(m_program, clientOnly.error().message);
        info.fix = Tr::tr("Check the Docker installation or pass --engine-path.");
        return info;
    }
    info.version = clientOnly->section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(','), 0, 0)
                       .remove(QStringLiteral("Docker version ")).trimmed();
    const Result<QString> buildx = runQuick(m_program, {QStringLiteral("buildx"), QStringLiteral("version")},
                                            environment);
    info.capabilities.buildx = buildx.ok() && buildx->contains(QLatin1String("buildx"));
    if (info.capabilities.buildx) {
        info.capabilities.multiPlatform = true;
        info.capabilities.outputFormats = {QStringLiteral("oci-layout"), QStringLiteral("registry")};
        info.capabilities.progressFormats.append(QStringLiteral("rawjson"));
    } else {
        info.capabilities.outputFormats = {QStringLiteral("docker-daemon")};
        if (majorVersion(info.version) >= 23) {
            // From 23.0 on `docker build` is a buildx alias; without the plugin only the legacy
            // builder is left, which ignores --platform for multi-stage pins and has no progress.
            info.problem = Tr::tr("Docker CLI %1 at %2 has no buildx plugin, so it cannot use BuildKit.")
                               .arg(info.version, m_program);
            info.fix = Tr::tr("Install the docker-buildx plugin, or point --engine-path at a Docker CLI older than 23 "
                          "(e.g. /usr/bin/docker), or use --engine buildah.");
            return info;
        }
        if (QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty()) {
            info.problem = Tr::tr("Without buildx, Manifold exports images from the daemon with skopeo, which is missing.");
            info.fix = Tr::tr("Install skopeo (apt-get install skopeo) or the docker-buildx plugin.");
            return info;
        }
    }
    info.usable = true;
    return info;
}

Result<BuilderEndpoint> DockerEngine::resolveEndpoint(const BuilderEndpoint &endpoint, const EngineInfo &info) const
{
    if (info.capabilities.buildx || endpoint.dockerContext.isEmpty() || !endpoint.dockerHost.isEmpty())
        return endpoint;
    const Result<QString> host = runQuick(m_program, {QStringLiteral("context"), QStringLiteral("inspect"),
                                                      endpoint.dockerContext, QStringLiteral("--format"),
                                                      QStringLiteral("{{.Endpoints.docker.Host}}")},
                                          environmentFor({}));
    if (!host || host->trimmed().isEmpty())
        return Error(QStringLiteral("build.endpoint.context"),
                     Tr::tr("Docker context \"%1\" cannot be read: %2")
                         .arg(endpoint.dockerContext, host ? Tr::tr("it has no Docker endpoint") : host.error().message),
                     QStringLiteral("--node"),
                     Tr::tr("List the contexts with \"docker context ls\", or give the daemon's address "
                        "(ssh://host, unix:///path.sock) instead."));
    BuilderEndpoint resolved = endpoint;
    resolved.dockerHost = host->trimmed();
    return resolved;
}

Result<QList<ProcessCommand>> DockerEngine::commands(const ExecutorSpec &spec, const EngineInfo &info) const
{
    const QProcessEnvironment environment = environmentFor(spec.endpoint);
    const QStringList global = globalOptions(spec.endpoint);
    QStringList common{QStringLiteral("--progress=plain"), QStringLiteral("--platform"), spec.platform.toString(),
                       QStringLiteral("--file"), spec.dockerfilePath, QStringLiteral("--tag"), spec.imageName};
    if (spec.hostNetwork)
        common << QStringLiteral("--network") << QStringLiteral("host");
    for (auto it = spec.buildArgs.cbegin(); it != spec.buildArgs.cend(); ++it)
        common << QStringLiteral("--build-arg") << it.key() + QLatin1Char('=') + it.value();

    if (info.capabilities.buildx) {
        const QString archive = QDir(spec.workDir).filePath(QStringLiteral("image.oci.tar"));
        QStringList arguments = global + QStringList{QStringLiteral("buildx"), QStringLiteral("build")};
        if (!spec.endpoint.buildxBuilder.isEmpty())
            arguments << QStringLiteral("--builder") << spec.endpoint.buildxBuilder;
        // One platform per executor: Manifold assembles the index, keeping buildx's attestation
        // manifests (provenance/SBOM) unless asked for none.
        arguments << common;
        if (spec.dropAttestations)
            arguments << QStringLiteral("--provenance=false") << QStringLiteral("--sbom=false");
        arguments << QStringLiteral("--output") << QStringLiteral("type=oci,dest=") + archive << spec.contextDir;
        ProcessCommand build{m_program, arguments, environment, QStringLiteral("build"), true};
        QDir().mkpath(spec.ociLayoutDir);
        ProcessCommand unpack{QStringLiteral("tar"), {QStringLiteral("-xf"), archive, QStringLiteral("-C"), spec.ociLayoutDir},
                              QProcessEnvironment::systemEnvironment(), QStringLiteral("export"), false};
        return QList<ProcessCommand>{build, unpack};
    }
    if ((!spec.endpoint.dockerContext.isEmpty() && spec.endpoint.dockerHost.isEmpty()) || !spec.endpoint.buildxBuilder.isEmpty())
        return Error(QStringLiteral("build.endpoint.unsupported"),
                     Tr::tr("Without buildx, Manifold reaches another Docker daemon only through DOCKER_HOST, not %1.")
                         .arg(spec.endpoint.describe()),
                     QStringLiteral("--node"), Tr::tr("Give the daemon's address (ssh://host or unix:///path.sock)."));
    ProcessCommand build{m_program, global + QStringList{QStringLiteral("build")} + common + QStringList{spec.contextDir},
                         environment, QStringLiteral("build"), true};
    QStringList copy{QStringLiteral("copy"), QStringLiteral("--digestfile"), spec.digestFile};
    // skopeo does not read DOCKER_HOST: name the daemon the build went to explicitly.
    const QString daemonHost = environment.value(QStringLiteral("DOCKER_HOST"));
    if (!daemonHost.isEmpty())
        copy << QStringLiteral("--src-daemon-host") << daemonHost;
    copy << QStringLiteral("docker-daemon:") + spec.imageName + QStringLiteral(":latest")
         << QStringLiteral("oci:") + spec.ociLayoutDir + QLatin1Char(':') + spec.ociTag;
    ProcessCommand exportImage{QStandardPaths::findExecutable(QStringLiteral("skopeo")), copy,
                               QProcessEnvironment::systemEnvironment(), QStringLiteral("export"), false};
    // The daemon keeps the layers in its build cache (later builds stay cached); only the
    // temporary name goes, so builds do not pile up tags in the user's image list.
    ProcessCommand untag{m_program, global + QStringList{QStringLiteral("image"), QStringLiteral("rm"), spec.imageName},
                         environment, QStringLiteral("cleanup"), false, true};
    return QList<ProcessCommand>{build, exportImage, untag};
}

std::unique_ptr<ProgressParser> DockerEngine::progressParser() const
{
    return std::make_unique<BuildKitPlainProgressParser>();
}

} // namespace Manifold::Build
