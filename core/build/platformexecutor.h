#pragma once

#include "core/build/buildevent.h"
#include "core/build/engine.h"
#include "core/build/linemap.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace Manifold::Build {

// Runs one target platform's commands (build, then export to an OCI layout) as child processes,
// each in its own process group, and turns their output into BuildEvents on the user's lines.
class PlatformExecutor : public QObject
{
    Q_OBJECT

public:
    PlatformExecutor(const Engine &engine, const EngineInfo &info, const ExecutorSpec &spec,
                     const LineMap &lineMap, QObject *parent = nullptr);
    ~PlatformExecutor() override;

    void start();
    // Kills the running process tree (no orphan is left) and reports exit code -1.
    void cancel();

    const ExecutorSpec &spec() const { return m_spec; }
    bool isRunning() const { return m_process != nullptr; }
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    double seconds() const { return m_seconds; }
    // Everything every command printed, in order, plus the command lines themselves.
    const QStringList &log() const { return m_log; }
    // The first failure, mapped to the user's Dockerfile (kind StepFailed or Error).
    const BuildEvent &failure() const { return m_failure; }
    qint64 processId() const;

Q_SIGNALS:
    void event(const Manifold::Build::BuildEvent &event);
    void finished(int exitCode);

private:
    void runNext();
    void readOutput();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void handle(const QList<EngineProgress> &items);
    BuildEvent mapped(const EngineProgress &progress) const;
    void finish(int exitCode);

    const Engine &m_engine;
    EngineInfo m_info;
    ExecutorSpec m_spec;
    LineMap m_lineMap;
    QList<ProcessCommand> m_commands;
    int m_next = 0;
    QProcess *m_process = nullptr;
    std::unique_ptr<ProgressParser> m_parser;
    QStringList m_log;
    QHash<QString, qint64> m_stepStarts; // "stage/step" -> ms since start
    QElapsedTimer m_clock;
    BuildEvent m_failure;
    int m_currentLine = 0;
    int m_exitCode = 0;
    double m_seconds = -1;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Manifold::Build
