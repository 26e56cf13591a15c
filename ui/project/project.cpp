#include "ui/project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Manifold::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Ui::Project)
};

QString relativeTo(const QString &baseDir, const QString &path)
{
    if (path.isEmpty() || baseDir.isEmpty())
        return path;
    return QDir(baseDir).relativeFilePath(path);
}

QString absoluteFrom(const QString &baseDir, const QString &path)
{
    if (path.isEmpty())
        return path;
    if (QDir::isAbsolutePath(path) || baseDir.isEmpty())
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

Result<QStringList> stringList(const QJsonObject &object, const QString &key, const QString &location)
{
    QStringList list;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return Error(QStringLiteral("project.format"),
                     Tr::tr("\"%1\" must be a list of strings.").arg(key), location,
                     Tr::tr("Write it as [\"linux/amd64\", \"linux/arm64\"] or remove it."));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return Error(QStringLiteral("project.format"),
                         Tr::tr("\"%1\" must contain only strings.").arg(key), location,
                         Tr::tr("Quote every entry of \"%1\".").arg(key));
        list << item.toString();
    }
    return list;
}

Result<QString> string(const QJsonObject &object, const QString &key, const QString &location)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Error(QStringLiteral("project.format"), Tr::tr("\"%1\" must be a string.").arg(key),
                     location, Tr::tr("Quote the value of \"%1\".").arg(key));
    return value.toString();
}

} // namespace

Project Project::forDockerfile(const QString &dockerfilePath)
{
    const QFileInfo info(dockerfilePath);
    Project project;
    project.dockerfile = info.absoluteFilePath();
    project.context = info.absolutePath();
    project.name = info.dir().dirName();
    return project;
}

QJsonObject Project::toJson(const QString &baseDir) const
{
    QJsonObject object;
    object.insert(QStringLiteral("version"), FormatVersion);
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("dockerfile"), relativeTo(baseDir, dockerfile));
    object.insert(QStringLiteral("context"), relativeTo(baseDir, context).isEmpty()
                                                 ? QStringLiteral(".")
                                                 : relativeTo(baseDir, context));
    object.insert(QStringLiteral("platforms"), toArray(platforms));
    object.insert(QStringLiteral("tags"), toArray(tags));
    QJsonObject args;
    for (auto it = buildArgs.cbegin(); it != buildArgs.cend(); ++it)
        args.insert(it.key(), it.value());
    object.insert(QStringLiteral("buildArgs"), args);
    object.insert(QStringLiteral("target"), target);
    object.insert(QStringLiteral("engine"), engine);
    object.insert(QStringLiteral("registry"), registry);
    return object;
}

