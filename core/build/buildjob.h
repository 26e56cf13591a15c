#pragma once

#include "core/build/buildevent.h"
#include "core/build/buildrequest.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Manifold::Build {

// One multi-platform build as a job: plan, pin bases, run one executor per platform in
// parallel, assemble and push (or write) the index, verify. Progress arrives as BuildEvents,
// the end as one BuildResult. Nothing blocks the caller's thread; cancel() stops everything,
// kills every engine process and removes the temporary files.
//
//   auto *job = new BuildJob(request, parent);
//   connect(job, &BuildJob::event, view, &View::show);
//   connect(job, &BuildJob::finished, view, &View::done);
//   job->start();
class BuildJob : public QObject
{
    Q_OBJECT

public:
    explicit BuildJob(BuildRequest request, QObject *parent = nullptr);
    ~BuildJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const BuildRequest &request() const { return m_request; }
    // Process ids of the running executors (tests use them to prove cancel leaves no orphan).
    QList<qint64> executorProcessIds() const;
    QString workDir() const;

Q_SIGNALS:
    void event(const Manifold::Build::BuildEvent &event);
    void finished(const Manifold::Build::BuildResult &result);

private:
    struct Private;
    void prepared();
    void startExecutors();
    void executorFinished();
    void published();
    void fail(const Error &error);
    void complete(BuildResult result);
    void phase(const QString &text);

    BuildRequest m_request;
    std::unique_ptr<Private> d;
};

} // namespace Manifold::Build

Q_DECLARE_METATYPE(Manifold::Build::BuildEvent)
Q_DECLARE_METATYPE(Manifold::Build::BuildResult)
