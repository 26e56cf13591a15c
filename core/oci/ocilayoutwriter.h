#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/utils/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace Manifold::Oci {

// Writes an OCI image layout atomically: everything goes into a staging directory next to the
// target (same filesystem), every file and directory is fsynced, and commit() renames the
// staging directory into place (exchanging it with an existing target, which is then removed).
// Until commit() succeeds the target is untouched; an aborted or failed writer removes its
// staging directory, so no partial layout is ever visible.
//
//   OciLayoutWriter writer(dir);
//   if (Status s = writer.begin(); !s) ...
//   writer.addBlob(configDescriptor, configBytes);
//   writer.addBlobFromFile(layerDescriptor, downloadedPath);   // or fetch into stagingPathFor()
//   writer.addManifest(indexDescriptor, indexBytes, QStringLiteral("latest"));
//   writer.commit();
class OciLayoutWriter
{
public:
    enum class Mode {
        Replace, // the target ends up holding only what this writer added
        Merge,   // existing blobs and index.json entries of the target are kept (hard links)
    };

    explicit OciLayoutWriter(QString targetDirectory, Mode mode = Mode::Replace);
    ~OciLayoutWriter(); // aborts unless committed
    OciLayoutWriter(const OciLayoutWriter &) = delete;
    OciLayoutWriter &operator=(const OciLayoutWriter &) = delete;

    Status begin();
    QString targetDirectory() const { return m_target; }
    QString stagingDirectory() const { return m_staging; }

    // Writes bytes as a blob after checking them against `descriptor` (size, digest).
    Status addBlob(const Descriptor &descriptor, const QByteArray &bytes);
    // Convenience: computes the descriptor.
    Result<Descriptor> addBlob(const QString &mediaType, const QByteArray &bytes);
    // Copies (or hard-links) a file, verifying it while copying.
    Status addBlobFromFile(const Descriptor &descriptor, const QString &path,
                           const ProgressCallback &progress = {}, const CancelToken &cancel = {});
    // Where a blob belongs inside the staging directory; a ContentSource can fetchBlobToFile()
    // straight into it (its verification makes the file trustworthy). Creates the parent dir.
    QString stagingPathFor(const Descriptor &descriptor);
    bool hasBlob(const Descriptor &descriptor) const;

    // Writes a manifest/index blob and lists it in index.json, tagged `refName` when not empty
    // (an existing entry with the same ref name is replaced).
    Status addManifest(const Descriptor &descriptor, const QByteArray &bytes, const QString &refName = {});
    // Lists an already written blob in index.json.
    void addIndexEntry(Descriptor descriptor, const QString &refName = {});

    // Checks that every index.json entry's blob is present, writes oci-layout and index.json,
    // fsyncs and renames into place.
    Status commit();
    void abort();

private:
    Status writeFile(const QString &relativePath, const QByteArray &bytes);

    QString m_target;
    Mode m_mode;
    QString m_staging;
    QList<Descriptor> m_entries;
    bool m_committed = false;
};

} // namespace Manifold::Oci
