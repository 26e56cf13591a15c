#include "core/dockerfile/checks/checkconfig.h"

#include <QCoreApplication>

namespace Manifold::Dockerfile {

Result<CheckConfig> CheckConfig::parse(const QString &value)
{
    CheckConfig config;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return config;
    const QStringList parts = trimmed.split(QLatin1Char(';'));
    if (parts.size() > 3)
        return Error(QStringLiteral("dockerfile.check-config"),
                     QCoreApplication::translate("Manifold::Dockerfile",
                                                 "too many check config parts in \"%1\"").arg(value),
                     {},
                     QCoreApplication::translate("Manifold::Dockerfile",
                                                 "Write # check=skip=A,B;error=true;experimental=C."));
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString key = part.left(equals).trimmed().toLower();
        const QString v = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        if (key == QLatin1String("skip")) {
            if (v.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
                config.skipAll = true;
            else
                for (const QString &rule : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    config.skip.append(rule.trimmed());
        } else if (key == QLatin1String("error")) {
            const QString lower = v.toLower();
            if (lower != QLatin1String("true") && lower != QLatin1String("false"))
                return Error(QStringLiteral("dockerfile.check-config"),
                             QCoreApplication::translate("Manifold::Dockerfile",
                                                         "failed to parse check config error value \"%1\"").arg(v),
                             {}, QCoreApplication::translate("Manifold::Dockerfile", "Use error=true or error=false."));
            config.error = lower == QLatin1String("true");
        } else if (key == QLatin1String("experimental")) {
            if (v.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
                config.experimentalAll = true;
            else
                for (const QString &rule : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    config.experimental.append(rule.trimmed());
        } else {
            return Error(QStringLiteral("dockerfile.check-config"),
                         QCoreApplication::translate("Manifold::Dockerfile",
                                                     "invalid check config key \"%1\"").arg(key),
                         {},
                         QCoreApplication::translate("Manifold::Dockerfile",
                                                     "Valid keys: skip, error, experimental."));
        }
    }
    return config;
}

bool CheckConfig::isSkipped(const QString &rule) const
{
    if (skipAll)
        return true;
    for (const QString &skipped : skip) {
        if (skipped.compare(rule, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Manifold::Dockerfile
