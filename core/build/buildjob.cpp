#include "core/build/buildjob.h"

#include "core/build/buildpreparation.h"
#include "core/build/indexpublisher.h"
#include "core/build/platformexecutor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::Build {

struct BuildJob::Private
{
    // Reaches every worker: base resolution, each registry request of the push (an in-flight
    // request is aborted), the verification reads.
    Oci::CancelToken cancel;
    std::unique_ptr<Engine> engine;
    PreparedBuild prepared;
    QList<PlatformExecutor *> executors;
    QFutureWatcher<Result<PreparedBuild>> preparing;
    QFutureWatcher<Result<PublishOutcome>> publishing;
    QList<BuiltImage> images;
    QElapsedTimer clock;
    bool running = false;
    bool done = false;
};

BuildJob::BuildJob(BuildRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<BuildEvent>();
    qRegisterMetaType<BuildResult>();
    connect(&d->preparing, &QFutureWatcher<Result<PreparedBuild>>::finished, this, &BuildJob::prepared);
    connect(&d->publishing, &QFutureWatcher<Result<PublishOutcome>>::finished, this, &BuildJob::published);
}

BuildJob::~BuildJob()
{
    if (d->running) {
        d->cancel.cancel();
        for (PlatformExecutor *executor : std::as_const(d->executors))
            executor->cancel();
        d->preparing.waitForFinished();
        d->publishing.waitForFinished();
    }
    if (!d->prepared.workDir.isEmpty() && !m_request.keepWorkDir)
        QDir(d->prepared.workDir).removeRecursively();
}

bool BuildJob::isRunning() const
{
    return d->running;
}

QString BuildJob::workDir() const
{
    return d->prepared.workDir;
}

QList<qint64> BuildJob::executorProcessIds() const
{
    QList<qint64> ids;
    for (const PlatformExecutor *executor : std::as_const(d->executors)) {
        if (executor->processId() > 0)
            ids.append(executor->processId());
    }
    return ids;
}

void BuildJob::phase(const QString &text)
{
    BuildEvent out;
    out.kind = BuildEvent::Kind::Phase;
    out.text = text;
    out.time = QDateTime::currentDateTimeUtc();
    Q_EMIT event(out);
}

void BuildJob::start()
{
    if (d->running)
        return;
    d->running = true;
    d->clock.start();
    phase(tr("planning and pinning base images"));
    const BuildRequest request = m_request;
    const Oci::CancelToken cancel = d->cancel;
    d->preparing.setFuture(QtConcurrent::run([request, cancel] {
        return BuildPreparation::prepare(request, cancel);
    }));
}

void BuildJob::prepared()
{
    const Result<PreparedBuild> result = d->preparing.result();
    if (d->cancel.isCancelled()) {
        if (result)
            d->prepared.workDir = result->workDir;
        fail(Error(QStringLiteral("build.cancelled"), tr("The build was cancelled.")));
        return;
    }
    if (!result) {
        fail(result.error());
        return;
    }
    d->prepared = *result;
    d->engine = Engine::create(d->prepared.engine.kind, d->prepared.engine.program);
    for (const PreparedPlatform &platform : std::as_const(d->prepared.platforms)) {
        for (const PlannedStage &stage : platform.plan.stages) {
            if (stage.emulated)
                phase(tr("%1: stage %2 runs as %3 under QEMU emulation")
                          .arg(platform.plan.target.toString(), stage.name, stage.platform.toString()));
        }
    }
    startExecutors();
}

void BuildJob::startExecutors()
{
    phase(tr("building %1 platform(s) with %2 %3")
              .arg(d->prepared.platforms.size())
              .arg(d->engine->name(), d->prepared.engine.version));
    bool routed = false;
    for (const PreparedPlatform &platform : std::as_const(d->prepared.platforms))
        routed = routed || !platform.spec.endpoint.isLocal();
    for (const PreparedPlatform &platform : std::as_const(d->prepared.platforms)) {
        if (routed) {
            // Say where each platform goes, so the log shows which machine built what.
            BuildEvent where;
            where.kind = BuildEvent::Kind::Phase;
            where.platform = platform.plan.target;
            where.text = platform.spec.endpoint.isLocal()
                ? tr("builds on this machine")
                : tr("builds on %1").arg(platform.spec.endpoint.describe());
            where.time = QDateTime::currentDateTimeUtc();
            Q_EMIT event(where);
        }
        auto *executor = new PlatformExecutor(*d->engine, d->prepared.engine, platform.spec,
                                              platform.dockerfile.lineMap, this);
        connect(executor, &PlatformExecutor::event, this, &BuildJob::event);
        connect(executor, &PlatformExecutor::finished, this, &BuildJob::executorFinished);
        d->executors.append(executor);
    }
    const int limit = m_request.concurrency > 0 ? m_request.concurrency : int(d->executors.size());
    for (int i = 0; i < d->executors.size() && i < limit; ++i)
        d->executors.at(i)->start();
}

