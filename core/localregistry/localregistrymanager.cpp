#include "core/localregistry/localregistrymanager.h"

#include "core/localregistry/htpasswdfile.h"
#include "core/localregistry/passwordkeychain.h"
#include "core/localregistry/portprobe.h"
#include "core/localregistry/registryconfigwriter.h"
#include "core/localregistry/registryprobe.h"
#include "core/localregistry/tlsmaterial.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

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

// The one waitpid path for the registries this process spawned. Whoever asks first (status(),
// stop(), waitUntilReady(), any manager on any thread) collects the exit status, and every
// later caller gets the same answer, so a crash is always reported with how the registry ended.
struct ReapedChildren
{
    QMutex mutex;
    QHash<qint64, QString> details;
};

ReapedChildren &reapedChildren()
{
    static ReapedChildren children;
    return children;
}

enum class ChildState { Running, Ended, NotOurs };

ChildState reapChild(qint64 pid, QString *detail)
{
    ReapedChildren &children = reapedChildren();
    QMutexLocker lock(&children.mutex);
    if (const auto known = children.details.constFind(pid); known != children.details.constEnd()) {
        *detail = *known;
        return ChildState::Ended;
    }
    int waitStatus = 0;
    const pid_t reaped = ::waitpid(static_cast<pid_t>(pid), &waitStatus, WNOHANG);
    if (reaped == 0)
        return ChildState::Running;
    if (reaped != pid)
        return ChildState::NotOurs; // ECHILD: adopted from another process
    *detail = Tr::tr("the registry %1").arg(describeWaitStatus(waitStatus));
    children.details.insert(pid, *detail);
    return ChildState::Ended;
}

// A new child got this pid: what an earlier one with the same pid reported no longer applies.
void forgetChild(qint64 pid)
{
    ReapedChildren &children = reapedChildren();
    QMutexLocker lock(&children.mutex);
    children.details.remove(pid);
}

// Starts running in this process, by state file: a "starting" state they own is not stale.
struct StartsInFlight
{
    QMutex mutex;
    QSet<QString> statePaths;
};

StartsInFlight &startsInFlight()
{
    static StartsInFlight starts;
    return starts;
}

class InFlightStart
{
public:
    explicit InFlightStart(QString statePath)
        : m_statePath(std::move(statePath))
    {
        QMutexLocker lock(&startsInFlight().mutex);
        startsInFlight().statePaths.insert(m_statePath);
    }
    ~InFlightStart()
    {
        QMutexLocker lock(&startsInFlight().mutex);
        startsInFlight().statePaths.remove(m_statePath);
    }
    InFlightStart(const InFlightStart &) = delete;
    InFlightStart &operator=(const InFlightStart &) = delete;

private:
    QString m_statePath;
};

// "pid (comm) S ...": the state letter follows the last ')'; Z and X have ended.
bool hasEnded(const QString &stat)
{
    const QString afterComm = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2);
    return afterComm.startsWith(QLatin1Char('Z')) || afterComm.startsWith(QLatin1Char('X'));
}

bool isLiveProcess(qint64 pid)
{
    const QString stat = readProcFile(pid, "stat");
    return !stat.isEmpty() && !hasEnded(stat);
}

// Whether the process that recorded a "starting" state is still at it.
bool starterActive(const RegistryState &state, const QString &statePath)
{
    if (state.starterPid == QCoreApplication::applicationPid()) {
        QMutexLocker lock(&startsInFlight().mutex);
        return startsInFlight().statePaths.contains(statePath);
    }
    return state.starterPid > 0 && isLiveProcess(state.starterPid);
}

// A registry serving `configPath` that no state records yet (spawned just before its manager died).
qint64 processServing(const QString &configPath)
{
    const QString needle = QStringLiteral("serve ") + configPath;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        if (readProcFile(pid, "cmdline").trimmed().endsWith(needle) && isLiveProcess(pid))
            return pid;
    }
    return 0;
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
        return Error(QStringLiteral("localregistry.state.write"), tr("Cannot record the registry's state"),
                     m_paths.statePath(), file.errorString());
    return {};
}

