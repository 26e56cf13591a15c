#include "core/oci/mediatypes.h"

namespace Manifold::Oci {

QString MediaTypes::withoutParameters(const QString &mediaType)
{
    const qsizetype semicolon = mediaType.indexOf(QLatin1Char(';'));
    return (semicolon < 0 ? mediaType : mediaType.left(semicolon)).trimmed().toLower();
}

bool MediaTypes::isImageManifest(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    return type == MediaType::OciManifest || type == MediaType::DockerManifest;
}

bool MediaTypes::isIndex(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    return type == MediaType::OciIndex || type == MediaType::DockerManifestList;
}

bool MediaTypes::isConfig(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    return type == MediaType::OciConfig || type == MediaType::DockerConfig;
}

bool MediaTypes::isLayer(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    return type.startsWith(QLatin1String("application/vnd.oci.image.layer."))
        || type.startsWith(QLatin1String("application/vnd.docker.image.rootfs."));
}

bool MediaTypes::isDocker(const QString &mediaType)
{
    return withoutParameters(mediaType).startsWith(QLatin1String("application/vnd.docker."));
}

bool MediaTypes::isNondistributable(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    return type.contains(QLatin1String(".nondistributable.")) || type.contains(QLatin1String(".foreign."));
}

LayerCompression MediaTypes::layerCompression(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    if (type.endsWith(QLatin1String("+gzip")) || type.endsWith(QLatin1String(".tar.gzip")))
        return LayerCompression::Gzip;
    if (type.endsWith(QLatin1String("+zstd")))
        return LayerCompression::Zstd;
    if (type.endsWith(QLatin1String(".tar")))
        return LayerCompression::None;
    return LayerCompression::Unknown;
}

MediaTypeKind MediaTypes::kindOf(const QString &mediaType)
{
    const QString type = withoutParameters(mediaType);
    if (isImageManifest(type))
        return MediaTypeKind::ImageManifest;
    if (isIndex(type))
        return MediaTypeKind::ImageIndex;
    if (isConfig(type))
        return MediaTypeKind::Config;
    if (isLayer(type))
        return MediaTypeKind::Layer;
    if (type == MediaType::OciEmpty)
        return MediaTypeKind::Empty;
    if (type == MediaType::InToto)
        return MediaTypeKind::Attestation;
    if (type == MediaType::DockerSchema1Manifest || type == MediaType::DockerSchema1SignedManifest)
        return MediaTypeKind::Schema1;
    return MediaTypeKind::Unknown;
}

QString MediaTypes::manifestAcceptHeader()
{
    return MediaType::DockerManifest + QStringLiteral(", ") + MediaType::DockerManifestList
        + QStringLiteral(", ") + MediaType::OciManifest + QStringLiteral(", ") + MediaType::OciIndex;
}

QString MediaTypes::kindName(MediaTypeKind kind)
{
    switch (kind) {
    case MediaTypeKind::ImageManifest: return QStringLiteral("manifest");
    case MediaTypeKind::ImageIndex: return QStringLiteral("index");
    case MediaTypeKind::Config: return QStringLiteral("config");
    case MediaTypeKind::Layer: return QStringLiteral("layer");
    case MediaTypeKind::Empty: return QStringLiteral("empty");
    case MediaTypeKind::Attestation: return QStringLiteral("attestation");
    case MediaTypeKind::Schema1: return QStringLiteral("schema1");
    case MediaTypeKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

} // namespace Manifold::Oci
