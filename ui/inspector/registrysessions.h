#pragma once

#include "core/registry/registrysession.h"

#include <memory>

namespace Manifold::Ui {

// The registry session the desktop app shares between the inspector, the registry browser and
// the wizards: one token and credential cache, one scheme probe per host.
std::shared_ptr<Registry::RegistrySession> sharedRegistrySession();

} // namespace Manifold::Ui
