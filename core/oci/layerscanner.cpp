#include "core/oci/layerscanner.h"

#include "core/oci/documentjson.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>

#include <archive.h>
#include <archive_entry.h>
#include <zstd.h>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

constexpr qint64 ReadBlock = 256 * 1024;

struct ReadContext
{
    const LayerScanner::Reader *reader = nullptr;
    QByteArray buffer;
    qint64 total = 0;
    bool failed = false;
    const CancelToken *cancel = nullptr;
};

la_ssize_t readCallback(archive *handle, void *data, const void **block)
{
    auto *context = static_cast<ReadContext *>(data);
    if (context->cancel->isCancelled()) {
        archive_set_error(handle, ECANCELED, "cancelled");
        return -1;
    }
    const qint64 got = (*context->reader)(context->buffer.data(), context->buffer.size());
    if (got < 0) {
        context->failed = true;
        archive_set_error(handle, EIO, "read error");
        return -1;
    }
    context->total += got;
    *block = context->buffer.constData();
    return la_ssize_t(got);
}

LayerEntry::Type entryType(archive_entry *entry)
{
    if (archive_entry_hardlink(entry))
        return LayerEntry::Type::Hardlink;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: return LayerEntry::Type::File;
    case AE_IFDIR: return LayerEntry::Type::Directory;
    case AE_IFLNK: return LayerEntry::Type::Symlink;
    case AE_IFCHR: return LayerEntry::Type::CharDevice;
    case AE_IFBLK: return LayerEntry::Type::BlockDevice;
    case AE_IFIFO: return LayerEntry::Type::Fifo;
    case AE_IFSOCK: return LayerEntry::Type::Socket;
    default: return LayerEntry::Type::Other;
    }
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    return QString::fromLocal8Bit(archive_entry_pathname(entry));
}

// Puts back the bytes read to sniff the format, then passes the stream through.
class PeekingReader
{
public:
    explicit PeekingReader(const LayerScanner::Reader &source) : m_source(source) {}
    // Reads until `count` bytes are buffered or the stream ends.
    QByteArray peek(qint64 count)
    {
        QByteArray chunk(count, Qt::Uninitialized);
        while (m_pending.size() < count) {
            const qint64 got = m_source(chunk.data(), count - m_pending.size());
            if (got <= 0) {
                m_failed = got < 0;
                break;
            }
            m_pending.append(chunk.constData(), got);
        }
        return m_pending;
    }
    qint64 read(char *buffer, qint64 capacity)
    {
        if (m_failed)
            return -1;
        if (!m_pending.isEmpty()) {
            const qint64 count = qMin<qint64>(capacity, m_pending.size());
            memcpy(buffer, m_pending.constData(), size_t(count));
            m_pending.remove(0, count);
            return count;
        }
        return m_source(buffer, capacity);
    }

private:
    const LayerScanner::Reader &m_source;
    QByteArray m_pending;
    bool m_failed = false;
};

// zstd layers are decompressed with libzstd directly: with large buffers it runs at the speed
// of `zstd -dc`, well ahead of libarchive's own zstd filter.
class ZstdReader
{
public:
    explicit ZstdReader(PeekingReader &source)
        : m_source(source), m_stream(ZSTD_createDStream()), m_input(qint64(ZSTD_DStreamInSize()) * 4, Qt::Uninitialized)
    {
        ZSTD_initDStream(m_stream);
    }
    ~ZstdReader() { ZSTD_freeDStream(m_stream); }
    ZstdReader(const ZstdReader &) = delete;
    ZstdReader &operator=(const ZstdReader &) = delete;

    qint64 read(char *buffer, qint64 capacity)
    {
        ZSTD_outBuffer out{buffer, size_t(capacity), 0};
        while (out.pos == 0) {
            if (m_in.pos == m_in.size) {
                const qint64 got = m_source.read(m_input.data(), m_input.size());
                if (got < 0)
                    return -1;
                if (got == 0)
                    return m_frameOpen ? -1 : 0; // a truncated frame is an error
                m_in = ZSTD_inBuffer{m_input.constData(), size_t(got), 0};
            }
            const size_t rc = ZSTD_decompressStream(m_stream, &out, &m_in);
            if (ZSTD_isError(rc))
                return -1;
            m_frameOpen = rc != 0;
        }
        return qint64(out.pos);
    }

private:
    PeekingReader &m_source;
    ZSTD_DStream *m_stream;
    QByteArray m_input;
    ZSTD_inBuffer m_in{nullptr, 0, 0};
    bool m_frameOpen = false;
};

} // namespace

QString LayerEntry::typeName(Type type)
{
    switch (type) {
    case Type::File: return QStringLiteral("file");
    case Type::Directory: return QStringLiteral("dir");
    case Type::Symlink: return QStringLiteral("symlink");
    case Type::Hardlink: return QStringLiteral("hardlink");
    case Type::CharDevice: return QStringLiteral("char");
    case Type::BlockDevice: return QStringLiteral("block");
    case Type::Fifo: return QStringLiteral("fifo");
    case Type::Socket: return QStringLiteral("socket");
    case Type::Other: break;
    }
    return QStringLiteral("other");
}

