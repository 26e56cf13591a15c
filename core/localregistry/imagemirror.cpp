#include "core/localregistry/imagemirror.h"

#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"

#include "core/localregistry/registryendpoint.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrycontentsource.h"
#include "core/registry/registrysession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

} // namespace

QJsonObject MirrorResult::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("repository"), repository);
    object.insert(QStringLiteral("indexTag"), indexTag);
    object.insert(QStringLiteral("indexDigest"), indexDigest);
    object.insert(QStringLiteral("indexUnchanged"), indexUnchanged);
    QJsonArray array;
    for (const MirroredImage &image : images) {
        QJsonObject entry;
        entry.insert(QStringLiteral("platform"), image.platform.toDisplayString());
        entry.insert(QStringLiteral("tag"), image.tag);
        entry.insert(QStringLiteral("digest"), image.digest);
        entry.insert(QStringLiteral("attestation"), image.attestation);
        array.append(entry);
    }
    object.insert(QStringLiteral("images"), array);
    object.insert(QStringLiteral("blobsUploaded"), blobsUploaded);
    object.insert(QStringLiteral("blobsSkipped"), blobsSkipped);
    object.insert(QStringLiteral("bytesUploaded"), bytesUploaded);
    return object;
}

QString ImageMirror::perArchTag(const QString &tag, const Platform &platform)
{
    // The copier leaves "latest" out ("amd64"); the mirror always keeps the tag ("latest-amd64").
    const QString suffix = Registry::ImageCopier::perArchTagFor(platform, {});
    return tag.isEmpty() ? suffix : tag + QLatin1Char('-') + suffix;
}

Result<std::shared_ptr<Oci::ContentSource>> ImageMirror::openSource(const QString &specifier, QString *reference)
{
    const qsizetype colon = specifier.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? specifier.left(colon) : QString();
    QString rest = colon > 0 ? specifier.mid(colon + 1) : QString();
    QString ref;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        ref = rest.mid(at + 1);
        rest = rest.left(at);
    } else if (const qsizetype last = rest.lastIndexOf(QLatin1Char(':')); last >= 0 && !rest.mid(last + 1).contains(QLatin1Char('/'))) {
        ref = rest.mid(last + 1);
        rest = rest.left(last);
    }
    if (reference)
        *reference = ref;
    if (scheme == QLatin1String("oci") || scheme == QLatin1String("oci-layout")) {
        Result<std::shared_ptr<Oci::OciLayoutSource>> source = Oci::OciLayoutSource::openDirectory(rest);
        if (!source)
            return source.error();
        return std::shared_ptr<Oci::ContentSource>(*source);
    }
    if (scheme == QLatin1String("oci-archive") || scheme == QLatin1String("docker-archive")) {
        Result<std::shared_ptr<Oci::OciLayoutSource>> source = Oci::OciLayoutSource::openArchive(rest);
        if (!source)
            return source.error();
        return std::shared_ptr<Oci::ContentSource>(*source);
    }
    // Anything else is a registry reference: "docker://python:3.11-slim", "localhost:5000/app:1".
    QString text = specifier;
    if (scheme == QLatin1String("docker")) {
        text = specifier.mid(colon + 1);
        while (text.startsWith(QLatin1Char('/')))
            text.remove(0, 1);
    }
    if (Result<Registry::ImageReference> parsed = Registry::ImageReference::parse(text); parsed.ok()) {
        if (reference)
            *reference = parsed->manifestReference();
        auto session = std::make_shared<Registry::RegistrySession>();
        return std::shared_ptr<Oci::ContentSource>(
            std::make_shared<Registry::RegistryContentSource>(session, parsed->repositoryOnly()));
    } else if (scheme == QLatin1String("docker")) {
        return parsed.error();
    }
    return Error(QStringLiteral("localregistry.mirror.source"),
                 Tr::tr("Mirroring from \"%1\" is not supported").arg(specifier), specifier,
                 Tr::tr("Give an OCI layout (oci:DIR[:TAG]), an archive (oci-archive:FILE[:TAG]) or a registry "
                    "reference (docker://HOST/REPO:TAG); without registry access, copy it into a layout first: "
                    "skopeo copy --all docker://IMAGE oci:DIR:TAG"));
}

