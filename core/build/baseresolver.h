#pragma once

#include "core/oci/canceltoken.h"
#include "core/platform/platform.h"
#include "core/registry/imagereference.h"
#include "core/registry/registrysession.h"
#include "core/utils/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace Manifold::Build {

// A base image resolved for one platform: the manifest to pin and what the reference offered.
struct ResolvedBase
{
    Registry::ImageReference pinned; // the reference with the per-platform manifest digest
    QString mediaType;
    QList<Platform> available;       // platforms the reference offers (one for a plain manifest)
    bool wasIndex = false;
};

// Resolves a base reference + platform to its per-platform manifest digest through core/registry
// (Docker normalization, credentials from the docker config and keychain, retries, verified
// manifests). A base without the platform is an error before any step runs, instead of
// "exec format error" later. Blocking: use it on a worker thread.
class BaseResolver
{
public:
    explicit BaseResolver(std::shared_ptr<Registry::RegistrySession> session);

    Result<ResolvedBase> resolve(const Registry::ImageReference &reference, const Platform &platform,
                                 const Oci::CancelToken &cancel = {}) const;

    static bool samePlatform(const Platform &a, const Platform &b);

private:
    std::shared_ptr<Registry::RegistrySession> m_session;
};

} // namespace Manifold::Build
