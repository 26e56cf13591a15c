#include "core/localregistry/localregistrymanager.h"

#include "core/localregistry/htpasswdfile.h"
#include "core/localregistry/portprobe.h"
#include "core/localregistry/registryconfigwriter.h"
#include "core/localregistry/registryprobe.h"
#include "core/localregistry/tlsmaterial.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

constexpr qint64 MaxLogSize = 10 * 1024 * 1024;

struct ToolResult
{
    int exitCode = -1;
    QString output;
};

ToolResult runTool(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    ToolResult result;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        result.output = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.output = Tr::tr("%1 timed out").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return result;
}

QString readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().replace('\0', ' '));
}

QString describeWaitStatus(int status)
{
    if (WIFEXITED(status))
        return Tr::tr("exited with code %1").arg(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return Tr::tr("killed by signal %1 (%2)").arg(WTERMSIG(status)).arg(QString::fromLocal8Bit(strsignal(WTERMSIG(status))));
    return Tr::tr("ended");
}

// Keeps registry.log bounded across starts: the previous one becomes registry.log.1.
void rotateLog(const QString &path)
{
    if (QFileInfo(path).size() < MaxLogSize)
        return;
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
}

} // namespace

QStringList tailLines(const QString &path, int lines)
{
    QFile file(path);
    if (lines <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    qint64 chunk = qMax<qint64>(4096, qint64(lines) * 256);
    QByteArray data;
    while (true) {
        const qint64 start = qMax<qint64>(0, file.size() - chunk);
        file.seek(start);
        data = file.read(file.size() - start);
        if (start == 0 || data.count('\n') > lines)
            break;
        chunk *= 4;
    }
    QStringList all = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (!all.isEmpty() && all.last().isEmpty())
        all.removeLast();
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all;
}

LocalRegistryManager::LocalRegistryManager(LocalRegistryPaths paths)
    : m_paths(std::move(paths))
{
}

std::optional<RegistryState> LocalRegistryManager::recordedState() const
{
    QFile file(m_paths.statePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    Result<RegistryState> state = RegistryState::fromJson(document.object(), file.fileName());
    if (!state)
        return std::nullopt;
    return *state;
}

Status LocalRegistryManager::writeState(const RegistryState &state) const
{
    QDir().mkpath(m_paths.instanceDir);
    QSaveFile file(m_paths.statePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state.toJson()).toJson()) < 0 || !file.commit())
        return Error(QStringLiteral("localregistry.state.write"), Tr::tr("Cannot record the registry's state"),
                     m_paths.statePath(), file.errorString());
    return {};
}

bool LocalRegistryManager::isAlive(const RegistryState &state, QString *exitDetail) const
{
    if (state.runtime != RuntimeKind::Binary) {
        const ToolResult inspect = runTool(state.program, {QStringLiteral("inspect"), QStringLiteral("--format"),
                                                           QStringLiteral("{{.State.Running}} {{.State.ExitCode}}"),
                                                           state.containerId},
                                           15000);
        if (inspect.exitCode != 0) {
            if (exitDetail)
                *exitDetail = Tr::tr("the container %1 is gone").arg(state.containerName);
            return false;
        }
        const bool running = inspect.output.startsWith(QLatin1String("true"));
        if (!running && exitDetail)
            *exitDetail = Tr::tr("the container exited with code %1").arg(inspect.output.section(QLatin1Char(' '), 1));
        return running;
    }
    if (state.pid <= 0)
        return false;
    // Our own child: reap it (a zombie still answers kill(pid, 0)) and keep its exit status.
    int waitStatus = 0;
    const pid_t reaped = ::waitpid(static_cast<pid_t>(state.pid), &waitStatus, WNOHANG);
    if (reaped == state.pid) {
        if (exitDetail)
            *exitDetail = Tr::tr("the registry %1").arg(describeWaitStatus(waitStatus));
        return false;
    }
    const QString stat = readProcFile(state.pid, "stat");
    if (stat.isEmpty()) {
        if (exitDetail)
            *exitDetail = Tr::tr("process %1 is gone").arg(state.pid);
        return false;
    }
    // "pid (comm) S ..." : the state letter follows the last ')'.
    const QString afterComm = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2);
    if (afterComm.startsWith(QLatin1Char('Z')) || afterComm.startsWith(QLatin1Char('X'))) {
        if (exitDetail)
            *exitDetail = Tr::tr("process %1 has exited").arg(state.pid);
        return false;
    }
    // The pid may have been reused: it must still be our registry serving our config. An exiting
    // process shows an empty cmdline before it turns zombie: that one still counts as alive.
    const QString commandLine = readProcFile(state.pid, "cmdline");
    if (!commandLine.isEmpty() && !commandLine.contains(state.configPath)) {
        if (exitDetail)
            *exitDetail = Tr::tr("process %1 is no longer the registry (pid reused)").arg(state.pid);
        return false;
    }
    return true;
}

