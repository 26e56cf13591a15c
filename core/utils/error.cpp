#include "core/utils/error.h"

namespace Manifold {

QString Error::toString() const
{
    QString text;
    if (!location.isEmpty())
        text += location + QStringLiteral(": ");
    text += message;
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + QLatin1Char(')');
    return text;
}

} // namespace Manifold
