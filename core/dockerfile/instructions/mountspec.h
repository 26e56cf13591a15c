#pragma once

#include "core/utils/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Manifold::Dockerfile {

// One `RUN --mount=...` value: comma-separated key=value fields as BuildKit's runmount.go reads
// them (type defaults to bind; src/source, dst/target/destination, ro/readonly, rw/readwrite).
struct MountSpec
{
    QString type = QStringLiteral("bind");
    QString from;   // stage or image the mount reads from; empty: the build context
    QString source;
    QString target;
    QString id;
    QString sharing;
    QString mode, uid, gid;
    QString env;
    bool readOnly = false;
    bool required = false;
    QString raw;

    // `expand` is applied to each value (BuildKit expands mount values, never keys).
    static Result<MountSpec> parse(const QString &value,
                                   const std::function<Result<QString>(const QString &)> &expand = {});
    bool operator==(const MountSpec &other) const = default;
};

} // namespace Manifold::Dockerfile