bool LocalRegistryManager::isAlive(const RegistryState &state, QString *exitDetail) const
{
    if (state.runtime != RuntimeKind::Binary) {
        const ToolResult inspect = runTool(state.program, {QStringLiteral("inspect"), QStringLiteral("--format"),
                                                           QStringLiteral("{{.State.Running}} {{.State.ExitCode}}"),
                                                           state.containerId.isEmpty() ? state.containerName
                                                                                       : state.containerId},
                                           15000);
        if (inspect.exitCode != 0) {
            if (exitDetail)
                *exitDetail = tr("the container %1 is gone").arg(state.containerName);
            return false;
        }
        const bool running = inspect.output.startsWith(QLatin1String("true"));
        if (!running && exitDetail)
            *exitDetail = tr("the container exited with code %1").arg(inspect.output.section(QLatin1Char(' '), 1));
        return running;
    }
    if (state.pid <= 0)
        return false;
    QString ended;
    if (reapChild(state.pid, &ended) == ChildState::Ended) {
        if (exitDetail)
            *exitDetail = ended;
        return false;
    }
    const QString stat = readProcFile(state.pid, "stat");
    if (stat.isEmpty()) {
        if (exitDetail)
            *exitDetail = state.exitDetail.isEmpty() ? tr("process %1 is gone").arg(state.pid) : state.exitDetail;
        return false;
    }
    if (hasEnded(stat)) {
        // It ended after the waitpid above. A multi-threaded process (Go's registry) shows its
        // leader as a zombie while the other threads still exit, and waitpid() answers only
        // once the whole group is gone: give it that moment, then collect it when it is ours.
        QElapsedTimer timer;
        timer.start();
        ChildState child = ChildState::Running;
        while ((child = reapChild(state.pid, &ended)) == ChildState::Running && timer.elapsed() < 2000)
            QThread::msleep(5);
        if (exitDetail)
            *exitDetail = child == ChildState::Ended ? ended : tr("process %1 has exited").arg(state.pid);
        return false;
    }
    // The pid may have been reused: it must still be our registry serving our config. An exiting
    // process shows an empty cmdline before it turns zombie: that one still counts as alive.
    const QString commandLine = readProcFile(state.pid, "cmdline");
    if (!commandLine.isEmpty() && !commandLine.contains(state.configPath)) {
        if (exitDetail)
            *exitDetail = tr("process %1 is no longer the registry (pid reused)").arg(state.pid);
        return false;
    }
    return true;
}

RegistryStatus LocalRegistryManager::status() const
{
    RegistryStatus status;
    status.instance = recordedState();
    if (!status.instance) {
        status.detail = tr("no local registry has been started here (state file %1)").arg(m_paths.statePath());
        return status;
    }
    const RegistryState &state = *status.instance;
    if (state.starting) {
        if (!starterActive(state, m_paths.statePath()))
            return recoverInterruptedStart(state);
        // Another manager is starting it right now: report, change nothing.
        const bool spawned = state.runtime == RuntimeKind::Binary ? state.pid > 0 : !state.containerId.isEmpty();
        status.state = spawned && isAlive(state) ? RunState::Running : RunState::Stopped;
        status.detail = tr("being started by process %1").arg(state.starterPid);
        return status;
    }
    QString exitDetail;
    const bool alive = state.stopped ? false : isAlive(state, &exitDetail);
    if (alive) {
        status.state = RunState::Running;
        status.uptimeSeconds = state.startedAt.isValid() ? state.startedAt.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        status.detail = state.runtime == RuntimeKind::Binary
            ? tr("%1 serving %2 (pid %3)").arg(QFileInfo(state.program).fileName(), state.url()).arg(state.pid)
            : tr("container %1 serving %2").arg(state.containerName, state.url());
    } else if (state.stopped) {
        status.state = RunState::Stopped;
        status.detail = tr("stopped; storage kept in %1").arg(state.storageDir);
    } else {
        status.state = RunState::Crashed;
        status.detail = exitDetail.isEmpty() ? tr("the registry is no longer running") : exitDetail;
        status.lastLogLines = logs(20).valueOr({});
        // Only the reaping process learns how it ended: record it for the next app or CLI.
        if (state.exitDetail.isEmpty() && !exitDetail.isEmpty()) {
            RegistryState recorded = state;
            recorded.exitDetail = exitDetail;
            if (writeState(recorded).ok())
                status.instance = recorded;
        }
    }
    return status;
}

