#pragma once

#include "core/dockerfile/shell/variables.h"
#include "core/platform/platform.h"

#include <QStringList>

namespace Manifold::Dockerfile {

// The ARGs BuildKit defines automatically (frontend/dockerfile/dockerfile2llb/platform.go):
// BUILDPLATFORM/OS/OSVERSION/ARCH/VARIANT, TARGETPLATFORM/OS/OSVERSION/ARCH/VARIANT and
// TARGETSTAGE. They are in the global scope (visible in FROM) and become visible inside a stage
// only after `ARG NAME` re-declares them.
namespace PlatformArgs {
QStringList names();
bool isAutomatic(const QString &name);
Variables values(const Platform &buildPlatform, const Platform &targetPlatform,
                 const QString &targetStage);
} // namespace PlatformArgs

} // namespace Manifold::Dockerfile
