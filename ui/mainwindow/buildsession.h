#pragma once

#include "core/build/buildevent.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"
#include "ui/project/project.h"

#include <QObject>
#include <QPointer>

namespace Manifold::Ui {

// Runs one build of the open project through core/build's BuildJob (off the UI thread: the job
// drives engine processes asynchronously) and relays its events.
class BuildSession : public QObject
{
    Q_OBJECT
public:
    explicit BuildSession(QObject *parent = nullptr);
    ~BuildSession() override;

    // False (with the reason) when this build of Manifold cannot run builds from the window.
    static bool isAvailable(QString *why = nullptr);

    Status start(const Project &project, const QList<Platform> &platforms);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void event(const Manifold::Build::BuildEvent &event);
    void finished(bool ok, bool cancelled, const QString &summary);

private:
    QPointer<QObject> m_job;
    bool m_running = false;
};

} // namespace Manifold::Ui
