#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/mediatypes.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Manifold::Oci {

// Manifests and indexes over this size are refused (registry:2 and containers/image limit).
inline constexpr qint64 MaxManifestSize = 4 * 1024 * 1024;

// An image manifest (OCI image manifest or Docker schema2), keeping the exact bytes it was
// parsed from: digest() hashes rawBytes(), never re-serialized JSON.
class ImageManifest
{
public:
    ImageManifest() = default;

    // Parses `bytes`. `expectedMediaType` (from the descriptor or Content-Type) must agree with
    // the body's mediaType when both are present; when the body has none, the expected type
    // decides. `location` names the document for errors.
    // Errors (Error::code): oci.manifest.too-large, oci.manifest.json, oci.manifest.media-type,
    // oci.manifest.media-type-mismatch, oci.manifest.schema-version, oci.manifest.missing-field,
    // oci.descriptor.* (from the config/layer descriptors).
    static Result<ImageManifest> parse(const QByteArray &bytes, const QString &expectedMediaType = {},
                                       const QString &location = {});
    // Builds a new OCI manifest and serializes it once; rawBytes() are then fixed.
    static ImageManifest create(const Descriptor &config, const QList<Descriptor> &layers,
                                const QMap<QString, QString> &annotations = {},
                                const QString &mediaType = MediaType::OciManifest,
                                const QString &artifactType = {},
                                const std::optional<Descriptor> &subject = {});

    const QByteArray &rawBytes() const { return m_raw; }
    Digest digest() const { return Digest::of(m_raw); }
    Descriptor descriptor() const; // mediaType, digest, size of rawBytes()
    QString mediaType() const { return m_mediaType; }
    int schemaVersion() const { return m_schemaVersion; }
    const Descriptor &config() const { return m_config; }
    const QList<Descriptor> &layers() const { return m_layers; }
    QString artifactType() const { return m_artifactType; }
    const std::optional<Descriptor> &subject() const { return m_subject; }
    const QMap<QString, QString> &annotations() const { return m_annotations; }

    bool isDocker() const;
    // An artifact: artifactType set, or a config that is not an image config.
    bool isArtifact() const;
    // A buildx attestation manifest (its layers are in-toto statements).
    bool isAttestation() const;
    qint64 totalLayerSize() const;

    // Non-fatal problems (empty config without artifactType, Docker manifest with OCI layers,
    // ...), each with code/message/location/hint.
    QList<Error> problems(const QString &location = {}) const;

private:
    QByteArray m_raw;
    QString m_mediaType;
    int m_schemaVersion = 2;
    Descriptor m_config;
    QList<Descriptor> m_layers;
    QString m_artifactType;
    std::optional<Descriptor> m_subject;
    QMap<QString, QString> m_annotations;
};

} // namespace Manifold::Oci
