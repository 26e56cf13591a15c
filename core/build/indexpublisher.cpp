#include "core/build/indexpublisher.h"

#include "core/build/distributionclient.h"

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
    if (sha256Digest(*manifest) != image.digest)
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
                                               const QList<ImageReference> &tags, const std::atomic_bool &cancelled)
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
                                            const QList<ImageReference> &tags, const std::atomic_bool &cancelled)
{
    DistributionClient client(request.insecureRegistries);
    PublishOutcome outcome;
    outcome.indexMediaType = indexMediaType(request.indexFormat);
    const QByteArray index = indexJson(images, request.indexFormat);
    outcome.indexDigest = sha256Digest(index);

    QSet<QString> repositories;
    for (const ImageReference &tag : tags) {
        if (cancelled)
            return Error(QStringLiteral("build.cancelled"), tr("The build was cancelled."));
        // Children first, by digest, in every repository a tag names.
        if (!repositories.contains(tag.repositoryName())) {
            repositories.insert(tag.repositoryName());
            for (const BuiltImage &image : images) {
                const Status pushed = client.pushFromLayout(image.layoutDir, image.digest, tag);
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
                const Status tagged = client.putManifest(tag, archTag, image.mediaType, *manifest);
                if (!tagged)
                    return tagged.error();
                outcome.references.append(tag.withTag(archTag).toString());
            }
        }
        const Status pushed = client.putManifest(tag, tag.manifestReference(), outcome.indexMediaType, index);
        if (!pushed)
            return pushed.error();
        outcome.references.append(tag.toString());
    }

    // Verify: every tag serves this index, every child is the platform it claims.
    for (const ImageReference &tag : tags) {
        const Result<FetchedManifest> served = client.getManifest(tag);
        if (!served)
            return verifyError(served.error().message, tag.toString());
        if (served->digest != outcome.indexDigest)
            return verifyError(tr("%1 serves %2, not the index just pushed (%3).")
                                   .arg(tag.toString(), served->digest, outcome.indexDigest), tag.toString());
        outcome.verification.append(tr("%1 -> %2 (%3 platforms)").arg(tag.toString(), served->digest).arg(images.size()));
        for (const BuiltImage &image : images) {
            const Result<FetchedManifest> child = client.getManifest(tag.withDigest(image.digest));
            if (!child)
                return verifyError(child.error().message, tag.withDigest(image.digest).toString());
            const QJsonObject root = QJsonDocument::fromJson(child->bytes).object();
            const QString configDigest = root.value(QLatin1String("config")).toObject().value(QLatin1String("digest")).toString();
            const Result<QByteArray> config = client.getBlob(tag, configDigest);
            if (!config)
                return verifyError(config.error().message, tag.withDigest(image.digest).toString());
            const Platform actual = Platform::fromJson(QJsonDocument::fromJson(*config).object());
            if (!samePlatform(actual, image.platform))
                return verifyError(tr("the index lists %1 as %2 but its config says %3.")
                                       .arg(image.digest, image.platform.toString(), actual.toString()),
                                   tag.withDigest(image.digest).toString());
            const QJsonArray layers = root.value(QLatin1String("layers")).toArray();
            for (const QJsonValue &layer : layers) {
                const QString layerDigest = layer.toObject().value(QLatin1String("digest")).toString();
                if (!client.hasBlob(tag, layerDigest))
                    return verifyError(tr("layer %1 of %2 is missing.").arg(layerDigest, image.platform.toString()),
                                       tag.toString());
            }
            outcome.verification.append(tr("%1: %2, config %3, %4 layers present")
                                            .arg(image.platform.toString(), image.digest, actual.toString())
                                            .arg(layers.size()));
        }
    }
    return outcome;
}

Result<PublishOutcome> IndexPublisher::writeLayout(const QList<BuiltImage> &images, const BuildRequest &request,
                                                   const QList<ImageReference> &tags)
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
    outcome.indexDigest = sha256Digest(index);
    QFile indexBlob(blobPath(target, outcome.indexDigest));
    if (!indexBlob.open(QIODevice::WriteOnly) || indexBlob.write(index) != index.size())
        return Error(QStringLiteral("build.layout.write"), indexBlob.errorString(), indexBlob.fileName());
    indexBlob.close();

    // index.json: keep entries for other names, replace ours.
    QJsonObject root;
    if (const Result<QByteArray> existing = readFile(QDir(target).filePath(QStringLiteral("index.json"))))
        root = QJsonDocument::fromJson(*existing).object();
    QStringList names;
    for (const ImageReference &tag : tags)
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
        if (!manifest || sha256Digest(*manifest) != image.digest)
            return verifyError(tr("manifest %1 is missing or corrupt.").arg(image.digest), target);
        outcome.verification.append(tr("%1: %2 present").arg(image.platform.toString(), image.digest));
    }
    return outcome;
}

} // namespace Manifold::Build