Result<QStringList> LocalRegistryManager::logs(int lines) const
{
    const std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), tr("No local registry has been started here"),
                     m_paths.statePath(), tr("Start one with `manifold registry up`."));
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
    return Error(QStringLiteral("localregistry.start-failed"), tr("The registry did not start: %1").arg(why),
                 state.logPath,
                 lines.isEmpty() ? tr("The registry wrote nothing; run `%1 serve %2` by hand to see why.")
                                       .arg(state.program, state.configPath)
                                 : tr("Its last log lines:\n%1").arg(lines.join(QLatin1Char('\n'))));
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
        return Error(QStringLiteral("localregistry.config.write"), tr("Cannot write the registry configuration"),
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
    // The registry reads every REGISTRY_* variable as configuration, and REGISTRY_AUTH_FILE is
    // a common Podman/Buildah setting that would break its config: the file alone decides.
    std::vector<char *> environment;
    for (char **variable = environ; *variable; ++variable) {
        if (std::strncmp(*variable, "REGISTRY_", 9) != 0)
            environment.push_back(*variable);
    }
    environment.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, &attributes, argv, environment.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        return Error(QStringLiteral("localregistry.start-failed"),
                     tr("Cannot run the registry: %1").arg(QString::fromLocal8Bit(strerror(spawned))), runtime.program,
                     tr("Check that %1 is executable.").arg(runtime.program));
    forgetChild(pid);
    state.pid = pid;
    return state;
}

