#pragma once

#include "core/dockerfile/plan/buildplanner.h"
#include "core/platform/hostprobe.h"
#include "core/utils/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Manifold::Cli {

// The plan inputs `graph` and `lint` share: `host` (probed by the caller) as build platform (with what it runs
// natively), --target, --platform P,... and repeated --build-arg K=V. Errors are usage errors.
Result<Dockerfile::PlanOptions> planOptionsFromArguments(const HostCapabilities &host,
                                                         const QCommandLineParser &parser,
                                                         const QCommandLineOption &platformOption,
                                                         const QCommandLineOption &buildArgOption,
                                                         const QCommandLineOption &targetOption);

} // namespace Manifold::Cli
