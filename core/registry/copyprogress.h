#pragma once

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>

#include <functional>

namespace Manifold::Registry {

// Where one blob of a copy stands. Downloading = staged from the source and verified before any
// write; Skipped = the destination already has it; Mounted = cross-repository mount.
enum class BlobState { Queued, Downloading, Uploading, Mounted, Skipped, Done, Failed };

struct BlobProgress
{
    int index = 0;          // position among the copy's blobs (0-based, stable for the copy)
    QString digest;
    QString mediaType;
    qint64 size = 0;
    qint64 bytesDone = 0;   // of the current state's transfer (download or upload)
    BlobState state = BlobState::Queued;
    QString error;          // when Failed

    bool isFinished() const;
    static QString stateName(BlobState state); // "queued", "uploading" … (JSON, logs)
};

// Totals over every blob of the copy: bytesTotal counts what must move (not the skipped ones),
// bytesDone what has reached the destination (uploaded or mounted).
struct CopyTotals
{
    int blobs = 0;
    int finished = 0; // done, mounted, skipped or failed
    int uploaded = 0, mounted = 0, skipped = 0, failed = 0;
    qint64 bytesTotal = 0;
    qint64 bytesDone = 0;
};

using BlobProgressCallback = std::function<void(const BlobProgress &blob, const CopyTotals &totals)>;

// Thread-safe bookkeeping of per-blob progress for ImageCopier: every transition is reported
// with fresh totals; byte updates within one state are coalesced (at most one report per
// `step` bytes) so a 1 GiB layer does not flood a UI with thousands of events.
class BlobProgressTracker
{
public:
    explicit BlobProgressTracker(BlobProgressCallback callback, qint64 step = 256 * 1024);

    void reset(const QList<BlobProgress> &blobs);
    void setState(int index, BlobState state, qint64 bytesDone = -1, const QString &error = {});
    void setBytes(int index, qint64 bytesDone);
    QList<BlobProgress> blobs() const;
    CopyTotals totals() const;

private:
    CopyTotals totalsLocked() const;
    void reportLocked(int index);

    BlobProgressCallback m_callback;
    qint64 m_step;
    mutable QMutex m_mutex;
    QList<BlobProgress> m_blobs;
    QList<qint64> m_reported;
};

} // namespace Manifold::Registry

Q_DECLARE_METATYPE(Manifold::Registry::BlobProgress)
Q_DECLARE_METATYPE(Manifold::Registry::CopyTotals)