Result<RegistryState> LocalRegistryManager::launchContainer(const RegistryOptions &options, const RuntimeInfo &runtime,
                                                            RegistryState state)
{
    // Inside the container: storage at /var/lib/registry, our files at /etc/manifold-registry.
    const QString mount = QStringLiteral("/etc/manifold-registry");
    state.containerName = QStringLiteral("manifold-registry-%1").arg(options.port);
    // dockerd without its bridge network (--bridge=none) runs containers but silently drops
    // published ports: the registry then shares the host's network and binds the address itself.
    state.hostNetwork = runtime.kind == RuntimeKind::Docker
        && runTool(runtime.program, {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("bridge")},
                   15000).exitCode != 0;
    state.engineArguments.clear();
    // Podman relabels the mounts for SELinux (a no-op without it).
    const QString selinux = runtime.kind == RuntimeKind::Podman ? QStringLiteral(",Z") : QString();
    QStringList attempts;

    // Each failure this machine is known to give is answered once by adjusting the run; anything
    // else (or the same failure twice) is reported with what was tried.
    for (int attempt = 0; attempt < 5; ++attempt) {
        RegistryConfigInput config;
        config.address = state.hostNetwork ? QStringLiteral("%1:%2").arg(options.listenAddress).arg(options.port)
                                           : QStringLiteral(":5000");
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
            return Error(QStringLiteral("localregistry.config.write"), tr("Cannot write the registry configuration"),
                         state.configPath, configFile.errorString());

        (void)runTool(runtime.program, {QStringLiteral("rm"), QStringLiteral("-f"), state.containerName});
        QStringList arguments = {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), state.containerName,
                                 QStringLiteral("--label"),
                                 QStringLiteral("io.manifold.local-registry=%1").arg(options.port)};
        arguments += state.engineArguments;
        if (state.hostNetwork)
            arguments << QStringLiteral("--network") << QStringLiteral("host");
        else
            arguments << QStringLiteral("-p") << QStringLiteral("%1:%2:5000").arg(options.listenAddress).arg(options.port);
        arguments << QStringLiteral("-v") << QStringLiteral("%1:/var/lib/registry%2").arg(state.storageDir, selinux.isEmpty() ? QString() : QStringLiteral(":Z"))
                  << QStringLiteral("-v") << QStringLiteral("%1:%2:ro%3").arg(m_paths.instanceDir, mount, selinux)
                  // `serve CONFIG` suits both registry:2's entrypoint script and a bare registry binary.
                  << runtime.image << QStringLiteral("serve") << mount + QStringLiteral("/config.yml");
        const ToolResult run = runTool(runtime.program, arguments);
        if (run.exitCode == 0) {
            state.containerId = run.output.section(QLatin1Char('\n'), -1).trimmed();
            return state;
        }
        attempts.append(run.output.section(QLatin1Char('\n'), -1).trimmed());
        const QString failure = run.output.toLower();

        // The engine's default limits (Podman: 1048576 open files) above this session's hard
        // limits, which only CAP_SYS_RESOURCE may raise: ask for what the session has.
        if (failure.contains(QLatin1String("rlimit")) && !state.engineArguments.contains(QStringLiteral("--ulimit"))) {
            rlimit files {}, processes {};
            ::getrlimit(RLIMIT_NOFILE, &files);
            ::getrlimit(RLIMIT_NPROC, &processes);
            const auto capped = [](rlim_t hard, rlim_t cap) { return hard == RLIM_INFINITY ? cap : qMin(hard, cap); };
            const rlim_t nofile = capped(files.rlim_max, 65536);
            const rlim_t nproc = capped(processes.rlim_max, 4096);
            state.engineArguments << QStringLiteral("--ulimit") << QStringLiteral("nofile=%1:%1").arg(nofile)
                                  << QStringLiteral("--ulimit") << QStringLiteral("nproc=%1:%1").arg(nproc);
            continue;
        }
        // crun refuses a hybrid cgroup v1/v2 hierarchy; runc runs there.
        if (failure.contains(QLatin1String("hybrid mode")) && !state.engineArguments.contains(QStringLiteral("--runtime"))) {
            const QString runc = QStandardPaths::findExecutable(QStringLiteral("runc"));
            if (runc.isEmpty())
                return Error(QStringLiteral("localregistry.start-failed"),
                             tr("%1 cannot run containers on this machine's hybrid cgroup hierarchy")
                                 .arg(runtimeKindName(runtime.kind)),
                             state.containerName,
                             tr("Install runc (apt install runc) so Manifold can use it instead of crun, boot with "
                                "a unified cgroup v2 hierarchy, or use the binary runtime (apt install docker-registry)."));
            state.engineArguments << QStringLiteral("--runtime") << runc;
            continue;
        }
        // No way to publish a port (rootless networking missing, no bridge): share the host's network.
        static const char *const networkFailures[] = {"netavark", "slirp4netns", "rootlessport", "pasta", "cni",
                                                      "iptables", "bridge", "port mapping", "portmapping"};
        const bool networkFailure = std::any_of(std::begin(networkFailures), std::end(networkFailures),
                                                [&failure](const char *word) { return failure.contains(QLatin1String(word)); });
        if (networkFailure && !failure.contains(QLatin1String("address already in use")) && !state.hostNetwork) {
            state.hostNetwork = true;
            continue;
        }
        break;
    }
    (void)runTool(runtime.program, {QStringLiteral("rm"), QStringLiteral("-f"), state.containerName});
    return Error(QStringLiteral("localregistry.start-failed"),
                 tr("%1 could not start the registry container").arg(runtimeKindName(runtime.kind)), state.containerName,
                 tr("%1 said: %2\nRun the binary runtime instead (apt install docker-registry; "
                    "`manifold registry up --runtime binary`), or fix the engine so `%3 run --rm %4 --version` works.")
                     .arg(runtimeKindName(runtime.kind), attempts.join(QStringLiteral("\n")), runtime.program, runtime.image));
}

Error LocalRegistryManager::cancelled() const
{
    return Error(QStringLiteral("localregistry.cancelled"), tr("The registry start was cancelled"), m_paths.statePath(),
                 tr("Nothing was left running; start it again when ready."));
}

