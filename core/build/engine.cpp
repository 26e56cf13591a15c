#include "core/build/engine.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace Manifold::Build {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build)
};
} // namespace

QString engineKindName(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Buildah: return QStringLiteral("buildah");
    case EngineKind::Docker: return QStringLiteral("docker");
    case EngineKind::Podman: return QStringLiteral("podman");
    }
    return QString();
}

Result<EngineKind> parseEngineKind(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("buildah"))
        return EngineKind::Buildah;
    if (lower == QLatin1String("docker") || lower == QLatin1String("buildkit") || lower == QLatin1String("buildx"))
        return EngineKind::Docker;
    if (lower == QLatin1String("podman"))
        return EngineKind::Podman;
    return Error(QStringLiteral("build.engine.unknown"), Tr::tr("Unknown build engine \"%1\".").arg(name),
                 QStringLiteral("--engine"), Tr::tr("Use buildah, docker or podman."));
}

QJsonObject EngineInfo::toJson() const
{
    QJsonObject object{{QStringLiteral("engine"), engineKindName(kind)},
                       {QStringLiteral("program"), program},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("usable"), usable}};
    if (!problem.isEmpty())
        object.insert(QStringLiteral("problem"), problem);
    if (!fix.isEmpty())
        object.insert(QStringLiteral("fix"), fix);
    object.insert(QStringLiteral("capabilities"),
                  QJsonObject{{QStringLiteral("multiPlatform"), capabilities.multiPlatform},
                              {QStringLiteral("buildx"), capabilities.buildx},
                              {QStringLiteral("remoteEndpoints"), capabilities.remoteEndpoints},
                              {QStringLiteral("outputFormats"), QJsonValue::fromVariant(capabilities.outputFormats)},
                              {QStringLiteral("progressFormats"), QJsonValue::fromVariant(capabilities.progressFormats)}});
    return object;
}

QString BuilderEndpoint::describe() const
{
    if (!dockerContext.isEmpty() && !dockerHost.isEmpty())
        return QStringLiteral("context:%1 (%2)").arg(dockerContext, dockerHost);
    if (!dockerHost.isEmpty())
        return dockerHost;
    if (!dockerContext.isEmpty())
        return QStringLiteral("context:") + dockerContext;
    if (!buildxBuilder.isEmpty())
        return QStringLiteral("builder:") + buildxBuilder;
    if (!podmanConnection.isEmpty())
        return QStringLiteral("podman:") + podmanConnection;
    return QStringLiteral("local");
}

Result<BuilderEndpoint> BuilderEndpoint::parse(const QString &text)
{
    BuilderEndpoint endpoint;
    const QString value = text.trimmed();
    if (value.isEmpty() || value == QLatin1String("local"))
        return endpoint;
    if (value.startsWith(QLatin1String("context:")))
        endpoint.dockerContext = value.mid(8);
    else if (value.startsWith(QLatin1String("builder:")))
        endpoint.buildxBuilder = value.mid(8);
    else if (value.startsWith(QLatin1String("podman:")))
        endpoint.podmanConnection = value.mid(7);
    else if (value.contains(QLatin1String("://")))
        endpoint.dockerHost = value;
    else
        return Error(QStringLiteral("build.endpoint"), Tr::tr("Cannot read builder endpoint \"%1\".").arg(text),
                     QStringLiteral("--node"),
                     Tr::tr("Use a DOCKER_HOST URL (ssh://host, unix:///path.sock, tcp://host:2376), context:NAME, "
                        "builder:NAME or podman:CONNECTION."));
    return endpoint;
}

QString ProcessCommand::commandLine() const
{
    QStringList parts{program};
    for (const QString &argument : arguments)
        parts.append(argument.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + argument + QLatin1Char('\'') : argument);
    return parts.join(QLatin1Char(' '));
}

Result<QString> Engine::runQuick(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return Error(QStringLiteral("build.engine.start"), process.errorString(), program);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error(QStringLiteral("build.engine.timeout"),
                     Tr::tr("\"%1 %2\" did not answer in time.").arg(program, arguments.join(QLatin1Char(' '))), program);
    }
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(QStringLiteral("build.engine.failed"), output.isEmpty() ? process.errorString() : output, program);
    return output;
}

std::unique_ptr<Engine> Engine::create(EngineKind kind, const QString &program)
{
    switch (kind) {
    case EngineKind::Buildah: return std::make_unique<BuildahEngine>(program);
    case EngineKind::Docker: return std::make_unique<DockerEngine>(program);
    case EngineKind::Podman: return std::make_unique<PodmanEngine>(program);
    }
    return nullptr;
}

std::unique_ptr<Engine> Engine::createDefault()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("buildah")).isEmpty())
        return std::make_unique<BuildahEngine>();
    if (!QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty())
        return std::make_unique<PodmanEngine>();
    return std::make_unique<DockerEngine>();
}

} // namespace Manifold::Build
