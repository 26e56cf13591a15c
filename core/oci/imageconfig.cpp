#include "core/oci/imageconfig.h"

#include "core/oci/documentjson.h"

#include <QJsonArray>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

// Image configs are small; a generous cap keeps a hostile blob from exhausting memory.
constexpr qint64 MaxConfigSize = 16 * 1024 * 1024;

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object;
    if (!created.isEmpty())
        object.insert(QStringLiteral("created"), created);
    if (!createdBy.isEmpty())
        object.insert(QStringLiteral("createdBy"), createdBy);
    if (!comment.isEmpty())
        object.insert(QStringLiteral("comment"), comment);
    if (emptyLayer)
        object.insert(QStringLiteral("emptyLayer"), true);
    return object;
}

Result<ImageConfig> ImageConfig::parse(const QByteArray &bytes, const QString &location)
{
    Result<QJsonObject> document = Internal::parseDocument(bytes, MaxConfigSize, QStringLiteral("oci.config"),
                                                           Tr::tr("image config"), location);
    if (!document)
        return document.error();
    const QJsonObject &object = *document;
    const QString prefix = location.isEmpty() ? QString() : location + QStringLiteral(": ");
    for (const char *field : {"architecture", "os"}) {
        const QString name = QString::fromLatin1(field);
        if (!object.value(name).isString() || object.value(name).toString().isEmpty())
            return Error(QStringLiteral("oci.config.missing-field"),
                         Tr::tr("The image config has no %1").arg(name), prefix + name,
                         Tr::tr("Every image config declares os and architecture; rebuild the image or fix the config."));
    }
    ImageConfig config;
    config.m_raw = bytes;
    config.m_platform.os = object.value(QStringLiteral("os")).toString();
    config.m_platform.architecture = object.value(QStringLiteral("architecture")).toString();
    config.m_platform.variant = object.value(QStringLiteral("variant")).toString();
    config.m_platform.osVersion = object.value(QStringLiteral("os.version")).toString();
    config.m_platform.osFeatures = stringList(object.value(QStringLiteral("os.features")));
    config.m_created = object.value(QStringLiteral("created")).toString();
    config.m_author = object.value(QStringLiteral("author")).toString();
    const QJsonObject run = object.value(QStringLiteral("config")).toObject();
    config.m_env = stringList(run.value(QStringLiteral("Env")));
    config.m_entrypoint = stringList(run.value(QStringLiteral("Entrypoint")));
    config.m_cmd = stringList(run.value(QStringLiteral("Cmd")));
    config.m_workingDir = run.value(QStringLiteral("WorkingDir")).toString();
    config.m_user = run.value(QStringLiteral("User")).toString();
    config.m_exposedPorts = run.value(QStringLiteral("ExposedPorts")).toObject().keys();
    const QJsonObject labels = run.value(QStringLiteral("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        config.m_labels.insert(it.key(), it.value().toString());
    config.m_diffIds = stringList(object.value(QStringLiteral("rootfs")).toObject().value(QStringLiteral("diff_ids")));
    for (const QJsonValue &item : object.value(QStringLiteral("history")).toArray()) {
        const QJsonObject entry = item.toObject();
        HistoryEntry history;
        history.created = entry.value(QStringLiteral("created")).toString();
        history.createdBy = entry.value(QStringLiteral("created_by")).toString();
        history.comment = entry.value(QStringLiteral("comment")).toString();
        history.emptyLayer = entry.value(QStringLiteral("empty_layer")).toBool();
        config.m_history.append(history);
    }
    return config;
}

QJsonObject ImageConfig::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("digest"), digest().toString());
    object.insert(QStringLiteral("os"), m_platform.os);
    object.insert(QStringLiteral("architecture"), m_platform.architecture);
    if (!m_platform.variant.isEmpty())
        object.insert(QStringLiteral("variant"), m_platform.variant);
    if (!m_platform.osVersion.isEmpty())
        object.insert(QStringLiteral("osVersion"), m_platform.osVersion);
    if (!m_created.isEmpty())
        object.insert(QStringLiteral("created"), m_created);
    if (!m_author.isEmpty())
        object.insert(QStringLiteral("author"), m_author);
    object.insert(QStringLiteral("env"), QJsonArray::fromStringList(m_env));
    object.insert(QStringLiteral("entrypoint"), QJsonArray::fromStringList(m_entrypoint));
    object.insert(QStringLiteral("cmd"), QJsonArray::fromStringList(m_cmd));
    if (!m_workingDir.isEmpty())
        object.insert(QStringLiteral("workingDir"), m_workingDir);
    if (!m_user.isEmpty())
        object.insert(QStringLiteral("user"), m_user);
    if (!m_labels.isEmpty()) {
        QJsonObject labels;
        for (auto it = m_labels.begin(); it != m_labels.end(); ++it)
            labels.insert(it.key(), it.value());
        object.insert(QStringLiteral("labels"), labels);
    }
    if (!m_exposedPorts.isEmpty())
        object.insert(QStringLiteral("exposedPorts"), QJsonArray::fromStringList(m_exposedPorts));
    object.insert(QStringLiteral("diffIds"), QJsonArray::fromStringList(m_diffIds));
    QJsonArray history;
    for (const HistoryEntry &entry : m_history)
        history.append(entry.toJson());
    object.insert(QStringLiteral("history"), history);
    return object;
}

} // namespace Manifold::Oci