QJsonObject LayerEntry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("type"), typeName(type));
    object.insert(QStringLiteral("size"), size);
    object.insert(QStringLiteral("mode"), QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0')));
    if (!linkTarget.isEmpty())
        object.insert(QStringLiteral("linkTarget"), linkTarget);
    return object;
}

QJsonObject LayerBinary::toJson() const
{
    QJsonObject object = info.toJson();
    object.insert(QStringLiteral("path"), path);
    return object;
}

QJsonObject LayerScan::toJson(bool includeEntries) const
{
    QJsonObject object;
    object.insert(QStringLiteral("entryCount"), entryCount);
    object.insert(QStringLiteral("truncated"), truncated);
    object.insert(QStringLiteral("uncompressedSize"), uncompressedSize);
    object.insert(QStringLiteral("compressedSize"), compressedSize);
    object.insert(QStringLiteral("compression"), compression);
    QJsonArray binaryArray;
    for (const LayerBinary &binary : binaries)
        binaryArray.append(binary.toJson());
    object.insert(QStringLiteral("binaries"), binaryArray);
    object.insert(QStringLiteral("whiteouts"), QJsonArray::fromStringList(whiteouts));
    object.insert(QStringLiteral("opaqueDirectories"), QJsonArray::fromStringList(opaqueDirectories));
    if (!unsafeEntries.isEmpty())
        object.insert(QStringLiteral("unsafeEntries"), QJsonArray::fromStringList(unsafeEntries));
    if (includeEntries) {
        QJsonArray entryArray;
        for (const LayerEntry &entry : entries)
            entryArray.append(entry.toJson());
        object.insert(QStringLiteral("entries"), entryArray);
    }
    return object;
}

LayerScanner::LayerScanner(LayerScanOptions options)
    : m_options(std::move(options))
{}

QString LayerScanner::safePath(const QString &name)
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

