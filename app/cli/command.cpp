#include "app/cli/command.h"

#include <algorithm>

namespace Manifold::Cli {

static std::vector<CommandFactory> &factories()
{
    static std::vector<CommandFactory> list;
    return list;
}

bool CommandRegistry::add(CommandFactory factory)
{
    factories().push_back(std::move(factory));
    return true;
}

std::unique_ptr<Command> CommandRegistry::create(const QString &name)
{
    for (const CommandFactory &factory : factories()) {
        std::unique_ptr<Command> command = factory();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

std::vector<std::unique_ptr<Command>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const CommandFactory &factory : factories())
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(),
              [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return commands;
}

} // namespace Manifold::Cli