QString ImageMirror::defaultRepository(const QString &specifier)
{
    QString text = specifier;
    for (const QString &prefix : {QStringLiteral("oci-archive:"), QStringLiteral("docker-archive:"),
                                  QStringLiteral("oci-layout:"), QStringLiteral("oci:"), QStringLiteral("docker://")}) {
        if (text.startsWith(prefix)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    text = text.section(QLatin1Char('@'), 0, 0);
    QString last = text.section(QLatin1Char('/'), -1);
    if (last.contains(QLatin1Char(':')))
        last = last.section(QLatin1Char(':'), 0, 0);
    if (last.endsWith(QLatin1String(".tar")))
        last.chop(4);
    last = last.toLower();
    last.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("-"));
    return last.isEmpty() ? QStringLiteral("mirror") : last;
}

Result<MirrorResult> ImageMirror::run(const MirrorRequest &request, const ProgressCallback &progress,
                                      const Oci::CancelToken &cancel)
{
    using namespace Oci;
    if (!request.source)
        return Error(QStringLiteral("localregistry.mirror.source"), Tr::tr("No source image to mirror"));
    if (!request.pushIndex && !request.perArchTags)
        return Error(QStringLiteral("localregistry.mirror.nothing"), Tr::tr("Nothing to push: neither an index nor per-arch tags"),
                     {}, Tr::tr("Ask for --index, --per-arch-tags, or both."));
    const std::unique_ptr<Registry::RegistryClient> client = registryClientFor(request.destination);
    Result<Registry::ImageReference> repository =
        Registry::ImageReference::parseRepository(client->domain() + QLatin1Char('/') + request.repository);
    if (!repository)
        return repository.error();

    // The copier does the work: every manifest and blob verified before anything is written,
    // blobs the registry has skipped, children before the index, per-blob progress.
    Registry::CopyOptions options;
    options.platforms = request.platforms;
    options.requireAllPlatforms = true;
    options.perArchTags = request.perArchTags;
    // A single-platform source gets an index written here, after the copy: no root push then.
    Result<Oci::Descriptor> root = request.source->resolve(request.sourceReference).result();
    if (!root)
        return root.error();
    options.pushRoot = request.pushIndex && MediaTypes::isIndex(root->mediaType);
    const QString tag = request.tag;
    options.perArchTagName = [tag](const Platform &platform) { return perArchTag(tag, platform); };
    auto destination = std::make_shared<Registry::RegistryDestination>(client->session(), *repository);
    Registry::ImageCopier copier(request.source, request.sourceReference, destination, request.tag, options);
    copier.setBlobProgress([&](const Registry::BlobProgress &blob, const Registry::CopyTotals &totals) {
        if (!progress)
            return;
        MirrorProgress step;
        step.digest = blob.digest;
        step.blobIndex = blob.index + 1;
        step.blobCount = totals.blobs;
        step.total = blob.size;
        step.done = blob.isFinished() ? blob.size : blob.bytesDone;
        step.skipped = blob.state == Registry::BlobState::Skipped;
        step.state = Registry::BlobProgress::stateName(blob.state);
        switch (blob.state) {
        case Registry::BlobState::Skipped:
            step.message = Tr::tr("blob %1 already present").arg(blob.digest.left(19));
            break;
        case Registry::BlobState::Uploading:
        case Registry::BlobState::Downloading:
        case Registry::BlobState::Done:
            step.message = Tr::tr("uploading blob %1").arg(blob.digest.left(19));
            break;
        case Registry::BlobState::Failed:
            step.message = Tr::tr("blob %1 failed: %2").arg(blob.digest.left(19), blob.error);
            break;
        case Registry::BlobState::Queued:
        case Registry::BlobState::Mounted:
            step.message = Tr::tr("blob %1 %2").arg(blob.digest.left(19), step.state);
            break;
        }
        progress(step);
    });
    Result<Registry::CopyResult> copied = copier.run({}, cancel);
    if (!copied) {
        Error error = copied.error();
        if (error.code == QLatin1String("registry.copy.platform-missing"))
            error.code = QStringLiteral("localregistry.mirror.platform-missing");
        else if (error.code == QLatin1String("registry.copy.no-platform"))
            error.code = QStringLiteral("localregistry.mirror.no-platforms");
        return error;
    }

    MirrorResult result;
    result.repository = request.repository;
    for (const Registry::CopiedBlob &blob : copied->blobs) {
        if (blob.transfer == Registry::BlobTransfer::Skipped) {
            ++result.blobsSkipped;
        } else {
            ++result.blobsUploaded;
            result.bytesUploaded += blob.size;
        }
    }
    for (const Descriptor &manifest : copied->manifests) {
        MirroredImage image;
        image.attestation = manifest.isAttestation();
        image.platform = image.attestation ? Platform::unknown() : manifest.platform.value_or(Platform());
        image.digest = manifest.digest.toString();
        image.tag = copied->perArchTags.value(image.digest);
        result.images.append(image);
        if (progress) {
            MirrorProgress step;
            step.platform = image.platform.toDisplayString();
            step.digest = image.digest;
            step.message = image.tag.isEmpty() ? Tr::tr("pushed manifest %1").arg(manifest.digest.shortString())
                                               : Tr::tr("tagged %1:%2").arg(request.repository, image.tag);
            progress(step);
        }
    }
    if (!request.pushIndex)
        return result;

    if (MediaTypes::isIndex(copied->sourceRoot.mediaType)) {
        result.indexDigest = copied->destinationRoot.digest.toString();
        result.indexUnchanged = !copied->digestChanged;
    } else {
        // A single-platform source still gets the index the user asked for, listing its platform.
        QList<Descriptor> entries;
        for (const Descriptor &manifest : copied->manifests) {
            Descriptor entry = manifest;
            entry.annotations.clear();
            entries.append(entry);
        }
        const ImageIndex index = ImageIndex::create(entries, {}, MediaType::OciIndex);
        if (Status pushed = client->putManifest(request.repository, request.tag, index.mediaType(), index.rawBytes(), cancel);
            !pushed)
            return pushed.error();
        result.indexDigest = index.descriptor().digest.toString();
    }
    result.indexTag = request.tag;
    if (progress) {
        MirrorProgress step;
        step.digest = result.indexDigest;
        step.message = Tr::tr("pushed index %1:%2").arg(request.repository, request.tag);
        progress(step);
    }
    return result;
}

QFuture<Result<MirrorResult>> ImageMirror::runAsync(const MirrorRequest &request, const ProgressCallback &progress,
                                                    const Oci::CancelToken &cancel)
{
    return QtConcurrent::run([request, progress, cancel] { return run(request, progress, cancel); });
}

} // namespace Manifold::LocalRegistry
