#include "core/build/indexpublisher.h"

#include "core/oci/imageconfig.h"
#include "core/oci/manifest.h"
#include "core/registry/registryclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Manifold::Build {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Manifold::Build", text);
}

QString blobPath(const QString &layoutDir, const QString &digest)
{
    return QDir(layoutDir).filePath(QStringLiteral("blobs/%1/%2")
                                        .arg(digest.section(QLatin1Char(':'), 0, 0), digest.section(QLatin1Char(':'), 1)));
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("build.layout.read"), file.errorString(), path);
    return file.readAll();
}

bool samePlatform(const Platform &a, const Platform &b)
{
    const Platform x = a.normalized();
    const Platform y = b.normalized();
    return x.os == y.os && x.architecture == y.architecture && x.variant == y.variant;
}

Error verifyError(const QString &what, const QString &where)
{
    return Error(QStringLiteral("build.verify"), tr("Verification of the pushed result failed: %1").arg(what), where,
                 tr("The registry does not hold what was built; push again and check for concurrent writers."));
}

// Uploads the config and layers of the layout's manifest `image.digest` (skipping blobs the
// repository has), then the manifest by digest.
Status pushFromLayout(Registry::RegistryClient &client, const QString &repository, const BuiltImage &image,
                      const Oci::CancelToken &cancel)
{
    const Result<QByteArray> bytes = readFile(blobPath(image.layoutDir, image.digest));
    if (!bytes)
        return bytes.error();
    const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(*bytes, image.mediaType, image.layoutDir);
    if (!manifest)
        return manifest.error();
    QList<Oci::Descriptor> blobs{manifest->config()};
    blobs.append(manifest->layers());
    for (const Oci::Descriptor &blob : std::as_const(blobs)) {
        const Result<std::optional<qint64>> present = client.blobSize(repository, blob.digest.toString(), cancel);
        if (!present)
            return present.error();
        if (present->has_value())
            continue;
        const Status uploaded = client.uploadBlobFromFile(repository, blob, blobPath(image.layoutDir, blob.digest.toString()),
                                                          {}, cancel);
        if (!uploaded)
            return uploaded;
    }
    return client.putManifest(repository, image.digest, image.mediaType, *bytes, cancel);
}

std::shared_ptr<Registry::RegistrySession> sessionFor(const BuildRequest &request)
{
    Registry::RegistryConfig config = Registry::RegistryConfig::fromEnvironment();
    config.insecureRegistries.append(request.insecureRegistries);
    return std::make_shared<Registry::RegistrySession>(config);
}

} // namespace

Result<BuiltImage> BuiltImage::fromLayout(const Platform &platform, const QString &layoutDir,
                                          const QString &digestFile, const QString &tag)
{
    BuiltImage image;
    image.platform = platform;
    image.layoutDir = layoutDir;
    if (QFileInfo::exists(digestFile)) {
        const Result<QByteArray> digest = readFile(digestFile);
        if (!digest)
            return digest.error();
        image.digest = QString::fromLatin1(digest->trimmed());
    }
    if (image.digest.isEmpty()) {
        const Result<QByteArray> indexBytes = readFile(QDir(layoutDir).filePath(QStringLiteral("index.json")));
        if (!indexBytes)
            return indexBytes.error();
        const QJsonArray manifests = QJsonDocument::fromJson(*indexBytes).object().value(QLatin1String("manifests")).toArray();
        for (const QJsonValue &value : manifests) {
            const QJsonObject descriptor = value.toObject();
            const QString name = descriptor.value(QLatin1String("annotations")).toObject()
                                     .value(QLatin1String("org.opencontainers.image.ref.name")).toString();
            if (name == tag || manifests.size() == 1)
                image.digest = descriptor.value(QLatin1String("digest")).toString();
        }
    }
    const Result<QByteArray> manifest = readFile(blobPath(layoutDir, image.digest));
    if (image.digest.isEmpty() || !manifest)
        return Error(QStringLiteral("build.export"), tr("The engine did not export an image for %1.").arg(platform.toString()),
                     layoutDir, tr("See the executor log; the export step may have failed."));
    if (Oci::Digest::of(*manifest).toString() != image.digest)
        return Error(QStringLiteral("build.export"), tr("The exported manifest does not match its digest %1.").arg(image.digest),
                     layoutDir);
    image.size = manifest->size();
    image.mediaType = QJsonDocument::fromJson(*manifest).object().value(QLatin1String("mediaType")).toString();
    if (image.mediaType.isEmpty())
        image.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    return image;
}

QString IndexPublisher::indexMediaType(BuildRequest::IndexFormat format)
{
    return format == BuildRequest::IndexFormat::Oci
        ? QStringLiteral("application/vnd.oci.image.index.v1+json")
        : QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
}

