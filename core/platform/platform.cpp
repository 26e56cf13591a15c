#include "core/platform/platform.h"

#include "core/platform/hostprobe.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Manifold {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Platform)
};
} // namespace

static const QStringList &knownOperatingSystems()
{
    static const QStringList list{
        QStringLiteral("aix"),     QStringLiteral("android"), QStringLiteral("darwin"),
        QStringLiteral("dragonfly"), QStringLiteral("freebsd"), QStringLiteral("hurd"),
        QStringLiteral("illumos"), QStringLiteral("ios"),     QStringLiteral("js"),
        QStringLiteral("linux"),   QStringLiteral("nacl"),    QStringLiteral("netbsd"),
        QStringLiteral("openbsd"), QStringLiteral("plan9"),   QStringLiteral("solaris"),
        QStringLiteral("wasip1"),  QStringLiteral("windows"), QStringLiteral("zos")};
    return list;
}

static const QStringList &knownArchitectures()
{
    static const QStringList list{
        QStringLiteral("386"),      QStringLiteral("amd64"),    QStringLiteral("amd64p32"),
        QStringLiteral("arm"),      QStringLiteral("armbe"),    QStringLiteral("arm64"),
        QStringLiteral("arm64be"),  QStringLiteral("loong64"),  QStringLiteral("mips"),
        QStringLiteral("mipsle"),   QStringLiteral("mips64"),   QStringLiteral("mips64le"),
        QStringLiteral("ppc"),      QStringLiteral("ppc64"),    QStringLiteral("ppc64le"),
        QStringLiteral("riscv"),    QStringLiteral("riscv64"),  QStringLiteral("s390"),
        QStringLiteral("s390x"),    QStringLiteral("sparc"),    QStringLiteral("sparc64"),
        QStringLiteral("wasm")};
    return list;
}

static bool isKnownOs(const QString &os)
{
    return knownOperatingSystems().contains(os);
}

static bool isKnownArchitecture(const QString &arch)
{
    return knownArchitectures().contains(arch);
}

static QString normalizeOs(const QString &os)
{
    const QString lower = os.toLower();
    if (lower == QLatin1String("macos"))
        return QStringLiteral("darwin");
    return lower;
}

// containerd's normalizeArch: returns the canonical (architecture, variant) pair.
static std::pair<QString, QString> normalizeArchitecture(const QString &architecture,
                                                         const QString &variant)
{
    QString arch = architecture.toLower();
    QString var = variant.toLower();
    if (arch == QLatin1String("i386") || arch == QLatin1String("i486") ||
        arch == QLatin1String("i586") || arch == QLatin1String("i686") ||
        arch == QLatin1String("x86")) {
        return {QStringLiteral("386"), QString()};
    }
    if (arch == QLatin1String("x86_64") || arch == QLatin1String("x86-64") ||
        arch == QLatin1String("amd64")) {
        if (var == QLatin1String("v1") || var == QLatin1String("1"))
            var.clear();
        else if (var.size() == 1 && var.at(0).isDigit())
            var.prepend(QLatin1Char('v'));
        return {QStringLiteral("amd64"), var};
    }
    if (arch == QLatin1String("aarch64") || arch == QLatin1String("arm64")) {
        if (var == QLatin1String("8") || var == QLatin1String("v8") || var == QLatin1String("v8.0"))
            var.clear();
        else if (var == QLatin1String("9") || var == QLatin1String("9.0") ||
                 var == QLatin1String("v9.0"))
            var = QStringLiteral("v9");
        else if (!var.isEmpty() && var.at(0).isDigit())
            var.prepend(QLatin1Char('v'));
        return {QStringLiteral("arm64"), var};
    }
    if (arch == QLatin1String("armhf"))
        return {QStringLiteral("arm"), QStringLiteral("v7")};
    if (arch == QLatin1String("armel"))
        return {QStringLiteral("arm"), QStringLiteral("v6")};
    if (arch == QLatin1String("arm")) {
        if (var.isEmpty() || var == QLatin1String("7"))
            var = QStringLiteral("v7");
        else if (var == QLatin1String("5") || var == QLatin1String("6") || var == QLatin1String("8"))
            var.prepend(QLatin1Char('v'));
        return {arch, var};
    }
    if (arch == QLatin1String("ppc64el"))
        return {QStringLiteral("ppc64le"), var};
    return {arch, var};
}

static bool isValidComponent(const QString &component)
{
    if (component.isEmpty())
        return false;
    for (const QChar c : component) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') &&
            c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

static Error parseError(const QString &specifier, const QString &what)
{
    return Error(QStringLiteral("platform.parse"),
                 Tr::tr("invalid platform \"%1\": %2").arg(specifier, what),
                 QString(),
                 Tr::tr("expected os/arch[/variant], e.g. linux/amd64, linux/arm64/v8 or "
                    "linux/arm/v7"));
}

Result<Platform> Platform::parse(const QString &specifier)
{
    const QString text = specifier.trimmed();
    if (text.isEmpty())
        return parseError(specifier, Tr::tr("it is empty"));

    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() > 3)
        return parseError(specifier, Tr::tr("it has more than three parts"));

    Platform platform;
    QString first = parts.at(0);
    // "windows(10.0.17763)" carries os.version in parentheses.
    const qsizetype open = first.indexOf(QLatin1Char('('));
    if (open >= 0) {
        if (!first.endsWith(QLatin1Char(')')))
            return parseError(specifier, Tr::tr("the os.version in parentheses is not closed"));
        platform.osVersion = first.mid(open + 1, first.size() - open - 2);
        first = first.left(open);
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString component = i == 0 ? first : parts.at(i);
        if (!isValidComponent(component)) {
            return parseError(specifier,
                              Tr::tr("part %1 (\"%2\") must be letters, digits, '_', '-' or '.'")
                                  .arg(i + 1)
                                  .arg(component));
        }
    }

    if (parts.size() == 1) {
        const QString word = normalizeOs(first);
        const Platform host = HostProbe::hostPlatform();
        if (isKnownOs(word)) {
            platform.os = word;
            platform.architecture = host.architecture;
            platform.variant = host.variant;
        } else {
            const auto [arch, variant] = normalizeArchitecture(first, QString());
            if (!isKnownArchitecture(arch)) {
                return parseError(specifier,
                                  Tr::tr("\"%1\" is neither a known operating system nor a known "
                                     "architecture")
                                      .arg(first));
            }
            platform.os = host.os;
            platform.architecture = arch;
            platform.variant = variant;
        }
        return platform.normalized();
    }

    platform.os = first;
    platform.architecture = parts.at(1);
    if (parts.size() == 3)
        platform.variant = parts.at(2);
    platform = platform.normalized();
    if (!isKnownOs(platform.os) && platform.os != QLatin1String("unknown"))
        return parseError(specifier, Tr::tr("unknown operating system \"%1\"").arg(platform.os));
    if (!isKnownArchitecture(platform.architecture) &&
        platform.architecture != QLatin1String("unknown"))
        return parseError(specifier,
                          Tr::tr("unknown architecture \"%1\"").arg(platform.architecture));
    return platform;
}

