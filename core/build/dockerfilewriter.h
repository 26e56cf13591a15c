#pragma once

#include "core/build/executorplan.h"
#include "core/build/linemap.h"

#include <QString>
#include <QStringList>

namespace Manifold::Build {

// An engine-neutral Dockerfile for one target platform and its map back to the user's file.
struct PlatformDockerfile
{
    QString text;
    LineMap lineMap;
};

// Writes the per-platform Dockerfile an executor runs:
// - every external base image is pinned to its per-platform manifest digest (ref@sha256:…) and
//   its platform spelled out, so no engine has to pick from an index (Buildah mixes up one ref
//   pulled for two platforms in a single build);
// - the automatic platform ARGs and the user's global ARGs are declared with their resolved
//   values (Buildah 1.28 only sees TARGETARCH when it is declared globally);
// - stages the target does not need are dropped, every stage is named and numeric --from
//   references are rewritten to names (indices shift when stages are dropped);
// - instructions are copied verbatim from the user's source, heredocs and continuations kept.
class DockerfileWriter
{
public:
    static PlatformDockerfile write(const ExecutorPlan &plan, const QString &userSource,
                                    const QString &userFileName = QStringLiteral("Dockerfile"));

    // ARG value as a Dockerfile word that expands to exactly `value`.
    static QString quoteArgValue(const QString &value, QChar escape = QLatin1Char('\\'));
};

} // namespace Manifold::Build
