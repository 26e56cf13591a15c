#pragma once

namespace Manifold::Cli {

// Replaces this process with the studio (`manifold-studio` beside this executable), passing the
// arguments on unchanged. The command line stays free of the GUI libraries, so every
// `manifold <command>` starts fast and runs where no display libraries are installed.
// Returns only when the studio cannot be started, with the exit code to use (after saying why).
int launchStudio(char *argv[]);

} // namespace Manifold::Cli
