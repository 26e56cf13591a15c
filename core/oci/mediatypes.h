#pragma once

#include <QString>

namespace Manifold::Oci {

// Media types Manifold understands. Anything else is carried along untouched (artifacts):
// unknown types never fail parsing on their own.
namespace MediaType {
inline const QString DockerManifest = QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
inline const QString DockerManifestList = QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
inline const QString DockerSchema1Manifest = QStringLiteral("application/vnd.docker.distribution.manifest.v1+json");
inline const QString DockerSchema1SignedManifest = QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");
inline const QString OciManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
inline const QString OciIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
inline const QString OciArtifactManifest = QStringLiteral("application/vnd.oci.artifact.manifest.v1+json"); // removed draft

inline const QString DockerConfig = QStringLiteral("application/vnd.docker.container.image.v1+json");
inline const QString OciConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
inline const QString OciEmpty = QStringLiteral("application/vnd.oci.empty.v1+json");

inline const QString OciLayerTar = QStringLiteral("application/vnd.oci.image.layer.v1.tar");
inline const QString OciLayerGzip = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
inline const QString OciLayerZstd = QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd");
inline const QString OciLayerNondistributableTar = QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar");
inline const QString OciLayerNondistributableGzip = QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar+gzip");
inline const QString OciLayerNondistributableZstd = QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar+zstd");
inline const QString DockerLayerGzip = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip");
inline const QString DockerLayerTar = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar");
inline const QString DockerForeignLayerGzip = QStringLiteral("application/vnd.docker.image.rootfs.foreign.diff.tar.gzip");

inline const QString InToto = QStringLiteral("application/vnd.in-toto+json");

// Annotations buildx puts on attestation entries of an index.
inline const QString AnnotationReferenceType = QStringLiteral("vnd.docker.reference.type");
inline const QString AnnotationReferenceDigest = QStringLiteral("vnd.docker.reference.digest");
inline const QString AttestationManifestType = QStringLiteral("attestation-manifest");
inline const QString AnnotationRefName = QStringLiteral("org.opencontainers.image.ref.name");
inline const QString AnnotationContainerdImageName = QStringLiteral("io.containerd.image.name");
} // namespace MediaType

enum class LayerCompression { None, Gzip, Zstd, Unknown };

// What kind of document or blob a media type names.
enum class MediaTypeKind { ImageManifest, ImageIndex, Config, Layer, Empty, Attestation, Schema1, Unknown };

class MediaTypes
{
public:
    // Drops parameters and whitespace: "application/json; charset=utf-8" -> "application/json".
    static QString withoutParameters(const QString &mediaType);
    static MediaTypeKind kindOf(const QString &mediaType);
    static bool isImageManifest(const QString &mediaType); // Docker schema2 or OCI image manifest
    static bool isIndex(const QString &mediaType);         // Docker manifest list or OCI index
    static bool isManifestOrIndex(const QString &mediaType) { return isImageManifest(mediaType) || isIndex(mediaType); }
    static bool isConfig(const QString &mediaType);
    static bool isLayer(const QString &mediaType);
    static bool isDocker(const QString &mediaType);
    static bool isNondistributable(const QString &mediaType);
    static LayerCompression layerCompression(const QString &mediaType);
    // The Accept header value for manifest requests (schema2, list, OCI manifest, OCI index).
    static QString manifestAcceptHeader();
    static QString kindName(MediaTypeKind kind);
};

} // namespace Manifold::Oci