RegistryStatus LocalRegistryManager::status() const
{
    RegistryStatus status;
    status.instance = recordedState();
    if (!status.instance) {
        status.detail = Tr::tr("no local registry has been started here (state file %1)").arg(m_paths.statePath());
        return status;
    }
    const RegistryState &state = *status.instance;
    QString exitDetail;
    const bool alive = state.stopped ? false : isAlive(state, &exitDetail);
    if (alive) {
        status.state = RunState::Running;
        status.uptimeSeconds = state.startedAt.isValid() ? state.startedAt.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        status.detail = state.runtime == RuntimeKind::Binary
            ? Tr::tr("%1 serving %2 (pid %3)").arg(QFileInfo(state.program).fileName(), state.url()).arg(state.pid)
            : Tr::tr("container %1 serving %2").arg(state.containerName, state.url());
    } else if (state.stopped) {
        status.state = RunState::Stopped;
        status.detail = Tr::tr("stopped; storage kept in %1").arg(state.storageDir);
    } else {
        status.state = RunState::Crashed;
        status.detail = exitDetail.isEmpty() ? Tr::tr("the registry is no longer running") : exitDetail;
        status.lastLogLines = logs(20).valueOr({});
    }
    return status;
}

Result<QStringList> LocalRegistryManager::logs(int lines) const
{
    const std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), Tr::tr("No local registry has been started here"),
                     m_paths.statePath(), Tr::tr("Start one with `manifold registry up`."));
    if (state->runtime != RuntimeKind::Binary) {
        const ToolResult result = runTool(state->program, {QStringLiteral("logs"), QStringLiteral("--tail"),
                                                           QString::number(lines), state->containerId});
        if (result.exitCode == 0)
            return result.output.split(QLatin1Char('\n'));
        // The container may be gone: fall back to what was captured at stop.
    }
    if (!QFileInfo::exists(state->logPath))
        return QStringList();
    return tailLines(state->logPath, lines);
}

RegistryOptions LocalRegistryManager::optionsFrom(const RegistryState &state)
{
    RegistryOptions options;
    options.port = state.port;
    options.listenAddress = state.listenAddress.isEmpty() ? QStringLiteral("127.0.0.1") : state.listenAddress;
    options.storageDir = state.storageDir;
    options.deleteEnabled = state.deleteEnabled;
    options.runtime = state.runtime;
    options.htpasswdUser = state.authUser;
    options.tls = state.tls;
    if (!state.containerImage.isEmpty())
        options.containerImage = state.containerImage;
    return options;
}

