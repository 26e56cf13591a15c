#include "core/oci/descriptor.h"

#include "core/oci/documentjson.h"
#include "core/oci/mediatypes.h"

#include <QJsonArray>

namespace Manifold::Oci {

using Internal::Tr;

Result<Descriptor> Descriptor::fromJson(const QJsonObject &object, const QString &location)
{
    Descriptor descriptor;
    const QJsonValue mediaType = object.value(QStringLiteral("mediaType"));
    if (!mediaType.isString() || mediaType.toString().isEmpty())
        return Error(QStringLiteral("oci.descriptor.missing-media-type"),
                     Tr::tr("The descriptor has no mediaType"), location,
                     Tr::tr("Every descriptor needs a mediaType such as %1.").arg(MediaType::OciManifest));
    descriptor.mediaType = mediaType.toString();

    const QJsonValue digest = object.value(QStringLiteral("digest"));
    if (!digest.isString())
        return Error(QStringLiteral("oci.descriptor.missing-digest"), Tr::tr("The descriptor has no digest"),
                     location, Tr::tr("Add the sha256 digest of the content."));
    Result<Digest> parsed = Digest::parse(digest.toString(), location);
    if (!parsed)
        return parsed.error();
    descriptor.digest = *parsed;

    const QJsonValue size = object.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() != double(qint64(size.toDouble())))
        return Error(QStringLiteral("oci.descriptor.missing-size"),
                     Tr::tr("The descriptor has no valid size (a non-negative integer)"), location,
                     Tr::tr("Add the content's size in bytes."));
    descriptor.size = qint64(size.toDouble());

    if (object.contains(QStringLiteral("platform"))) {
        const QJsonObject platform = object.value(QStringLiteral("platform")).toObject();
        descriptor.platform = Platform::fromJson(platform);
    }
    descriptor.annotations = Internal::annotationsFrom(object);
    for (const QJsonValue &url : object.value(QStringLiteral("urls")).toArray())
        descriptor.urls.append(url.toString());
    descriptor.artifactType = object.value(QStringLiteral("artifactType")).toString();
    if (object.contains(QStringLiteral("data"))) {
        auto decoded = QByteArray::fromBase64Encoding(object.value(QStringLiteral("data")).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error(QStringLiteral("oci.descriptor.data"), Tr::tr("The descriptor's data field is not base64"),
                         location, Tr::tr("Remove the data field or encode the content as base64."));
        descriptor.data = *decoded;
        if (Status status = descriptor.verify(descriptor.data, location); !status)
            return status.error();
    }
    return descriptor;
}

QJsonObject Descriptor::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("mediaType"), mediaType);
    object.insert(QStringLiteral("digest"), digest.toString());
    object.insert(QStringLiteral("size"), size);
    if (platform)
        object.insert(QStringLiteral("platform"), platform->toJson());
    if (!annotations.isEmpty())
        object.insert(QStringLiteral("annotations"), Internal::annotationsToJson(annotations));
    if (!urls.isEmpty())
        object.insert(QStringLiteral("urls"), QJsonArray::fromStringList(urls));
    if (!artifactType.isEmpty())
        object.insert(QStringLiteral("artifactType"), artifactType);
    if (!data.isEmpty())
        object.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
    return object;
}

Descriptor Descriptor::forContent(const QString &mediaType, const QByteArray &bytes)
{
    Descriptor descriptor;
    descriptor.mediaType = mediaType;
    descriptor.digest = Digest::of(bytes);
    descriptor.size = bytes.size();
    return descriptor;
}

Status Descriptor::verify(const QByteArray &bytes, const QString &location) const
{
    return verifyContent(bytes, digest, size, location);
}

bool Descriptor::isAttestation() const
{
    return annotations.value(MediaType::AnnotationReferenceType) == MediaType::AttestationManifestType;
}

QString Descriptor::attestationSubject() const
{
    return annotations.value(MediaType::AnnotationReferenceDigest);
}

QString Descriptor::refName() const
{
    return annotations.value(MediaType::AnnotationRefName);
}

QString Descriptor::platformString() const
{
    return platform ? platform->toString() : QString();
}

bool Descriptor::operator==(const Descriptor &other) const
{
    return mediaType == other.mediaType && digest == other.digest && size == other.size
        && platform.has_value() == other.platform.has_value() && (!platform || *platform == *other.platform)
        && annotations == other.annotations && urls == other.urls && artifactType == other.artifactType
        && data == other.data;
}

} // namespace Manifold::Oci
