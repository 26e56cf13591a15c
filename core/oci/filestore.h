#pragma once

#include "core/utils/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

namespace Manifold::Oci {

// Read access to the files of an image store by relative path ("index.json",
// "blobs/sha256/<hex>"): a directory or a tar archive read in place with libarchive.
// Implementations are safe to use from several threads at once.
class FileStore
{
public:
    using Sink = std::function<Status(const char *data, qint64 length)>;

    virtual ~FileStore();
    virtual QString describe() const = 0; // the directory or archive path
    // Size of a regular file, -1 when it does not exist.
    virtual qint64 size(const QString &relativePath) const = 0;
    bool exists(const QString &relativePath) const { return size(relativePath) >= 0; }
    // Reads a whole file; refuses files over `maxSize` before reading them.
    virtual Result<QByteArray> read(const QString &relativePath, qint64 maxSize) = 0;
    // Streams a file in chunks into `sink`; an error from the sink stops the stream.
    virtual Status stream(const QString &relativePath, const Sink &sink) = 0;
    virtual QStringList files() const = 0;
};

class DirectoryStore : public FileStore
{
public:
    explicit DirectoryStore(QString directory);
    QString describe() const override { return m_directory; }
    qint64 size(const QString &relativePath) const override;
    Result<QByteArray> read(const QString &relativePath, qint64 maxSize) override;
    Status stream(const QString &relativePath, const Sink &sink) override;
    QStringList files() const override;

private:
    QString m_directory;
};

// A tar archive (optionally compressed). open() reads the table of contents once and keeps
// small metadata files in memory; other files are found again by a sequential pass, which
// for an uncompressed tar skips data by seeking.
class TarStore : public FileStore
{
public:
    static Result<std::unique_ptr<TarStore>> open(const QString &archivePath);

    QString describe() const override { return m_path; }
    qint64 size(const QString &relativePath) const override;
    Result<QByteArray> read(const QString &relativePath, qint64 maxSize) override;
    Status stream(const QString &relativePath, const Sink &sink) override;
    QStringList files() const override { return m_sizes.keys(); }
    // Entries skipped because their names were unsafe (absolute, "..").
    QStringList skippedEntries() const { return m_skipped; }

    // "./a//b" -> "a/b"; empty for names that escape the root.
    static QString normalizeName(const QString &name);

private:
    explicit TarStore(QString path) : m_path(std::move(path)) {}

    QString m_path;
    QHash<QString, qint64> m_sizes;
    QStringList m_skipped;
    mutable QMutex m_cacheMutex;
    QHash<QString, QByteArray> m_cache;
};

} // namespace Manifold::Oci
