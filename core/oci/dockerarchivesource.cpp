#include "core/oci/dockerarchivesource.h"

#include "core/oci/documentjson.h"
#include "core/oci/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

QString layerMediaType(const QByteArray &head)
{
    if (head.startsWith("\x1f\x8b"))
        return MediaType::DockerLayerGzip;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return MediaType::OciLayerZstd;
    return MediaType::DockerLayerTar;
}

} // namespace

Result<std::shared_ptr<DockerArchiveSource>> DockerArchiveSource::open(const QString &archivePath, const CancelToken &cancel)
{
    Result<std::unique_ptr<TarStore>> tar = TarStore::open(archivePath);
    if (!tar)
        return tar.error();
    return open(std::shared_ptr<FileStore>(std::move(*tar)), cancel);
}

Result<std::shared_ptr<DockerArchiveSource>> DockerArchiveSource::open(std::shared_ptr<FileStore> store,
                                                                       const CancelToken &cancel)
{
    const QString archivePath = store->describe();
    if (!store->exists(QStringLiteral("manifest.json")))
        return Error(QStringLiteral("oci.docker-archive.not-an-archive"),
                     Tr::tr("This is not a `docker save` archive: manifest.json is missing"), archivePath,
                     Tr::tr("Create one with `docker save -o FILE IMAGE`; for OCI archives use oci-archive:FILE."));
    Result<QByteArray> manifestJson = store->read(QStringLiteral("manifest.json"), MaxManifestSize);
    if (!manifestJson)
        return manifestJson.error();
    const QString where = archivePath + QStringLiteral("/manifest.json");
    const QJsonDocument document = QJsonDocument::fromJson(*manifestJson);
    if (!document.isArray() || document.array().isEmpty())
        return Error(QStringLiteral("oci.docker-archive.manifest"), Tr::tr("manifest.json is not a non-empty JSON array"),
                     where, Tr::tr("The archive is damaged; save the image again."));

    std::shared_ptr<DockerArchiveSource> source(new DockerArchiveSource(store));
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString itemWhere = where + QStringLiteral(": [%1]").arg(i);
        const QString configPath = TarStore::normalizeName(item.value(QStringLiteral("Config")).toString());
        if (configPath.isEmpty())
            return Error(QStringLiteral("oci.docker-archive.manifest"), Tr::tr("The image entry has no Config"), itemWhere,
                         Tr::tr("The archive is damaged; save the image again."));
        Result<QByteArray> configBytes = store->read(configPath, 16 * 1024 * 1024);
        if (!configBytes)
            return configBytes.error();
        Descriptor config = Descriptor::forContent(MediaType::DockerConfig, *configBytes);
        source->m_blobPaths.insert(config.digest, configPath);

        QList<Descriptor> layers;
        for (const QJsonValue &value : item.value(QStringLiteral("Layers")).toArray()) {
            const QString layerPath = TarStore::normalizeName(value.toString());
            if (layerPath.isEmpty() || !store->exists(layerPath))
                return Error(QStringLiteral("oci.docker-archive.missing-layer"),
                             Tr::tr("Layer %1 listed in manifest.json is missing").arg(value.toString()), itemWhere,
                             Tr::tr("The archive is incomplete; save the image again."));
            // Layers are hashed here: a docker archive records no layer digests of its own.
            DigestHasher hasher;
            QByteArray head;
            Status status = store->stream(layerPath, [&](const char *data, qint64 length) -> Status {
                if (cancel.isCancelled())
                    return Error(QStringLiteral("oci.cancelled"), Tr::tr("Cancelled"), archivePath, {});
                if (head.size() < 8)
                    head.append(data, qMin<qint64>(length, 8));
                hasher.addData(data, length);
                return {};
            });
            if (!status)
                return status.error();
            Descriptor layer;
            layer.mediaType = layerMediaType(head);
            layer.size = hasher.bytesHashed();
            layer.digest = hasher.result();
            source->m_blobPaths.insert(layer.digest, layerPath);
            layers.append(layer);
        }
        Image image;
        for (const QJsonValue &tag : item.value(QStringLiteral("RepoTags")).toArray())
            image.repoTags.append(tag.toString());
        image.manifest = ImageManifest::create(config, layers, {}, MediaType::DockerManifest);
        source->m_images.append(image);
    }
    return source;
}

QString DockerArchiveSource::describe() const
{
    return QStringLiteral("docker-archive:") + m_store->describe();
}

Result<Descriptor> DockerArchiveSource::resolveNow(const QString &reference) const
{
    if (reference.isEmpty())
        return m_images.first().manifest.descriptor();
    const QString withTag = reference.contains(QLatin1Char(':')) ? reference : reference + QStringLiteral(":latest");
    QStringList available;
    for (const Image &image : m_images) {
        const Descriptor descriptor = image.manifest.descriptor();
        if (descriptor.digest.toString() == reference || image.manifest.config().digest.toString() == reference)
            return descriptor;
        for (const QString &tag : image.repoTags) {
            available.append(tag);
            if (tag == reference || tag == withTag || tag.endsWith(QLatin1Char('/') + withTag))
                return descriptor;
        }
    }
    return Error(QStringLiteral("oci.docker-archive.unknown-reference"),
                 Tr::tr("No image named \"%1\" in the archive").arg(reference), m_store->describe(),
                 Tr::tr("Available: %1").arg(available.isEmpty() ? Tr::tr("(untagged images only; use the config digest)")
                                                             : available.join(QStringLiteral(", "))));
}

Result<QByteArray> DockerArchiveSource::fetchManifestNow(const Descriptor &descriptor) const
{
    for (const Image &image : m_images) {
        if (image.manifest.digest() == descriptor.digest)
            return image.manifest.rawBytes();
    }
    return Error(QStringLiteral("oci.docker-archive.unknown-manifest"),
                 Tr::tr("No manifest %1 in the archive").arg(descriptor.digest.toString()), m_store->describe(),
                 Tr::tr("Resolve a tag of this archive first; docker archives only have synthesized manifests."));
}

Result<QString> DockerArchiveSource::blobFile(const Descriptor &descriptor) const
{
    const QString path = m_blobPaths.value(descriptor.digest);
    if (path.isEmpty())
        return Error(QStringLiteral("oci.docker-archive.unknown-blob"),
                     Tr::tr("No blob %1 in the archive").arg(descriptor.digest.toString()), m_store->describe(), {});
    return path;
}

Result<QByteArray> DockerArchiveSource::fetchBlobNow(const Descriptor &descriptor, qint64 limit) const
{
    Result<QString> file = blobFile(descriptor);
    if (!file)
        return file.error();
    const QString path = *file;
    Result<QByteArray> bytes = m_store->read(path, limit);
    if (!bytes)
        return bytes.error();
    if (Status status = descriptor.verify(*bytes, m_store->describe() + QLatin1Char('/') + path); !status)
        return status.error();
    return bytes;
}

QStringList DockerArchiveSource::references() const
{
    QStringList tags;
    for (const Image &image : m_images)
        tags.append(image.repoTags);
    return tags;
}

} // namespace Manifold::Oci