QByteArray IndexPublisher::indexJson(const QList<BuiltImage> &images, BuildRequest::IndexFormat format)
{
    QJsonArray manifests;
    for (const BuiltImage &image : images) {
        manifests.append(QJsonObject{{QStringLiteral("mediaType"), image.mediaType},
                                     {QStringLiteral("digest"), image.digest},
                                     {QStringLiteral("size"), image.size},
                                     {QStringLiteral("platform"), image.platform.normalized().toJson()}});
    }
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), indexMediaType(format)},
                            {QStringLiteral("manifests"), manifests}};
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

Result<PublishOutcome> IndexPublisher::publish(const QList<BuiltImage> &images, const BuildRequest &request,
                                               const QList<Registry::ImageReference> &tags, const std::atomic_bool &cancelled)
{
    if (request.indexFormat == BuildRequest::IndexFormat::DockerManifestList) {
        for (const BuiltImage &image : images) {
            if (image.mediaType != QLatin1String("application/vnd.docker.distribution.manifest.v2+json"))
                return Error(QStringLiteral("build.index.format"),
                             tr("A Docker manifest list cannot list %1 (an OCI image manifest).").arg(image.platform.toString()),
                             QString(), tr("Use the OCI index format (the default); every current registry and engine reads it."));
        }
    }
    return request.push ? push(images, request, tags, cancelled) : writeLayout(images, request, tags);
}

Result<PublishOutcome> IndexPublisher::push(const QList<BuiltImage> &images, const BuildRequest &request,
                                            const QList<Registry::ImageReference> &tags, const std::atomic_bool &cancelled)
{
    const std::shared_ptr<Registry::RegistrySession> session = sessionFor(request);
    const Oci::CancelToken cancel; // `cancelled` is checked between registry calls
    PublishOutcome outcome;
    outcome.indexMediaType = indexMediaType(request.indexFormat);
    const QByteArray index = indexJson(images, request.indexFormat);
    outcome.indexDigest = Oci::Digest::of(index).toString();

    QSet<QString> repositories;
    for (const Registry::ImageReference &tag : tags) {
        if (cancelled)
            return Error(QStringLiteral("build.cancelled"), tr("The build was cancelled."));
        Registry::RegistryClient client(session, tag.domain);
        // Children first, by digest, in every repository a tag names.
        if (!repositories.contains(tag.name())) {
            repositories.insert(tag.name());
            for (const BuiltImage &image : images) {
                const Status pushed = pushFromLayout(client, tag.path, image, cancel);
                if (!pushed)
                    return pushed.error();
            }
        }
        if (request.perArchTags) {
            for (const BuiltImage &image : images) {
                const Result<QByteArray> manifest = readFile(blobPath(image.layoutDir, image.digest));
                if (!manifest)
                    return manifest.error();
                const QString archTag = perArchTag(tag.tag, image.platform);
                const Status tagged = client.putManifest(tag.path, archTag, image.mediaType, *manifest, cancel);
                if (!tagged)
                    return tagged.error();
                outcome.references.append(tag.withTag(archTag).toString());
            }
        }
        const Status pushed = client.putManifest(tag.path, tag.manifestReference(), outcome.indexMediaType, index, cancel);
        if (!pushed)
            return pushed.error();
        outcome.references.append(tag.toString());
    }

    // Verify: every tag serves this index, every child is the platform it claims.
    for (const Registry::ImageReference &tag : tags) {
        Registry::RegistryClient client(session, tag.domain);
        const Result<Registry::ManifestResponse> served = client.getManifest(tag.path, tag.manifestReference(), cancel);
        if (!served)
            return verifyError(served.error().message, tag.toString());
        if (served->descriptor.digest.toString() != outcome.indexDigest)
            return verifyError(tr("%1 serves %2, not the index just pushed (%3).")
                                   .arg(tag.toString(), served->descriptor.digest.toString(), outcome.indexDigest),
                               tag.toString());
        outcome.verification.append(tr("%1 -> %2 (%3 platforms)").arg(tag.toString(), outcome.indexDigest).arg(images.size()));
        for (const BuiltImage &image : images) {
            const QString where = tag.withDigest(image.digest).toString();
            const Result<Registry::ManifestResponse> child = client.getManifest(tag.path, image.digest, cancel);
            if (!child)
                return verifyError(child.error().message, where);
            const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(child->bytes, image.mediaType, where);
            if (!manifest)
                return verifyError(manifest.error().message, where);
            const Result<QByteArray> configBytes = client.getBlob(tag.path, manifest->config(), 16 * 1024 * 1024, cancel);
            if (!configBytes)
                return verifyError(configBytes.error().message, where);
            const Result<Oci::ImageConfig> config = Oci::ImageConfig::parse(*configBytes, where);
            if (!config)
                return verifyError(config.error().message, where);
            const Platform actual = config->platform();
            if (!samePlatform(actual, image.platform))
                return verifyError(tr("the index lists %1 as %2 but its config says %3.")
                                       .arg(image.digest, image.platform.toString(), actual.toString()),
                                   where);
            for (const Oci::Descriptor &layer : manifest->layers()) {
                const Result<std::optional<qint64>> size = client.blobSize(tag.path, layer.digest.toString(), cancel);
                if (!size || !size->has_value() || **size != layer.size)
                    return verifyError(tr("layer %1 of %2 is missing or has the wrong size.")
                                           .arg(layer.digest.toString(), image.platform.toString()),
                                       tag.toString());
            }
            outcome.verification.append(tr("%1: %2, config %3, %4 layers present")
                                            .arg(image.platform.toString(), image.digest, actual.toString())
                                            .arg(manifest->layers().size()));
        }
    }
    return outcome;
}