Result<LayerScan> LayerScanner::scan(const Reader &source, const QString &location) const
{
    qint64 compressedBytes = 0;
    const Reader counting = [&](char *buffer, qint64 capacity) -> qint64 {
        const qint64 got = source(buffer, capacity);
        compressedBytes += qMax<qint64>(0, got);
        return got;
    };
    PeekingReader peeking(counting);
    const bool zstd = peeking.peek(4).startsWith("\x28\xb5\x2f\xfd");
    std::optional<ZstdReader> zstdReader;
    if (zstd)
        zstdReader.emplace(peeking);
    const Reader reader = [&](char *buffer, qint64 capacity) -> qint64 {
        return zstdReader ? zstdReader->read(buffer, capacity) : peeking.read(buffer, capacity);
    };
    ReadContext context;
    context.reader = &reader;
    context.buffer = QByteArray(ReadBlock, Qt::Uninitialized);
    context.cancel = &m_options.cancel;

    archive *handle = archive_read_new();
    const auto freeHandle = qScopeGuard([handle] { archive_read_free(handle); });
    archive_read_support_filter_gzip(handle);
    archive_read_support_filter_zstd(handle);
    archive_read_support_filter_none(handle);
    archive_read_support_format_tar(handle);
    archive_read_support_format_gnutar(handle);
    auto failure = [&](const char *what) -> Error {
        if (m_options.cancel.isCancelled())
            return Error(QStringLiteral("oci.cancelled"), Tr::tr("Cancelled"), location, {});
        return Error(QStringLiteral("oci.layer.read"),
                     Tr::tr("%1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(archive_error_string(handle))),
                     location, Tr::tr("The layer is not a (gzip/zstd-compressed) tar, or it is damaged."));
    };
    if (archive_read_open(handle, &context, nullptr, readCallback, nullptr) != ARCHIVE_OK)
        return failure("cannot read the layer");

    LayerScan scan;
    QByteArray header(m_options.headerBytes, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(handle, &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return failure("the layer is damaged");
        if (scan.entryCount == 0) {
            const int filter = archive_filter_code(handle, 0);
            scan.compression = zstd                          ? QStringLiteral("zstd")
                             : filter == ARCHIVE_FILTER_GZIP ? QStringLiteral("gzip")
                             : filter == ARCHIVE_FILTER_ZSTD ? QStringLiteral("zstd")
                                                             : QStringLiteral("none");
        }
        ++scan.entryCount;
        const QString raw = entryName(entry);
        const QString path = safePath(raw);
        if (path.isEmpty()) {
            if (raw != QLatin1String(".") && raw != QLatin1String("./"))
                scan.unsafeEntries.append(raw);
            continue;
        }
        const LayerEntry::Type type = entryType(entry);
        // A hard link names another entry of the layer; one that climbs out of it would make an
        // extracting runtime link to a file of the host.
        if (type == LayerEntry::Type::Hardlink) {
            const char *target = archive_entry_hardlink_utf8(entry) ? archive_entry_hardlink_utf8(entry)
                                                                    : archive_entry_hardlink(entry);
            // Still listed (with its real target) so the inspector can show it.
            if (safePath(QString::fromUtf8(target)).isEmpty())
                scan.unsafeEntries.append(raw);
        }

        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString base = path.mid(slash + 1);
        if (base.startsWith(QLatin1String(".wh."))) {
            const QString directory = slash < 0 ? QString() : path.left(slash);
            if (base == QLatin1String(".wh..wh..opq"))
                scan.opaqueDirectories.append(directory.isEmpty() ? QStringLiteral(".") : directory);
            else
                scan.whiteouts.append((directory.isEmpty() ? QString() : directory + QLatin1Char('/')) + base.mid(4));
            continue;
        }

        const qint64 size = type == LayerEntry::Type::File ? archive_entry_size(entry) : 0;
        scan.uncompressedSize += size;
        if (m_options.listEntries) {
            if (scan.entries.size() < m_options.maxEntries) {
                LayerEntry item;
                item.path = path;
                item.type = type;
                item.size = size;
                item.mode = quint32(archive_entry_perm(entry));
                if (type == LayerEntry::Type::Symlink)
                    item.linkTarget = QString::fromUtf8(archive_entry_symlink_utf8(entry) ? archive_entry_symlink_utf8(entry)
                                                                                          : archive_entry_symlink(entry));
                else if (type == LayerEntry::Type::Hardlink)
                    item.linkTarget = QString::fromUtf8(archive_entry_hardlink_utf8(entry) ? archive_entry_hardlink_utf8(entry)
                                                                                           : archive_entry_hardlink(entry));
                scan.entries.append(item);
            } else {
                scan.truncated = true;
            }
        }
        if (type != LayerEntry::Type::File || size < 4)
            continue;
        // Only the header; libarchive skips (or decompresses past) the rest.
        qint64 got = 0;
        while (got < header.size()) {
            const la_ssize_t n = archive_read_data(handle, header.data() + got, size_t(header.size() - got));
            if (n < 0)
                return failure("the layer is damaged");
            if (n == 0)
                break;
            got += n;
        }
        const std::optional<BinaryInfo> info = BinaryInfo::identify(QByteArray::fromRawData(header.constData(), got));
        if (!info)
            continue;
        if (scan.binaries.size() >= m_options.maxBinaries) {
            scan.truncated = true;
            continue;
        }
        scan.binaries.append(LayerBinary{path, *info});
    }
    if (context.failed)
        return failure("cannot read the layer");
    scan.compressedSize = compressedBytes;
    if (scan.compression.isEmpty())
        scan.compression = zstd ? QStringLiteral("zstd") : QStringLiteral("none");
    return scan;
}

Result<LayerScan> LayerScanner::scanFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("oci.layer.open"), Tr::tr("Cannot read the layer: %1").arg(file.errorString()), path,
                     Tr::tr("Check that the file exists and is readable."));
    return scan([&file](char *buffer, qint64 capacity) { return file.read(buffer, capacity); }, path);
}

Result<LayerScan> LayerScanner::scanFile(const QString &path, const Descriptor &expected) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("oci.layer.open"), Tr::tr("Cannot read the layer: %1").arg(file.errorString()), path,
                     Tr::tr("Check that the file exists and is readable."));
    if (expected.size >= 0 && file.size() != expected.size)
        return Error(QStringLiteral("oci.content.size-mismatch"),
                     Tr::tr("Blob %1 has %2 bytes, its descriptor declares %3").arg(expected.digest.toString()).arg(file.size()).arg(expected.size),
                     path, Tr::tr("The blob is truncated or replaced; copy the image again."));
    ContentVerifier verifier(expected.digest, expected.size, path);
    Status verifyStatus;
    Result<LayerScan> result = scan([&](char *buffer, qint64 capacity) -> qint64 {
        const qint64 got = file.read(buffer, capacity);
        if (got > 0) {
            if (Status status = verifier.addData(buffer, got); !status) {
                verifyStatus = status;
                return -1;
            }
        }
        return got;
    }, path);
    if (!verifyStatus)
        return verifyStatus.error();
    if (!result)
        return result;
    // libarchive may stop before the end (tar end-of-archive blocks); hash the rest.
    QByteArray rest(ReadBlock, Qt::Uninitialized);
    for (qint64 got; (got = file.read(rest.data(), rest.size())) > 0;) {
        if (Status status = verifier.addData(rest.constData(), got); !status)
            return status.error();
    }
    if (Status status = verifier.finish(); !status)
        return status.error();
    return result;
}

Result<LayerScan> LayerScanner::scanBytes(const QByteArray &bytes, const QString &location) const
{
    qint64 offset = 0;
    return scan([&](char *buffer, qint64 capacity) -> qint64 {
        const qint64 count = qMin(capacity, bytes.size() - offset);
        memcpy(buffer, bytes.constData() + offset, size_t(count));
        offset += count;
        return count;
    }, location);
}

} // namespace Manifold::Oci