Result<Project> Project::fromJson(const QJsonObject &object, const QString &baseDir,
                                  const QString &location)
{
    const int version = object.value(QStringLiteral("version")).toInt(FormatVersion);
    if (version > FormatVersion)
        return Error(QStringLiteral("project.version"),
                     Tr::tr("The project was written by a newer Manifold (format %1, this one reads %2).")
                         .arg(version)
                         .arg(FormatVersion),
                     location, Tr::tr("Update Manifold to open this project."));

    Project project;
    const auto fail = [](const Error &error) { return Result<Project>(error); };

    auto name = string(object, QStringLiteral("name"), location);
    if (!name) return fail(name.error());
    auto dockerfile = string(object, QStringLiteral("dockerfile"), location);
    if (!dockerfile) return fail(dockerfile.error());
    auto context = string(object, QStringLiteral("context"), location);
    if (!context) return fail(context.error());
    auto platforms = stringList(object, QStringLiteral("platforms"), location);
    if (!platforms) return fail(platforms.error());
    auto tags = stringList(object, QStringLiteral("tags"), location);
    if (!tags) return fail(tags.error());
    auto target = string(object, QStringLiteral("target"), location);
    if (!target) return fail(target.error());
    auto engine = string(object, QStringLiteral("engine"), location);
    if (!engine) return fail(engine.error());
    auto registry = string(object, QStringLiteral("registry"), location);
    if (!registry) return fail(registry.error());

    if (dockerfile->isEmpty())
        return Error(QStringLiteral("project.format"), Tr::tr("The project names no Dockerfile."),
                     location, Tr::tr("Add \"dockerfile\": \"Dockerfile\" to the project file."));

    const QJsonValue args = object.value(QStringLiteral("buildArgs"));
    if (!args.isUndefined() && !args.isNull()) {
        if (!args.isObject())
            return Error(QStringLiteral("project.format"),
                         Tr::tr("\"buildArgs\" must be an object of strings."), location,
                         Tr::tr("Write it as {\"NAME\": \"value\"}."));
        const QJsonObject argsObject = args.toObject();
        for (auto it = argsObject.begin(); it != argsObject.end(); ++it) {
            if (!it.value().isString())
                return Error(QStringLiteral("project.format"),
                             Tr::tr("Build argument \"%1\" must be a string.").arg(it.key()), location,
                             Tr::tr("Quote the value of \"%1\".").arg(it.key()));
            project.buildArgs.insert(it.key(), it.value().toString());
        }
    }

    project.name = *name;
    project.dockerfile = absoluteFrom(baseDir, *dockerfile);
    project.context = absoluteFrom(baseDir, context->isEmpty() ? QStringLiteral(".") : *context);
    project.platforms = *platforms;
    project.tags = *tags;
    project.target = *target;
    project.engine = *engine;
    project.registry = *registry;
    return project;
}

Result<Project> Project::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("project.read"),
                     Tr::tr("Cannot read the project: %1.").arg(file.errorString()), path,
                     Tr::tr("Check that the file exists and is readable."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(QStringLiteral("project.json"),
                     Tr::tr("The project is not valid JSON: %1.").arg(parseError.errorString()),
                     QStringLiteral("%1 (offset %2)").arg(path).arg(parseError.offset),
                     Tr::tr("Fix the JSON at that offset or recreate the project with File ▸ New Project."));
    if (!document.isObject())
        return Error(QStringLiteral("project.format"), Tr::tr("The project must be a JSON object."), path,
                     Tr::tr("Recreate the project with File ▸ New Project."));
    const QFileInfo info(path);
    Result<Project> project = fromJson(document.object(), info.absolutePath(), path);
    if (project)
        project->filePath = info.absoluteFilePath();
    return project;
}

Status Project::save(const QString &path) const
{
    const QFileInfo info(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("project.write"),
                     Tr::tr("Cannot write the project: %1.").arg(file.errorString()), path,
                     Tr::tr("Choose a folder you can write to."));
    const QByteArray bytes = QJsonDocument(toJson(info.absolutePath())).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(QStringLiteral("project.write"),
                     Tr::tr("Cannot write the project: %1.").arg(file.errorString()), path,
                     Tr::tr("Check the free space and permissions; the previous file was kept."));
    return {};
}

QString Project::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!filePath.isEmpty())
        return QFileInfo(filePath).completeBaseName();
    if (!dockerfile.isEmpty())
        return QFileInfo(dockerfile).dir().dirName();
    return Tr::tr("Untitled");
}

void Project::moveToRegistry(const QString &newRegistry)
{
    const QString registryNow = registry.trimmed();
    const QString target = newRegistry.trimmed();
    if (registryNow == target)
        return;
    // Only whole host[:port] prefixes move: "localhost:50021/x" is not on "localhost:5002".
    const QString prefix = registryNow + QLatin1Char('/');
    auto rehost = [&](QString &reference) {
        if (!registryNow.isEmpty() && !target.isEmpty() && reference.startsWith(prefix))
            reference = target + QLatin1Char('/') + reference.mid(prefix.size());
    };
    for (QString &tag : tags)
        rehost(tag);
    for (auto it = buildArgs.begin(); it != buildArgs.end(); ++it)
        rehost(it.value());
    registry = target;
}

} // namespace Manifold::Ui
