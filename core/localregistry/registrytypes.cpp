#include "core/localregistry/registrytypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Manifold::LocalRegistry {

QString runtimeKindName(RuntimeKind kind)
{
    switch (kind) {
    case RuntimeKind::Binary: return QStringLiteral("binary");
    case RuntimeKind::Docker: return QStringLiteral("docker");
    case RuntimeKind::Podman: return QStringLiteral("podman");
    }
    return {};
}

std::optional<RuntimeKind> runtimeKindFromName(const QString &name)
{
    for (RuntimeKind kind : {RuntimeKind::Binary, RuntimeKind::Docker, RuntimeKind::Podman}) {
        if (runtimeKindName(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Stopped: return QStringLiteral("stopped");
    case RunState::Running: return QStringLiteral("running");
    case RunState::Crashed: return QStringLiteral("crashed");
    }
    return {};
}

QString RegistryOptions::defaultContainerImage()
{
    const QString configured = qEnvironmentVariable("MANIFOLD_REGISTRY_IMAGE").trimmed();
    return configured.isEmpty() ? QStringLiteral("registry:2") : configured;
}

QString RegistryState::hostPort() const
{
    return QStringLiteral("localhost:%1").arg(port);
}

QString RegistryState::url() const
{
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort();
}

QJsonObject RegistryState::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("runtime"), runtimeKindName(runtime));
    object.insert(QStringLiteral("program"), program);
    object.insert(QStringLiteral("pid"), pid);
    object.insert(QStringLiteral("containerId"), containerId);
    object.insert(QStringLiteral("containerName"), containerName);
    object.insert(QStringLiteral("port"), port);
    object.insert(QStringLiteral("listenAddress"), listenAddress);
    object.insert(QStringLiteral("storageDir"), storageDir);
    object.insert(QStringLiteral("configPath"), configPath);
    object.insert(QStringLiteral("logPath"), logPath);
    object.insert(QStringLiteral("deleteEnabled"), deleteEnabled);
    object.insert(QStringLiteral("authUser"), authUser);
    object.insert(QStringLiteral("htpasswdPath"), htpasswdPath);
    object.insert(QStringLiteral("tls"), tls);
    object.insert(QStringLiteral("caCertificatePath"), caCertificatePath);
    object.insert(QStringLiteral("certificatePath"), certificatePath);
    object.insert(QStringLiteral("keyPath"), keyPath);
    object.insert(QStringLiteral("containerImage"), containerImage);
    object.insert(QStringLiteral("hostNetwork"), hostNetwork);
    object.insert(QStringLiteral("engineArguments"), QJsonArray::fromStringList(engineArguments));
    object.insert(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("stopped"), stopped);
    if (starting) {
        object.insert(QStringLiteral("starting"), true);
        object.insert(QStringLiteral("starterPid"), starterPid);
    }
    object.insert(QStringLiteral("exitDetail"), exitDetail);
    return object;
}

Result<RegistryState> RegistryState::fromJson(const QJsonObject &object, const QString &location)
{
    RegistryState state;
    const std::optional<RuntimeKind> runtime =
        runtimeKindFromName(object.value(QStringLiteral("runtime")).toString());
    const int port = object.value(QStringLiteral("port")).toInt();
    if (!runtime || port <= 0 || port > 65535)
        return Error(QStringLiteral("localregistry.state.invalid"),
                     QCoreApplication::translate("Manifold::LocalRegistry",
                                                 "The local registry state file is not valid (runtime or port missing)"),
                     location,
                     QCoreApplication::translate("Manifold::LocalRegistry",
                                                 "Stop any registry still running on the recorded port by hand, "
                                                 "then delete the file and run `manifold registry up` again."));
    state.runtime = *runtime;
    state.program = object.value(QStringLiteral("program")).toString();
    state.pid = object.value(QStringLiteral("pid")).toInteger();
    state.containerId = object.value(QStringLiteral("containerId")).toString();
    state.containerName = object.value(QStringLiteral("containerName")).toString();
    state.port = static_cast<quint16>(port);
    state.listenAddress = object.value(QStringLiteral("listenAddress")).toString();
    state.storageDir = object.value(QStringLiteral("storageDir")).toString();
    state.configPath = object.value(QStringLiteral("configPath")).toString();
    state.logPath = object.value(QStringLiteral("logPath")).toString();
    state.deleteEnabled = object.value(QStringLiteral("deleteEnabled")).toBool(true);
    state.authUser = object.value(QStringLiteral("authUser")).toString();
    state.htpasswdPath = object.value(QStringLiteral("htpasswdPath")).toString();
    state.tls = object.value(QStringLiteral("tls")).toBool();
    state.caCertificatePath = object.value(QStringLiteral("caCertificatePath")).toString();
    state.certificatePath = object.value(QStringLiteral("certificatePath")).toString();
    state.keyPath = object.value(QStringLiteral("keyPath")).toString();
    state.containerImage = object.value(QStringLiteral("containerImage")).toString();
    state.hostNetwork = object.value(QStringLiteral("hostNetwork")).toBool();
    for (const QJsonValue &argument : object.value(QStringLiteral("engineArguments")).toArray())
        state.engineArguments.append(argument.toString());
    state.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    state.stopped = object.value(QStringLiteral("stopped")).toBool();
    state.starting = object.value(QStringLiteral("starting")).toBool();
    state.starterPid = object.value(QStringLiteral("starterPid")).toInteger();
    state.exitDetail = object.value(QStringLiteral("exitDetail")).toString();
    return state;
}

QJsonObject RegistryStatus::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("state"), runStateName(state));
    if (instance) {
        object.insert(QStringLiteral("pid"), state == RunState::Running ? instance->pid : 0);
        object.insert(QStringLiteral("containerId"), instance->containerId);
        if (instance->runtime != RuntimeKind::Binary) {
            object.insert(QStringLiteral("containerName"), instance->containerName);
            object.insert(QStringLiteral("image"), instance->containerImage);
            object.insert(QStringLiteral("network"), instance->hostNetwork ? QStringLiteral("host") : QStringLiteral("published"));
        }
        object.insert(QStringLiteral("port"), instance->port);
        object.insert(QStringLiteral("url"), instance->url());
        object.insert(QStringLiteral("hostPort"), instance->hostPort());
        object.insert(QStringLiteral("storage"), instance->storageDir);
        object.insert(QStringLiteral("runtime"), runtimeKindName(instance->runtime));
        object.insert(QStringLiteral("program"), instance->program);
        object.insert(QStringLiteral("auth"), instance->authUser.isEmpty() ? QStringLiteral("none")
                                                                            : QStringLiteral("htpasswd"));
        object.insert(QStringLiteral("authUser"), instance->authUser);
        object.insert(QStringLiteral("tls"), instance->tls);
        object.insert(QStringLiteral("caCertificate"), instance->caCertificatePath);
        object.insert(QStringLiteral("deleteEnabled"), instance->deleteEnabled);
        object.insert(QStringLiteral("config"), instance->configPath);
        object.insert(QStringLiteral("log"), instance->logPath);
        object.insert(QStringLiteral("startedAt"), instance->startedAt.toUTC().toString(Qt::ISODate));
        if (instance->starting)
            object.insert(QStringLiteral("starting"), true);
    }
    object.insert(QStringLiteral("uptimeSeconds"), uptimeSeconds);
    object.insert(QStringLiteral("detail"), detail);
    if (!lastLogLines.isEmpty())
        object.insert(QStringLiteral("lastLogLines"), QJsonArray::fromStringList(lastLogLines));
    return object;
}

} // namespace Manifold::LocalRegistry