Error LocalRegistryManager::startFailure(const RegistryState &state, const QString &why) const
{
    QStringList lines = logs(15).valueOr({});
    // The port may have been taken between our check and the registry's bind.
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("address already in use"))) {
            if (std::optional<PortOccupant> occupant = PortProbe::occupant(state.port))
                return PortProbe::portInUse(*occupant);
        }
    }
    return Error(QStringLiteral("localregistry.start-failed"), Tr::tr("The registry did not start: %1").arg(why),
                 state.logPath,
                 lines.isEmpty() ? Tr::tr("The registry wrote nothing; run `%1 serve %2` by hand to see why.")
                                       .arg(state.program, state.configPath)
                                 : Tr::tr("Its last log lines:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

Result<RegistryState> LocalRegistryManager::launchBinary(const RegistryOptions &options, const RuntimeInfo &runtime,
                                                         RegistryState state)
{
    RegistryConfigInput config;
    config.address = QStringLiteral("%1:%2").arg(options.listenAddress).arg(options.port);
    config.storageDir = state.storageDir;
    config.deleteEnabled = options.deleteEnabled;
    config.htpasswdPath = state.htpasswdPath;
    config.certificatePath = state.certificatePath;
    config.keyPath = state.keyPath;
    QSaveFile configFile(state.configPath);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(RegistryConfigWriter::render(config)) < 0
        || !configFile.commit())
        return Error(QStringLiteral("localregistry.config.write"), Tr::tr("Cannot write the registry configuration"),
                     state.configPath, configFile.errorString());

    rotateLog(state.logPath);
    {
        QFile log(state.logPath);
        if (log.open(QIODevice::Append)) {
            log.write(QStringLiteral("--- Manifold: starting %1 serve %2 at %3\n")
                          .arg(runtime.program, state.configPath,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                          .toUtf8());
        }
    }

    const QByteArray program = QFile::encodeName(runtime.program);
    const QByteArray configPath = QFile::encodeName(state.configPath);
    const QByteArray logPath = QFile::encodeName(state.logPath);
    char *argv[] = {const_cast<char *>(program.constData()), const_cast<char *>("serve"),
                    const_cast<char *>(configPath.constData()), nullptr};

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, logPath.constData(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own session (and so process group): the registry outlives the app and no terminal
    // signal (Ctrl+C on the CLI) reaches it; stop() signals the whole group.
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    for (int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD})
        sigaddset(&defaults, signal);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, &attributes, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        return Error(QStringLiteral("localregistry.start-failed"),
                     Tr::tr("Cannot run the registry: %1").arg(QString::fromLocal8Bit(strerror(spawned))), runtime.program,
                     Tr::tr("Check that %1 is executable.").arg(runtime.program));
    state.pid = pid;
    return state;
}

Result<RegistryState> LocalRegistryManager::launchContainer(const RegistryOptions &options, const RuntimeInfo &runtime,
                                                            RegistryState state)
{
    // Inside the container: storage at /var/lib/registry, our files at /etc/manifold-registry.
    const QString mount = QStringLiteral("/etc/manifold-registry");
    RegistryConfigInput config;
    config.address = QStringLiteral(":5000");
    config.storageDir = QStringLiteral("/var/lib/registry");
    config.deleteEnabled = options.deleteEnabled;
    if (!state.htpasswdPath.isEmpty())
        config.htpasswdPath = mount + QStringLiteral("/htpasswd");
    if (!state.certificatePath.isEmpty()) {
        config.certificatePath = mount + QStringLiteral("/tls/server.crt");
        config.keyPath = mount + QStringLiteral("/tls/server.key");
    }
    QSaveFile configFile(state.configPath);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(RegistryConfigWriter::render(config)) < 0
        || !configFile.commit())
        return Error(QStringLiteral("localregistry.config.write"), Tr::tr("Cannot write the registry configuration"),
                     state.configPath, configFile.errorString());
    state.containerName = QStringLiteral("manifold-registry-%1").arg(options.port);
    (void)runTool(runtime.program, {QStringLiteral("rm"), QStringLiteral("-f"), state.containerName});
    const QString selinux = runtime.kind == RuntimeKind::Podman ? QStringLiteral(",Z") : QString();
    const ToolResult run = runTool(
        runtime.program,
        {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), state.containerName,
         QStringLiteral("--label"), QStringLiteral("io.manifold.local-registry=%1").arg(options.port),
         QStringLiteral("-p"), QStringLiteral("%1:%2:5000").arg(options.listenAddress).arg(options.port),
         QStringLiteral("-v"), QStringLiteral("%1:/var/lib/registry%2").arg(state.storageDir, selinux),
         QStringLiteral("-v"), QStringLiteral("%1:%2:ro%3").arg(m_paths.instanceDir, mount, selinux),
         runtime.image, mount + QStringLiteral("/config.yml")});
    if (run.exitCode != 0)
        return Error(QStringLiteral("localregistry.start-failed"),
                     Tr::tr("%1 could not start the registry container").arg(runtimeKindName(runtime.kind)),
                     state.containerName, run.output);
    state.containerId = run.output.section(QLatin1Char('\n'), -1).trimmed();
    return state;
}

