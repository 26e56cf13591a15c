#include "app/cli/dispatcher.h"

#include "app/cli/command.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Manifold::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::Dispatcher)
};
} // namespace

bool wantsCli(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("help"))
        return true;
    // Other options (--screenshot, Qt's -platform ...) and paths belong to the GUI.
    if (first.startsWith(QLatin1Char('-')))
        return false;
    // An existing path opens in the GUI; any other word is a command (or a typo to report).
    return CommandRegistry::create(first) != nullptr || !QFileInfo::exists(first);
}

static void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: manifold [COMMAND] [OPTIONS]") << "\n\n"
        << Tr::tr("Without a command, starts the Manifold studio (GUI).") << '\n'
        << Tr::tr("GUI options: [PROJECT|DOCKERFILE|FOLDER] [--sample] [--screenshot FILE [--view NAME]]") << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const auto &command : CommandRegistry::all())
        out << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    out << '\n'
        << Tr::tr("Run 'manifold COMMAND --help' for a command's options.") << '\n'
        << Tr::tr("Options:") << '\n'
        << "  -h, --help     " << Tr::tr("Show this help.") << '\n'
        << "  -v, --version  " << Tr::tr("Show the version.") << '\n'
        << '\n'
        << Tr::tr("Environment:") << '\n'
        << "  MANIFOLD_LANG  "
        << Tr::tr("Language of messages: en or zh_CN (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).")
        << '\n';
}

int dispatch(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "manifold " << MANIFOLD_VERSION << '\n';
        return ExitOk;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    std::unique_ptr<Command> command = CommandRegistry::create(first);
    if (!command) {
        err << "manifold: " << Tr::tr("unknown command '%1'.").arg(first) << '\n'
            << Tr::tr("Run 'manifold --help' to list the commands.") << '\n';
        return ExitUsage;
    }
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("manifold ") + first);
    return command->run(rest, Streams{out, err});
}

} // namespace Manifold::Cli
