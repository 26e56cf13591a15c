#pragma once

#include "core/utils/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Manifold::Ui {

// What the studio builds: a Dockerfile, its build context and the build settings.
// Stored as a small JSON file (`*.manifold`); paths inside it are relative to the file so a
// project folder can be moved or checked in.
struct Project
{
    QString filePath;       // the .manifold file; empty for an unsaved project
    QString name;
    QString dockerfile;     // absolute path
    QString context;        // absolute path of the build context directory
    QStringList platforms;  // "linux/amd64", "linux/arm64"
    QStringList tags;
    QMap<QString, QString> buildArgs;
    QString target;         // --target stage; empty: the last stage
    QString engine;         // "buildah", "podman", "docker"; empty: automatic
    QString registry;       // where pushes go, e.g. "localhost:5002"

    static constexpr int FormatVersion = 1;
    static QString fileSuffix() { return QStringLiteral("manifold"); }

    // A project for a lone Dockerfile: the context is its directory.
    static Project forDockerfile(const QString &dockerfilePath);

    // `baseDir` resolves the relative paths written by toJson().
    QJsonObject toJson(const QString &baseDir) const;
    static Result<Project> fromJson(const QJsonObject &object, const QString &baseDir,
                                    const QString &location = {});

    // Reads a .manifold file; the error says what is wrong and where.
    static Result<Project> load(const QString &path);
    // Writes atomically (QSaveFile): a failed save leaves the previous file intact.
    Status save(const QString &path) const;

    QString displayName() const;

    // Points the project at another registry: tags and build-arg values that name the current
    // registry (say the sample's `localhost:5002/...` tag and BASE_IMAGE) follow it, so moving a
    // local registry to another port is one change. Other references stay as they are.
    void moveToRegistry(const QString &newRegistry);

    bool operator==(const Project &other) const = default;
};

} // namespace Manifold::Ui