Result<RegistryStatus> LocalRegistryManager::start(const RegistryOptions &options, const StepCallback &step)
{
    auto report = [&step](const QString &text) {
        if (step)
            step(text);
    };
    if (const RegistryStatus current = status(); current.state == RunState::Running)
        return Error(QStringLiteral("localregistry.already-running"),
                     Tr::tr("The local registry already runs at %1").arg(current.instance->url()), m_paths.statePath(),
                     Tr::tr("Stop it first with `manifold registry down`, or use it as it is."));

    report(Tr::tr("Checking runtimes"));
    RuntimeSearch search;
    search.containerImage = options.containerImage;
    QList<RuntimeInfo> runtimes;
    if (!options.runtime || *options.runtime == RuntimeKind::Binary)
        runtimes.append(RuntimeDetector::detectBinary(search));
    // Container engines only when asked for or when the binary is missing: they answer slowly.
    const bool binaryUsable = !runtimes.isEmpty() && runtimes.first().usable;
    if (!binaryUsable && (!options.runtime || *options.runtime == RuntimeKind::Docker))
        runtimes.append(RuntimeDetector::detectContainerEngine(RuntimeKind::Docker, search));
    if (!binaryUsable && (!options.runtime || *options.runtime == RuntimeKind::Podman))
        runtimes.append(RuntimeDetector::detectContainerEngine(RuntimeKind::Podman, search));
    Result<RuntimeInfo> runtime = RuntimeDetector::choose(runtimes, options.runtime);
    if (!runtime)
        return runtime.error();

    report(Tr::tr("Checking port %1").arg(options.port));
    if (options.port == 0)
        return Error(QStringLiteral("localregistry.port"), Tr::tr("Port 0 cannot be used for the registry"), {},
                     Tr::tr("Choose a port such as 5002."));
    if (std::optional<PortOccupant> occupant = PortProbe::occupant(options.port))
        return PortProbe::portInUse(*occupant);

    RegistryState state;
    state.runtime = runtime->kind;
    state.program = runtime->program;
    state.port = options.port;
    state.listenAddress = options.listenAddress;
    state.storageDir = QDir::cleanPath(QDir(options.storageDir.isEmpty() ? m_paths.defaultStorageDir()
                                                                           : options.storageDir).absolutePath());
    state.configPath = m_paths.configPath();
    state.logPath = m_paths.logPath();
    state.deleteEnabled = options.deleteEnabled;
    state.containerImage = runtime->image;

    report(Tr::tr("Preparing storage %1").arg(state.storageDir));
    if (!QDir().mkpath(state.storageDir) || !QFileInfo(state.storageDir).isWritable())
        return Error(QStringLiteral("localregistry.storage"), Tr::tr("The storage directory cannot be written"),
                     state.storageDir, Tr::tr("Choose a directory you own (--storage DIR)."));
    if (!QDir().mkpath(m_paths.instanceDir))
        return Error(QStringLiteral("localregistry.storage"), Tr::tr("Cannot create the registry's directory"),
                     m_paths.instanceDir);

    if (options.authEnabled()) {
        report(Tr::tr("Writing htpasswd for %1").arg(options.htpasswdUser));
        state.authUser = options.htpasswdUser;
        state.htpasswdPath = m_paths.htpasswdPath();
        if (!options.htpasswdPassword.isEmpty()) {
            if (Status written = HtpasswdFile::write(state.htpasswdPath, options.htpasswdUser, options.htpasswdPassword);
                !written)
                return written.error();
        } else {
            // A restart: the hash is kept, the password is only in the keychain.
            QFile existing(state.htpasswdPath);
            if (!existing.open(QIODevice::ReadOnly)
                || !existing.readAll().startsWith(QByteArray(options.htpasswdUser.toUtf8() + QByteArray(":"))))
                return Error(QStringLiteral("localregistry.htpasswd.password"),
                             Tr::tr("No password was given for %1 and no htpasswd entry exists").arg(options.htpasswdUser),
                             state.htpasswdPath, Tr::tr("Give the password (--password-stdin on the CLI)."));
        }
    } else {
        QFile::remove(m_paths.htpasswdPath());
    }

    if (options.tls) {
        report(Tr::tr("Generating TLS certificates"));
        Result<TlsMaterial> tls = TlsMaterial::generate(m_paths.tlsDir(), options.hostName);
        if (!tls)
            return tls.error();
        state.tls = true;
        state.caCertificatePath = tls->caCertificatePath;
        state.certificatePath = tls->certificatePath;
        state.keyPath = tls->keyPath;
    }

    report(Tr::tr("Starting the registry (%1)").arg(runtimeKindName(runtime->kind)));
    Result<RegistryState> launched = runtime->kind == RuntimeKind::Binary ? launchBinary(options, *runtime, state)
                                                                           : launchContainer(options, *runtime, state);
    if (!launched)
        return launched.error();
    state = *launched;
    state.startedAt = QDateTime::currentDateTimeUtc();
    if (Status written = writeState(state); !written) {
        (void)stop(2000);
        return written.error();
    }

    report(Tr::tr("Waiting for %1 to answer").arg(state.url()));
    if (Status ready = waitUntilReady(state); !ready) {
        // A registry that died stays recorded as crashed (status and logs show why); one that
        // never answered is stopped so no half-started process is left behind.
        if (isAlive(state))
            (void)stop(2000);
        return ready.error();
    }
    report(Tr::tr("Registry ready at %1").arg(state.url()));
    return status();
}

