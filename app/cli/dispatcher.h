#pragma once

#include <QStringList>

namespace Manifold::Cli {

// True when the arguments ask for the command-line interface rather than the GUI.
bool wantsCli(const QStringList &arguments);

// Runs `manifold <command> ...`, `--help` or `--version`; returns the process exit code.
int dispatch(const QStringList &arguments);

} // namespace Manifold::Cli
