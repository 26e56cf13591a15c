#include "core/build/indexpublisher.h"

#include "core/oci/imageverifier.h"
#include "core/oci/index.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"
#include "core/oci/manifest.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrycontentsource.h"

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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build::IndexPublisher)
};

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

Error verifyError(const QString &what, const QString &where)
{
    return Error(QStringLiteral("build.verify"), Tr::tr("Verification of the build result failed: %1").arg(what), where,
                 Tr::tr("What was written does not match what was built; build again and check for concurrent writers."));
}

// Uploads the config and layers of the layout's manifest `digest` (skipping blobs the repository
// has), then the manifest by digest.
Status pushFromLayout(Registry::RegistryClient &client, const QString &repository, const QString &layoutDir,
                      const QString &digest, const QString &mediaType, const Oci::CancelToken &cancel)
{
    const Result<QByteArray> bytes = readFile(blobPath(layoutDir, digest));
    if (!bytes)
        return bytes.error();
    const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(*bytes, mediaType, layoutDir);
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
        const Status uploaded = client.uploadBlobFromFile(repository, blob, blobPath(layoutDir, blob.digest.toString()),
                                                          {}, cancel);
        if (!uploaded)
            return uploaded;
    }
    return client.putManifest(repository, digest, mediaType, *bytes, cancel);
}

// The image, then the attestations that describe it (they name its digest, so it goes first).
Status pushImage(Registry::RegistryClient &client, const QString &repository, const BuiltImage &image,
                 bool withAttestations, const Oci::CancelToken &cancel)
{
    const Status pushed = pushFromLayout(client, repository, image.layoutDir, image.digest, image.mediaType, cancel);
    if (!pushed || !withAttestations)
        return pushed;
    for (const Oci::Descriptor &attestation : image.attestations) {
        const Status attached = pushFromLayout(client, repository, image.layoutDir, attestation.digest.toString(),
                                               attestation.mediaType, cancel);
        if (!attached)
            return attached;
    }
    return {};
}

std::shared_ptr<Registry::RegistrySession> sessionFor(const BuildRequest &request)
{
    Registry::RegistryConfig config = Registry::RegistryConfig::fromEnvironment();
    config.insecureRegistries.append(request.insecureRegistries);
    return std::make_shared<Registry::RegistrySession>(config);
}

// core/oci's verifier over what was written: every platform present, each config matching its
// index entry, binaries in the layers matching the declared architecture. An error finding
// fails the build with the verifier's evidence.
Result<QStringList> verifyTree(const std::shared_ptr<Oci::ContentSource> &source, const QString &reference,
                               const QList<BuiltImage> &images, const QString &where)
{
    Oci::ImageTreeOptions treeOptions;
    treeOptions.scanLayers = true;
    const Result<Oci::ImageTree> tree = Oci::ImageTreeLoader::loadNow(source, reference, treeOptions);
    if (!tree)
        return verifyError(tree.error().message, where);
    for (const Error &error : tree->errors)
        return verifyError(error.message, error.location.isEmpty() ? where : error.location);
    Oci::VerifyOptions options;
    for (const BuiltImage &image : images)
        options.expectPlatforms.append(image.platform);
    const Oci::VerifyReport report = Oci::ImageVerifier::verify(*tree, options);
    QStringList lines;
    for (const Oci::Finding &finding : report.findings) {
        if (finding.severity == Oci::Finding::Severity::Error) {
            QString what = QStringLiteral("%1 (%2): %3").arg(finding.id, finding.subject, finding.message);
            if (!finding.evidence.isEmpty())
                what += QLatin1Char(' ') + Tr::tr("Evidence: %1").arg(finding.evidence.join(QStringLiteral("; ")));
            Error error = verifyError(what, where);
            if (!finding.fix.isEmpty())
                error.hint = finding.fix;
            return error;
        }
    }
    for (const Oci::ImageNode *image : tree->platformImages())
        lines.append(Tr::tr("%1: %2 verified (config platform, %3 layers scanned)")
                         .arg(image->descriptor.platformString(), image->descriptor.digest.toString())
                         .arg(image->layers.size()));
    for (const Oci::Finding &finding : report.findings)
        lines.append(QStringLiteral("%1: %2").arg(Oci::Finding::severityName(finding.severity), finding.message));
    return lines;
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
    if (!image.digest.isEmpty()) {
        const Status unwrapped = image.unwrapEngineIndex();
        if (!unwrapped)
            return unwrapped.error();
    }
    const Result<QByteArray> manifest = readFile(blobPath(layoutDir, image.digest));
    if (image.digest.isEmpty() || !manifest)
        return Error(QStringLiteral("build.export"), Tr::tr("The engine did not export an image for %1.").arg(platform.toString()),
                     layoutDir, Tr::tr("See the executor log; the export step may have failed."));
    if (Oci::Digest::of(*manifest).toString() != image.digest)
        return Error(QStringLiteral("build.export"), Tr::tr("The exported manifest does not match its digest %1.").arg(image.digest),
                     layoutDir);
    image.size = manifest->size();
    image.mediaType = QJsonDocument::fromJson(*manifest).object().value(QLatin1String("mediaType")).toString();
    if (image.mediaType.isEmpty())
        image.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    return image;
}

