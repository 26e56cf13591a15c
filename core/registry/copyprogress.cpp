#include "core/registry/copyprogress.h"

namespace Manifold::Registry {

bool BlobProgress::isFinished() const
{
    return state == BlobState::Mounted || state == BlobState::Skipped || state == BlobState::Done
        || state == BlobState::Failed;
}

QString BlobProgress::stateName(BlobState state)
{
    switch (state) {
    case BlobState::Queued: return QStringLiteral("queued");
    case BlobState::Downloading: return QStringLiteral("downloading");
    case BlobState::Uploading: return QStringLiteral("uploading");
    case BlobState::Mounted: return QStringLiteral("mounted");
    case BlobState::Skipped: return QStringLiteral("skipped");
    case BlobState::Done: return QStringLiteral("done");
    case BlobState::Failed: return QStringLiteral("failed");
    }
    return {};
}

BlobProgressTracker::BlobProgressTracker(BlobProgressCallback callback, qint64 step)
    : m_callback(std::move(callback))
    , m_step(qMax<qint64>(1, step))
{}

void BlobProgressTracker::reset(const QList<BlobProgress> &blobs)
{
    QMutexLocker lock(&m_mutex);
    m_blobs = blobs;
    m_reported = QList<qint64>(blobs.size(), 0);
    for (int i = 0; i < m_blobs.size(); ++i) {
        m_blobs[i].index = i;
        reportLocked(i);
    }
}

void BlobProgressTracker::setState(int index, BlobState state, qint64 bytesDone, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    if (index < 0 || index >= m_blobs.size())
        return;
    BlobProgress &blob = m_blobs[index];
    if (blob.state == state && bytesDone < 0 && error.isEmpty())
        return;
    blob.state = state;
    blob.bytesDone = bytesDone >= 0 ? bytesDone : 0;
    blob.error = error;
    m_reported[index] = blob.bytesDone;
    reportLocked(index);
}

void BlobProgressTracker::setBytes(int index, qint64 bytesDone)
{
    QMutexLocker lock(&m_mutex);
    if (index < 0 || index >= m_blobs.size())
        return;
    BlobProgress &blob = m_blobs[index];
    blob.bytesDone = bytesDone;
    if (bytesDone - m_reported.at(index) < m_step && bytesDone != blob.size)
        return;
    m_reported[index] = bytesDone;
    reportLocked(index);
}

QList<BlobProgress> BlobProgressTracker::blobs() const
{
    QMutexLocker lock(&m_mutex);
    return m_blobs;
}

CopyTotals BlobProgressTracker::totals() const
{
    QMutexLocker lock(&m_mutex);
    return totalsLocked();
}

CopyTotals BlobProgressTracker::totalsLocked() const
{
    CopyTotals totals;
    totals.blobs = int(m_blobs.size());
    for (const BlobProgress &blob : m_blobs) {
        if (blob.isFinished())
            ++totals.finished;
        switch (blob.state) {
        case BlobState::Skipped:
            ++totals.skipped;
            continue; // nothing to move
        case BlobState::Mounted:
            ++totals.mounted;
            totals.bytesDone += blob.size;
            break;
        case BlobState::Done:
            ++totals.uploaded;
            totals.bytesDone += blob.size;
            break;
        case BlobState::Uploading:
            totals.bytesDone += blob.bytesDone;
            break;
        case BlobState::Failed:
            ++totals.failed;
            break;
        case BlobState::Queued:
        case BlobState::Downloading:
            break;
        }
        totals.bytesTotal += blob.size;
    }
    return totals;
}

void BlobProgressTracker::reportLocked(int index)
{
    // Called under the lock so reports arrive in order; callbacks must not call back in.
    if (m_callback)
        m_callback(m_blobs.at(index), totalsLocked());
}

} // namespace Manifold::Registry
