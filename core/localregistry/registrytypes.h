#pragma once

#include "core/utils/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Manifold::LocalRegistry {

// How the managed registry runs, in order of preference.
enum class RuntimeKind {
    Binary, // CNCF distribution (`registry` or Debian's `docker-registry`) as a supervised child
    Docker, // a `registry:2` container through Docker
    Podman, // a `registry:2` container through Podman
};

QString runtimeKindName(RuntimeKind kind); // "binary", "docker", "podman"
std::optional<RuntimeKind> runtimeKindFromName(const QString &name);

// What the user chose for the managed registry (the wizard's pages, the CLI's flags).
struct RegistryOptions
{
    quint16 port = 5002;
    QString listenAddress = QStringLiteral("127.0.0.1");
    QString storageDir;                 // empty: LocalRegistryPaths::defaultStorageDir()
    bool deleteEnabled = true;          // the guide's registry-config.yml allows deletion
    std::optional<RuntimeKind> runtime; // empty: the first usable runtime
    QString htpasswdUser;               // non-empty: htpasswd (bcrypt) auth
    QString htpasswdPassword;           // never written anywhere but as a bcrypt hash
    bool tls = false;                   // generated CA + server certificate
    QString hostName;                   // extra SAN for the certificate; empty: this host's name
    QString containerImage = defaultContainerImage();

    // MANIFOLD_REGISTRY_IMAGE, else "registry:2" (never pulled: it must be present locally).
    static QString defaultContainerImage();
    bool authEnabled() const { return !htpasswdUser.isEmpty(); }
};

// What Manifold recorded about the registry it started (the state file), so that a restarted
// application adopts it.
struct RegistryState
{
    RuntimeKind runtime = RuntimeKind::Binary;
    QString program;     // the registry binary, or the docker/podman CLI
    qint64 pid = 0;      // Binary: the registry's pid (also its process group id)
    QString containerId; // Docker/Podman
    QString containerName;
    quint16 port = 0;
    QString listenAddress;
    QString storageDir;
    QString configPath;
    QString logPath;
    bool deleteEnabled = true;
    QString authUser;
    QString htpasswdPath;
    bool tls = false;
    QString caCertificatePath;
    QString certificatePath;
    QString keyPath;
    QString containerImage;
    bool hostNetwork = false;  // Docker/Podman: --network host (the engine cannot publish ports)
    QStringList engineArguments; // Docker/Podman: extra `run` arguments this machine needed
    QDateTime startedAt;
    bool stopped = false; // stopped on purpose (a dead process is then not a crash)
    // Recorded before the registry is spawned and cleared once it answers: a start that was
    // cancelled or whose manager died leaves this set, and status() recovers from it.
    bool starting = false;
    qint64 starterPid = 0; // the process running that start
    QString exitDetail;   // how the registry ended, recorded by the process that reaped it

    QString hostPort() const;  // "localhost:5002": the name engines and the guide use
    QString url() const;       // http(s)://localhost:5002
    QJsonObject toJson() const;
    static Result<RegistryState> fromJson(const QJsonObject &object, const QString &location);
};

enum class RunState { Stopped, Running, Crashed };
QString runStateName(RunState state);

// `manifold registry status`: one snapshot of the managed registry.
struct RegistryStatus
{
    RunState state = RunState::Stopped;
    std::optional<RegistryState> instance; // empty: never started here
    qint64 uptimeSeconds = 0;
    QString detail;          // why crashed / how it was found
    QStringList lastLogLines; // filled for a crashed registry

    QJsonObject toJson() const;
};

} // namespace Manifold::LocalRegistry
