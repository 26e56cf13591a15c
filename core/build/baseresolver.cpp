#include "core/build/baseresolver.h"

#include "core/oci/imageconfig.h"
#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"

#include <QCoreApplication>

namespace Manifold::Build {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build)
};

QString platformList(const QList<Platform> &platforms)
{
    QStringList names;
    for (const Platform &platform : platforms)
        names.append(platform.toString());
    return names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "));
}

bool isIndex(const QString &mediaType, const QByteArray &bytes)
{
    if (mediaType.contains(QLatin1String("index")) || mediaType.contains(QLatin1String("manifest.list")))
        return true;
    return mediaType.isEmpty() && bytes.contains("\"manifests\"");
}

} // namespace

BaseResolver::BaseResolver(std::shared_ptr<Registry::RegistrySession> session)
    : m_session(std::move(session))
{
}

bool BaseResolver::samePlatform(const Platform &a, const Platform &b)
{
    const Platform x = a.normalized();
    const Platform y = b.normalized();
    return x.os == y.os && x.architecture == y.architecture && x.variant == y.variant;
}

Result<ResolvedBase> BaseResolver::resolve(const Registry::ImageReference &reference, const Platform &platform,
                                           const Oci::CancelToken &cancel) const
{
    Registry::RegistryClient client(m_session, reference.domain);
    const Result<Registry::ManifestResponse> top = client.getManifest(reference.path, reference.manifestReference(), cancel);
    if (!top)
        return top.error();
    ResolvedBase resolved;
    const QString location = reference.toString();
    if (isIndex(top->descriptor.mediaType, top->bytes)) {
        const Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(top->bytes, top->descriptor.mediaType, location);
        if (!index)
            return index.error();
        resolved.wasIndex = true;
        for (const Oci::Descriptor &entry : index->platformEntries()) {
            if (!entry.platform)
                continue;
            resolved.available.append(*entry.platform);
            if (resolved.pinned.digest.isEmpty() && samePlatform(*entry.platform, platform)) {
                resolved.pinned = reference.withDigest(entry.digest.toString());
                resolved.mediaType = entry.mediaType;
            }
        }
    } else {
        const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(top->bytes, top->descriptor.mediaType, location);
        if (!manifest)
            return manifest.error();
        const Result<QByteArray> configBytes = client.getBlob(reference.path, manifest->config(), 16 * 1024 * 1024, cancel);
        if (!configBytes)
            return configBytes.error();
        const Result<Oci::ImageConfig> config = Oci::ImageConfig::parse(*configBytes, location);
        if (!config)
            return config.error();
        resolved.available.append(config->platform());
        if (samePlatform(config->platform(), platform)) {
            resolved.pinned = reference.withDigest(top->descriptor.digest.toString());
            resolved.mediaType = top->descriptor.mediaType;
        }
    }
    if (resolved.pinned.digest.isEmpty())
        return Error(QStringLiteral("build.base.platform-missing"),
                     Tr::tr("Base image %1 has no %2 image (it offers: %3). Building would fail with \"exec format "
                        "error\" or \"Invalid ELF image\" as soon as a RUN step starts.")
                         .arg(reference.toString(), platform.toString(), platformList(resolved.available)),
                     reference.toString(),
                     Tr::tr("Use a base that is published for %1 (copy the full multi-arch index, e.g. skopeo copy --all), "
                        "or drop %1 from --platform.").arg(platform.toString()));
    return resolved;
}

} // namespace Manifold::Build
