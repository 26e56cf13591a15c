#include "core/oci/ocilayoutwriter.h"

#include "core/oci/documentjson.h"
#include "core/oci/index.h"
#include "core/oci/mediatypes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

bool fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error writeError(const QString &path, const QString &why)
{
    return Error(QStringLiteral("oci.layout.write"), Tr::tr("Cannot write the layout: %1").arg(why), path,
                 Tr::tr("Check that the parent directory is writable and has free space."));
}

// Atomically swaps two paths (Linux renameat2 RENAME_EXCHANGE).
bool exchangePaths(const QString &a, const QString &b)
{
#ifdef SYS_renameat2
    constexpr unsigned int RenameExchange = 2; // RENAME_EXCHANGE
    return ::syscall(SYS_renameat2, AT_FDCWD, QFile::encodeName(a).constData(), AT_FDCWD,
                     QFile::encodeName(b).constData(), RenameExchange) == 0;
#else
    Q_UNUSED(a);
    Q_UNUSED(b);
    return false;
#endif
}

} // namespace

OciLayoutWriter::OciLayoutWriter(QString targetDirectory, Mode mode)
    : m_target(QFileInfo(targetDirectory).absoluteFilePath())
    , m_mode(mode)
{}

OciLayoutWriter::~OciLayoutWriter()
{
    if (!m_committed)
        abort();
}

Status OciLayoutWriter::begin()
{
    const QFileInfo target(m_target);
    if (target.exists() && !target.isDir())
        return Error(QStringLiteral("oci.layout.target-not-directory"), Tr::tr("The target exists and is not a directory"),
                     m_target, Tr::tr("Choose another path or remove the file."));
    if (target.isDir() && !QDir(m_target).isEmpty() && !QFileInfo::exists(m_target + QStringLiteral("/oci-layout")))
        return Error(QStringLiteral("oci.layout.target-not-layout"),
                     Tr::tr("The target directory is not empty and is not an OCI layout"), m_target,
                     Tr::tr("Choose an empty or new directory; Manifold never replaces other content."));
    QDir parent = target.dir();
    if (!parent.exists() && !parent.mkpath(QStringLiteral(".")))
        return writeError(parent.path(), Tr::tr("cannot create the parent directory"));
    // Staging next to the target keeps the final rename on one filesystem.
    QTemporaryDir staging(parent.filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!staging.isValid())
        return writeError(parent.path(), staging.errorString());
    staging.setAutoRemove(false);
    m_staging = staging.path();
    if (!QDir(m_staging).mkpath(QStringLiteral("blobs/sha256")))
        return writeError(m_staging, Tr::tr("cannot create blobs/"));

    if (m_mode == Mode::Merge && QFileInfo::exists(m_target + QStringLiteral("/index.json"))) {
        QFile indexFile(m_target + QStringLiteral("/index.json"));
        if (!indexFile.open(QIODevice::ReadOnly))
            return writeError(indexFile.fileName(), indexFile.errorString());
        Result<ImageIndex> existing = ImageIndex::parse(indexFile.read(MaxManifestSize + 1), MediaType::OciIndex,
                                                        indexFile.fileName());
        if (!existing)
            return existing.error();
        m_entries = existing->manifests();
        QDirIterator it(m_target + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
        const QDir root(m_target);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString destination = m_staging + QLatin1Char('/') + root.relativeFilePath(source);
            QDir().mkpath(QFileInfo(destination).path());
            // Hard links keep a merge cheap; fall back to copying across filesystems.
            if (::link(QFile::encodeName(source).constData(), QFile::encodeName(destination).constData()) != 0
                && !QFile::copy(source, destination))
                return writeError(destination, Tr::tr("cannot copy existing blob"));
        }
    }
    return {};
}

QString OciLayoutWriter::stagingPathFor(const Descriptor &descriptor)
{
    const QString path = m_staging + QLatin1Char('/') + descriptor.digest.blobPath();
    QDir().mkpath(QFileInfo(path).path());
    return path;
}

bool OciLayoutWriter::hasBlob(const Descriptor &descriptor) const
{
    return QFileInfo(m_staging + QLatin1Char('/') + descriptor.digest.blobPath()).size() == descriptor.size;
}

Status OciLayoutWriter::writeFile(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_staging + QLatin1Char('/') + relativePath;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush())
        return writeError(path, file.errorString());
    if (::fsync(file.handle()) != 0)
        return writeError(path, Tr::tr("fsync failed"));
    return {};
}

