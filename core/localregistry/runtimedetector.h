#pragma once

#include "core/localregistry/registrytypes.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace Manifold::LocalRegistry {

// One way of running the registry, as found on this machine.
struct RuntimeInfo
{
    RuntimeKind kind = RuntimeKind::Binary;
    QString program;  // absolute path; empty when not installed
    QString version;  // as the tool reports it
    bool usable = false;
    QString reason;   // why it cannot be used (empty when usable)
    QString image;    // Docker/Podman: the registry image found locally

    QJsonObject toJson() const;
};

struct RuntimeSearch
{
    QStringList binaryNames = {QStringLiteral("registry"), QStringLiteral("docker-registry")};
    QString containerImage = RegistryOptions::defaultContainerImage();
    QString path; // search path (PATH syntax); empty: the process PATH
    int timeoutMs = 15000;
};

// Finds the registry runtimes, each with its version and, when unusable, why. Never pulls.
class RuntimeDetector
{
public:
    // Binary, Docker, Podman in that order (the order of preference). Blocking (runs tools).
    static QList<RuntimeInfo> detect(const RuntimeSearch &search = {});
    static QFuture<QList<RuntimeInfo>> detectAsync(const RuntimeSearch &search = {});
    // The runtime to use: `wanted` if usable, else the first usable; the error lists why each failed.
    static Result<RuntimeInfo> choose(const QList<RuntimeInfo> &runtimes, std::optional<RuntimeKind> wanted);

    static RuntimeInfo detectBinary(const RuntimeSearch &search);
    static RuntimeInfo detectContainerEngine(RuntimeKind kind, const RuntimeSearch &search);
};

} // namespace Manifold::LocalRegistry
