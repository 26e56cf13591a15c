#pragma once

#include "core/utils/result.h"

#include <QString>
#include <QStringList>

namespace Manifold::Dockerfile {

// `# check=skip=A,B|all;error=true;experimental=X|all` (or the BUILDKIT_DOCKERFILE_CHECK build
// arg, which replaces the directive), parsed like BuildKit's linter config.
struct CheckConfig
{
    QStringList skip;
    bool skipAll = false;
    bool error = false; // any finding fails the build
    QStringList experimental;
    bool experimentalAll = false;

    static Result<CheckConfig> parse(const QString &value);
    bool isSkipped(const QString &rule) const;
};

} // namespace Manifold::Dockerfile
