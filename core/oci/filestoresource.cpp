#include "core/oci/filestoresource.h"

#include "core/oci/documentjson.h"

#include <QSaveFile>
#include <QtConcurrent>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

Error cancelled(const QString &location)
{
    return Error(QStringLiteral("oci.cancelled"), Tr::tr("Cancelled"), location, {});
}

} // namespace

Result<qint64> storedBlobSize(const FileStore &store, const QString &relativePath, const Descriptor &descriptor)
{
    const QString location = store.describe() + QLatin1Char('/') + relativePath;
    const qint64 size = store.size(relativePath);
    if (size < 0)
        return Error(QStringLiteral("oci.layout.missing-blob"), Tr::tr("Blob %1 is missing").arg(descriptor.digest.toString()),
                     location, Tr::tr("The image store is incomplete; copy or save the image again."));
    if (descriptor.size >= 0 && size != descriptor.size)
        return Error(QStringLiteral("oci.content.size-mismatch"),
                     Tr::tr("Blob %1 has %2 bytes, its descriptor declares %3").arg(descriptor.digest.toString()).arg(size).arg(descriptor.size),
                     location, Tr::tr("The blob is truncated or replaced; copy the image again."));
    return size;
}

Result<QString> writeVerifiedBlob(FileStore &store, const QString &relativePath, const Descriptor &descriptor,
                                  const QString &path, const ProgressCallback &progress, const CancelToken &cancel)
{
    const QString location = store.describe() + QLatin1Char('/') + relativePath;
    Result<qint64> checkedSize = storedBlobSize(store, relativePath, descriptor);
    if (!checkedSize)
        return checkedSize.error();
    const qint64 size = *checkedSize;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("oci.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), path,
                     Tr::tr("Check that the directory exists and is writable."));
    ContentVerifier verifier(descriptor.digest, descriptor.size, location);
    qint64 done = 0;
    Status status = store.stream(relativePath, [&](const char *data, qint64 length) -> Status {
        if (cancel.isCancelled())
            return cancelled(location);
        if (Status checked = verifier.addData(data, length); !checked)
            return checked;
        if (file.write(data, length) != length)
            return Error(QStringLiteral("oci.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), path,
                         Tr::tr("Check the free disk space."));
        done += length;
        if (progress)
            progress(done, size);
        return {};
    });
    if (status)
        status = verifier.finish();
    if (!status) {
        file.cancelWriting();
        return status.error();
    }
    if (!file.commit())
        return Error(QStringLiteral("oci.write"), Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), path,
                     Tr::tr("Check the free disk space."));
    return path;
}

QFuture<Result<Descriptor>> FileStoreSource::resolve(const QString &reference)
{
    return QtConcurrent::run([self = shared_from_this(), reference] { return self->resolveNow(reference); });
}

QFuture<Result<QByteArray>> FileStoreSource::fetchManifest(const Descriptor &descriptor)
{
    return QtConcurrent::run([self = shared_from_this(), descriptor] { return self->fetchManifestNow(descriptor); });
}

QFuture<Result<QByteArray>> FileStoreSource::fetchBlob(const Descriptor &descriptor)
{
    return QtConcurrent::run([self = shared_from_this(), descriptor] { return self->fetchBlobNow(descriptor); });
}

QFuture<Result<QString>> FileStoreSource::fetchBlobToFile(const Descriptor &descriptor, const QString &path,
                                                          ProgressCallback progress, CancelToken cancel)
{
    return QtConcurrent::run([self = shared_from_this(), descriptor, path, progress, cancel] {
        return self->fetchBlobToFileNow(descriptor, path, progress, cancel);
    });
}

QFuture<Result<QStringList>> FileStoreSource::listReferences()
{
    return QtFuture::makeReadyFuture(Result<QStringList>(references()));
}

Result<QString> FileStoreSource::fetchBlobToFileNow(const Descriptor &descriptor, const QString &path,
                                                    const ProgressCallback &progress, const CancelToken &cancel) const
{
    Result<QString> file = blobFile(descriptor);
    if (!file)
        return file.error();
    return writeVerifiedBlob(*m_store, *file, descriptor, path, progress, cancel);
}

Status FileStoreSource::streamBlob(const Descriptor &descriptor, const FileStore::Sink &sink, const CancelToken &cancel) const
{
    Result<QString> file = blobFile(descriptor);
    if (!file)
        return file.error();
    const QString location = m_store->describe() + QLatin1Char('/') + *file;
    ContentVerifier verifier(descriptor.digest, descriptor.size, location);
    Status status = m_store->stream(*file, [&](const char *data, qint64 length) -> Status {
        if (cancel.isCancelled())
            return cancelled(location);
        if (Status checked = verifier.addData(data, length); !checked)
            return checked;
        return sink(data, length);
    });
    if (!status)
        return status;
    return verifier.finish();
}

} // namespace Manifold::Oci