Status BuiltImage::unwrapEngineIndex()
{
    const Result<QByteArray> bytes = readFile(blobPath(layoutDir, digest));
    if (!bytes)
        return {}; // reported by the caller
    const QString type = QJsonDocument::fromJson(*bytes).object().value(QLatin1String("mediaType")).toString();
    if (type != Oci::MediaType::OciIndex && type != Oci::MediaType::DockerManifestList)
        return {};
    const Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(*bytes, QString(), layoutDir);
    if (!index)
        return index.error();
    const QList<Oci::Descriptor> images = index->platformEntries();
    const Oci::Descriptor *chosen = nullptr;
    for (const Oci::Descriptor &entry : images) {
        if (images.size() == 1 || (entry.platform && entry.platform->normalized() == platform.normalized()))
            chosen = &entry;
    }
    if (!chosen)
        return Error(QStringLiteral("build.export"),
                     Tr::tr("The engine exported an index without an image for %1.").arg(platform.toString()), layoutDir,
                     Tr::tr("See the executor log; the engine built something other than the requested platform."));
    digest = chosen->digest.toString();
    for (const Oci::Descriptor &entry : index->attestationEntries()) {
        if (entry.attestationSubject() == digest)
            attestations.append(entry);
    }
    return {};
}

QString IndexPublisher::indexMediaType(BuildRequest::IndexFormat format)
{
    return format == BuildRequest::IndexFormat::Oci
        ? QStringLiteral("application/vnd.oci.image.index.v1+json")
        : QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
}

bool IndexPublisher::keepsAttestations(const BuildRequest &request)
{
    return !request.dropAttestations && request.indexFormat == BuildRequest::IndexFormat::Oci;
}

QByteArray IndexPublisher::indexJson(const QList<BuiltImage> &images, const BuildRequest &request)
{
    QJsonArray manifests;
    for (const BuiltImage &image : images) {
        manifests.append(QJsonObject{{QStringLiteral("mediaType"), image.mediaType},
                                     {QStringLiteral("digest"), image.digest},
                                     {QStringLiteral("size"), image.size},
                                     {QStringLiteral("platform"), image.platform.normalized().toJson()}});
    }
    if (keepsAttestations(request)) {
        for (const BuiltImage &image : images) {
            for (const Oci::Descriptor &attestation : image.attestations)
                manifests.append(attestation.toJson());
        }
    }
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), indexMediaType(request.indexFormat)},
                            {QStringLiteral("manifests"), manifests}};
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

QString IndexPublisher::attestationNote(const QList<BuiltImage> &images, const BuildRequest &request)
{
    QStringList platforms;
    int count = 0;
    for (const BuiltImage &image : images) {
        if (!image.attestations.isEmpty())
            platforms.append(image.platform.toString());
        count += int(image.attestations.size());
    }
    if (count == 0)
        return QString();
    const QString what =
        Tr::tr("The engine attached %n attestation manifest(s) (BuildKit provenance/SBOM) to %1. "
               "In the index they are entries with platform unknown/unknown and the annotation "
               "vnd.docker.reference.type=attestation-manifest: signed-off metadata about how an image "
               "was built, not images to run. Runtimes skip them, but tools that take every index entry "
               "for a platform (docker manifest create, older registries and scanners) trip over them.",
               nullptr, count)
            .arg(platforms.join(QStringLiteral(", ")));
    if (request.dropAttestations)
        return what + QLatin1Char(' ')
               + Tr::tr("Dropped as asked (--no-attestations): the index lists only the platform images.");
    if (request.indexFormat != BuildRequest::IndexFormat::Oci)
        return what + QLatin1Char(' ')
               + Tr::tr("Dropped: a Docker manifest list cannot hold them (use the OCI index format to keep them).");
    return what + QLatin1Char(' ')
           + Tr::tr("Kept next to the images they describe; pass --no-attestations to leave them out.");
}

