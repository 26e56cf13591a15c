#include "core/build/buildrequest.h"

#include <QDir>
#include <QJsonArray>

namespace Manifold::Build {

QString BuildRequest::dockerfilePath() const
{
    if (!dockerfile.isEmpty())
        return dockerfile;
    return QDir(contextDir).filePath(QStringLiteral("Dockerfile"));
}

QJsonObject PlatformResult::toJson(bool withLog) const
{
    QJsonObject object{{QStringLiteral("platform"), platform.toString()},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("exitCode"), exitCode}};
    if (!manifestDigest.isEmpty()) {
        object.insert(QStringLiteral("digest"), manifestDigest);
        object.insert(QStringLiteral("mediaType"), mediaType);
        object.insert(QStringLiteral("size"), size);
    }
    if (seconds >= 0)
        object.insert(QStringLiteral("seconds"), seconds);
    if (!emulatedStages.isEmpty())
        object.insert(QStringLiteral("emulatedStages"), QJsonArray::fromStringList(emulatedStages));
    if (withLog) {
        object.insert(QStringLiteral("dockerfile"), dockerfile);
        object.insert(QStringLiteral("log"), QJsonArray::fromStringList(log));
    }
    return object;
}

QJsonObject BuildResult::toJson(bool withLogs) const
{
    QJsonObject object{{QStringLiteral("ok"), ok}};
    if (!ok) {
        QJsonObject failure{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
        if (!error.location.isEmpty())
            failure.insert(QStringLiteral("location"), error.location);
        if (!error.hint.isEmpty())
            failure.insert(QStringLiteral("hint"), error.hint);
        object.insert(QStringLiteral("error"), failure);
    }
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    if (!indexDigest.isEmpty()) {
        object.insert(QStringLiteral("digest"), indexDigest);
        object.insert(QStringLiteral("mediaType"), indexMediaType);
    }
    if (!pushedReferences.isEmpty())
        object.insert(QStringLiteral("pushed"), QJsonArray::fromStringList(pushedReferences));
    if (!layoutDir.isEmpty())
        object.insert(QStringLiteral("layout"), layoutDir);
    QJsonArray list;
    for (const PlatformResult &platform : platforms)
        list.append(platform.toJson(withLogs));
    object.insert(QStringLiteral("platforms"), list);
    if (!verification.isEmpty())
        object.insert(QStringLiteral("verification"), QJsonArray::fromStringList(verification));
    if (seconds >= 0)
        object.insert(QStringLiteral("seconds"), seconds);
    return object;
}

} // namespace Manifold::Build
