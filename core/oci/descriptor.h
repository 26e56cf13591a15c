#pragma once

#include "core/oci/digest.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Manifold::Oci {

// An OCI content descriptor: what a manifest, index or layout points at.
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = -1;
    std::optional<Platform> platform; // index entries only
    QMap<QString, QString> annotations;
    QStringList urls;
    QString artifactType;
    QByteArray data; // embedded content ("data" field, base64 in JSON); empty when absent

    // Parses a descriptor object; `location` names it for errors ("index.json: manifests[2]").
    // Requires mediaType, a valid digest and a non-negative size.
    static Result<Descriptor> fromJson(const QJsonObject &object, const QString &location);
    QJsonObject toJson() const;

    // A descriptor for `bytes` (sha256).
    static Descriptor forContent(const QString &mediaType, const QByteArray &bytes);

    // Checks `bytes` against size then digest.
    Status verify(const QByteArray &bytes, const QString &location = {}) const;

    // buildx attestation entry (vnd.docker.reference.type = attestation-manifest).
    bool isAttestation() const;
    // The image manifest an attestation describes (vnd.docker.reference.digest); empty if none.
    QString attestationSubject() const;
    // org.opencontainers.image.ref.name (a tag inside an OCI layout); empty if none.
    QString refName() const;
    // "linux/arm64/v8" or "" when the descriptor has no platform.
    QString platformString() const;

    bool operator==(const Descriptor &other) const;
};

} // namespace Manifold::Oci