Result<QList<Platform>> Platform::parseList(const QString &specifiers)
{
    QList<Platform> platforms;
    const QStringList items = specifiers.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return parseError(specifiers, Tr::tr("no platform given"));
    for (const QString &item : items) {
        Result<Platform> platform = parse(item);
        if (!platform)
            return platform.error();
        if (!platforms.contains(*platform))
            platforms.append(*platform);
    }
    return platforms;
}

Platform Platform::normalized() const
{
    Platform result = *this;
    result.os = normalizeOs(os);
    const auto [arch, var] = normalizeArchitecture(architecture, variant);
    result.architecture = arch;
    result.variant = var;
    return result;
}

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

QString Platform::toDisplayString() const
{
    if (architecture == QLatin1String("arm64") && variant.isEmpty())
        return os + QStringLiteral("/arm64/v8");
    return toString();
}

bool Platform::isUnknown() const
{
    return os == QLatin1String("unknown") && architecture == QLatin1String("unknown");
}

QStringList Platform::validate() const
{
    QStringList problems;
    if (os.isEmpty())
        problems << Tr::tr("the os is missing");
    else if (!isKnownOs(os) && !isUnknown())
        problems << Tr::tr("unknown operating system \"%1\"").arg(os);
    if (architecture.isEmpty())
        problems << Tr::tr("the architecture is missing");
    else if (!isKnownArchitecture(architecture) && !isUnknown())
        problems << Tr::tr("unknown architecture \"%1\"").arg(architecture);

    if (variant.isEmpty())
        return problems;
    static const QHash<QString, QStringList> variants{
        {QStringLiteral("amd64"),
         {QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4")}},
        {QStringLiteral("arm"),
         {QStringLiteral("v5"), QStringLiteral("v6"), QStringLiteral("v7"), QStringLiteral("v8")}},
        {QStringLiteral("arm64"),
         {QStringLiteral("v8"), QStringLiteral("v8.0"), QStringLiteral("v8.1"),
          QStringLiteral("v8.2"), QStringLiteral("v8.3"), QStringLiteral("v8.4"),
          QStringLiteral("v8.5"), QStringLiteral("v8.6"), QStringLiteral("v8.7"),
          QStringLiteral("v8.8"), QStringLiteral("v8.9"), QStringLiteral("v9"),
          QStringLiteral("v9.0"), QStringLiteral("v9.1"), QStringLiteral("v9.2"),
          QStringLiteral("v9.3"), QStringLiteral("v9.4"), QStringLiteral("v9.5")}},
    };
    const auto it = variants.constFind(architecture);
    if (it == variants.constEnd()) {
        problems << Tr::tr("architecture \"%1\" has no variants, but \"%2\" is set")
                        .arg(architecture, variant);
    } else if (!it->contains(variant)) {
        problems << Tr::tr("\"%1\" is not a variant of %2 (expected one of %3)")
                        .arg(variant, architecture, it->join(QStringLiteral(", ")));
    }
    return problems;
}

QJsonObject Platform::toJson() const
{
    QJsonObject object{{QStringLiteral("architecture"), architecture},
                       {QStringLiteral("os"), os}};
    if (!variant.isEmpty())
        object.insert(QStringLiteral("variant"), variant);
    if (!osVersion.isEmpty())
        object.insert(QStringLiteral("os.version"), osVersion);
    if (!osFeatures.isEmpty())
        object.insert(QStringLiteral("os.features"), QJsonArray::fromStringList(osFeatures));
    return object;
}

Platform Platform::fromJson(const QJsonObject &object)
{
    Platform platform;
    platform.os = object.value(QLatin1String("os")).toString();
    platform.architecture = object.value(QLatin1String("architecture")).toString();
    platform.variant = object.value(QLatin1String("variant")).toString();
    platform.osVersion = object.value(QLatin1String("os.version")).toString();
    const QJsonArray features = object.value(QLatin1String("os.features")).toArray();
    for (const QJsonValue &feature : features)
        platform.osFeatures << feature.toString();
    return platform;
}

bool Platform::operator==(const Platform &other) const
{
    return os == other.os && architecture == other.architecture && variant == other.variant &&
           osVersion == other.osVersion && osFeatures == other.osFeatures;
}

size_t qHash(const Platform &platform, size_t seed)
{
    return qHashMulti(seed, platform.os, platform.architecture, platform.variant,
                      platform.osVersion);
}

} // namespace Manifold
