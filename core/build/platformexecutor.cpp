#include "core/build/platformexecutor.h"

#include "core/build/processgroup.h"

#include <QCoreApplication>

namespace Manifold::Build {

PlatformExecutor::PlatformExecutor(const Engine &engine, const EngineInfo &info, const ExecutorSpec &spec,
                                   const LineMap &lineMap, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_info(info)
    , m_spec(spec)
    , m_lineMap(lineMap)
{}

PlatformExecutor::~PlatformExecutor()
{
    if (m_process) {
        ProcessGroup::terminateTree(m_process->processId(), 1000);
        m_process->disconnect(this);
        m_process->waitForFinished(2000);
    }
}

qint64 PlatformExecutor::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void PlatformExecutor::start()
{
    m_clock.start();
    const Result<QList<ProcessCommand>> commands = m_engine.commands(m_spec, m_info);
    if (!commands) {
        m_failure.kind = BuildEvent::Kind::Error;
        m_failure.platform = m_spec.platform;
        m_failure.text = commands.error().message;
        Q_EMIT event(m_failure);
        finish(1);
        return;
    }
    m_commands = *commands;
    runNext();
}

void PlatformExecutor::runNext()
{
    if (m_next >= m_commands.size()) {
        finish(0);
        return;
    }
    const ProcessCommand &command = m_commands.at(m_next++);
    m_log.append(QStringLiteral("$ ") + command.commandLine());
    m_parser = command.reportsProgress ? m_engine.progressParser() : std::make_unique<BuildahProgressParser>();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProcessEnvironment(command.environment);
    ProcessGroup::placeInOwnGroup(*m_process);
    connect(m_process, &QProcess::readyRead, this, &PlatformExecutor::readOutput);
    connect(m_process, &QProcess::finished, this, &PlatformExecutor::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this, command](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        m_failure.kind = BuildEvent::Kind::Error;
        m_failure.platform = m_spec.platform;
        m_failure.text = tr("Cannot start %1: %2").arg(command.program, m_process->errorString());
        m_log.append(m_failure.text);
        Q_EMIT event(m_failure);
        m_process->deleteLater();
        m_process = nullptr;
        finish(127);
    });
    m_process->start(command.program, command.arguments);
}

void PlatformExecutor::readOutput()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAll();
    handle(m_parser->feed(chunk));
}

void PlatformExecutor::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    readOutput();
    const int code = status == QProcess::NormalExit ? exitCode : 128 + 9;
    handle(m_parser->finish(m_cancelled ? -1 : code));
    m_process->deleteLater();
    m_process = nullptr;
    if (m_cancelled) {
        finish(-1);
        return;
    }
    if (code != 0 && m_commands.at(m_next - 1).optional) {
        m_log.append(tr("(%1 step exited with status %2; the image is unaffected)")
                         .arg(m_commands.at(m_next - 1).purpose).arg(code));
    } else if (code != 0) {
        if (m_failure.text.isEmpty()) {
            m_failure.kind = BuildEvent::Kind::Error;
            m_failure.platform = m_spec.platform;
            m_failure.text = tr("%1 step exited with status %2; see the log above.")
                                 .arg(m_commands.at(m_next - 1).purpose).arg(code);
            Q_EMIT event(m_failure);
        }
        finish(code);
        return;
    }
    runNext();
}

BuildEvent PlatformExecutor::mapped(const EngineProgress &progress) const
{
    BuildEvent out;
    out.platform = m_spec.platform;
    out.time = QDateTime::currentDateTimeUtc();
    out.step = progress.step;
    out.stepCount = progress.stepCount;
    out.instruction = progress.instruction;
    out.text = progress.text;
    out.seconds = progress.seconds;
    out.stage = progress.stageName;
    if (const StepLocation *location = m_lineMap.find(progress, m_engine.numbering())) {
        out.stage = location->stageName;
        out.line = location->userLine;
    }
    switch (progress.kind) {
    case EngineProgress::Kind::StepStarted: out.kind = BuildEvent::Kind::StepStarted; break;
    case EngineProgress::Kind::StepCached: out.kind = BuildEvent::Kind::StepCached; break;
    case EngineProgress::Kind::StepFinished: out.kind = BuildEvent::Kind::StepFinished; break;
    case EngineProgress::Kind::StepFailed: out.kind = BuildEvent::Kind::StepFailed; break;
    case EngineProgress::Kind::Log: out.kind = BuildEvent::Kind::Log; break;
    }
    return out;
}

void PlatformExecutor::handle(const QList<EngineProgress> &items)
{
    for (const EngineProgress &progress : items) {
        if (progress.kind == EngineProgress::Kind::Log)
            m_log.append(progress.text);
        else if (progress.kind == EngineProgress::Kind::StepStarted && !progress.internal)
            m_log.append(progress.stageName.isEmpty() ? progress.instruction
                                                      : QStringLiteral("[%1 %2/%3] %4").arg(progress.stageName)
                                                            .arg(progress.step).arg(progress.stepCount)
                                                            .arg(progress.instruction));
        if (progress.internal)
            continue;
        BuildEvent out = mapped(progress);
        const QString key = out.stage + QLatin1Char('/') + QString::number(out.step);
        if (out.kind == BuildEvent::Kind::StepStarted) {
            m_stepStarts.insert(key, m_clock.elapsed());
            m_currentLine = out.line;
        } else if (out.kind == BuildEvent::Kind::Log) {
            if (out.line == 0)
                out.line = m_currentLine;
        } else if (out.seconds < 0 && m_stepStarts.contains(key)) {
            out.seconds = (m_clock.elapsed() - m_stepStarts.value(key)) / 1000.0;
        }
        if (out.kind == BuildEvent::Kind::StepFailed && m_failure.text.isEmpty())
            m_failure = out;
        Q_EMIT event(out);
    }
}

void PlatformExecutor::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_process) {
        const qint64 pid = m_process->processId();
        ProcessGroup::terminateTree(pid, 3000);
        m_process->waitForFinished(3000);
        if (m_process)
            processFinished(-1, QProcess::CrashExit);
    } else {
        finish(-1);
    }
}

void PlatformExecutor::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : -1;
    BuildEvent done;
    done.kind = BuildEvent::Kind::PlatformFinished;
    done.platform = m_spec.platform;
    done.exitCode = exitCode;
    done.seconds = m_seconds;
    done.time = QDateTime::currentDateTimeUtc();
    Q_EMIT event(done);
    Q_EMIT finished(exitCode);
}

} // namespace Manifold::Build
