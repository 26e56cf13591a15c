#include "core/oci/index.h"

#include "core/oci/documentjson.h"
#include "core/oci/mediatypes.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Manifold::Oci {

using Internal::Tr;

using Internal::fieldAt;

Result<ImageIndex> ImageIndex::parse(const QByteArray &bytes, const QString &expectedMediaType,
                                     const QString &location)
{
    Result<QJsonObject> document = Internal::parseDocument(bytes, MaxManifestSize, QStringLiteral("oci.index"),
                                                           Tr::tr("image index"), location);
    if (!document)
        return document.error();
    const QJsonObject &object = *document;
    const int schemaVersion = object.value(QStringLiteral("schemaVersion")).toInt(-1);
    if (schemaVersion != 2)
        return Error(QStringLiteral("oci.index.schema-version"), Tr::tr("The index's schemaVersion must be 2"),
                     fieldAt(location, QStringLiteral("schemaVersion")), Tr::tr("Set \"schemaVersion\": 2."));

    const QString bodyType = object.value(QStringLiteral("mediaType")).toString();
    const QString expected = MediaTypes::withoutParameters(expectedMediaType);
    if (!bodyType.isEmpty() && !expected.isEmpty() && bodyType != expected)
        return Error(QStringLiteral("oci.index.media-type-mismatch"),
                     Tr::tr("The index's mediaType is %1 but %2 was expected").arg(bodyType, expected),
                     fieldAt(location, QStringLiteral("mediaType")),
                     Tr::tr("The descriptor or Content-Type that points here is wrong, or the content was swapped; fix the referring descriptor."));
    QString mediaType = bodyType.isEmpty() ? expected : bodyType;
    if (mediaType.isEmpty())
        return Error(QStringLiteral("oci.index.media-type"), Tr::tr("The index has no mediaType and none was expected"),
                     location, Tr::tr("Add \"mediaType\": \"%1\" to the index.").arg(MediaType::OciIndex));
    if (MediaTypes::isImageManifest(mediaType))
        return Error(QStringLiteral("oci.index.media-type"),
                     Tr::tr("%1 is an image manifest, not an index").arg(mediaType), location,
                     Tr::tr("Parse it as an image manifest (a single-platform image)."));
    if (!MediaTypes::isIndex(mediaType))
        return Error(QStringLiteral("oci.index.media-type"), Tr::tr("Unsupported index media type %1").arg(mediaType),
                     fieldAt(location, QStringLiteral("mediaType")),
                     Tr::tr("Expected %1 or %2.").arg(MediaType::OciIndex, MediaType::DockerManifestList));
    if (!object.value(QStringLiteral("manifests")).isArray())
        return Error(QStringLiteral("oci.index.missing-field"), Tr::tr("The index has no manifests array"),
                     fieldAt(location, QStringLiteral("manifests")), Tr::tr("Add \"manifests\": [] listing the platform manifests."));

    ImageIndex index;
    index.m_raw = bytes;
    index.m_mediaType = mediaType;
    index.m_schemaVersion = schemaVersion;
    Result<QList<Descriptor>> manifests = Internal::descriptorList(object, QStringLiteral("manifests"), location);
    if (!manifests)
        return manifests.error();
    index.m_manifests = *manifests;
    Result<std::optional<Descriptor>> subject = Internal::optionalSubject(object, location);
    if (!subject)
        return subject.error();
    index.m_subject = *subject;
    index.m_artifactType = object.value(QStringLiteral("artifactType")).toString();
    index.m_annotations = Internal::annotationsFrom(object);
    return index;
}

ImageIndex ImageIndex::create(const QList<Descriptor> &manifests, const QMap<QString, QString> &annotations,
                              const QString &mediaType)
{
    const QString type = mediaType.isEmpty() ? MediaType::OciIndex : mediaType;
    QJsonObject object;
    object.insert(QStringLiteral("schemaVersion"), 2);
    object.insert(QStringLiteral("mediaType"), type);
    QJsonArray entries;
    for (const Descriptor &entry : manifests)
        entries.append(entry.toJson());
    object.insert(QStringLiteral("manifests"), entries);
    if (!annotations.isEmpty())
        object.insert(QStringLiteral("annotations"), Internal::annotationsToJson(annotations));
    ImageIndex index;
    index.m_raw = Internal::serialize(object);
    index.m_mediaType = type;
    index.m_manifests = manifests;
    index.m_annotations = annotations;
    return index;
}

