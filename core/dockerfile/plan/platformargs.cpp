#include "core/dockerfile/plan/platformargs.h"

namespace Manifold::Dockerfile::PlatformArgs {

QStringList names()
{
    static const QStringList list{
        QStringLiteral("BUILDPLATFORM"), QStringLiteral("BUILDOS"),
        QStringLiteral("BUILDOSVERSION"), QStringLiteral("BUILDARCH"),
        QStringLiteral("BUILDVARIANT"), QStringLiteral("TARGETPLATFORM"),
        QStringLiteral("TARGETOS"), QStringLiteral("TARGETOSVERSION"),
        QStringLiteral("TARGETARCH"), QStringLiteral("TARGETVARIANT"),
        QStringLiteral("TARGETSTAGE")};
    return list;
}

bool isAutomatic(const QString &name)
{
    return names().contains(name);
}

Variables values(const Platform &buildPlatform, const Platform &targetPlatform,
                 const QString &targetStage)
{
    const Platform build = buildPlatform.normalized();
    const Platform target = targetPlatform.normalized();
    Variables v;
    v.set(QStringLiteral("BUILDPLATFORM"), build.toString());
    v.set(QStringLiteral("BUILDOS"), build.os);
    v.set(QStringLiteral("BUILDOSVERSION"), build.osVersion);
    v.set(QStringLiteral("BUILDARCH"), build.architecture);
    v.set(QStringLiteral("BUILDVARIANT"), build.variant);
    v.set(QStringLiteral("TARGETPLATFORM"), target.toString());
    v.set(QStringLiteral("TARGETOS"), target.os);
    v.set(QStringLiteral("TARGETOSVERSION"), target.osVersion);
    v.set(QStringLiteral("TARGETARCH"), target.architecture);
    v.set(QStringLiteral("TARGETVARIANT"), target.variant);
    v.set(QStringLiteral("TARGETSTAGE"), targetStage);
    return v;
}

} // namespace Manifold::Dockerfile::PlatformArgs
