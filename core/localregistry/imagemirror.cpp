#include "core/localregistry/imagemirror.h"

#include "core/oci/imageconfig.h"
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
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

template<typename T>
Result<T> wait(QFuture<Result<T>> future)
{
    future.waitForFinished();
    return future.result();
}

// One manifest to copy, with what it needs.
struct Item
{
    Oci::Descriptor descriptor;
    Platform platform;
    bool attestation = false;
    QByteArray bytes;
    QList<Oci::Descriptor> blobs;
};

QString platformList(const QList<Platform> &platforms)
{
    QStringList names;
    for (const Platform &platform : platforms)
        names.append(platform.toDisplayString());
    return names.join(QStringLiteral(", "));
}

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
    const QString where = request.source->describe();
    Result<Descriptor> root = wait(request.source->resolve(request.sourceReference));
    if (!root)
        return root.error();
    Result<QByteArray> rootBytes = wait(request.source->fetchManifest(*root));
    if (!rootBytes)
        return rootBytes.error();

    QList<Item> items;
    std::optional<ImageIndex> sourceIndex;
    bool everything = true;
    if (MediaTypes::isIndex(root->mediaType)) {
        Result<ImageIndex> index = ImageIndex::parse(*rootBytes, root->mediaType, where);
        if (!index)
            return index.error();
        sourceIndex = *index;
        const QList<Descriptor> entries = index->platformEntries();
        QList<Platform> available;
        for (const Descriptor &entry : entries)
            available.append(entry.platform.value_or(Platform()));
        QList<Descriptor> selected;
        if (request.platforms.isEmpty()) {
            selected = entries;
        } else {
            QStringList missing;
            for (const Platform &wanted : request.platforms) {
                bool found = false;
                for (const Descriptor &entry : entries) {
                    if (entry.platform && entry.platform->normalized() == wanted.normalized()) {
                        if (!selected.contains(entry))
                            selected.append(entry);
                        found = true;
                    }
                }
                if (!found)
                    missing.append(wanted.toDisplayString());
            }
            if (!missing.isEmpty())
                return Error(QStringLiteral("localregistry.mirror.platform-missing"),
                             Tr::tr("The source image has no %1; it has only %2").arg(missing.join(QStringLiteral(", ")),
                                                                                   platformList(available)),
                             where,
                             Tr::tr("Mirror from a source that has every platform you need (for example the upstream "
                                "multi-arch tag), or ask only for the platforms listed."));
            everything = selected.size() == entries.size();
        }
        if (selected.isEmpty())
            return Error(QStringLiteral("localregistry.mirror.no-platforms"), Tr::tr("The source index lists no platform images"),
                         where);
        QSet<QString> selectedDigests;
        for (const Descriptor &entry : selected) {
            items.append({entry, entry.platform.value_or(Platform()), false, {}, {}});
            selectedDigests.insert(entry.digest.toString());
        }
        for (const Descriptor &entry : index->attestationEntries()) {
            if (selectedDigests.contains(entry.attestationSubject()))
                items.append({entry, Platform::unknown(), true, {}, {}});
        }
    } else if (MediaTypes::isImageManifest(root->mediaType)) {
        Result<ImageManifest> manifest = ImageManifest::parse(*rootBytes, root->mediaType, where);
        if (!manifest)
            return manifest.error();
        Result<QByteArray> configBytes = wait(request.source->fetchBlob(manifest->config()));
        if (!configBytes)
            return configBytes.error();
        Result<ImageConfig> config = ImageConfig::parse(*configBytes, where);
        if (!config)
            return config.error();
        const Platform platform = config->platform();
        bool wanted = request.platforms.isEmpty();
        for (const Platform &p : request.platforms)
            wanted = wanted || p.normalized() == platform.normalized();
        if (!wanted)
            return Error(QStringLiteral("localregistry.mirror.platform-missing"),
                         Tr::tr("The source is a single-platform image for %1; it has no %2")
                             .arg(platform.toDisplayString(), platformList(request.platforms)),
                         where, Tr::tr("Mirror from a multi-platform index instead."));
        items.append({*root, platform, false, {}, {}});
    } else {
        return Error(QStringLiteral("localregistry.mirror.media-type"),
                     Tr::tr("The source reference is neither an image manifest nor an index (%1)").arg(root->mediaType), where);
    }

    // Manifests first: they name every blob, so progress knows the total up front.
    QList<Descriptor> blobs;
    QSet<QString> seen;
    for (Item &item : items) {
        Result<QByteArray> bytes = item.descriptor.digest == root->digest ? Result<QByteArray>(*rootBytes)
                                                                          : wait(request.source->fetchManifest(item.descriptor));
        if (!bytes)
            return bytes.error();
        Result<ImageManifest> manifest = ImageManifest::parse(*bytes, item.descriptor.mediaType, where);
        if (!manifest)
            return manifest.error();
        item.bytes = *bytes;
        item.blobs = QList<Descriptor>{manifest->config()} + manifest->layers();
        for (const Descriptor &blob : item.blobs) {
            if (!seen.contains(blob.digest.toString())) {
                seen.insert(blob.digest.toString());
                blobs.append(blob);
            }
        }
    }

    const std::unique_ptr<Registry::RegistryClient> destination = registryClientFor(request.destination);
    Registry::RegistryClient &client = *destination;
    MirrorResult result;
    result.repository = request.repository;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(QStringLiteral("localregistry.mirror.scratch"), Tr::tr("Cannot create a temporary directory"),
                     scratch.path(), scratch.errorString());
    for (int i = 0; i < blobs.size(); ++i) {
        if (cancel.isCancelled())
            return Error(QStringLiteral("localregistry.mirror.cancelled"), Tr::tr("Mirroring was cancelled"), where);
        const Descriptor &blob = blobs.at(i);
        MirrorProgress step;
        step.digest = blob.digest.toString();
        step.blobIndex = i + 1;
        step.blobCount = static_cast<int>(blobs.size());
        step.total = blob.size;
        Result<std::optional<qint64>> present = client.blobSize(request.repository, blob.digest.toString(), cancel);
        if (!present)
            return present.error();
        if (present->has_value()) {
            ++result.blobsSkipped;
            step.skipped = true;
            step.done = blob.size;
            step.message = Tr::tr("blob %1 already present").arg(blob.digest.shortString());
            if (progress)
                progress(step);
            continue;
        }
        const QString path = scratch.filePath(blob.digest.encoded());
        Result<QString> fetched = wait(request.source->fetchBlobToFile(blob, path, {}, cancel));
        if (!fetched)
            return fetched.error();
        step.message = Tr::tr("uploading blob %1").arg(blob.digest.shortString());
        Status uploaded = client.uploadBlobFromFile(request.repository, blob, path,
                                                [&](qint64 done, qint64) {
                                                    step.done = done;
                                                    if (progress)
                                                        progress(step);
                                                },
                                                cancel);
        QFile::remove(path);
        if (!uploaded)
            return uploaded.error();
        ++result.blobsUploaded;
        result.bytesUploaded += blob.size;
        step.done = blob.size;
        if (progress)
            progress(step);
    }

    for (const Item &item : items) {
        const QString digest = item.descriptor.digest.toString();
        Status pushed = client.putManifest(request.repository, digest, item.descriptor.mediaType, item.bytes, cancel);
        if (!pushed)
            return pushed.error();
        MirroredImage image;
        image.platform = item.platform;
        image.digest = digest;
        image.attestation = item.attestation;
        if (request.perArchTags && !item.attestation) {
            image.tag = perArchTag(request.tag, item.platform);
            Status tagged = client.putManifest(request.repository, image.tag, item.descriptor.mediaType, item.bytes, cancel);
            if (!tagged)
                return tagged.error();
        }
        if (progress) {
            MirrorProgress step;
            step.platform = item.platform.toDisplayString();
            step.digest = digest;
            step.message = image.tag.isEmpty() ? Tr::tr("pushed manifest %1").arg(item.descriptor.digest.shortString())
                                               : Tr::tr("tagged %1:%2").arg(request.repository, image.tag);
            progress(step);
        }
        result.images.append(image);
    }

    if (request.pushIndex) {
        QByteArray indexBytes;
        QString indexType;
        if (sourceIndex && everything) {
            indexBytes = sourceIndex->rawBytes();
            indexType = sourceIndex->mediaType();
            result.indexUnchanged = true;
        } else {
            QList<Descriptor> entries;
            for (const Item &item : items) {
                Descriptor entry = item.descriptor;
                if (!sourceIndex) {
                    entry.platform = item.platform;
                    entry.annotations.clear();
                }
                entries.append(entry);
            }
            const ImageIndex index = ImageIndex::create(entries, sourceIndex ? sourceIndex->annotations() : QMap<QString, QString>{},
                                                        sourceIndex ? sourceIndex->mediaType() : MediaType::OciIndex);
            indexBytes = index.rawBytes();
            indexType = index.mediaType();
        }
        Status pushed = client.putManifest(request.repository, request.tag, indexType, indexBytes, cancel);
        if (!pushed)
            return pushed.error();
        result.indexTag = request.tag;
        result.indexDigest = Digest::of(indexBytes).toString();
        if (progress) {
            MirrorProgress step;
            step.digest = result.indexDigest;
            step.message = Tr::tr("pushed index %1:%2").arg(request.repository, request.tag);
            progress(step);
        }
    }
    return result;
}

QFuture<Result<MirrorResult>> ImageMirror::runAsync(const MirrorRequest &request, const ProgressCallback &progress,
                                                    const Oci::CancelToken &cancel)
{
    return QtConcurrent::run([request, progress, cancel] { return run(request, progress, cancel); });
}

} // namespace Manifold::LocalRegistry