void LocalRegistryManager::removeStartFiles(const RegistryState &state) const
{
    QDir(m_paths.tlsDir()).removeRecursively();
    for (const QString &file : {m_paths.htpasswdPath(), m_paths.configPath(), m_paths.statePath()})
        QFile::remove(file);
    if (!state.authUser.isEmpty())
        (void)PasswordKeychain::remove(state.authUser, state.hostPort());
}

RegistryStatus LocalRegistryManager::recoverInterruptedStart(RegistryState state) const
{
    bool running = false;
    if (state.runtime == RuntimeKind::Binary) {
        if (state.pid <= 0 || !isAlive(state)) {
            // A spawn cut short by the manager's death may still be turning into the registry
            // (its exec has not happened yet): give it a moment before deciding nothing runs.
            QElapsedTimer waited;
            waited.start();
            while ((state.pid = processServing(state.configPath)) == 0 && waited.elapsed() < 500)
                QThread::msleep(25);
        }
        running = state.pid > 0;
    } else if (!state.containerName.isEmpty() || !state.containerId.isEmpty()) {
        const ToolResult inspect = runTool(state.program, {QStringLiteral("inspect"), QStringLiteral("--format"),
                                                           QStringLiteral("{{.State.Running}} {{.Id}}"),
                                                           state.containerId.isEmpty() ? state.containerName
                                                                                       : state.containerId},
                                           15000);
        running = inspect.exitCode == 0 && inspect.output.startsWith(QLatin1String("true"));
        if (running)
            state.containerId = inspect.output.section(QLatin1Char(' '), 1).trimmed();
        else if (!state.containerName.isEmpty())
            (void)runTool(state.program, {QStringLiteral("rm"), QStringLiteral("-f"), state.containerName});
    }
    const qint64 starter = state.starterPid;
    if (running) {
        // The registry came up after its manager died: it is ours, adopt it.
        state.starting = false;
        state.starterPid = 0;
        if (!state.startedAt.isValid())
            state.startedAt = QDateTime::currentDateTimeUtc();
        if (writeState(state).ok())
            return status();
    }
    removeStartFiles(state);
    RegistryStatus cleaned;
    cleaned.detail = tr("a start interrupted in process %1 left nothing running; its files were removed").arg(starter);
    return cleaned;
}

