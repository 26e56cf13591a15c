#pragma once

#include "core/platform/binfmt.h"
#include "core/platform/platform.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Manifold {

// How this host can run one target platform.
struct PlatformSupport
{
    enum class Kind { Native, Emulated, Unavailable };

    Platform platform;
    Kind kind = Kind::Unavailable;
    QString detail;      // "native", "32-bit compatibility mode", "qemu-aarch64 (flags POCF)"
    QString interpreter; // emulator path when emulated
    QString fix;         // the command or step that makes it available; empty when it runs
    QStringList warnings;

    bool canRun() const { return kind != Kind::Unavailable; }
    QJsonObject toJson() const;
};

QString supportKindName(PlatformSupport::Kind kind);

// Everything the host probe found.
struct HostCapabilities
{
    Platform host;           // the platform containers run on natively (linux/<arch>)
    int amd64Level = 0;      // x86-64 microarchitecture level v1..v4 (0 on other hosts)
    QString machine;         // uname -m
    QString kernel;          // uname -r
    bool containersInVm = false; // macOS/Windows: containers run in a Linux VM
    BinfmtStatus binfmt;
    QList<PlatformSupport> platforms;

    const PlatformSupport *find(const Platform &platform) const;
    bool canRun(const Platform &platform) const;
    bool runsNatively(const Platform &platform) const;
    QJsonObject toJson() const;
};

// Inputs of a probe, so tests can describe another machine (an arm64 Mac, a host without
// binfmt_misc) with sample files.
struct HostProbeInputs
{
    QString machine;          // uname -m; empty: read from this machine
    QString kernel;
    QString cpuinfo;          // /proc/cpuinfo text; empty: read from this machine
    QString binfmtDirectory = QStringLiteral("/proc/sys/fs/binfmt_misc");
    bool containersInVm = false;
    QList<Platform> candidates; // empty: the common container platforms
};

class HostProbe
{
public:
    // linux/<arch> of this machine (without microarchitecture level).
    static Platform hostPlatform();
    // The platforms probed by default: amd64, 386, arm64, arm/v7, arm/v6, ppc64le, s390x,
    // riscv64, mips64le, loong64.
    static QList<Platform> commonPlatforms();
    // Maps a uname -m value ("aarch64", "armv7l", "x86_64") to a platform.
    static Platform platformForMachine(const QString &machine);
    // x86-64 level (1..4) from the cpuinfo "flags" line; 0 when unknown.
    static int amd64LevelFromCpuinfo(const QString &cpuinfo);

    static HostCapabilities probe(const HostProbeInputs &inputs = {});
};

} // namespace Manifold
