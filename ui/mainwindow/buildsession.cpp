#include "ui/mainwindow/buildsession.h"

#ifdef MANIFOLD_UI_HAVE_BUILDJOB
#include "core/build/buildjob.h"
#endif

#include <QCoreApplication>

namespace Manifold::Ui {

BuildSession::BuildSession(QObject *parent)
    : QObject(parent)
{
}

BuildSession::~BuildSession()
{
    cancel();
}

bool BuildSession::isAvailable(QString *why)
{
#ifdef MANIFOLD_UI_HAVE_BUILDJOB
    Q_UNUSED(why)
    return true;
#else
    if (why)
        *why = tr("Building from the window needs the build engine (core/build BuildJob), which this "
                  "build of Manifold does not include yet. Use `manifold build` in a terminal.");
    return false;
#endif
}

Status BuildSession::start(const Project &project, const QList<Platform> &platforms)
{
    if (m_running)
        return Error(QStringLiteral("ui.build.running"), tr("A build is already running."), {},
                     tr("Wait for it to finish or cancel it."));
#ifdef MANIFOLD_UI_HAVE_BUILDJOB
    Build::BuildRequest request;
    request.contextDir = project.context;
    request.dockerfile = project.dockerfile;
    request.platforms = platforms;
    request.tags = project.tags;
    request.buildArgs = project.buildArgs;
    request.target = project.target;
    if (!project.engine.isEmpty()) {
        const Result<Build::EngineKind> engine = Build::parseEngineKind(project.engine);
        if (!engine)
            return engine.error();
        request.engine = *engine;
    }
    request.push = !project.registry.isEmpty() && !project.tags.isEmpty();
    auto *job = new Build::BuildJob(request, this);
    m_job = job;
    connect(job, &Build::BuildJob::event, this, &BuildSession::event);
    connect(job, &Build::BuildJob::finished, this, [this, job](const Build::BuildResult &result) {
        m_running = false;
        QString summary;
        if (result.ok)
            summary = result.indexDigest.isEmpty() ? tr("Build succeeded.")
                                                   : tr("Build succeeded: %1").arg(result.indexDigest);
        else if (result.cancelled)
            summary = tr("Build cancelled.");
        else
            summary = result.error.toString();
        emit finished(result.ok, result.cancelled, summary);
        job->deleteLater();
    });
    m_running = true;
    job->start();
    return {};
#else
    Q_UNUSED(project)
    Q_UNUSED(platforms)
    QString why;
    isAvailable(&why);
    return Error(QStringLiteral("ui.build.unavailable"), why, {}, tr("Run `manifold build` instead."));
#endif
}

void BuildSession::cancel()
{
#ifdef MANIFOLD_UI_HAVE_BUILDJOB
    if (auto *job = qobject_cast<Build::BuildJob *>(m_job.data()); job && m_running)
        job->cancel();
#endif
}

} // namespace Manifold::Ui
