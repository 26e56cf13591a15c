#pragma once

#include "core/dockerfile/parser/parser.h"
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

// What `graph` and `lint` work on: the host, the plan options and the parsed Dockerfile named by
// the single positional argument.
struct PlanInput
{
    HostCapabilities host;
    Dockerfile::PlanOptions options;
    Dockerfile::ParsedDockerfile parsed;
};

// Probes the host, reads the plan options and parses the Dockerfile. On failure `exitCode` is
// ExitUsage for bad options and ExitFindings for a file that cannot be read.
Result<PlanInput> planInputFromArguments(const QCommandLineParser &parser, const QCommandLineOption &platformOption,
                                         const QCommandLineOption &buildArgOption,
                                         const QCommandLineOption &targetOption, int &exitCode);

} // namespace Manifold::Cli
