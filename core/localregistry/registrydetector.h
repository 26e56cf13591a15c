#pragma once

#include "core/localregistry/portprobe.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Manifold::LocalRegistry {

// A registry found answering on a loopback port.
struct DetectedRegistry
{
    quint16 port = 0;
    QString url;              // http(s)://127.0.0.1:PORT
    bool answering = false;   // something answered HTTP on /v2/
    bool isRegistry = false;  // it sent Docker-Distribution-Api-Version (or a registry 401)
    int status = 0;           // of GET /v2/
    QString apiVersion;       // "registry/2.0"
    bool tls = false;
    bool tlsVerified = false; // https and the certificate verified (system CAs or the CA given)
    bool authRequired = false;
    // Credentials were given but not sent: detection asks anonymously first, and sends them
    // (after a 401, and to the index test) only over plain HTTP on loopback or verified TLS.
    // credentialsDetail says why they were withheld and how to fix it.
    bool credentialsWithheld = false;
    QString credentialsDetail;
    QString authChallenge;    // WWW-Authenticate
    // Index support, tested by pushing an empty config, a tiny image manifest and an index,
    // reading the index back (same bytes, same media type) and deleting it. nullopt: not tested
    // (auth without credentials, not a registry, or the test blob/manifest was refused).
    std::optional<bool> acceptsIndex;
    std::optional<bool> deleteAllowed;
    QString indexDetail;      // what happened (the registry's error when rejected)
    // The same with a Docker manifest list of a Docker schema2 manifest (what `docker manifest
    // push` and older tools send).
    std::optional<bool> acceptsManifestList;
    QString manifestListDetail;
    std::optional<PortOccupant> owner;

    QJsonObject toJson() const;
};

struct DetectOptions
{
    QList<quint16> ports = {5000, 5001, 5002}; // plus configured ones
    bool testIndexSupport = true;
    QString username, password; // for registries that require auth (never over unverified TLS)
    QString caCertificatePath;  // trusted for https, with the system CAs
    int timeoutMs = 5000;
};

// Finds registries already answering on 127.0.0.1 (the wizard's first page, `registry detect`).
class RegistryDetector
{
public:
    // Blocking; use from a worker thread or detectAsync().
    static QList<DetectedRegistry> detect(const DetectOptions &options = {});
    static QFuture<QList<DetectedRegistry>> detectAsync(const DetectOptions &options = {});
    static DetectedRegistry probe(quint16 port, const DetectOptions &options = {});
};

} // namespace Manifold::LocalRegistry