QFuture<Result<RegistryStatus>> LocalRegistryManager::startAsync(const RegistryOptions &options, const StepCallback &step)
{
    LocalRegistryPaths paths = m_paths;
    return QtConcurrent::run([paths, options, step]() -> Result<RegistryStatus> {
        LocalRegistryManager manager(paths);
        return manager.start(options, step);
    });
}

Status LocalRegistryManager::waitUntilReady(const RegistryState &state, int timeoutMs) const
{
    RegistryEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(state.tls ? QStringLiteral("https") : QStringLiteral("http"))
                                .arg(state.port));
    endpoint.caCertificatePath = state.caCertificatePath;
    QElapsedTimer timer;
    timer.start();
    QString lastError;
    while (timer.elapsed() < timeoutMs) {
        QString exitDetail;
        if (!isAlive(state, &exitDetail))
            return startFailure(state, exitDetail);
        const ProbeAnswer response = probeRegistryRoot(endpoint, 2000);
        if (response.status == 200 || response.status == 401)
            return {};
        lastError = response.status ? QStringLiteral("HTTP %1").arg(response.status) : response.networkError;
        QThread::msleep(100);
    }
    return startFailure(state, Tr::tr("no answer on %1 after %2 s (%3)").arg(state.url()).arg(timeoutMs / 1000).arg(lastError));
}

Status LocalRegistryManager::stop(int graceMs)
{
    std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), Tr::tr("No local registry has been started here"),
                     m_paths.statePath(), Tr::tr("Nothing to stop."));
    if (state->runtime == RuntimeKind::Binary) {
        if (isAlive(*state)) {
            // Negative pid: the registry's whole process group (it leads its own session).
            ::kill(static_cast<pid_t>(-state->pid), SIGTERM);
            QElapsedTimer timer;
            timer.start();
            while (isAlive(*state) && timer.elapsed() < graceMs)
                QThread::msleep(50);
            if (isAlive(*state)) {
                ::kill(static_cast<pid_t>(-state->pid), SIGKILL);
                timer.restart();
                while (isAlive(*state) && timer.elapsed() < 5000)
                    QThread::msleep(20);
            }
            // Our own child (started by this process): reap it so no zombie is left behind.
            timer.restart();
            int waitStatus = 0;
            while (timer.elapsed() < 2000) {
                const pid_t reaped = ::waitpid(static_cast<pid_t>(state->pid), &waitStatus, WNOHANG);
                if (reaped != 0)
                    break; // reaped, or not our child (ECHILD)
                QThread::msleep(10);
            }
            if (isAlive(*state))
                return Error(QStringLiteral("localregistry.stop-failed"),
                             Tr::tr("The registry (pid %1) did not stop").arg(state->pid), state->logPath,
                             Tr::tr("Kill it by hand: kill -9 %1").arg(state->pid));
        }
    } else {
        const int seconds = qMax(1, graceMs / 1000);
        const ToolResult stopped = runTool(state->program, {QStringLiteral("stop"), QStringLiteral("-t"),
                                                            QString::number(seconds), state->containerId},
                                           graceMs + 30000);
        // Keep the container's log beside ours before removing it.
        const ToolResult log = runTool(state->program, {QStringLiteral("logs"), state->containerId});
        QFile file(state->logPath);
        if (log.exitCode == 0 && file.open(QIODevice::Append))
            file.write(log.output.toUtf8() + '\n');
        (void)runTool(state->program, {QStringLiteral("rm"), QStringLiteral("-f"), state->containerId});
        if (stopped.exitCode != 0 && isAlive(*state))
            return Error(QStringLiteral("localregistry.stop-failed"), Tr::tr("The registry container did not stop"),
                         state->containerName, stopped.output);
    }
    state->stopped = true;
    return writeState(*state);
}

QFuture<Status> LocalRegistryManager::stopAsync(int graceMs)
{
    LocalRegistryPaths paths = m_paths;
    return QtConcurrent::run([paths, graceMs]() -> Status {
        LocalRegistryManager manager(paths);
        return manager.stop(graceMs);
    });
}

Result<RegistryStatus> LocalRegistryManager::restart(const StepCallback &step)
{
    const std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), Tr::tr("No local registry has been started here"),
                     m_paths.statePath(), Tr::tr("Start one with `manifold registry up`."));
    if (status().state == RunState::Running) {
        if (Status stopped = stop(); !stopped)
            return stopped.error();
    }
    return start(optionsFrom(*state), step);
}

} // namespace Manifold::LocalRegistry
