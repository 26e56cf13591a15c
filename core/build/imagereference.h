#pragma once

#include "core/utils/result.h"

#include <QString>
#include <QStringList>

namespace Manifold::Build {

// The parts of an image reference the build needs ("127.0.0.1:5000/team/app:1.0@sha256:…").
// Docker Hub names are normalized (alpine -> registry-1.docker.io/library/alpine).
struct ImageReference
{
    QString registry;   // "127.0.0.1:5000", "registry-1.docker.io"
    QString repository; // "team/app", "library/alpine"
    QString tag;        // empty when only a digest is given
    QString digest;     // "sha256:…" or empty

    static Result<ImageReference> parse(const QString &text);
    // registry/repository[:tag][@digest], with Docker Hub written as docker.io.
    QString toString() const;
    QString repositoryName() const; // registry/repository
    // The reference manifests are fetched by: digest when present, else tag, else "latest".
    QString manifestReference() const;
    ImageReference withDigest(const QString &newDigest) const;
    ImageReference withTag(const QString &newTag) const;
    // Loopback registries and those named in `insecure` are spoken to over plain HTTP.
    bool isInsecure(const QStringList &insecure) const;
};

} // namespace Manifold::Build