Result<PublishOutcome> IndexPublisher::publish(const QList<BuiltImage> &images, const BuildRequest &request,
                                               const QList<Registry::ImageReference> &tags, const Oci::CancelToken &cancel)
{
    if (request.indexFormat == BuildRequest::IndexFormat::DockerManifestList) {
        for (const BuiltImage &image : images) {
            if (image.mediaType != QLatin1String("application/vnd.docker.distribution.manifest.v2+json"))
                return Error(QStringLiteral("build.index.format"),
                             Tr::tr("A Docker manifest list cannot list %1 (an OCI image manifest).").arg(image.platform.toString()),
                             QString(), Tr::tr("Use the OCI index format (the default); every current registry and engine reads it."));
        }
    }
    return request.push ? push(images, request, tags, cancel) : writeLayout(images, request, tags);
}

Result<PublishOutcome> IndexPublisher::push(const QList<BuiltImage> &images, const BuildRequest &request,
                                            const QList<Registry::ImageReference> &tags, const Oci::CancelToken &cancel)
{
    const std::shared_ptr<Registry::RegistrySession> session = sessionFor(request);
    PublishOutcome outcome;
    outcome.indexMediaType = indexMediaType(request.indexFormat);
    const QByteArray index = indexJson(images, request);
    outcome.indexDigest = Oci::Digest::of(index).toString();

    QSet<QString> repositories;
    for (const Registry::ImageReference &tag : tags) {
        if (cancel.isCancelled())
            return Error(QStringLiteral("build.cancelled"), Tr::tr("The build was cancelled."));
        Registry::RegistryClient client(session, tag.domain);
        // Children first, by digest, in every repository a tag names.
        if (!repositories.contains(tag.name())) {
            repositories.insert(tag.name());
            for (const BuiltImage &image : images) {
                const Status pushed = pushImage(client, tag.path, image, keepsAttestations(request), cancel);
                if (!pushed)
                    return pushed.error();
            }
        }
        if (request.perArchTags) {
            for (const BuiltImage &image : images) {
                const Result<QByteArray> manifest = readFile(blobPath(image.layoutDir, image.digest));
                if (!manifest)
                    return manifest.error();
                const QString archTag = Registry::ImageCopier::perArchTagFor(image.platform, tag.tag);
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
            return verifyError(Tr::tr("%1 serves %2, not the index just pushed (%3).")
                                   .arg(tag.toString(), served->descriptor.digest.toString(), outcome.indexDigest),
                               tag.toString());
        outcome.verification.append(Tr::tr("%1 -> %2 (%3 platforms)").arg(tag.toString(), outcome.indexDigest).arg(images.size()));
        const auto source = std::make_shared<Registry::RegistryContentSource>(session, tag.repositoryOnly());
        const Result<QStringList> verified = verifyTree(source, outcome.indexDigest, images, tag.toString());
        if (!verified)
            return verified.error();
        outcome.verification.append(*verified);
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
                return Error(QStringLiteral("build.layout.write"), Tr::tr("Cannot write blob %1.").arg(name), destination);
        }
    }
    const QByteArray index = indexJson(images, request);
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
    if (!layoutMarker.open(QIODevice::WriteOnly) || layoutMarker.write("{\"imageLayoutVersion\":\"1.0.0\"}") < 0)
        return Error(QStringLiteral("build.layout.write"), layoutMarker.errorString(), layoutMarker.fileName());
    layoutMarker.close(); // the verifier below reads it

    // Verify what a reader of the layout gets, with core/oci's verifier.
    const Result<std::shared_ptr<Oci::OciLayoutSource>> layout = Oci::OciLayoutSource::openDirectory(target);
    if (!layout)
        return verifyError(layout.error().message, target);
    const Result<QStringList> verified = verifyTree(*layout, names.constFirst(), images, target);
    if (!verified)
        return verified.error();
    outcome.verification.append(*verified);
    return outcome;
}

} // namespace Manifold::Build
