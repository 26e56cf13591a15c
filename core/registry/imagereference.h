#pragma once

#include "core/utils/result.h"

#include <QString>

namespace Manifold::Registry {

// An image reference with Docker's grammar and normalization (distribution/reference):
//   python:3.11-slim                 -> docker.io/library/python:3.11-slim
//   127.0.0.1:5000/team/app@sha256:… -> domain 127.0.0.1:5000, path team/app, digest
//   localhost/app:1@sha256:…         -> tag and digest (the digest wins when fetching)
// Repository path components are lowercase; the domain may hold uppercase and a port; the
// whole name (domain/path) is capped at 255 characters.
struct ImageReference
{
    QString domain; // "docker.io", "ghcr.io", "127.0.0.1:5000"
    QString path;   // "library/python", "team/app"
    QString tag;    // empty when not given
    QString digest; // "sha256:…" or empty

    // Parses and normalizes; errors (code registry.reference.*) say which part is wrong.
    static Result<ImageReference> parse(const QString &text);
    // A repository without tag or digest ("127.0.0.1:5000/busybox").
    static Result<ImageReference> parseRepository(const QString &text);

    // domain/path
    QString name() const;
    // domain/path[:tag][@digest]
    QString toString() const;
    // Docker's short form: "python:3.11-slim" for docker.io/library/python:3.11-slim.
    QString familiarString() const;
    // What manifests are fetched by: the digest when present, else the tag, else "latest".
    QString manifestReference() const;
    // The host API requests go to: registry-1.docker.io for docker.io, else the domain.
    QString apiHost() const;

    ImageReference withTag(const QString &newTag) const;
    ImageReference withDigest(const QString &newDigest) const;
    ImageReference repositoryOnly() const;

    bool operator==(const ImageReference &other) const = default;

    static bool isValidTag(const QString &tag);
    // 127.0.0.0/8, ::1, localhost (with or without port).
    static bool isLoopbackHost(const QString &hostPort);
    // "host:port" -> "host"; handles [v6]:port.
    static QString hostOnly(const QString &hostPort);
};

} // namespace Manifold::Registry
