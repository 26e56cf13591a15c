#pragma once

#include "core/platform/platform.h"

#include <QList>

namespace Manifold {

// Decides which image platforms a given platform can run, in containerd's preference order
// (platforms.Only): the exact platform first, then its compatible fallbacks:
//   amd64/vN -> ... -> amd64/v1 -> 386
//   arm/vN   -> ... -> arm/v5
//   arm64    -> arm/v8 -> arm/v7 -> arm/v6 -> arm/v5
// OS and os.version must match; variants are compared after normalization, so an arm64 host
// accepts linux/arm64/v8 and linux/arm64 alike.
class PlatformMatcher
{
public:
    enum class Mode { Compatible, Strict };

    explicit PlatformMatcher(const Platform &platform, Mode mode = Mode::Compatible);

    bool matches(const Platform &candidate) const;
    // Preference rank of `candidate` (0 = best), or -1 when it does not match.
    int rank(const Platform &candidate) const;
    // True when `a` is preferred over `b` (non-matching platforms sort last).
    bool less(const Platform &a, const Platform &b) const;
    // Index of the entry a runtime would pick: the best-ranked, first in list order on ties;
    // -1 when none matches.
    int select(const QList<Platform> &candidates) const;

    // The ordered list of platforms this matcher accepts.
    const QList<Platform> &acceptedPlatforms() const { return m_vector; }

private:
    QList<Platform> m_vector;
};

} // namespace Manifold
