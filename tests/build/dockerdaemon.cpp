#include "tests/build/dockerdaemon.h"

#include "tests/build/buildtestsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

namespace Manifold::Test {

namespace {

// GET /_ping over the daemon's socket: "OK" once the API is up.
bool pings(const QString &socketPath)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n");
    if (!socket.waitForBytesWritten(1000))
        return false;
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer.startsWith("HTTP/1.") && answer.contains(" 200 ") && answer.endsWith("OK");
}

} // namespace

DockerDaemon::DockerDaemon(QString name) : m_name(std::move(name)) {}

DockerDaemon::~DockerDaemon()
{
    stop();
}

bool DockerDaemon::isAvailable()
{
    return ::geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("dockerd")).isEmpty()
           && QFileInfo(cli()).isExecutable();
}

QString DockerDaemon::cli()
{
    return QStringLiteral("/usr/bin/docker");
}

QString DockerDaemon::host() const
{
    return m_dir ? QStringLiteral("unix://") + m_dir->filePath(QStringLiteral("docker.sock")) : QString();
}

QString DockerDaemon::dataRoot() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

qint64 DockerDaemon::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString DockerDaemon::logs() const
{
    if (!m_dir)
        return QString();
    QFile log(m_dir->filePath(QStringLiteral("dockerd.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

Status DockerDaemon::start(int timeoutMs)
{
    // Short paths: containerd's socket lives under the exec root and unix socket paths are
    // limited to 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mfd-%1-XXXXXX").arg(m_name));
    if (!m_dir->isValid())
        return Error(QStringLiteral("test.dockerd"), m_dir->errorString(), QStringLiteral("/tmp"));
    m_dir->setAutoRemove(false); // stop() removes it after every process is gone
    const QString socketPath = m_dir->filePath(QStringLiteral("docker.sock"));
    // An empty configuration: the host's /etc/docker/daemon.json (mirrors, proxies) never applies.
    const QString configPath = m_dir->filePath(QStringLiteral("daemon.json"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write("{}\n") < 0)
        return Error(QStringLiteral("test.dockerd"), config.errorString(), configPath);
    config.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("dockerd.log")));
    m_process->start(QStandardPaths::findExecutable(QStringLiteral("dockerd")),
                     {QStringLiteral("--config-file"), configPath,
                      QStringLiteral("--data-root"), dataRoot(),
                      QStringLiteral("--exec-root"), m_dir->filePath(QStringLiteral("exec")),
                      QStringLiteral("--pidfile"), m_dir->filePath(QStringLiteral("dockerd.pid")),
                      QStringLiteral("--host"), QStringLiteral("unix://") + socketPath,
                      QStringLiteral("--iptables=false"), QStringLiteral("--ip-masq=false"),
                      QStringLiteral("--bridge=none"), QStringLiteral("--userland-proxy=false"),
                      QStringLiteral("--storage-driver=vfs"), QStringLiteral("--log-level=warn")});
    if (!m_process->waitForStarted(10000))
        return Error(QStringLiteral("test.dockerd"), m_process->errorString(), QStringLiteral("dockerd"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            return Error(QStringLiteral("test.dockerd"), QStringLiteral("dockerd exited during start-up"),
                         QStringLiteral("dockerd"), logs().right(2000));
        if (QFileInfo::exists(socketPath) && pings(socketPath))
            return {};
        QThread::msleep(200);
    }
    return Error(QStringLiteral("test.dockerd"), QStringLiteral("dockerd did not answer /_ping in time"),
                 QStringLiteral("dockerd"), logs().right(2000));
}

QString DockerDaemon::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QList<qint64> DockerDaemon::processesUnder(const QString &directory)
{
    QList<qint64> found;
    if (directory.isEmpty())
        return found;
    const QByteArray marker = directory.toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric || pid == qint64(::getpid()))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker) && processAlive(pid))
            found.append(pid);
    }
    return found;
}

bool DockerDaemon::holdsLayer(const QString &diffId) const
{
    const QDir layers(QDir(dataRoot()).filePath(QStringLiteral("image/vfs/layerdb/sha256")));
    const QStringList chains = layers.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &chain : chains) {
        QFile diff(layers.filePath(chain + QStringLiteral("/diff")));
        if (diff.open(QIODevice::ReadOnly) && QString::fromLatin1(diff.readAll().trimmed()) == diffId)
            return true;
    }
    return false;
}

void DockerDaemon::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // SIGTERM lets dockerd stop its containerd and shims; SIGKILL only when it hangs.
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    if (!m_dir)
        return;
    // Anything of this daemon's still alive (a shim after a hang) is ours to end.
    for (int round = 0; round < 50; ++round) {
        const QList<qint64> left = processesUnder(m_dir->path());
        if (left.isEmpty())
            break;
        for (qint64 pid : left)
            ::kill(pid_t(pid), round < 25 ? SIGTERM : SIGKILL);
        QThread::msleep(100);
    }
    // dockerd may leave mounts (e.g. the exec root's netns) behind; detach them before removal.
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (mountInfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = mountInfo.readAll().split('\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            const QList<QByteArray> fields = it->split(' ');
            if (fields.size() > 4 && fields.at(4).startsWith(m_dir->path().toUtf8()))
                ::umount2(fields.at(4).constData(), MNT_DETACH);
        }
    }
    QDir(m_dir->path()).removeRecursively();
    m_dir.reset();
}

} // namespace Manifold::Test
