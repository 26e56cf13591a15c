#pragma once

#include <QByteArray>
#include <QString>

namespace Manifold::LocalRegistry {

// The paths as the registry process sees them (host paths for the binary runtime, mount points
// inside the container for Docker/Podman).
struct RegistryConfigInput
{
    QString address;      // http.addr: "127.0.0.1:5002", or ":5000" inside a container
    QString storageDir;   // storage.filesystem.rootdirectory
    bool deleteEnabled = true;
    QString htpasswdPath; // empty: no auth
    QString certificatePath, keyPath; // both empty: plain HTTP
    QString httpSecret;   // shared secret for upload state; random when empty
};

// Writes distribution's config.yml, equivalent to the guide's registry-config.yml: filesystem
// storage, deletion on (so indexes and test manifests can be removed), OCI indexes and Docker
// manifest lists accepted (distribution 2.8 validates and stores both with no extra switch),
// schema1 off, nosniff header, and a health check of the storage driver.
class RegistryConfigWriter
{
public:
    static QByteArray render(const RegistryConfigInput &input);
    // A YAML double-quoted scalar.
    static QString quoted(const QString &value);
};

} // namespace Manifold::LocalRegistry