void BuildJob::executorFinished()
{
    if (d->done)
        return;
    // A failure stops the others: the index can only be assembled from all platforms.
    for (PlatformExecutor *executor : std::as_const(d->executors)) {
        if (executor->isFinished() && executor->exitCode() != 0) {
            for (PlatformExecutor *other : std::as_const(d->executors)) {
                if (!other->isFinished())
                    other->cancel();
            }
            if (d->cancel.isCancelled()) {
                fail(Error(QStringLiteral("build.cancelled"), tr("The build was cancelled.")));
                return;
            }
            const BuildEvent &failure = executor->failure();
            const QString fileName = QFileInfo(m_request.dockerfilePath()).fileName();
            fail(Error(QStringLiteral("build.step-failed"),
                       failure.instruction.isEmpty()
                           ? tr("Building %1 failed: %2").arg(executor->spec().platform.toString(), failure.text)
                           : tr("Building %1 failed at %2: %3")
                                 .arg(executor->spec().platform.toString(), failure.instruction, failure.text),
                       failure.line > 0 ? QStringLiteral("%1:%2").arg(fileName).arg(failure.line) : fileName,
                       tr("The complete log of %1 is in the build result (--progress plain shows it live).")
                           .arg(executor->spec().platform.toString())));
            return;
        }
    }
    int running = 0;
    for (PlatformExecutor *executor : std::as_const(d->executors)) {
        if (executor->isRunning())
            ++running;
    }
    const int limit = m_request.concurrency > 0 ? m_request.concurrency : int(d->executors.size());
    for (PlatformExecutor *executor : std::as_const(d->executors)) {
        if (running >= limit)
            break;
        if (!executor->isFinished() && !executor->isRunning() && executor->log().isEmpty()) {
            executor->start();
            ++running;
        }
    }
    for (PlatformExecutor *executor : std::as_const(d->executors)) {
        if (!executor->isFinished())
            return;
    }

    d->images.clear();
    for (PlatformExecutor *executor : std::as_const(d->executors)) {
        const ExecutorSpec &spec = executor->spec();
        const Result<BuiltImage> image = BuiltImage::fromLayout(spec.platform, spec.ociLayoutDir, spec.digestFile, spec.ociTag);
        if (!image) {
            fail(image.error());
            return;
        }
        d->images.append(*image);
    }
    const QString attestations = IndexPublisher::attestationNote(d->images, m_request);
    if (!attestations.isEmpty()) {
        BuildEvent note;
        note.kind = BuildEvent::Kind::Phase;
        note.code = IndexPublisher::keepsAttestations(m_request) ? QStringLiteral("build.attestations.kept")
                                                                 : QStringLiteral("build.attestations.dropped");
        note.text = attestations;
        note.time = QDateTime::currentDateTimeUtc();
        Q_EMIT event(note);
    }
    phase(m_request.push ? tr("pushing images by digest, then the index") : tr("writing the OCI layout"));
    const QList<BuiltImage> images = d->images;
    const BuildRequest request = m_request;
    const QList<Registry::ImageReference> tags = d->prepared.tags;
    const Oci::CancelToken cancel = d->cancel;
    d->publishing.setFuture(QtConcurrent::run([images, request, tags, cancel] {
        return IndexPublisher::publish(images, request, tags, cancel);
    }));
}

void BuildJob::published()
{
    const Result<PublishOutcome> outcome = d->publishing.result();
    if (d->cancel.isCancelled()) {
        // Whatever the push got to, the index went last: no tag names an incomplete index.
        fail(Error(QStringLiteral("build.cancelled"), tr("The build was cancelled.")));
        return;
    }
    if (!outcome) {
        fail(outcome.error());
        return;
    }
    BuildResult result;
    result.ok = true;
    result.indexDigest = outcome->indexDigest;
    result.indexMediaType = outcome->indexMediaType;
    result.pushedReferences = outcome->references;
    result.layoutDir = outcome->layoutDir;
    result.verification = outcome->verification;
    phase(tr("verified: %1").arg(outcome->indexDigest));
    complete(result);
}

void BuildJob::cancel()
{
    if (!d->running || d->done)
        return;
    d->cancel.cancel();
    for (PlatformExecutor *executor : std::as_const(d->executors)) {
        if (!executor->isFinished())
            executor->cancel();
    }
    if (d->preparing.isRunning() || d->publishing.isRunning())
        return; // their finished handlers see the flag and end the job
    fail(Error(QStringLiteral("build.cancelled"), tr("The build was cancelled.")));
}

void BuildJob::fail(const Error &error)
{
    BuildResult result;
    result.ok = false;
    result.error = error;
    result.cancelled = d->cancel.isCancelled();
    BuildEvent out;
    out.kind = BuildEvent::Kind::Error;
    out.text = error.message;
    out.time = QDateTime::currentDateTimeUtc();
    Q_EMIT event(out);
    complete(result);
}

void BuildJob::complete(BuildResult result)
{
    if (d->done)
        return;
    d->done = true;
    d->running = false;
    for (const PreparedPlatform &platform : std::as_const(d->prepared.platforms)) {
        PlatformResult entry;
        entry.platform = platform.plan.target;
        entry.endpoint = platform.spec.endpoint.describe();
        entry.dockerfile = platform.dockerfile.text;
        for (const PlannedStage &stage : platform.plan.stages) {
            if (stage.emulated)
                entry.emulatedStages.append(QStringLiteral("%1 (%2)").arg(stage.name, stage.platform.toString()));
        }
        for (const PlatformExecutor *executor : std::as_const(d->executors)) {
            if (executor->spec().platform == platform.plan.target) {
                entry.exitCode = executor->exitCode();
                entry.seconds = executor->seconds();
                entry.log = executor->log();
            }
        }
        for (const BuiltImage &image : std::as_const(d->images)) {
            if (image.platform == platform.plan.target) {
                entry.manifestDigest = image.digest;
                entry.mediaType = image.mediaType;
                entry.size = image.size;
            }
        }
        result.platforms.append(entry);
    }
    result.seconds = d->clock.elapsed() / 1000.0;
    if (!d->prepared.workDir.isEmpty() && !m_request.keepWorkDir)
        QDir(d->prepared.workDir).removeRecursively();
    Q_EMIT finished(result);
}

} // namespace Manifold::Build
