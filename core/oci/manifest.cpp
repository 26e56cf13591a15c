#include "core/oci/manifest.h"

#include "core/oci/documentjson.h"
#include "core/oci/mediatypes.h"

#include <QJsonArray>

namespace Manifold::Oci {

using Internal::Tr;

using Internal::fieldAt;

Result<ImageManifest> ImageManifest::parse(const QByteArray &bytes, const QString &expectedMediaType,
                                           const QString &location)
{
    const QString kind = QStringLiteral("oci.manifest");
    Result<QJsonObject> document = Internal::parseDocument(bytes, MaxManifestSize, kind, Tr::tr("image manifest"), location);
    if (!document)
        return document.error();
    const QJsonObject &object = *document;

    const int schemaVersion = object.value(QStringLiteral("schemaVersion")).toInt(-1);
    if (schemaVersion == 1)
        return Error(QStringLiteral("oci.manifest.schema-version"),
                     Tr::tr("Docker schema 1 manifests are not supported"), location,
                     Tr::tr("Re-push the image with a current client (docker push, skopeo copy) to get a schema 2 / OCI manifest."));
    if (schemaVersion != 2)
        return Error(QStringLiteral("oci.manifest.schema-version"),
                     Tr::tr("The manifest's schemaVersion must be 2"), fieldAt(location, QStringLiteral("schemaVersion")),
                     Tr::tr("Set \"schemaVersion\": 2."));

    const QString bodyType = object.value(QStringLiteral("mediaType")).toString();
    const QString expected = MediaTypes::withoutParameters(expectedMediaType);
    if (!bodyType.isEmpty() && !expected.isEmpty() && bodyType != expected)
        return Error(QStringLiteral("oci.manifest.media-type-mismatch"),
                     Tr::tr("The manifest's mediaType is %1 but %2 was expected").arg(bodyType, expected),
                     fieldAt(location, QStringLiteral("mediaType")),
                     Tr::tr("The descriptor or Content-Type that points here is wrong, or the content was swapped; fix the referring descriptor."));
    const QString mediaType = bodyType.isEmpty() ? expected : bodyType;
    if (mediaType.isEmpty())
        return Error(QStringLiteral("oci.manifest.media-type"),
                     Tr::tr("The manifest has no mediaType and none was expected"), location,
                     Tr::tr("Add \"mediaType\": \"%1\" to the manifest.").arg(MediaType::OciManifest));
    if (MediaTypes::isIndex(mediaType))
        return Error(QStringLiteral("oci.manifest.media-type"),
                     Tr::tr("%1 is an index, not an image manifest").arg(mediaType), location,
                     Tr::tr("Parse it as an index (it lists platform manifests)."));
    if (!MediaTypes::isImageManifest(mediaType))
        return Error(QStringLiteral("oci.manifest.media-type"),
                     Tr::tr("Unsupported manifest media type %1").arg(mediaType), fieldAt(location, QStringLiteral("mediaType")),
                     Tr::tr("Expected %1 or %2.").arg(MediaType::OciManifest, MediaType::DockerManifest));

    ImageManifest manifest;
    manifest.m_raw = bytes;
    manifest.m_mediaType = mediaType;
    manifest.m_schemaVersion = schemaVersion;

    if (!object.value(QStringLiteral("config")).isObject())
        return Error(QStringLiteral("oci.manifest.missing-field"), Tr::tr("The manifest has no config descriptor"),
                     fieldAt(location, QStringLiteral("config")), Tr::tr("Every image manifest needs a config descriptor."));
    Result<Descriptor> config = Descriptor::fromJson(object.value(QStringLiteral("config")).toObject(),
                                                     fieldAt(location, QStringLiteral("config")));
    if (!config)
        return config.error();
    manifest.m_config = *config;

    if (!object.value(QStringLiteral("layers")).isArray())
        return Error(QStringLiteral("oci.manifest.missing-field"), Tr::tr("The manifest has no layers array"),
                     fieldAt(location, QStringLiteral("layers")), Tr::tr("Add \"layers\": [] (an artifact may have the empty descriptor as its only layer)."));
    Result<QList<Descriptor>> layers = Internal::descriptorList(object, QStringLiteral("layers"), location);
    if (!layers)
        return layers.error();
    manifest.m_layers = *layers;
    Result<std::optional<Descriptor>> subject = Internal::optionalSubject(object, location);
    if (!subject)
        return subject.error();
    manifest.m_subject = *subject;
    manifest.m_artifactType = object.value(QStringLiteral("artifactType")).toString();
    manifest.m_annotations = Internal::annotationsFrom(object);
    return manifest;
}

ImageManifest ImageManifest::create(const Descriptor &config, const QList<Descriptor> &layers,
                                    const QMap<QString, QString> &annotations, const QString &mediaType,
                                    const QString &artifactType, const std::optional<Descriptor> &subject)
{
    QJsonObject object;
    object.insert(QStringLiteral("schemaVersion"), 2);
    object.insert(QStringLiteral("mediaType"), mediaType);
    if (!artifactType.isEmpty())
        object.insert(QStringLiteral("artifactType"), artifactType);
    object.insert(QStringLiteral("config"), config.toJson());
    QJsonArray layerArray;
    for (const Descriptor &layer : layers)
        layerArray.append(layer.toJson());
    object.insert(QStringLiteral("layers"), layerArray);
    if (subject)
        object.insert(QStringLiteral("subject"), subject->toJson());
    if (!annotations.isEmpty())
        object.insert(QStringLiteral("annotations"), Internal::annotationsToJson(annotations));
    ImageManifest manifest;
    manifest.m_raw = Internal::serialize(object);
    manifest.m_mediaType = mediaType;
    manifest.m_config = config;
    manifest.m_layers = layers;
    manifest.m_artifactType = artifactType;
    manifest.m_subject = subject;
    manifest.m_annotations = annotations;
    return manifest;
}

Descriptor ImageManifest::descriptor() const
{
    return Descriptor::forContent(m_mediaType, m_raw);
}

bool ImageManifest::isDocker() const
{
    return m_mediaType == MediaType::DockerManifest;
}

bool ImageManifest::isArtifact() const
{
    return !m_artifactType.isEmpty() || !MediaTypes::isConfig(m_config.mediaType);
}

bool ImageManifest::isAttestation() const
{
    if (m_layers.isEmpty())
        return false;
    for (const Descriptor &layer : m_layers) {
        if (MediaTypes::withoutParameters(layer.mediaType) != MediaType::InToto)
            return false;
    }
    return true;
}

qint64 ImageManifest::totalLayerSize() const
{
    qint64 total = 0;
    for (const Descriptor &layer : m_layers)
        total += qMax<qint64>(0, layer.size);
    return total;
}

QList<Error> ImageManifest::problems(const QString &location) const
{
    QList<Error> result;
    if (MediaTypes::withoutParameters(m_config.mediaType) == MediaType::OciEmpty && m_artifactType.isEmpty())
        result.append(Error(QStringLiteral("oci.manifest.missing-artifact-type"),
                            Tr::tr("The config is the empty descriptor but the manifest has no artifactType"),
                            fieldAt(location, QStringLiteral("artifactType")),
                            Tr::tr("Set artifactType so tools can tell what this artifact is (image-spec 1.1).")));
    if (isDocker()) {
        for (qsizetype i = 0; i < m_layers.size(); ++i) {
            if (!MediaTypes::isDocker(m_layers.at(i).mediaType) && MediaTypes::isLayer(m_layers.at(i).mediaType))
                result.append(Error(QStringLiteral("oci.manifest.mixed-media-types"),
                                    Tr::tr("A Docker schema 2 manifest lists an OCI layer (%1)").arg(m_layers.at(i).mediaType),
                                    fieldAt(location, QStringLiteral("layers[%1]").arg(i)),
                                    Tr::tr("Older Docker daemons refuse mixed manifests; push with OCI media types throughout.")));
        }
    }
    for (qsizetype i = 0; i < m_layers.size(); ++i) {
        const Descriptor &layer = m_layers.at(i);
        if (!isArtifact() && !MediaTypes::isLayer(layer.mediaType) && !isAttestation())
            result.append(Error(QStringLiteral("oci.manifest.unknown-layer-type"),
                                Tr::tr("Layer %1 has media type %2, which runtimes cannot unpack").arg(i).arg(layer.mediaType),
                                fieldAt(location, QStringLiteral("layers[%1]").arg(i)),
                                Tr::tr("Use %1 (or +gzip/+zstd) for filesystem layers.").arg(MediaType::OciLayerTar)));
    }
    return result;
}

} // namespace Manifold::Oci
