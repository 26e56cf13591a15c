#pragma once

#include "core/utils/result.h"

#include <QString>

#include <optional>

namespace Manifold::LocalRegistry {

// Who holds a TCP port: found through /proc/net/tcp{,6} (listening socket inode) and the
// /proc/<pid>/fd links that point at socket:[inode]. pid is 0 when the owner is not visible
// (another user's process, another network namespace, a container proxy we cannot see into).
struct PortOccupant
{
    quint16 port = 0;
    quint64 inode = 0;
    qint64 pid = 0;
    QString command; // /proc/<pid>/comm
    QString commandLine;

    // "docker-registry (pid 1234)" or "an unknown process".
    QString describe() const;
};

class PortProbe
{
public:
    // True when nothing listens on `port` and binding 127.0.0.1:port succeeds.
    static bool isFree(quint16 port);
    // The listening socket's owner, or nullopt when nothing listens on `port`.
    static std::optional<PortOccupant> occupant(quint16 port, const QString &procRoot = QStringLiteral("/proc"));
    // A free port at or after `preferred` (up to 100 tries); 0 when none.
    static quint16 nextFree(quint16 preferred);
    // Error for a taken port: names the occupant and suggests a free port.
    static Error portInUse(const PortOccupant &occupant);
};

} // namespace Manifold::LocalRegistry
