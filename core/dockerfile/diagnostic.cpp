#include "core/dockerfile/diagnostic.h"

namespace Manifold::Dockerfile {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

} // namespace Manifold::Dockerfile
