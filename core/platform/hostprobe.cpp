#include "core/platform/hostprobe.h"

#include "core/platform/platformmatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <sys/utsname.h>

namespace Manifold {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::HostProbe)
};
} // namespace

QString supportKindName(PlatformSupport::Kind kind)
{
    switch (kind) {
    case PlatformSupport::Kind::Native:
        return QStringLiteral("native");
    case PlatformSupport::Kind::Emulated:
        return QStringLiteral("emulated");
    case PlatformSupport::Kind::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unavailable");
}

QJsonObject PlatformSupport::toJson() const
{
    QJsonObject object{{QStringLiteral("platform"), platform.toString()},
                       {QStringLiteral("support"), supportKindName(kind)},
                       {QStringLiteral("detail"), detail}};
    if (!interpreter.isEmpty())
        object.insert(QStringLiteral("interpreter"), interpreter);
    if (!fix.isEmpty())
        object.insert(QStringLiteral("fix"), fix);
    if (!warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}

const PlatformSupport *HostCapabilities::find(const Platform &platform) const
{
    const Platform normalized = platform.normalized();
    for (const PlatformSupport &support : platforms) {
        if (support.platform == normalized)
            return &support;
    }
    return nullptr;
}

bool HostCapabilities::canRun(const Platform &platform) const
{
    const PlatformSupport *support = find(platform);
    return support && support->canRun();
}

bool HostCapabilities::runsNatively(const Platform &platform) const
{
    const PlatformSupport *support = find(platform);
    return support && support->kind == PlatformSupport::Kind::Native;
}

QJsonObject HostCapabilities::toJson() const
{
    QJsonArray handlers;
    for (const BinfmtHandler &handler : binfmt.handlers) {
        QJsonObject object{{QStringLiteral("name"), handler.name},
                           {QStringLiteral("enabled"), handler.enabled},
                           {QStringLiteral("interpreter"), handler.interpreter},
                           {QStringLiteral("flags"), handler.flags}};
        if (!handler.platform.isEmpty())
            object.insert(QStringLiteral("platform"), handler.platform.toString());
        handlers.append(object);
    }
    QJsonArray list;
    for (const PlatformSupport &support : platforms)
        list.append(support.toJson());
    QJsonObject hostObject{{QStringLiteral("platform"), host.toString()},
                           {QStringLiteral("machine"), machine},
                           {QStringLiteral("kernel"), kernel}};
    if (amd64Level > 0)
        hostObject.insert(QStringLiteral("amd64Level"), QStringLiteral("v%1").arg(amd64Level));
    if (containersInVm)
        hostObject.insert(QStringLiteral("containersInVm"), true);
    return QJsonObject{
        {QStringLiteral("host"), hostObject},
        {QStringLiteral("binfmt"),
         QJsonObject{{QStringLiteral("directory"), binfmt.directory},
                     {QStringLiteral("mounted"), binfmt.mounted},
                     {QStringLiteral("enabled"), binfmt.enabled},
                     {QStringLiteral("handlers"), handlers}}},
        {QStringLiteral("platforms"), list}};
}

Platform HostProbe::platformForMachine(const QString &machine)
{
    const QString m = machine.toLower();
    const QString linux = QStringLiteral("linux");
    if (m == QLatin1String("armv7l") || m == QLatin1String("armv7"))
        return Platform(linux, QStringLiteral("arm"), QStringLiteral("v7"));
    if (m == QLatin1String("armv6l") || m == QLatin1String("armv6"))
        return Platform(linux, QStringLiteral("arm"), QStringLiteral("v6"));
    if (m == QLatin1String("armv8l"))
        return Platform(linux, QStringLiteral("arm"), QStringLiteral("v8"));
    if (m == QLatin1String("armv5tel") || m == QLatin1String("armv5l"))
        return Platform(linux, QStringLiteral("arm"), QStringLiteral("v5"));
    if (m == QLatin1String("mips64"))
        return Platform(linux, QStringLiteral("mips64le")); // Linux reports mips64 for both
    if (m == QLatin1String("loongarch64"))
        return Platform(linux, QStringLiteral("loong64"));
    return Platform(linux, m).normalized();
}

static QString liveMachine()
{
    struct utsname name;
    if (uname(&name) != 0)
        return QStringLiteral("x86_64");
    return QString::fromLatin1(name.machine);
}

static QString liveKernel()
{
    struct utsname name;
    if (uname(&name) != 0)
        return {};
    return QString::fromLatin1(name.release);
}

Platform HostProbe::hostPlatform()
{
    static const Platform host = platformForMachine(liveMachine());
    return host;
}

QList<Platform> HostProbe::commonPlatforms()
{
    const QString linux = QStringLiteral("linux");
    return {Platform(linux, QStringLiteral("amd64")),
            Platform(linux, QStringLiteral("386")),
            Platform(linux, QStringLiteral("arm64")),
            Platform(linux, QStringLiteral("arm"), QStringLiteral("v7")),
            Platform(linux, QStringLiteral("arm"), QStringLiteral("v6")),
            Platform(linux, QStringLiteral("ppc64le")),
            Platform(linux, QStringLiteral("s390x")),
            Platform(linux, QStringLiteral("riscv64")),
            Platform(linux, QStringLiteral("mips64le")),
            Platform(linux, QStringLiteral("loong64"))};
}

int HostProbe::amd64LevelFromCpuinfo(const QString &cpuinfo)
{
    QSet<QString> flags;
    const QStringList lines = cpuinfo.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("flags"))) {
            const QStringList words = line.section(QLatin1Char(':'), 1).split(
                QLatin1Char(' '), Qt::SkipEmptyParts);
            flags = QSet<QString>(words.begin(), words.end());
            break;
        }
    }
    if (flags.isEmpty())
        return 0;
    auto hasAll = [&flags](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (!flags.contains(QLatin1String(name)))
                return false;
        }
        return true;
    };
    // The psABI levels; lzcnt shows as "abm" in /proc/cpuinfo, LAHF-SAHF as "lahf_lm".
    if (!hasAll({"cx16", "lahf_lm", "popcnt", "sse4_1", "sse4_2", "ssse3"}))
        return 1;
    if (!hasAll({"avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"}))
        return 2;
    if (!hasAll({"avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"}))
        return 3;
    return 4;
}

