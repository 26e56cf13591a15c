#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace Manifold::Cli {

// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1, // the command ran and found errors (lint, verify) or the operation failed
    ExitUsage = 2,    // bad arguments
};

// Where a command writes: stdout for results (text or JSON), stderr for diagnostics.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// One `manifold <name>` subcommand. Commands parse their own arguments with
// QCommandLineParser and print either human text or, with --json, one JSON document.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `manifold --help`
    // `arguments` holds the program name followed by everything after the subcommand.
    virtual int run(const QStringList &arguments, Streams streams) = 0;
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;

// Commands register themselves from their own translation unit (see MANIFOLD_REGISTER_COMMAND),
// so adding a command never touches a central list.
class CommandRegistry
{
public:
    static bool add(CommandFactory factory);
    static std::unique_ptr<Command> create(const QString &name);
    // Sorted by name; for --help.
    static std::vector<std::unique_ptr<Command>> all();
};

} // namespace Manifold::Cli

#define MANIFOLD_REGISTER_COMMAND(Class) \
    static const bool manifold_registered_##Class = ::Manifold::Cli::CommandRegistry::add( \
        [] { return std::make_unique<Class>(); })
