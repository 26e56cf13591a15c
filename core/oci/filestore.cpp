#include "core/oci/filestore.h"

#include "core/oci/documentjson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
// Files up to this size are kept in memory when a tar is opened: index.json, manifest.json,
// manifests and configs are all far smaller, layers are not.
constexpr qint64 CacheFileLimit = 256 * 1024;
constexpr qint64 CacheTotalLimit = 32 * 1024 * 1024;

Error notFound(const QString &store, const QString &relativePath)
{
    return Error(QStringLiteral("oci.layout.missing-file"), Tr::tr("%1 is missing").arg(relativePath), store,
                 Tr::tr("The image store is incomplete; copy or save the image again."));
}

Error tooLarge(const QString &store, const QString &relativePath, qint64 size, qint64 limit)
{
    return Error(QStringLiteral("oci.content.too-large"),
                 Tr::tr("%1 is %2 bytes, over the %3-byte limit for this kind of content").arg(relativePath).arg(size).arg(limit),
                 store, Tr::tr("This content is not what its descriptor claims, or it must be streamed to a file."));
}

struct ArchiveReader
{
    archive *handle = archive_read_new();
    ~ArchiveReader() { archive_read_free(handle); }
    Status open(const QString &path)
    {
        archive_read_support_filter_all(handle);
        archive_read_support_format_tar(handle);
        archive_read_support_format_gnutar(handle);
        if (archive_read_open_filename(handle, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
            return Error(QStringLiteral("oci.archive.open"),
                         Tr::tr("Cannot read the archive: %1").arg(QString::fromUtf8(archive_error_string(handle))), path,
                         Tr::tr("Check that the file exists and is a tar archive (docker save, skopeo copy oci-archive:)."));
        return {};
    }
    Error failure(const QString &path) const
    {
        return Error(QStringLiteral("oci.archive.read"),
                     Tr::tr("The archive is damaged: %1").arg(QString::fromUtf8(archive_error_string(handle))), path,
                     Tr::tr("Save or copy the image again."));
    }
};

} // namespace

FileStore::~FileStore() = default;

DirectoryStore::DirectoryStore(QString directory)
    : m_directory(std::move(directory))
{}

qint64 DirectoryStore::size(const QString &relativePath) const
{
    const QFileInfo info(m_directory + QLatin1Char('/') + relativePath);
    return info.isFile() ? info.size() : -1;
}

Result<QByteArray> DirectoryStore::read(const QString &relativePath, qint64 maxSize)
{
    QFile file(m_directory + QLatin1Char('/') + relativePath);
    if (!file.exists())
        return notFound(m_directory, relativePath);
    if (file.size() > maxSize)
        return tooLarge(m_directory, relativePath, file.size(), maxSize);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("oci.layout.read"), Tr::tr("Cannot read %1: %2").arg(relativePath, file.errorString()),
                     m_directory, Tr::tr("Check the file permissions."));
    return file.read(maxSize + 1);
}

Status DirectoryStore::stream(const QString &relativePath, const Sink &sink)
{
    QFile file(m_directory + QLatin1Char('/') + relativePath);
    if (!file.exists())
        return notFound(m_directory, relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("oci.layout.read"), Tr::tr("Cannot read %1: %2").arg(relativePath, file.errorString()),
                     m_directory, Tr::tr("Check the file permissions."));
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return Error(QStringLiteral("oci.layout.read"), Tr::tr("Cannot read %1: %2").arg(relativePath, file.errorString()),
                         m_directory, {});
        if (got == 0)
            return {};
        if (Status status = sink(buffer.constData(), got); !status)
            return status;
    }
}

QStringList DirectoryStore::files() const
{
    QStringList result;
    QDirIterator it(m_directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(m_directory);
    while (it.hasNext())
        result.append(root.relativeFilePath(it.next()));
    return result;
}

QString TarStore::normalizeName(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')))
        return {};
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return {};
        parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

Result<std::unique_ptr<TarStore>> TarStore::open(const QString &archivePath)
{
    if (!QFileInfo(archivePath).isFile())
        return Error(QStringLiteral("oci.archive.missing"), Tr::tr("The archive does not exist"), archivePath,
                     Tr::tr("Check the path; create one with `docker save -o FILE IMAGE` or `skopeo copy ... oci-archive:FILE`."));
    std::unique_ptr<TarStore> store(new TarStore(archivePath));
    ArchiveReader reader;
    if (Status status = reader.open(archivePath); !status)
        return status.error();
    archive_entry *entry = nullptr;
    qint64 cached = 0;
    int entries = 0;
    for (;;) {
        const int rc = archive_read_next_header(reader.handle, &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return reader.failure(archivePath);
        ++entries;
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const QString raw = QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                                 : archive_entry_pathname(entry));
        const QString name = normalizeName(raw);
        if (name.isEmpty()) {
            store->m_skipped.append(raw);
            continue;
        }
        const qint64 size = archive_entry_size(entry);
        store->m_sizes.insert(name, size);
        if (size <= CacheFileLimit && cached + size <= CacheTotalLimit) {
            QByteArray data(size, Qt::Uninitialized);
            const la_ssize_t got = archive_read_data(reader.handle, data.data(), size_t(size));
            if (got != size)
                return reader.failure(archivePath);
            store->m_cache.insert(name, data);
            cached += size;
        }
    }
    if (entries == 0)
        return Error(QStringLiteral("oci.archive.empty"), Tr::tr("The archive has no entries"), archivePath,
                     Tr::tr("Save the image again."));
    return store;
}

qint64 TarStore::size(const QString &relativePath) const
{
    return m_sizes.value(relativePath, -1);
}

Result<QByteArray> TarStore::read(const QString &relativePath, qint64 maxSize)
{
    const qint64 fileSize = size(relativePath);
    if (fileSize < 0)
        return notFound(m_path, relativePath);
    if (fileSize > maxSize)
        return tooLarge(m_path, relativePath, fileSize, maxSize);
    {
        QMutexLocker locker(&m_cacheMutex);
        const auto it = m_cache.constFind(relativePath);
        if (it != m_cache.constEnd())
            return *it;
    }
    QByteArray data;
    data.reserve(fileSize);
    Status status = stream(relativePath, [&data](const char *chunk, qint64 length) -> Status {
        data.append(chunk, length);
        return {};
    });
    if (!status)
        return status.error();
    return data;
}

Status TarStore::stream(const QString &relativePath, const Sink &sink)
{
    if (size(relativePath) < 0)
        return notFound(m_path, relativePath);
    {
        QMutexLocker locker(&m_cacheMutex);
        const auto it = m_cache.constFind(relativePath);
        if (it != m_cache.constEnd()) {
            const QByteArray data = *it;
            locker.unlock();
            return sink(data.constData(), data.size());
        }
    }
    ArchiveReader reader;
    if (Status status = reader.open(m_path); !status)
        return status;
    archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(reader.handle, &entry);
        if (rc == ARCHIVE_EOF)
            return notFound(m_path, relativePath);
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return reader.failure(m_path);
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const char *utf8 = archive_entry_pathname_utf8(entry);
        if (normalizeName(QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry))) != relativePath)
            continue;
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.handle, buffer.data(), size_t(buffer.size()));
            if (got < 0)
                return reader.failure(m_path);
            if (got == 0)
                return {};
            if (Status status = sink(buffer.constData(), got); !status)
                return status;
        }
    }
}

} // namespace Manifold::Oci