Result<RegistryStatus> LocalRegistryManager::start(const RegistryOptions &options, const StepCallback &step,
                                                   const Oci::CancelToken &cancel)
{
    auto report = [&step](const QString &text) {
        if (step)
            step(text);
    };
    if (cancel.isCancelled())
        return cancelled();
    if (const RegistryStatus current = status(); current.state == RunState::Running
        || (current.instance && current.instance->starting))
        return Error(QStringLiteral("localregistry.already-running"),
                     current.instance->starting
                         ? tr("The local registry is being started by process %1").arg(current.instance->starterPid)
                         : tr("The local registry already runs at %1").arg(current.instance->url()),
                     m_paths.statePath(), tr("Stop it first with `manifold registry down`, or use it as it is."));

    const std::optional<RegistryState> previous = recordedState();
    report(tr("Checking runtimes"));
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
    if (cancel.isCancelled())
        return cancelled();

    report(tr("Checking port %1").arg(options.port));
    if (options.port == 0)
        return Error(QStringLiteral("localregistry.port"), tr("Port 0 cannot be used for the registry"), {},
                     tr("Choose a port such as 5002."));
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

    // What this start changes, so that a cancel puts everything back as it was.
    const bool instanceDirExisted = QFileInfo::exists(m_paths.instanceDir);
    const bool storageDirExisted = QFileInfo::exists(state.storageDir);
    bool passwordStored = false;
    std::optional<QString> replacedPassword;
    auto undo = [&] {
        if (passwordStored) {
            if (replacedPassword)
                (void)PasswordKeychain::store(state.authUser, state.hostPort(), *replacedPassword);
            else
                (void)PasswordKeychain::remove(state.authUser, state.hostPort());
        }
        if (previous) {
            (void)writeState(*previous);
        } else {
            RegistryState written = state;
            written.authUser.clear(); // the keychain was handled above
            removeStartFiles(written);
            if (!instanceDirExisted)
                QDir(m_paths.instanceDir).removeRecursively();
        }
        if (!storageDirExisted)
            QDir().rmdir(state.storageDir); // only while still empty
    };
    // The earlier start's password goes only once this start's state replaces it.
    auto dropSupersededPassword = [&] {
        if (previous && !previous->authUser.isEmpty()
            && PasswordKeychain::key(previous->authUser, previous->hostPort())
                != PasswordKeychain::key(state.authUser, state.hostPort()))
            (void)PasswordKeychain::remove(previous->authUser, previous->hostPort());
    };

    report(tr("Preparing storage %1").arg(state.storageDir));
    if (!QDir().mkpath(state.storageDir) || !QFileInfo(state.storageDir).isWritable())
        return Error(QStringLiteral("localregistry.storage"), tr("The storage directory cannot be written"),
                     state.storageDir, tr("Choose a directory you own (--storage DIR)."));
    if (!QDir().mkpath(m_paths.instanceDir)) {
        undo();
        return Error(QStringLiteral("localregistry.storage"), tr("Cannot create the registry's directory"),
                     m_paths.instanceDir);
    }

    // Recorded before the keychain, the files and the process: whatever happens to this process
    // from here on, the state file names what may exist (the keychain entry, the container's
    // name, the config the binary serves) and status() can find it.
    InFlightStart inFlight(m_paths.statePath());
    state.starting = true;
    state.starterPid = QCoreApplication::applicationPid();
    if (options.authEnabled()) {
        state.authUser = options.htpasswdUser;
        state.htpasswdPath = m_paths.htpasswdPath();
    }
    if (runtime->kind != RuntimeKind::Binary)
        state.containerName = QStringLiteral("manifold-registry-%1").arg(options.port);
    if (Status written = writeState(state); !written) {
        undo();
        return written.error();
    }

    if (options.authEnabled()) {
        report(tr("Writing htpasswd for %1").arg(options.htpasswdUser));
        if (!options.htpasswdPassword.isEmpty()) {
            if (previous && PasswordKeychain::key(previous->authUser, previous->hostPort())
                                == PasswordKeychain::key(state.authUser, state.hostPort())) {
                if (Result<QString> earlier = PasswordKeychain::read(state.authUser, state.hostPort()); earlier)
                    replacedPassword = *earlier;
            }
            // The keychain first: a password it cannot keep would be known to no one afterwards.
            if (Status stored = PasswordKeychain::store(options.htpasswdUser, state.hostPort(), options.htpasswdPassword);
                !stored) {
                undo();
                return stored.error();
            }
            passwordStored = true;
            if (Status written = HtpasswdFile::write(state.htpasswdPath, options.htpasswdUser, options.htpasswdPassword);
                !written) {
                undo();
                return written.error();
            }
        } else {
            // A restart: the hash is kept, the password is only in the keychain.
            QFile existing(state.htpasswdPath);
            if (!existing.open(QIODevice::ReadOnly)
                || !existing.readAll().startsWith(QByteArray(options.htpasswdUser.toUtf8() + QByteArray(":")))) {
                undo();
                return Error(QStringLiteral("localregistry.htpasswd.password"),
                             tr("No password was given for %1 and no htpasswd entry exists").arg(options.htpasswdUser),
                             state.htpasswdPath, tr("Give the password (--password-stdin on the CLI)."));
            }
        }
    }

    if (options.tls) {
        report(tr("Generating TLS certificates"));
        Result<TlsMaterial> tls = TlsMaterial::generate(m_paths.tlsDir(), options.hostName);
        if (!tls) {
            undo();
            return tls.error();
        }
        state.tls = true;
        state.caCertificatePath = tls->caCertificatePath;
        state.certificatePath = tls->certificatePath;
        state.keyPath = tls->keyPath;
    }
    if (cancel.isCancelled()) {
        undo();
        return cancelled();
    }

    report(tr("Starting the registry (%1)").arg(runtimeKindName(runtime->kind)));
    Result<RegistryState> launched = runtime->kind == RuntimeKind::Binary ? launchBinary(options, *runtime, state)
                                                                           : launchContainer(options, *runtime, state);
    if (!launched) {
        // Nothing runs (a failed container run is removed): everything goes back as it was.
        undo();
        return launched.error();
    }
    state = *launched;
    state.startedAt = QDateTime::currentDateTimeUtc();
    // Stops what was spawned and puts everything back; a registry that does not stop stays
    // recorded (no longer "starting") so status and `registry down` still find it.
    auto abandon = [&]() -> Error {
        if (Status stopped = stopRegistry(state, 2000); !stopped) {
            state.starting = false;
            (void)writeState(state);
            return stopped.error();
        }
        undo();
        return cancelled();
    };
    if (Status written = writeState(state); !written) {
        (void)stopRegistry(state, 2000);
        undo();
        return written.error();
    }
    if (cancel.isCancelled())
        return abandon();

    report(tr("Waiting for %1 to answer").arg(state.url()));
    Status ready = waitUntilReady(state, 20000, cancel);
    if (!ready && ready.error().code == QLatin1String("localregistry.cancelled"))
        return abandon();
    state.starting = false;
    state.starterPid = 0;
    (void)writeState(state);
    dropSupersededPassword();
    if (!ready) {
        // A registry that died stays recorded as crashed (status and logs show why); one that
        // never answered is stopped so no half-started process is left behind.
        if (isAlive(state))
            (void)stop(2000);
        return ready.error();
    }
    // An earlier start's htpasswd goes once a registry without auth replaces it.
    if (!options.authEnabled())
        QFile::remove(m_paths.htpasswdPath());
    report(tr("Registry ready at %1").arg(state.url()));
    return status();
}

