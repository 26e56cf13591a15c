#include "app/cli/dispatcher.h"
#include "app/cli/studiolauncher.h"
#include "core/utils/translations.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// `manifold`: the command line. Without a command (or with a project path) it hands over to the
// studio, a separate executable, so commands never load the GUI libraries.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication app(argc, argv);
    if (!Manifold::Cli::wantsCli(arguments))
        return Manifold::Cli::launchStudio(argv);
    QCoreApplication::setApplicationName(QStringLiteral("manifold"));
    QCoreApplication::setOrganizationName(QStringLiteral("Manifold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANIFOLD_VERSION));
    Manifold::Utils::installTranslations(Manifold::Utils::commandLineLanguage());
    const int code = Manifold::Cli::dispatch(arguments);
    // Everything a command writes is flushed and closed when dispatch() returns (its streams,
    // files and temporary directories are scoped to it); tearing down the idle network threads
    // and pools would only add milliseconds to every command.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}
