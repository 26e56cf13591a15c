#pragma once

#include "core/oci/binaryinfo.h"
#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/utils/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Manifold::Oci {

struct LayerEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, CharDevice, BlockDevice, Fifo, Socket, Other };

    QString path;       // normalized, relative ("usr/bin/sh")
    Type type = Type::File;
    qint64 size = 0;
    quint32 mode = 0;   // permission bits
    QString linkTarget; // symlink or hardlink target
    QJsonObject toJson() const;
    static QString typeName(Type type);
};

struct LayerBinary
{
    QString path;
    BinaryInfo info;
    QJsonObject toJson() const;
};

// Result of one pass over a layer.
struct LayerScan
{
    QList<LayerEntry> entries;     // at most LayerScanOptions::maxEntries
    bool truncated = false;        // entries (or binaries) were capped
    qint64 entryCount = 0;         // all entries seen
    qint64 uncompressedSize = 0;   // sum of regular file sizes
    qint64 compressedSize = 0;     // bytes read from the blob
    QList<LayerBinary> binaries;   // executables / libraries by format
    QStringList whiteouts;         // paths deleted by this layer (".wh.<name>")
    QStringList opaqueDirectories; // directories whose lower content is hidden (".wh..wh..opq")
    QStringList unsafeEntries;     // absolute paths or ".." components: refused for extraction
    QString compression;           // "gzip", "zstd", "none"

    QJsonObject toJson(bool includeEntries = true) const;
};

struct LayerScanOptions
{
    int maxEntries = 20000;        // file list cap (memory bound)
    int maxBinaries = 5000;
    int headerBytes = 4096;        // bytes of each regular file read for identification
    bool listEntries = true;
    CancelToken cancel;
};

// Streams a layer (tar, tar+gzip, tar+zstd; the format is sniffed) through libarchive once,
// never writing to disk, reading only the first headerBytes of each regular file.
class LayerScanner
{
public:
    // Pulls up to `capacity` bytes into `buffer`; returns the count, 0 at the end, -1 on error.
    using Reader = std::function<qint64(char *buffer, qint64 capacity)>;

    explicit LayerScanner(LayerScanOptions options = {});

    Result<LayerScan> scan(const Reader &reader, const QString &location) const;
    Result<LayerScan> scanFile(const QString &path) const;
    // Also checks size and digest while reading (a blob file from a layout).
    Result<LayerScan> scanFile(const QString &path, const Descriptor &expected) const;
    Result<LayerScan> scanBytes(const QByteArray &bytes, const QString &location = {}) const;

    // Path normalization used for listing: "" when the name is absolute or climbs with "..".
    static QString safePath(const QString &name);

private:
    LayerScanOptions m_options;
};

} // namespace Manifold::Oci
