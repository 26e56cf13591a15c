#include "core/build/processgroup.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace Manifold::Build {

namespace {

struct ProcStat
{
    qint64 pid = 0;
    qint64 parent = 0;
    qint64 group = 0;
    bool zombie = false;
};

// /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces and parentheses,
// so fields are read after the last ')'.
bool readStat(qint64 pid, ProcStat &stat)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    const int close = text.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 3)
        return false;
    stat.pid = pid;
    stat.zombie = fields.at(0) == "Z" || fields.at(0) == "X";
    stat.parent = fields.at(1).toLongLong();
    stat.group = fields.at(2).toLongLong();
    return true;
}

QList<ProcStat> allProcesses()
{
    QList<ProcStat> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        ProcStat stat;
        if (isNumber && readStat(pid, stat) && !stat.zombie)
            result.append(stat);
    }
    return result;
}

void signalAll(const QList<qint64> &pids, int signal)
{
    for (qint64 pid : pids)
        ::kill(static_cast<pid_t>(pid), signal);
}

} // namespace

void ProcessGroup::placeInOwnGroup(QProcess &process)
{
    process.setChildProcessModifier([] { ::setsid(); });
}

QList<qint64> ProcessGroup::descendantsOf(qint64 pid)
{
    QHash<qint64, QList<qint64>> children;
    for (const ProcStat &stat : allProcesses())
        children[stat.parent].append(stat.pid);
    QList<qint64> result;
    QList<qint64> pending{pid};
    QSet<qint64> seen{pid};
    while (!pending.isEmpty()) {
        const qint64 current = pending.takeFirst();
        for (qint64 child : children.value(current)) {
            if (seen.contains(child))
                continue;
            seen.insert(child);
            result.append(child);
            pending.append(child);
        }
    }
    return result;
}

QList<qint64> ProcessGroup::membersOf(qint64 groupId)
{
    QList<qint64> result;
    for (const ProcStat &stat : allProcesses()) {
        if (stat.group == groupId)
            result.append(stat.pid);
    }
    return result;
}

bool ProcessGroup::terminateTree(qint64 pid, int graceMs)
{
    if (pid <= 0)
        return true;
    auto survivors = [pid] {
        QSet<qint64> alive;
        for (qint64 member : membersOf(pid))
            alive.insert(member);
        for (qint64 descendant : descendantsOf(pid))
            alive.insert(descendant);
        ProcStat self;
        if (readStat(pid, self) && !self.zombie)
            alive.insert(pid);
        return QList<qint64>(alive.begin(), alive.end());
    };
    // Remember the tree first: once the leader dies its children are re-parented and can no
    // longer be found through it.
    QSet<qint64> known;
    for (qint64 member : survivors())
        known.insert(member);
    ::kill(-static_cast<pid_t>(pid), SIGTERM);
    signalAll(QList<qint64>(known.begin(), known.end()), SIGTERM);

    auto stillAlive = [&known, &survivors] {
        QList<qint64> alive = survivors();
        for (qint64 member : std::as_const(known)) {
            ProcStat stat;
            if (readStat(member, stat) && !stat.zombie && !alive.contains(member))
                alive.append(member);
        }
        return alive;
    };
    QDeadlineTimer grace(graceMs);
    while (!grace.hasExpired()) {
        if (stillAlive().isEmpty())
            return true;
        QThread::msleep(50);
    }
    const QList<qint64> left = stillAlive();
    ::kill(-static_cast<pid_t>(pid), SIGKILL);
    signalAll(left, SIGKILL);
    QDeadlineTimer hard(1000);
    while (!hard.hasExpired()) {
        if (stillAlive().isEmpty())
            return true;
        QThread::msleep(20);
    }
    return stillAlive().isEmpty();
}

} // namespace Manifold::Build