QFuture<Result<RegistryStatus>> LocalRegistryManager::startAsync(const RegistryOptions &options, const StepCallback &step,
                                                                 const Oci::CancelToken &cancel)
{
    LocalRegistryPaths paths = m_paths;
    return QtConcurrent::run([paths, options, step, cancel]() -> Result<RegistryStatus> {
        LocalRegistryManager manager(paths);
        return manager.start(options, step, cancel);
    });
}

Status LocalRegistryManager::waitUntilReady(const RegistryState &state, int timeoutMs, const Oci::CancelToken &cancel) const
{
    RegistryEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(state.tls ? QStringLiteral("https") : QStringLiteral("http"))
                                .arg(state.port));
    endpoint.caCertificatePath = state.caCertificatePath;
    QElapsedTimer timer;
    timer.start();
    QString lastError;
    while (timer.elapsed() < timeoutMs) {
        if (cancel.isCancelled())
            return cancelled();
        QString exitDetail;
        if (!isAlive(state, &exitDetail))
            return startFailure(state, exitDetail);
        const ProbeAnswer response = probeRegistryRoot(endpoint, 2000);
        if (response.status == 200 || response.status == 401)
            return {};
        lastError = response.status ? QStringLiteral("HTTP %1").arg(response.status) : response.networkError;
        QThread::msleep(100);
    }
    return startFailure(state, tr("no answer on %1 after %2 s (%3)").arg(state.url()).arg(timeoutMs / 1000).arg(lastError));
}

Status LocalRegistryManager::stop(int graceMs)
{
    std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), tr("No local registry has been started here"),
                     m_paths.statePath(), tr("Nothing to stop."));
    if (Status stopped = stopRegistry(*state, graceMs); !stopped)
        return stopped;
    state->stopped = true;
    return writeState(*state);
}

