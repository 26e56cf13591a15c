#include "core/oci/documentjson.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonParseError>

namespace Manifold::Oci::Internal {

Result<QJsonObject> parseDocument(const QByteArray &bytes, qint64 limit, const QString &kind,
                                  const QString &what, const QString &location)
{
    if (bytes.size() > limit)
        return Error(kind + QStringLiteral(".too-large"),
                     Tr::tr("The %1 is %2 bytes, over the %3-byte limit").arg(what).arg(bytes.size()).arg(limit),
                     location, Tr::tr("Registries and runtimes refuse documents this large; split the image or drop entries."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(kind + QStringLiteral(".json"),
                     Tr::tr("The %1 is not valid JSON: %2 at byte %3").arg(what, parseError.errorString()).arg(parseError.offset),
                     location, Tr::tr("The content is damaged or is not a %1; fetch it again.").arg(what));
    if (!document.isObject())
        return Error(kind + QStringLiteral(".json"), Tr::tr("The %1 is not a JSON object").arg(what), location,
                     Tr::tr("The content is not a %1; check the reference.").arg(what));
    return document.object();
}

QString fieldAt(const QString &location, const QString &field)
{
    return location.isEmpty() ? field : location + QStringLiteral(": ") + field;
}

Result<QList<Descriptor>> descriptorList(const QJsonObject &object, const QString &field, const QString &location)
{
    QList<Descriptor> descriptors;
    const QJsonArray array = object.value(field).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<Descriptor> entry = Descriptor::fromJson(array.at(i).toObject(),
                                                        fieldAt(location, QStringLiteral("%1[%2]").arg(field).arg(i)));
        if (!entry)
            return entry.error();
        descriptors.append(*entry);
    }
    return descriptors;
}

Result<std::optional<Descriptor>> optionalSubject(const QJsonObject &object, const QString &location)
{
    if (!object.contains(QStringLiteral("subject")))
        return std::optional<Descriptor>();
    Result<Descriptor> subject = Descriptor::fromJson(object.value(QStringLiteral("subject")).toObject(),
                                                      fieldAt(location, QStringLiteral("subject")));
    if (!subject)
        return subject.error();
    return std::optional<Descriptor>(*subject);
}

QMap<QString, QString> annotationsFrom(const QJsonObject &object)
{
    QMap<QString, QString> annotations;
    const QJsonObject values = object.value(QStringLiteral("annotations")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        annotations.insert(it.key(), it.value().toString());
    return annotations;
}

QJsonObject annotationsToJson(const QMap<QString, QString> &annotations)
{
    QJsonObject object;
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Manifold::Oci::Internal
