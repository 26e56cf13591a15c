#pragma once

#include <QString>

namespace Manifold::LocalRegistry {

// Where the managed registry keeps its files. Storage (the blobs) is persistent data; the
// instance directory holds what Manifold generates: config.yml, htpasswd, tls/, registry.log and
// state.json (read back by a restarted application to adopt its running registry).
struct LocalRegistryPaths
{
    QString dataDir;     // storage lives below it by default
    QString instanceDir; // config, state, log, htpasswd, TLS material

    // QStandardPaths::AppDataLocation based (XDG_DATA_HOME/<org>/<app>/...).
    static LocalRegistryPaths standard();
    // Everything below one directory (tests, portable installs).
    static LocalRegistryPaths under(const QString &root);

    QString defaultStorageDir() const; // <dataDir>/registry
    QString statePath() const;
    QString configPath() const;
    QString logPath() const;
    QString htpasswdPath() const;
    QString tlsDir() const;
};

} // namespace Manifold::LocalRegistry
