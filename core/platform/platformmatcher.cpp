#include "core/platform/platformmatcher.h"

namespace Manifold {

static int variantNumber(const QString &variant)
{
    if (!variant.startsWith(QLatin1Char('v')))
        return -1;
    bool ok = false;
    const int number = variant.mid(1).toInt(&ok);
    return ok ? number : -1;
}

// The highest variants that exist (amd64 v1–v4, arm v5–v8): a larger one in an input is clamped,
// so a hostile "arm/v2000000000" cannot make the vector huge.
constexpr int MaxAmd64Level = 4;
constexpr int MaxArmVariant = 8;

static QList<Platform> compatibilityVector(const Platform &platform)
{
    QList<Platform> vector{platform};
    auto withArch = [&platform](const QString &arch, const QString &variant) {
        Platform p = platform;
        p.architecture = arch;
        p.variant = variant;
        return p;
    };
    if (platform.architecture == QLatin1String("amd64")) {
        int level = platform.variant.isEmpty() ? 1 : qMin(variantNumber(platform.variant), MaxAmd64Level + 1);
        for (--level; level >= 1; --level)
            vector << withArch(QStringLiteral("amd64"),
                               level == 1 ? QString() : QStringLiteral("v%1").arg(level));
        vector << withArch(QStringLiteral("386"), QString());
    } else if (platform.architecture == QLatin1String("arm")) {
        int level = qMin(variantNumber(platform.variant), MaxArmVariant + 1);
        for (--level; level >= 5; --level)
            vector << withArch(QStringLiteral("arm"), QStringLiteral("v%1").arg(level));
    } else if (platform.architecture == QLatin1String("arm64")) {
        for (int level = 8; level >= 5; --level)
            vector << withArch(QStringLiteral("arm"), QStringLiteral("v%1").arg(level));
    }
    return vector;
}

PlatformMatcher::PlatformMatcher(const Platform &platform, Mode mode)
{
    const Platform normalized = platform.normalized();
    m_vector = mode == Mode::Strict ? QList<Platform>{normalized} : compatibilityVector(normalized);
}

static bool sameOsAndArch(const Platform &a, const Platform &b)
{
    if (a.os != b.os || a.architecture != b.architecture || a.variant != b.variant)
        return false;
    // An image without os.version runs anywhere; one with it needs the same version.
    return b.osVersion.isEmpty() || a.osVersion.isEmpty() || a.osVersion == b.osVersion;
}

int PlatformMatcher::rank(const Platform &candidate) const
{
    const Platform normalized = candidate.normalized();
    for (int i = 0; i < m_vector.size(); ++i) {
        if (sameOsAndArch(m_vector.at(i), normalized))
            return i;
    }
    return -1;
}

bool PlatformMatcher::matches(const Platform &candidate) const
{
    return rank(candidate) >= 0;
}

bool PlatformMatcher::less(const Platform &a, const Platform &b) const
{
    const int rankA = rank(a);
    const int rankB = rank(b);
    if (rankA < 0)
        return false;
    if (rankB < 0)
        return true;
    return rankA < rankB;
}

int PlatformMatcher::select(const QList<Platform> &candidates) const
{
    int best = -1;
    int bestRank = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        const int r = rank(candidates.at(i));
        if (r >= 0 && (best < 0 || r < bestRank)) {
            best = i;
            bestRank = r;
        }
    }
    return best;
}

} // namespace Manifold
