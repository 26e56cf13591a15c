#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/contentsource.h"
#include "core/utils/result.h"

#include <QString>

#include <memory>

namespace Manifold::Ui {

// Where an image came from, ready for ImageTreeLoader: the source plus the reference inside it.
struct OpenedImageSource
{
    std::shared_ptr<Oci::ContentSource> source;
    QString reference; // tag / ref name / digest inside the source; empty = its default
    QString title;     // what the inspector shows as the image's name
};

// Turns what a user types or drops into a ContentSource:
//   /path/to/layout[:ref]         OCI layout directory (oci-layout file present)
//   oci-layout:/path[:ref]        the same, explicit
//   /path/image.tar[:ref]         OCI archive, else `docker save` archive
//   oci-archive:/file.tar[:ref]   docker-archive:/file.tar[:ref]
//   127.0.0.1:5000/busybox:latest registry reference (core/registry, shared session)
// Opening may read a whole archive: call open() off the UI thread.
class ImageSourceOpener
{
public:
    static Result<OpenedImageSource> open(const QString &refOrPath, const Oci::CancelToken &cancel = {});

    // A registry reference through the shared registry session (no network until resolved).
    static Result<OpenedImageSource> openRegistryReference(const QString &reference);

    // True when `text` names something on disk rather than a registry reference.
    static bool looksLikeLocalPath(const QString &text);
};

} // namespace Manifold::Ui
