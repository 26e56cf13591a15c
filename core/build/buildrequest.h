#pragma once

#include "core/build/engine.h"
#include "core/platform/platform.h"
#include "core/utils/error.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Manifold::Build {

// What `manifold build` (or the GUI) asks for.
struct BuildRequest
{
    enum class IndexFormat { Oci, DockerManifestList };

    QString contextDir = QStringLiteral(".");
    QString dockerfile;                  // empty: <context>/Dockerfile
    QList<Platform> platforms;           // empty: the host platform
    QStringList tags;                    // full references: registry/repo:tag
    QMap<QString, QString> buildArgs;
    QString target;
    bool push = false;
    bool perArchTags = false;            // also tag each platform's image as :<tag>-<arch>... see Registry::ImageCopier::perArchTagFor()
    std::optional<EngineKind> engine;    // empty: the default engine
    QString enginePath;
    int concurrency = 0;                 // 0: one executor per platform at once
    QStringList insecureRegistries;      // plain HTTP besides loopback
    QString outputDir;                   // OCI layout written when not pushing
    QMap<QString, BuilderEndpoint> endpoints; // platform string -> where it builds
    IndexFormat indexFormat = IndexFormat::Oci;
    bool hostNetwork = false;            // RUN steps use the host network
    bool dropAttestations = false;       // --no-attestations: no provenance/SBOM manifests in the index
    QString workRoot;                    // parent of the temporary work directory; empty: system temp
    bool keepWorkDir = false;            // for debugging: keep generated files and storage

    QString dockerfilePath() const;
};

// One platform's outcome.
struct PlatformResult
{
    Platform platform;
    QString endpoint;         // "local" or where it was routed
    QString manifestDigest;
    QString mediaType;
    qint64 size = 0;
    int exitCode = 0;
    double seconds = -1;
    QStringList emulatedStages; // "arm64_builder (linux/arm64)"
    QString dockerfile;       // the per-platform Dockerfile that ran
    QStringList log;          // complete engine output

    QJsonObject toJson(bool withLog) const;
};

struct BuildResult
{
    bool ok = false;
    Error error;
    bool cancelled = false;
    QString indexDigest;
    QString indexMediaType;
    QStringList pushedReferences; // every reference written (tags, per-arch tags)
    QString layoutDir;            // when not pushed
    QList<PlatformResult> platforms;
    QStringList verification;     // what verify checked (evidence lines)
    double seconds = -1;

    QJsonObject toJson(bool withLogs = false) const;
};


} // namespace Manifold::Build
