#pragma once

#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Manifold::Oci {

// An image index (OCI index or Docker manifest list), keeping its exact bytes.
// Also used for an OCI layout's index.json.
class ImageIndex
{
public:
    ImageIndex() = default;

    // Errors (Error::code): oci.index.too-large, oci.index.json, oci.index.media-type,
    // oci.index.media-type-mismatch, oci.index.schema-version, oci.index.missing-field,
    // oci.descriptor.* for entries.
    static Result<ImageIndex> parse(const QByteArray &bytes, const QString &expectedMediaType = {},
                                    const QString &location = {});
    // Builds and serializes a new index once (OCI index unless a Docker list type is given).
    static ImageIndex create(const QList<Descriptor> &manifests,
                             const QMap<QString, QString> &annotations = {},
                             const QString &mediaType = {});

    const QByteArray &rawBytes() const { return m_raw; }
    Digest digest() const { return Digest::of(m_raw); }
    Descriptor descriptor() const;
    QString mediaType() const { return m_mediaType; }
    int schemaVersion() const { return m_schemaVersion; }
    const QList<Descriptor> &manifests() const { return m_manifests; }
    QString artifactType() const { return m_artifactType; }
    const std::optional<Descriptor> &subject() const { return m_subject; }
    const QMap<QString, QString> &annotations() const { return m_annotations; }

    bool isDocker() const;
    // Entries that are runnable images: not attestations, not unknown/unknown.
    QList<Descriptor> platformEntries() const;
    QList<Descriptor> attestationEntries() const;

    // Problems a runtime or `docker manifest create` trips over: entries without a platform,
    // duplicate platforms (oci.index.duplicate-platform), invalid variants
    // (oci.index.invalid-platform), attestations pointing at digests not in the index
    // (oci.index.dangling-attestation), nested indexes in a Docker list.
    QList<Error> problems(const QString &location = {}) const;

private:
    QByteArray m_raw;
    QString m_mediaType;
    int m_schemaVersion = 2;
    QList<Descriptor> m_manifests;
    QString m_artifactType;
    std::optional<Descriptor> m_subject;
    QMap<QString, QString> m_annotations;
};

} // namespace Manifold::Oci
