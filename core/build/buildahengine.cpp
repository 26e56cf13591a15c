#include "core/build/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Manifold::Build {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build)
};

QString versionFrom(const QString &output)
{
    static const QRegularExpression number(QStringLiteral("version\\s+v?(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch match = number.match(output);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString findProgram(const QString &configured, const QString &name)
{
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::findExecutable(name);
}

// Build arguments shared by Buildah and Podman (same Dockerfile front end: imagebuildah).
QStringList buildArguments(const ExecutorSpec &spec)
{
    QStringList arguments{QStringLiteral("build"),
                          // crun fails on kernels with hybrid cgroups; chroot isolation runs anywhere.
                          QStringLiteral("--isolation"), QStringLiteral("chroot"),
                          QStringLiteral("--platform"), spec.platform.toString(),
                          QStringLiteral("--file"), spec.dockerfilePath,
                          QStringLiteral("--tag"), spec.imageName};
    if (spec.hostNetwork)
        arguments << QStringLiteral("--network") << QStringLiteral("host");
    for (auto it = spec.buildArgs.cbegin(); it != spec.buildArgs.cend(); ++it)
        arguments << QStringLiteral("--build-arg") << it.key() + QLatin1Char('=') + it.value();
    arguments << spec.contextDir;
    return arguments;
}

// Buildah's --tls-verify=false would drop verification for every registry of the build; the
// per-build registries.conf relaxes only the registries that need it.
QProcessEnvironment buildEnvironment(const ExecutorSpec &spec)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Its temporary files (layer staging, blob copies) go below the work directory, which a
    // cancelled build removes: a killed engine cannot clean $TMPDIR up itself.
    const QString temporary = QDir(spec.workDir).filePath(QStringLiteral("tmp"));
    if (!spec.workDir.isEmpty() && QDir().mkpath(temporary))
        environment.insert(QStringLiteral("TMPDIR"), temporary);
    if (!spec.registriesConf.isEmpty())
        environment.insert(QStringLiteral("CONTAINERS_REGISTRIES_CONF"), spec.registriesConf);
    return environment;
}

QStringList exportArguments(const ExecutorSpec &spec)
{
    return {QStringLiteral("push"), QStringLiteral("--format"), QStringLiteral("oci"),
            QStringLiteral("--digestfile"), spec.digestFile, spec.imageName,
            QStringLiteral("oci:") + spec.ociLayoutDir + QLatin1Char(':') + spec.ociTag};
}

} // namespace

BuildahEngine::BuildahEngine(const QString &program)
    : Engine(findProgram(program, QStringLiteral("buildah")))
{}

QStringList BuildahEngine::storageOptions(const QString &workDir)
{
    return {QStringLiteral("--storage-driver"), QStringLiteral("vfs"),
            QStringLiteral("--root"), QDir(workDir).filePath(QStringLiteral("storage")),
            QStringLiteral("--runroot"), QDir(workDir).filePath(QStringLiteral("run"))};
}

EngineInfo BuildahEngine::detect() const
{
    EngineInfo info;
    info.kind = EngineKind::Buildah;
    info.program = m_program;
    info.capabilities.multiPlatform = true;
    info.capabilities.outputFormats = {QStringLiteral("oci-layout"), QStringLiteral("registry"),
                                       QStringLiteral("docker-archive")};
    info.capabilities.progressFormats = {QStringLiteral("buildah-steps")};
    if (m_program.isEmpty()) {
        info.problem = Tr::tr("buildah is not installed.");
        info.fix = Tr::tr("Install it (Debian/Ubuntu: apt-get install buildah) or pick --engine docker|podman.");
        return info;
    }
    const Result<QString> version = runQuick(m_program, {QStringLiteral("--version")});
    if (!version) {
        info.problem = Tr::tr("\"%1 --version\" failed: %2").arg(m_program, version.error().message);
        info.fix = Tr::tr("Check the buildah installation or pass --engine-path.");
        return info;
    }
    info.version = versionFrom(*version);
    info.usable = true;
    return info;
}

Result<QList<ProcessCommand>> BuildahEngine::commands(const ExecutorSpec &spec, const EngineInfo &info) const
{
    Q_UNUSED(info);
    if (!spec.endpoint.isLocal())
        return Error(QStringLiteral("build.endpoint.unsupported"),
                     Tr::tr("Buildah builds locally only; %1 cannot go to %2.")
                         .arg(spec.platform.toString(), spec.endpoint.describe()),
                     QStringLiteral("--node"), Tr::tr("Use --engine docker (DOCKER_HOST/context) or podman (connection)."));
    const QStringList storage = storageOptions(spec.workDir);
    ProcessCommand build{m_program, storage + buildArguments(spec), buildEnvironment(spec),
                         QStringLiteral("build"), true};
    ProcessCommand exportImage{m_program, storage + exportArguments(spec), buildEnvironment(spec),
                               QStringLiteral("export"), false};
    return QList<ProcessCommand>{build, exportImage};
}

std::unique_ptr<ProgressParser> BuildahEngine::progressParser() const
{
    return std::make_unique<BuildahProgressParser>();
}

// --- Podman ---------------------------------------------------------------------------------

PodmanEngine::PodmanEngine(const QString &program)
    : Engine(findProgram(program, QStringLiteral("podman")))
{}

EngineInfo PodmanEngine::detect() const
{
    EngineInfo info;
    info.kind = EngineKind::Podman;
    info.program = m_program;
    info.capabilities.multiPlatform = true;
    info.capabilities.remoteEndpoints = true;
    info.capabilities.outputFormats = {QStringLiteral("oci-layout"), QStringLiteral("registry")};
    info.capabilities.progressFormats = {QStringLiteral("buildah-steps")};
    if (m_program.isEmpty()) {
        info.problem = Tr::tr("podman is not installed.");
        info.fix = Tr::tr("Install it (Debian/Ubuntu: apt-get install podman) or pick --engine buildah|docker.");
        return info;
    }
    const Result<QString> version = runQuick(m_program, {QStringLiteral("--version")});
    if (!version) {
        info.problem = Tr::tr("\"%1 --version\" failed: %2").arg(m_program, version.error().message);
        info.fix = Tr::tr("Check the podman installation or pass --engine-path.");
        return info;
    }
    info.version = versionFrom(*version);
    info.usable = true;
    return info;
}

Result<QList<ProcessCommand>> PodmanEngine::commands(const ExecutorSpec &spec, const EngineInfo &info) const
{
    Q_UNUSED(info);
    QStringList global;
    if (!spec.endpoint.podmanConnection.isEmpty()) {
        global << QStringLiteral("--remote") << QStringLiteral("--connection") << spec.endpoint.podmanConnection;
    } else if (!spec.endpoint.isLocal()) {
        return Error(QStringLiteral("build.endpoint.unsupported"),
                     Tr::tr("Podman reaches other machines through connections, not %1.").arg(spec.endpoint.describe()),
                     QStringLiteral("--node"), Tr::tr("Use podman:CONNECTION (see podman system connection list)."));
    } else {
        global = BuildahEngine::storageOptions(spec.workDir);
    }
    ProcessCommand build{m_program, global + buildArguments(spec), buildEnvironment(spec),
                         QStringLiteral("build"), true};
    ProcessCommand exportImage{m_program, global + exportArguments(spec), buildEnvironment(spec),
                               QStringLiteral("export"), false};
    return QList<ProcessCommand>{build, exportImage};
}

std::unique_ptr<ProgressParser> PodmanEngine::progressParser() const
{
    return std::make_unique<BuildahProgressParser>();
}

} // namespace Manifold::Build
