#include "core/localregistry/portprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

// Inodes of sockets listening on `port` in one /proc/net/tcp-format table.
QList<quint64> listeningInodes(const QString &table, quint16 port)
{
    QList<quint64> inodes;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return inodes;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        if (fields.size() < 10)
            continue;
        const QByteArray local = fields.at(1);
        const qsizetype colon = local.lastIndexOf(':');
        bool ok = false;
        const uint localPort = local.mid(colon + 1).toUInt(&ok, 16);
        if (!ok || localPort != port || fields.at(3) != "0A") // 0A = TCP_LISTEN
            continue;
        const quint64 inode = fields.at(9).toULongLong(&ok);
        if (ok && inode != 0)
            inodes.append(inode);
    }
    return inodes;
}

} // namespace

QString PortOccupant::describe() const
{
    if (pid <= 0)
        return Tr::tr("a process Manifold cannot see (another user, a container proxy or another namespace)");
    return QStringLiteral("%1 (pid %2)").arg(command.isEmpty() ? Tr::tr("unknown program") : command).arg(pid);
}

bool PortProbe::isFree(quint16 port)
{
    if (occupant(port))
        return false;
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

std::optional<PortOccupant> PortProbe::occupant(quint16 port, const QString &procRoot)
{
    QList<quint64> inodes = listeningInodes(procRoot + QStringLiteral("/net/tcp"), port);
    inodes += listeningInodes(procRoot + QStringLiteral("/net/tcp6"), port);
    if (inodes.isEmpty())
        return std::nullopt;
    PortOccupant found;
    found.port = port;
    found.inode = inodes.first();
    QStringList targets;
    for (quint64 inode : inodes)
        targets.append(QStringLiteral("socket:[%1]").arg(inode));
    const QStringList pids = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidName : pids) {
        bool numeric = false;
        const qint64 pid = pidName.toLongLong(&numeric);
        if (!numeric)
            continue;
        QDir fdDir(QStringLiteral("%1/%2/fd").arg(procRoot, pidName));
        const QStringList fds = fdDir.entryList(QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            const QString target = QFile::symLinkTarget(fdDir.filePath(fd));
            const QString link = target.isEmpty() ? QFileInfo(fdDir.filePath(fd)).symLinkTarget() : target;
            if (!targets.contains(QFileInfo(link).fileName()) && !targets.contains(link))
                continue;
            found.pid = pid;
            QFile comm(QStringLiteral("%1/%2/comm").arg(procRoot, pidName));
            if (comm.open(QIODevice::ReadOnly))
                found.command = QString::fromLocal8Bit(comm.readAll()).trimmed();
            QFile cmdline(QStringLiteral("%1/%2/cmdline").arg(procRoot, pidName));
            if (cmdline.open(QIODevice::ReadOnly))
                found.commandLine = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' ')).trimmed();
            return found;
        }
    }
    return found;
}

quint16 PortProbe::nextFree(quint16 preferred)
{
    for (int candidate = preferred; candidate < preferred + 100 && candidate <= 65535; ++candidate) {
        if (isFree(static_cast<quint16>(candidate)))
            return static_cast<quint16>(candidate);
    }
    return 0;
}

Error PortProbe::portInUse(const PortOccupant &occupant)
{
    const quint16 free = nextFree(static_cast<quint16>(occupant.port + 1));
    QString hint = free ? Tr::tr("Choose another port (port %1 is free: --port %1) or stop %2.").arg(free).arg(occupant.describe())
                        : Tr::tr("Choose another port or stop %1.").arg(occupant.describe());
    if (!occupant.commandLine.isEmpty())
        hint += QLatin1Char(' ') + Tr::tr("Its command line: %1").arg(occupant.commandLine);
    return Error(QStringLiteral("localregistry.port-in-use"),
                 Tr::tr("Port %1 is already in use by %2").arg(occupant.port).arg(occupant.describe()),
                 QStringLiteral("127.0.0.1:%1").arg(occupant.port), hint);
}

} // namespace Manifold::LocalRegistry