static QString installQemuFix()
{
#if defined(Q_OS_MACOS)
    return Tr::tr("Docker Desktop and Podman machine include QEMU/Rosetta: enable "
              "\"Use Rosetta for x86/amd64 emulation\" or run: docker run --privileged --rm "
              "tonistiigi/binfmt --install all");
#else
    return Tr::tr("install QEMU user emulation: sudo apt-get install qemu-user-static "
              "binfmt-support (Fedora: sudo dnf install qemu-user-static), then sudo "
              "update-binfmts --enable");
#endif
}

static PlatformSupport assess(const Platform &candidate, const HostCapabilities &host,
                              const PlatformMatcher &nativeMatcher)
{
    PlatformSupport support;
    support.platform = candidate.normalized();

    if (support.platform == host.host) {
        support.kind = PlatformSupport::Kind::Native;
        support.detail = host.containersInVm ? Tr::tr("native (in the container VM)") : Tr::tr("native");
        return support;
    }
    if (nativeMatcher.matches(support.platform)) {
        support.kind = PlatformSupport::Kind::Native;
        support.detail = Tr::tr("native (compatibility mode of %1)").arg(host.host.toString());
        if (host.host.architecture == QLatin1String("arm64") &&
            support.platform.architecture == QLatin1String("arm")) {
            support.warnings << Tr::tr("only when the CPU implements AArch32 at EL0; Apple Silicon "
                                   "and many recent arm64 server CPUs do not, and then need "
                                   "QEMU");
        }
        return support;
    }

    if (!host.binfmt.mounted) {
        support.detail = Tr::tr("binfmt_misc is not mounted");
        support.fix = Tr::tr("sudo mount -t binfmt_misc binfmt_misc %1, then %2")
                          .arg(host.binfmt.directory, installQemuFix());
        return support;
    }

    const BinfmtHandler *disabled = nullptr;
    for (const BinfmtHandler &handler : host.binfmt.handlers) {
        // An emulator runs its own architecture only (qemu-aarch64 cannot run 32-bit arm), but
        // every variant of it: qemu-arm runs v5 to v7, qemu-x86_64 the v2-v4 levels.
        if (handler.platform.isEmpty() || handler.platform.os != support.platform.os ||
            handler.platform.architecture != support.platform.architecture)
            continue;
        if (!handler.enabled || !host.binfmt.enabled) {
            disabled = &handler;
            continue;
        }
        support.kind = PlatformSupport::Kind::Emulated;
        support.interpreter = handler.interpreter;
        support.detail = Tr::tr("%1 (flags %2)")
                             .arg(handler.name,
                                  handler.flags.isEmpty() ? Tr::tr("none") : handler.flags);
        if (!handler.isFixBinary()) {
            support.warnings << Tr::tr("the handler lacks the F (fix-binary) flag: the emulator is "
                                   "looked up inside each container, so builds fail with "
                                   "\"exec format error\" or \"no such file\"; re-register it with "
                                   "F (reinstall qemu-user-static, or docker run --privileged "
                                   "--rm tonistiigi/binfmt --install all)");
        }
        if (!QFileInfo::exists(handler.interpreter) && !handler.isFixBinary()) {
            support.warnings << Tr::tr("the interpreter %1 does not exist").arg(handler.interpreter);
        }
        return support;
    }
    if (disabled) {
        support.detail = Tr::tr("%1 is registered but disabled").arg(disabled->name);
        support.fix = host.binfmt.enabled
                          ? Tr::tr("sudo update-binfmts --enable %1").arg(disabled->name)
                          : Tr::tr("echo 1 | sudo tee %1/status").arg(host.binfmt.directory);
        return support;
    }
    support.detail = Tr::tr("no emulator registered");
    support.fix = installQemuFix();
    return support;
}

static QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

HostCapabilities HostProbe::probe(const HostProbeInputs &inputs)
{
    HostCapabilities capabilities;
    capabilities.machine = inputs.machine.isEmpty() ? liveMachine() : inputs.machine;
    capabilities.kernel = inputs.machine.isEmpty() ? liveKernel() : inputs.kernel;
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    capabilities.containersInVm = inputs.machine.isEmpty() ? true : inputs.containersInVm;
#else
    capabilities.containersInVm = inputs.containersInVm;
#endif
    capabilities.host = platformForMachine(capabilities.machine);
    Platform runtimePlatform = capabilities.host;
    if (capabilities.host.architecture == QLatin1String("amd64")) {
        const QString cpuinfo = inputs.machine.isEmpty() && inputs.cpuinfo.isEmpty()
                                    ? readFile(QStringLiteral("/proc/cpuinfo"))
                                    : inputs.cpuinfo;
        capabilities.amd64Level = amd64LevelFromCpuinfo(cpuinfo);
        if (capabilities.amd64Level > 1)
            runtimePlatform.variant = QStringLiteral("v%1").arg(capabilities.amd64Level);
    }
    capabilities.binfmt = BinfmtParser::readDirectory(inputs.binfmtDirectory);

    const PlatformMatcher nativeMatcher(runtimePlatform);
    const QList<Platform> candidates =
        inputs.candidates.isEmpty() ? commonPlatforms() : inputs.candidates;
    for (const Platform &candidate : candidates)
        capabilities.platforms.append(assess(candidate, capabilities, nativeMatcher));
    return capabilities;
}

} // namespace Manifold
