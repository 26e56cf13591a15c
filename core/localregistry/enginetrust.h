#pragma once

#include "core/utils/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Manifold::LocalRegistry {

enum class TrustEngine { Buildah, Podman, Docker };
QString trustEngineName(TrustEngine engine);
std::optional<TrustEngine> trustEngineFromName(const QString &name);

// What an engine needs to push to and pull from the local registry.
struct TrustInput
{
    QString hostPort = QStringLiteral("localhost:5002"); // as users type it (the guide's name)
    bool tls = false;
    QString caCertificatePath; // TLS: our CA, copied into the engine's certs.d
    QString rootDir = QStringLiteral("/"); // where /etc lives (tests use a temporary root)
};

struct TrustFile
{
    QString path;        // absolute, as on the target system ("/etc/docker/daemon.json")
    QByteArray contents; // the complete new file
    QString purpose;
    bool replacesExisting = false; // daemon.json: merged into the existing file
    bool operator==(const TrustFile &other) const = default;
};

// The exact configuration for one engine: files to write, commands to run afterwards, and
// shell commands that do everything (for a user who prefers to run them, or lacks permission).
struct TrustPlan
{
    TrustEngine engine = TrustEngine::Podman;
    QString hostPort;
    QList<TrustFile> files;
    QStringList afterCommands; // e.g. reload the Docker daemon
    QStringList notes;

    // A shell script (sudo where /etc needs it) that performs the plan.
    QString shellScript() const;
    QJsonObject toJson() const;
};

// Builds and applies engine trust for the local registry:
//   Buildah/Podman  /etc/containers/registries.conf.d/50-manifold-<host>-<port>.conf
//                   ([[registry]] location=... insecure=true) for HTTP, or
//                   /etc/containers/certs.d/<host:port>/ca.crt for TLS
//   Docker          /etc/docker/daemon.json "insecure-registries" merged in (other keys kept)
//                   for HTTP, or /etc/docker/certs.d/<host:port>/ca.crt for TLS
class EngineTrust
{
public:
    // Reads the current daemon.json (under input.rootDir) to merge; an unreadable or invalid one
    // is an error rather than overwritten.
    static Result<TrustPlan> plan(TrustEngine engine, const TrustInput &input);
    // Writes the files under `rootDir` when permitted; otherwise an error whose hint is the
    // shell script to run. Never called without the user's confirmation (the CLI's --write).
    static Status apply(const TrustPlan &plan, const QString &rootDir = QStringLiteral("/"));
    // The drop-in's file name: "50-manifold-localhost-5002.conf".
    static QString dropInName(const QString &hostPort);
};

} // namespace Manifold::LocalRegistry
