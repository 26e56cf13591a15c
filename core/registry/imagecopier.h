#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/contentsource.h"
#include "core/platform/platform.h"
#include "core/registry/copydestination.h"
#include "core/registry/copyprogress.h"
#include "core/registry/registryclient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Manifold::Registry {

struct CopyOptions
{
    QList<Platform> platforms;      // only these platforms of an index; empty = all
    bool includeAttestations = true; // attestations follow the platforms they describe
    bool perArchTags = false;        // also tag each platform manifest (amd64, arm64, arm-v7 …)
    QString workDirectory;           // where blobs are staged; empty = a temporary directory
    int parallelTransfers = 6;
    bool pushRoot = true;            // false: children and per-arch tags only, no root under the tag
    bool requireAllPlatforms = false; // refuse (registry.copy.platform-missing) when one is absent
    int maxIndexDepth = 4;           // an index may list indexes, down to this many levels
    // Names a platform's per-arch tag; empty = perArchTagFor(platform, destinationTag).
    std::function<QString(const Platform &)> perArchTagName;
};

struct CopiedBlob
{
    QString digest;
    qint64 size = 0;
    BlobTransfer transfer = BlobTransfer::Uploaded;
};

struct CopyResult
{
    QString source, destination;
    Oci::Descriptor sourceRoot;
    Oci::Descriptor destinationRoot;
    bool digestChanged = false;     // a subset copy wrote a new index
    QStringList copiedPlatforms;
    QStringList droppedPlatforms;
    int copiedAttestations = 0;
    int droppedAttestations = 0;
    QList<Oci::Descriptor> manifests; // child manifests written (or already present), platform set
    QList<Oci::Descriptor> nestedIndexes; // indexes listed by the root (children first)
    QHash<QString, QString> perArchTags; // manifest digest -> its per-arch tag
    QList<CopiedBlob> blobs;
    QStringList tags;                // tags written at the destination
    bool destinationPlainHttp = false;

    qint64 bytesUploaded() const;
    QJsonObject toJson() const;
};

// Progress of a copy: bytes moved of the total still to move, and what is happening.
using CopyProgress = std::function<void(qint64 done, qint64 total, const QString &stage)>;

// Copies an image or index from any ContentSource to a CopyDestination:
//  1. reads and verifies every manifest and picks the platforms (and their attestations); an
//     index may list indexes (depth-bounded), which are filtered the same way and rewritten
//     when a platform below them is dropped;
//  2. checks which blobs the destination lacks (HEAD), mounts what it can within one registry,
//     and downloads and verifies everything else to a staging directory before anything is
//     written, so a tampered source blob leaves the destination untouched;
//  3. uploads blobs, then child manifests by digest, then nested indexes children-first, then
//     the root index (or manifest) under its tag: a reader never sees an index whose children
//     are missing.
// Per-blob progress (queued, downloading, uploading, mounted, skipped, done, failed) goes to
// setBlobProgress(); cancelling aborts the requests in flight.
// Blocking: run it on a worker thread (CopyJob does), never on the session pool.
class ImageCopier
{
public:
    ImageCopier(std::shared_ptr<Oci::ContentSource> source, QString sourceReference,
                std::shared_ptr<CopyDestination> destination, QString destinationTag, CopyOptions options = {});

    Result<CopyResult> run(const CopyProgress &progress = {}, const Oci::CancelToken &cancel = {});
    // Called from worker threads, in order, for every change of a blob's state or bytes.
    void setBlobProgress(BlobProgressCallback callback) { m_blobProgress = std::move(callback); }

    // "amd64", "arm64", "arm-v7" (arch, then variant; arm64's default v8 omitted).
    static QString perArchTagFor(const Platform &platform, const QString &baseTag);

private:
    std::shared_ptr<Oci::ContentSource> m_source;
    QString m_sourceReference;
    std::shared_ptr<CopyDestination> m_destination;
    QString m_destinationTag;
    CopyOptions m_options;
    BlobProgressCallback m_blobProgress;
};

// A copy as a job object for the GUI: runs on its own thread, reports progress, can be cancelled.
class CopyJob : public QObject
{
    Q_OBJECT
public:
    CopyJob(std::unique_ptr<ImageCopier> copier, QObject *parent = nullptr);
    ~CopyJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const std::optional<Result<CopyResult>> &result() const { return m_result; }

signals:
    void progress(qint64 done, qint64 total, const QString &stage);
    // Queued to the job's thread: one per blob state change (and coalesced byte updates).
    void blobProgress(const Manifold::Registry::BlobProgress &blob, const Manifold::Registry::CopyTotals &totals);
    void finished();

private:
    std::unique_ptr<ImageCopier> m_copier;
    Oci::CancelToken m_cancel;
    QThread *m_thread = nullptr;
    std::optional<Result<CopyResult>> m_result;
};

} // namespace Manifold::Registry
