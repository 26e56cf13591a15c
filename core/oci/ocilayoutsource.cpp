#include "core/oci/ocilayoutsource.h"

#include "core/oci/documentjson.h"
#include "core/oci/mediatypes.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Manifold::Oci {

using Internal::Tr;

Result<std::shared_ptr<OciLayoutSource>> OciLayoutSource::openDirectory(const QString &directory)
{
    if (!QFileInfo(directory).isDir())
        return Error(QStringLiteral("oci.layout.missing"), Tr::tr("The OCI layout directory does not exist"), directory,
                     Tr::tr("Check the path; create a layout with `skopeo copy docker://IMAGE oci:DIR:TAG`."));
    return open(std::make_shared<DirectoryStore>(QFileInfo(directory).absoluteFilePath()), QStringLiteral("oci-layout"));
}

Result<std::shared_ptr<OciLayoutSource>> OciLayoutSource::openArchive(const QString &archivePath)
{
    Result<std::unique_ptr<TarStore>> store = TarStore::open(archivePath);
    if (!store)
        return store.error();
    return open(std::shared_ptr<FileStore>(std::move(*store)), QStringLiteral("oci-archive"));
}

Result<std::shared_ptr<OciLayoutSource>> OciLayoutSource::open(std::shared_ptr<FileStore> store, const QString &scheme)
{
    const QString where = store->describe();
    if (!store->exists(QStringLiteral("oci-layout")))
        return Error(QStringLiteral("oci.layout.not-a-layout"), Tr::tr("This is not an OCI image layout: oci-layout is missing"),
                     where, Tr::tr("Point to a directory or archive written by skopeo, buildah, umoci or `docker save` (Docker 25+)."));
    Result<QByteArray> marker = store->read(QStringLiteral("oci-layout"), 64 * 1024);
    if (!marker)
        return marker.error();
    const QJsonObject markerObject = QJsonDocument::fromJson(*marker).object();
    const QString version = markerObject.value(QStringLiteral("imageLayoutVersion")).toString();
    if (!version.startsWith(QLatin1String("1.")))
        return Error(QStringLiteral("oci.layout.version"),
                     Tr::tr("Unsupported imageLayoutVersion \"%1\" in oci-layout").arg(version), where + QStringLiteral("/oci-layout"),
                     Tr::tr("Manifold reads image layout version 1.x."));
    Result<QByteArray> indexBytes = store->read(QStringLiteral("index.json"), MaxManifestSize);
    if (!indexBytes)
        return indexBytes.error();
    Result<ImageIndex> index = ImageIndex::parse(*indexBytes, MediaType::OciIndex, where + QStringLiteral("/index.json"));
    if (!index)
        return index.error();
    return std::shared_ptr<OciLayoutSource>(new OciLayoutSource(std::move(store), scheme, *index));
}

QString OciLayoutSource::describe() const
{
    return m_scheme + QLatin1Char(':') + m_store->describe();
}

QStringList OciLayoutSource::references() const
{
    QStringList refs;
    for (const Descriptor &entry : m_index.manifests()) {
        if (!entry.refName().isEmpty())
            refs.append(entry.refName());
    }
    return refs;
}

Result<Descriptor> OciLayoutSource::resolveNow(const QString &reference) const
{
    const QList<Descriptor> &entries = m_index.manifests();
    const QString where = m_store->describe() + QStringLiteral("/index.json");
    const QString available = references().isEmpty() ? Tr::tr("(none)") : references().join(QStringLiteral(", "));
    if (reference.isEmpty()) {
        if (entries.size() == 1)
            return entries.first();
        for (const Descriptor &entry : entries) {
            if (entry.refName() == QLatin1String("latest"))
                return entry;
        }
        return Error(QStringLiteral("oci.layout.ambiguous"),
                     Tr::tr("The layout holds %1 images and none is tagged latest").arg(entries.size()), where,
                     Tr::tr("Name one: %1").arg(available));
    }
    if (reference.contains(QLatin1Char(':')) && (reference.startsWith(QLatin1String("sha256:")) || reference.startsWith(QLatin1String("sha512:")))) {
        Result<Digest> digest = Digest::parse(reference, Tr::tr("reference"));
        if (!digest)
            return digest.error();
        for (const Descriptor &entry : entries) {
            if (entry.digest == *digest)
                return entry;
        }
        // Any manifest in the layout may be addressed by digest (e.g. a platform manifest).
        Result<QByteArray> bytes = m_store->read(digest->blobPath(), MaxManifestSize);
        if (!bytes)
            return Error(QStringLiteral("oci.layout.unknown-reference"), Tr::tr("No manifest %1 in the layout").arg(reference),
                         where, Tr::tr("Available references: %1").arg(available));
        const QString mediaType = QJsonDocument::fromJson(*bytes).object().value(QStringLiteral("mediaType")).toString();
        if (!MediaTypes::isManifestOrIndex(mediaType))
            return Error(QStringLiteral("oci.layout.not-a-manifest"),
                         Tr::tr("Blob %1 is not a manifest or index (media type \"%2\")").arg(reference, mediaType), where,
                         Tr::tr("Reference a manifest or index digest."));
        Descriptor descriptor = Descriptor::forContent(mediaType, *bytes);
        if (descriptor.digest != *digest)
            return Error(QStringLiteral("oci.content.digest-mismatch"), Tr::tr("Blob %1 does not match its digest").arg(reference),
                         m_store->describe() + QLatin1Char('/') + digest->blobPath(), Tr::tr("The layout is corrupt; copy the image again."));
        return descriptor;
    }
    for (const Descriptor &entry : entries) {
        if (entry.refName() == reference || entry.annotations.value(MediaType::AnnotationContainerdImageName) == reference)
            return entry;
    }
    return Error(QStringLiteral("oci.layout.unknown-reference"), Tr::tr("No image named \"%1\" in the layout").arg(reference),
                 where, Tr::tr("Available references: %1").arg(available));
}

Result<QByteArray> OciLayoutSource::fetchManifestNow(const Descriptor &descriptor) const
{
    if (descriptor.size > MaxManifestSize)
        return Error(QStringLiteral("oci.manifest.too-large"),
                     Tr::tr("The manifest is %1 bytes, over the %2-byte limit").arg(descriptor.size).arg(MaxManifestSize),
                     describe(), Tr::tr("Registries and runtimes refuse manifests this large."));
    return fetchBlobNow(descriptor, MaxManifestSize);
}

Result<QByteArray> OciLayoutSource::fetchBlobNow(const Descriptor &descriptor, qint64 limit) const
{
    const QString path = descriptor.digest.blobPath();
    const QString location = m_store->describe() + QLatin1Char('/') + path;
    if (Result<qint64> size = storedBlobSize(*m_store, path, descriptor); !size)
        return size.error();
    Result<QByteArray> bytes = m_store->read(path, limit);
    if (!bytes)
        return bytes.error();
    if (Status status = descriptor.verify(*bytes, location); !status)
        return status.error();
    return bytes;
}

} // namespace Manifold::Oci