Status LocalRegistryManager::stopRegistry(const RegistryState &state, int graceMs) const
{
    if (state.runtime == RuntimeKind::Binary) {
        if (isAlive(state)) {
            // Negative pid: the registry's whole process group (it leads its own session).
            ::kill(static_cast<pid_t>(-state.pid), SIGTERM);
            QElapsedTimer timer;
            timer.start();
            while (isAlive(state) && timer.elapsed() < graceMs)
                QThread::msleep(50);
            if (isAlive(state)) {
                ::kill(static_cast<pid_t>(-state.pid), SIGKILL);
                timer.restart();
                while (isAlive(state) && timer.elapsed() < 5000)
                    QThread::msleep(20);
            }
            // Our own child (started by this process): reap it so no zombie is left behind.
            timer.restart();
            QString ended;
            while (reapChild(state.pid, &ended) == ChildState::Running && timer.elapsed() < 2000)
                QThread::msleep(10);
            if (isAlive(state))
                return Error(QStringLiteral("localregistry.stop-failed"),
                             tr("The registry (pid %1) did not stop").arg(state.pid), state.logPath,
                             tr("Kill it by hand: kill -9 %1").arg(state.pid));
        }
    } else {
        // A start interrupted during `run` knows the container only by its name.
        const QString container = state.containerId.isEmpty() ? state.containerName : state.containerId;
        const int seconds = qMax(1, graceMs / 1000);
        const ToolResult stopped = runTool(state.program, {QStringLiteral("stop"), QStringLiteral("-t"),
                                                            QString::number(seconds), container},
                                           graceMs + 30000);
        // Keep the container's log beside ours before removing it.
        const ToolResult log = runTool(state.program, {QStringLiteral("logs"), container});
        QFile file(state.logPath);
        if (log.exitCode == 0 && file.open(QIODevice::Append))
            file.write(log.output.toUtf8() + '\n');
        (void)runTool(state.program, {QStringLiteral("rm"), QStringLiteral("-f"), container});
        if (stopped.exitCode != 0 && isAlive(state))
            return Error(QStringLiteral("localregistry.stop-failed"), tr("The registry container did not stop"),
                         state.containerName, stopped.output);
    }
    return {};
}

QFuture<Status> LocalRegistryManager::stopAsync(int graceMs)
{
    LocalRegistryPaths paths = m_paths;
    return QtConcurrent::run([paths, graceMs]() -> Status {
        LocalRegistryManager manager(paths);
        return manager.stop(graceMs);
    });
}

Result<QString> LocalRegistryManager::password() const
{
    const std::optional<RegistryState> state = recordedState();
    if (!state || state->authUser.isEmpty())
        return Error(QStringLiteral("localregistry.no-auth"), tr("The local registry does not require a password"),
                     m_paths.statePath(), tr("Start it with `manifold registry up --htpasswd USER` to require one."));
    return PasswordKeychain::read(state->authUser, state->hostPort());
}

Status LocalRegistryManager::forget(bool deleteStorage)
{
    const std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), tr("No local registry has been started here"),
                     m_paths.statePath(), tr("Nothing to delete."));
    // Running or crashed: stop() also removes a container that is left.
    if (!state->stopped) {
        if (Status stopped = stop(); !stopped)
            return stopped;
    }
    if (!state->authUser.isEmpty()) {
        Status removed = PasswordKeychain::remove(state->authUser, state->hostPort());
        if (!removed && removed.error().code != QLatin1String("localregistry.keychain.not-found"))
            return removed;
    }
    QDir(m_paths.tlsDir()).removeRecursively();
    for (const QString &file : {m_paths.htpasswdPath(), m_paths.configPath(), m_paths.statePath()})
        QFile::remove(file);
    if (deleteStorage && !QDir(state->storageDir).removeRecursively())
        return Error(QStringLiteral("localregistry.storage"), tr("Cannot delete the registry's storage"),
                     state->storageDir, tr("Delete it by hand (a container may have written files as root)."));
    return {};
}

Result<RegistryStatus> LocalRegistryManager::restart(const StepCallback &step)
{
    const std::optional<RegistryState> state = recordedState();
    if (!state)
        return Error(QStringLiteral("localregistry.not-started"), tr("No local registry has been started here"),
                     m_paths.statePath(), tr("Start one with `manifold registry up`."));
    if (status().state == RunState::Running) {
        if (Status stopped = stop(); !stopped)
            return stopped.error();
    }
    return start(optionsFrom(*state), step);
}

} // namespace Manifold::LocalRegistry