Descriptor ImageIndex::descriptor() const
{
    return Descriptor::forContent(m_mediaType, m_raw);
}

bool ImageIndex::isDocker() const
{
    return m_mediaType == MediaType::DockerManifestList;
}

QList<Descriptor> ImageIndex::platformEntries() const
{
    QList<Descriptor> result;
    for (const Descriptor &entry : m_manifests) {
        if (entry.isAttestation() || (entry.platform && entry.platform->isUnknown()))
            continue;
        result.append(entry);
    }
    return result;
}

QList<Descriptor> ImageIndex::attestationEntries() const
{
    QList<Descriptor> result;
    for (const Descriptor &entry : m_manifests) {
        if (entry.isAttestation())
            result.append(entry);
    }
    return result;
}

QList<Error> ImageIndex::problems(const QString &location) const
{
    QList<Error> result;
    QHash<QString, qsizetype> seen; // normalized platform + os.version -> first entry
    QSet<QString> digests;
    for (const Descriptor &entry : m_manifests)
        digests.insert(entry.digest.toString());
    for (qsizetype i = 0; i < m_manifests.size(); ++i) {
        const Descriptor &entry = m_manifests.at(i);
        const QString where = fieldAt(location, QStringLiteral("manifests[%1]").arg(i));
        if (entry.isAttestation()) {
            const QString subject = entry.attestationSubject();
            if (!subject.isEmpty() && !digests.contains(subject))
                result.append(Error(QStringLiteral("oci.index.dangling-attestation"),
                                    Tr::tr("Attestation %1 refers to %2, which is not in this index").arg(entry.digest.shortString(), subject),
                                    where, Tr::tr("Copy the attestation together with the image it describes, or drop it.")));
            continue;
        }
        if (isDocker() && MediaTypes::isIndex(entry.mediaType))
            result.append(Error(QStringLiteral("oci.index.nested-index"),
                                Tr::tr("A Docker manifest list contains another index"), where,
                                Tr::tr("Docker manifest lists can only list image manifests; use an OCI index.")));
        if (!entry.platform) {
            if (MediaTypes::isImageManifest(entry.mediaType))
                result.append(Error(QStringLiteral("oci.index.missing-platform"),
                                    Tr::tr("Entry %1 has no platform; runtimes pick it only as a last resort").arg(entry.digest.shortString()),
                                    where, Tr::tr("Add a platform object (os, architecture, variant) to the entry.")));
            continue;
        }
        if (entry.platform->isUnknown())
            continue;
        const QStringList invalid = entry.platform->validate();
        for (const QString &problem : invalid)
            result.append(Error(QStringLiteral("oci.index.invalid-platform"),
                                Tr::tr("Entry %1 has an invalid platform %2: %3")
                                    .arg(entry.digest.shortString(), entry.platform->toDisplayString(), problem),
                                where, Tr::tr("Fix the platform to one runtimes understand (e.g. linux/arm64/v8, linux/arm/v7, linux/amd64).")));
        const QString key = entry.platform->normalized().toString() + QLatin1Char('|') + entry.platform->osVersion;
        if (seen.contains(key)) {
            result.append(Error(QStringLiteral("oci.index.duplicate-platform"),
                                Tr::tr("Platform %1 appears twice (entries %2 and %3); runtimes always pick the first")
                                    .arg(entry.platform->toDisplayString())
                                    .arg(seen.value(key))
                                    .arg(i),
                                where, Tr::tr("Keep one entry per platform; rebuild or recreate the index without the duplicate.")));
        } else {
            seen.insert(key, i);
        }
    }
    return result;
}

} // namespace Manifold::Oci