Result<PublishOutcome> IndexPublisher::writeLayout(const QList<BuiltImage> &images, const BuildRequest &request,
                                                   const QList<Registry::ImageReference> &tags)
{
    PublishOutcome outcome;
    outcome.indexMediaType = indexMediaType(request.indexFormat);
    const QString target = QFileInfo(request.outputDir.isEmpty() ? QStringLiteral("manifold-out") : request.outputDir)
                               .absoluteFilePath();
    outcome.layoutDir = target;
    QDir().mkpath(QDir(target).filePath(QStringLiteral("blobs/sha256")));
    for (const BuiltImage &image : images) {
        const QDir blobs(QDir(image.layoutDir).filePath(QStringLiteral("blobs/sha256")));
        const QStringList names = blobs.entryList(QDir::Files);
        for (const QString &name : names) {
            const QString destination = QDir(target).filePath(QStringLiteral("blobs/sha256/") + name);
            if (!QFileInfo::exists(destination) && !QFile::copy(blobs.filePath(name), destination))
                return Error(QStringLiteral("build.layout.write"), tr("Cannot write blob %1.").arg(name), destination);
        }
    }
    const QByteArray index = indexJson(images, request.indexFormat);
    outcome.indexDigest = Oci::Digest::of(index).toString();
    QFile indexBlob(blobPath(target, outcome.indexDigest));
    if (!indexBlob.open(QIODevice::WriteOnly) || indexBlob.write(index) != index.size())
        return Error(QStringLiteral("build.layout.write"), indexBlob.errorString(), indexBlob.fileName());
    indexBlob.close();

    // index.json: keep entries for other names, replace ours.
    QJsonObject root;
    if (const Result<QByteArray> existing = readFile(QDir(target).filePath(QStringLiteral("index.json"))))
        root = QJsonDocument::fromJson(*existing).object();
    QStringList names;
    for (const Registry::ImageReference &tag : tags)
        names.append(tag.tag.isEmpty() ? QStringLiteral("latest") : tag.tag);
    if (names.isEmpty())
        names.append(QStringLiteral("latest"));
    QJsonArray manifests;
    const QJsonArray previous = root.value(QLatin1String("manifests")).toArray();
    for (const QJsonValue &value : previous) {
        const QString name = value.toObject().value(QLatin1String("annotations")).toObject()
                                 .value(QLatin1String("org.opencontainers.image.ref.name")).toString();
        if (!names.contains(name))
            manifests.append(value);
    }
    for (const QString &name : std::as_const(names)) {
        manifests.append(QJsonObject{
            {QStringLiteral("mediaType"), outcome.indexMediaType},
            {QStringLiteral("digest"), outcome.indexDigest},
            {QStringLiteral("size"), index.size()},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("org.opencontainers.image.ref.name"), name}}}});
        outcome.references.append(target + QLatin1Char(':') + name);
    }
    root.insert(QStringLiteral("schemaVersion"), 2);
    root.insert(QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json"));
    root.insert(QStringLiteral("manifests"), manifests);
    // Write then rename, so a reader never sees a half-written index.json.
    const QString indexPath = QDir(target).filePath(QStringLiteral("index.json"));
    QFile temporary(indexPath + QStringLiteral(".tmp"));
    if (!temporary.open(QIODevice::WriteOnly) || temporary.write(QJsonDocument(root).toJson()) < 0)
        return Error(QStringLiteral("build.layout.write"), temporary.errorString(), temporary.fileName());
    temporary.close();
    QFile::remove(indexPath);
    if (!temporary.rename(indexPath))
        return Error(QStringLiteral("build.layout.write"), temporary.errorString(), indexPath);
    QFile layoutMarker(QDir(target).filePath(QStringLiteral("oci-layout")));
    if (layoutMarker.open(QIODevice::WriteOnly))
        layoutMarker.write("{\"imageLayoutVersion\":\"1.0.0\"}");

    // Verify: every blob the index reaches is present and matches its digest.
    for (const BuiltImage &image : images) {
        const Result<QByteArray> manifest = readFile(blobPath(target, image.digest));
        if (!manifest || Oci::Digest::of(*manifest).toString() != image.digest)
            return verifyError(tr("manifest %1 is missing or corrupt.").arg(image.digest), target);
        outcome.verification.append(tr("%1: %2 present").arg(image.platform.toString(), image.digest));
    }
    return outcome;
}

} // namespace Manifold::Build