Status OciLayoutWriter::addBlob(const Descriptor &descriptor, const QByteArray &bytes)
{
    if (m_staging.isEmpty())
        return writeError(m_target, Tr::tr("begin() was not called"));
    if (Status status = descriptor.verify(bytes, m_target); !status)
        return status;
    if (hasBlob(descriptor))
        return {};
    return writeFile(descriptor.digest.blobPath(), bytes);
}

Result<Descriptor> OciLayoutWriter::addBlob(const QString &mediaType, const QByteArray &bytes)
{
    const Descriptor descriptor = Descriptor::forContent(mediaType, bytes);
    if (Status status = addBlob(descriptor, bytes); !status)
        return status.error();
    return descriptor;
}

Status OciLayoutWriter::addBlobFromFile(const Descriptor &descriptor, const QString &path,
                                        const ProgressCallback &progress, const CancelToken &cancel)
{
    if (m_staging.isEmpty())
        return writeError(m_target, Tr::tr("begin() was not called"));
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("oci.layout.read"), Tr::tr("Cannot read %1: %2").arg(path, input.errorString()), path, {});
    const QString destination = stagingPathFor(descriptor);
    QFile output(destination);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(destination, output.errorString());
    ContentVerifier verifier(descriptor.digest, descriptor.size, path);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    auto fail = [&](const Error &error) -> Status {
        output.close();
        QFile::remove(destination);
        return error;
    };
    for (;;) {
        if (cancel.isCancelled())
            return fail(Error(QStringLiteral("oci.cancelled"), Tr::tr("Cancelled"), path, {}));
        const qint64 got = input.read(buffer.data(), buffer.size());
        if (got < 0)
            return fail(Error(QStringLiteral("oci.layout.read"), input.errorString(), path, {}));
        if (got == 0)
            break;
        if (Status status = verifier.addData(buffer.constData(), got); !status)
            return fail(status.error());
        if (output.write(buffer.constData(), got) != got)
            return fail(writeError(destination, output.errorString()));
        done += got;
        if (progress)
            progress(done, descriptor.size);
    }
    if (Status status = verifier.finish(); !status)
        return fail(status.error());
    if (!output.flush() || ::fsync(output.handle()) != 0)
        return fail(writeError(destination, output.errorString()));
    return {};
}

void OciLayoutWriter::addIndexEntry(Descriptor descriptor, const QString &refName)
{
    if (!refName.isEmpty()) {
        descriptor.annotations.insert(MediaType::AnnotationRefName, refName);
        m_entries.removeIf([&refName](const Descriptor &entry) { return entry.refName() == refName; });
    } else {
        m_entries.removeIf([&descriptor](const Descriptor &entry) {
            return entry.refName().isEmpty() && entry.digest == descriptor.digest;
        });
    }
    m_entries.append(descriptor);
}

Status OciLayoutWriter::addManifest(const Descriptor &descriptor, const QByteArray &bytes, const QString &refName)
{
    if (Status status = addBlob(descriptor, bytes); !status)
        return status;
    addIndexEntry(descriptor, refName);
    return {};
}

Status OciLayoutWriter::commit()
{
    if (m_staging.isEmpty())
        return writeError(m_target, Tr::tr("begin() was not called"));
    for (const Descriptor &entry : std::as_const(m_entries)) {
        if (!hasBlob(entry))
            return Error(QStringLiteral("oci.layout.incomplete"),
                         Tr::tr("index.json lists %1 but its blob was not written").arg(entry.digest.toString()), m_target,
                         Tr::tr("Write every manifest before committing the layout."));
    }
    if (Status status = writeFile(QStringLiteral("oci-layout"), QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}")); !status)
        return status;
    const ImageIndex index = ImageIndex::create(m_entries);
    if (Status status = writeFile(QStringLiteral("index.json"), index.rawBytes()); !status)
        return status;
    // Directories must reach the disk too, or a crash could lose the new entries.
    QDirIterator dirs(m_staging, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext())
        fsyncPath(dirs.next());
    fsyncPath(m_staging);

    const QFileInfo target(m_target);
    if (target.exists()) {
        if (!exchangePaths(m_staging, m_target))
            return writeError(m_target, Tr::tr("cannot replace the existing layout atomically"));
        // m_staging now holds the old layout.
        QDir(m_staging).removeRecursively();
    } else if (::rename(QFile::encodeName(m_staging).constData(), QFile::encodeName(m_target).constData()) != 0) {
        return writeError(m_target, QString::fromLocal8Bit(strerror(errno)));
    }
    fsyncPath(target.absolutePath());
    m_committed = true;
    m_staging.clear();
    return {};
}

void OciLayoutWriter::abort()
{
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    m_staging.clear();
}

} // namespace Manifold::Oci
