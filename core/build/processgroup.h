#pragma once

#include <QList>
#include <QProcess>

namespace Manifold::Build {

// Engines fork helpers (conmon, chroot helpers, QEMU, runc). Each executor therefore runs in
// its own session and process group so cancelling it can reach every descendant and leave no
// orphan behind.
class ProcessGroup
{
public:
    // Makes `process` call setsid() in the child before exec (process group id == its pid).
    static void placeInOwnGroup(QProcess &process);

    // Every live process whose parent chain leads to `pid` (not `pid` itself), from /proc.
    static QList<qint64> descendantsOf(qint64 pid);
    // Live processes whose process group is `groupId`.
    static QList<qint64> membersOf(qint64 groupId);

    // SIGTERM to the group and to all descendants (some helpers start their own sessions),
    // then SIGKILL after `graceMs` to whatever is left. Blocks at most graceMs + 1s; returns true
    // when nothing of the tree survives.
    static bool terminateTree(qint64 pid, int graceMs = 3000);
};

} // namespace Manifold::Build
