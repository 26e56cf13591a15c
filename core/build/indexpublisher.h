#pragma once

#include "core/build/buildrequest.h"
#include "core/registry/imagereference.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Manifold::Build {

// One platform's image as its executor exported it (an OCI image layout on disk).
struct BuiltImage
{
    Platform platform;   // from the plan, written into the index descriptor
    QString layoutDir;
    QString digest;
    QString mediaType;
    qint64 size = 0;

    // Reads the exported manifest: digest from the engine's digest file when it wrote one, else
    // the layout's index.json entry tagged `tag` (or its only entry).
    static Result<BuiltImage> fromLayout(const Platform &platform, const QString &layoutDir,
                                         const QString &digestFile, const QString &tag);
};

struct PublishOutcome
{
    QString indexDigest;
    QString indexMediaType;
    QStringList references;
    QString layoutDir;
    QStringList verification;
};

// Assembles the multi-platform index from the per-platform images and publishes it: children
// by digest first (and per-arch tags when asked), the index with each tag last, so a tag never
// points at an index whose children are missing. Without push it writes one OCI layout. Then
// verifies what it wrote. Blocks: run it on a worker thread.
class IndexPublisher
{
public:
    static QByteArray indexJson(const QList<BuiltImage> &images, BuildRequest::IndexFormat format);
    static QString indexMediaType(BuildRequest::IndexFormat format);

    static Result<PublishOutcome> publish(const QList<BuiltImage> &images, const BuildRequest &request,
                                          const QList<Registry::ImageReference> &tags, const std::atomic_bool &cancelled);

private:
    static Result<PublishOutcome> push(const QList<BuiltImage> &images, const BuildRequest &request,
                                       const QList<Registry::ImageReference> &tags, const std::atomic_bool &cancelled);
    static Result<PublishOutcome> writeLayout(const QList<BuiltImage> &images, const BuildRequest &request,
                                              const QList<Registry::ImageReference> &tags);
};

} // namespace Manifold::Build
