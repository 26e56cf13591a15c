#pragma once

#include "core/build/buildjob.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

#include <QList>
#include <QString>

#include <functional>

namespace Manifold::Test {

// What one BuildJob run produced: every event and the final result.
struct BuildRun
{
    Build::BuildResult result;
    QList<Build::BuildEvent> events;

    int count(Build::BuildEvent::Kind kind) const;
    // Texts of the events of `kind` (for QVERIFY messages and searches).
    QStringList texts(Build::BuildEvent::Kind kind) const;
};

// Starts `job` and spins the event loop until it finishes (or `timeoutMs` passes, reported as
// error "test.timeout"). `onEvent` sees every event as it arrives, e.g. to cancel.
BuildRun runBuildJob(Build::BuildJob &job, int timeoutMs = 600000,
                     const std::function<void(Build::BuildJob &, const Build::BuildEvent &)> &onEvent = {});

// The content of `path` in the image `manifestDigest` of `repository`, read from its layers
// (the last layer holding it wins); "<error>" when the manifest cannot be read.
QString fileInImage(Registry::RegistryClient &client, const Registry::ImageReference &repository,
                    const QString &manifestDigest, const QString &path);

// The uncompressed digest (diff id) of the image's last layer, from its config.
QString lastDiffId(Registry::RegistryClient &client, const Registry::ImageReference &repository,
                   const QString &manifestDigest);

// Checks the sample project's index at `tag` (served as `indexDigest`, an OCI index of two
// platforms): per platform image, artifacts/arm64_arch.txt says aarch64 (the arm64 builder ran as
// arm64), amd64_arch.txt says x86_64, built_on.txt names the image's platform and its machine.
// Returns what does not hold (empty when all is right).
QStringList sampleArtifactProblems(const QString &tag, const QString &indexDigest);

// True when a process with this id is still alive (zombies count as gone).
bool processAlive(qint64 pid);

} // namespace Manifold::Test
