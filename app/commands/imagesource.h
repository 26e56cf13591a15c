#pragma once

#include "core/oci/contentsource.h"
#include "core/oci/imagetree.h"
#include "core/utils/result.h"

#include <QString>

#include <memory>

namespace Manifold::Cli {

// What an `inspect` / `verify` argument names: the source to read and the reference inside it.
struct ImageSource
{
    std::shared_ptr<Oci::ContentSource> source;
    QString reference; // tag / ref name / digest inside the source; empty = the source's default
    QString kind;      // "oci-layout", "oci-archive", "docker-archive" (registry: "registry")
};

// Turns a command-line argument into a ContentSource:
//   DIR                          an OCI image layout directory
//   oci:DIR[:REF]                the same, with a ref name or digest
//   FILE                         an OCI archive or a `docker save` archive (sniffed)
//   oci-archive:FILE[:REF]       a tar of an OCI layout
//   docker-archive:FILE[:REF]    a `docker save` archive; REF is a RepoTags entry
// Registry references are resolved in one marked place in imagesource.cpp.
class ImageSourceResolver
{
public:
    static Result<ImageSource> resolve(const QString &argument);
    // Splits "PATH[:REF]": the shortest existing PATH prefix wins, so REF may hold colons.
    static void splitPathAndReference(const QString &text, QString &path, QString &reference);
};

// Loads the image tree on a worker thread while this thread's event loop keeps running (a
// registry source completes its futures on it).
Result<Oci::ImageTree> loadImageTree(const ImageSource &image, const Oci::ImageTreeOptions &options);

QString formatSize(qint64 bytes);

} // namespace Manifold::Cli
