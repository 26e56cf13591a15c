#include "core/localregistry/localregistrypaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Manifold::LocalRegistry {

LocalRegistryPaths LocalRegistryPaths::standard()
{
    // Qt 6.4 has no StateLocation; the instance files sit beside the storage, in the data dir.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {data, data + QStringLiteral("/localregistry")};
}

LocalRegistryPaths LocalRegistryPaths::under(const QString &root)
{
    const QString clean = QDir::cleanPath(root);
    return {clean, clean + QStringLiteral("/localregistry")};
}

QString LocalRegistryPaths::defaultStorageDir() const { return dataDir + QStringLiteral("/registry"); }
QString LocalRegistryPaths::statePath() const { return instanceDir + QStringLiteral("/state.json"); }
QString LocalRegistryPaths::configPath() const { return instanceDir + QStringLiteral("/config.yml"); }
QString LocalRegistryPaths::logPath() const { return instanceDir + QStringLiteral("/registry.log"); }
QString LocalRegistryPaths::htpasswdPath() const { return instanceDir + QStringLiteral("/htpasswd"); }
QString LocalRegistryPaths::tlsDir() const { return instanceDir + QStringLiteral("/tls"); }

} // namespace Manifold::LocalRegistry
