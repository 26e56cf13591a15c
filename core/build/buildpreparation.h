#pragma once

#include "core/build/buildrequest.h"
#include "core/build/dockerfilewriter.h"
#include "core/build/engine.h"
#include "core/build/executorplan.h"
#include "core/oci/canceltoken.h"
#include "core/registry/imagereference.h"
#include "core/utils/result.h"

#include <QList>
#include <QString>


namespace Manifold::Build {

struct PreparedPlatform
{
    ExecutorPlan plan;
    PlatformDockerfile dockerfile;
    ExecutorSpec spec;
};

// Everything decided before any engine process starts.
struct PreparedBuild
{
    EngineInfo engine;
    QList<Registry::ImageReference> tags;
    QList<PreparedPlatform> platforms;
    QString workDir;
};

// Checks and plans a build without running a step: engine usable, Dockerfile valid, a stage
// for every platform, QEMU for emulated stages, every base image published for the platform it
// is used on (pinned to that per-platform digest), per-platform Dockerfiles written. Blocks on
// the network: run it on a worker thread. `workDir` is created only when everything else passed.
class BuildPreparation
{
public:
    static Result<PreparedBuild> prepare(const BuildRequest &request, const Oci::CancelToken &cancel);
    // Same checks, no registry access and no files: what fails fast from the Dockerfile alone.
    static Result<QList<ExecutorPlan>> plan(const BuildRequest &request, const QString &source,
                                            const HostCapabilities &host);
};

} // namespace Manifold::Build
