#include "core/dockerfile/instructions/instruction.h"

#include <QCoreApplication>
#include <QHash>

namespace Manifold::Dockerfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Dockerfile)
};

QString location(const Node &node)
{
    return QStringLiteral("%1:%2").arg(node.range.start.line).arg(node.range.start.column);
}

Error instructionError(const Node &node, const QString &message, const QString &hint = {})
{
    return Error(QStringLiteral("dockerfile.instruction"), message, location(node), hint);
}

enum class FlagType { String, Bool, List };

struct FlagRule
{
    const char *name;
    FlagType type;
};

QList<FlagRule> flagRules(InstructionKind kind)
{
    switch (kind) {
    case InstructionKind::From:
        return {{"platform", FlagType::String}};
    case InstructionKind::Copy:
        return {{"from", FlagType::String}, {"chown", FlagType::String},
                {"chmod", FlagType::String}, {"link", FlagType::Bool},
                {"parents", FlagType::Bool}, {"exclude", FlagType::List}};
    case InstructionKind::Add:
        return {{"chown", FlagType::String}, {"chmod", FlagType::String},
                {"link", FlagType::Bool}, {"checksum", FlagType::String},
                {"keep-git-dir", FlagType::Bool}, {"exclude", FlagType::List},
                {"unpack", FlagType::Bool}};
    case InstructionKind::Run:
        return {{"mount", FlagType::List}, {"network", FlagType::String},
                {"security", FlagType::String}, {"device", FlagType::List}};
    case InstructionKind::Healthcheck:
        return {{"interval", FlagType::String}, {"timeout", FlagType::String},
                {"start-period", FlagType::String}, {"start-interval", FlagType::String},
                {"retries", FlagType::String}};
    default:
        return {};
    }
}

Result<InstructionFlags> parseFlags(const Node &node, InstructionKind kind)
{
    InstructionFlags flags;
    const QList<FlagRule> rules = flagRules(kind);
    QHash<QString, int> seen;
    for (const Flag &flag : node.flags) {
        const FlagRule *rule = nullptr;
        for (const FlagRule &candidate : rules) {
            if (flag.name == QLatin1String(candidate.name))
                rule = &candidate;
        }
        if (!rule)
            return instructionError(node, Tr::tr("unknown flag: %1").arg(flag.name),
                                    Tr::tr("%1 does not take --%2; remove it or check the spelling.")
                                        .arg(node.keyword.toUpper(), flag.name));
        if (rule->type != FlagType::List && seen.contains(flag.name))
            return instructionError(node, Tr::tr("duplicate flag specified: %1").arg(flag.name),
                                    Tr::tr("Give --%1 once.").arg(flag.name));
        seen[flag.name]++;
        if (rule->type == FlagType::Bool) {
            const QString lower = flag.value.toLower();
            if (flag.hasValue && lower != QLatin1String("true") && lower != QLatin1String("false"))
                return instructionError(
                    node, Tr::tr("expecting boolean value for flag %1, not: %2").arg(flag.name, flag.value),
                    Tr::tr("Write --%1 or --%1=true / --%1=false.").arg(flag.name));
        } else if (!flag.hasValue) {
            return instructionError(node, Tr::tr("missing a value on flag: %1").arg(flag.name),
                                    Tr::tr("Write --%1=<value>.").arg(flag.name));
        }
        flags.values.append({flag.name, flag.value, flag.hasValue, flag.range});
    }
    return flags;
}

InstructionKind kindForKeyword(const QString &keyword)
{
    static const QHash<QString, InstructionKind> kinds{
        {QStringLiteral("from"), InstructionKind::From},
        {QStringLiteral("run"), InstructionKind::Run},
        {QStringLiteral("cmd"), InstructionKind::Cmd},
        {QStringLiteral("entrypoint"), InstructionKind::Entrypoint},
        {QStringLiteral("copy"), InstructionKind::Copy},
        {QStringLiteral("add"), InstructionKind::Add},
        {QStringLiteral("arg"), InstructionKind::Arg},
        {QStringLiteral("env"), InstructionKind::Env},
        {QStringLiteral("label"), InstructionKind::Label},
        {QStringLiteral("workdir"), InstructionKind::Workdir},
        {QStringLiteral("user"), InstructionKind::User},
        {QStringLiteral("volume"), InstructionKind::Volume},
        {QStringLiteral("expose"), InstructionKind::Expose},
        {QStringLiteral("stopsignal"), InstructionKind::StopSignal},
        {QStringLiteral("healthcheck"), InstructionKind::Healthcheck},
        {QStringLiteral("shell"), InstructionKind::Shell},
        {QStringLiteral("onbuild"), InstructionKind::OnBuild},
        {QStringLiteral("maintainer"), InstructionKind::Maintainer},
    };
    return kinds.value(keyword, InstructionKind::Unknown);
}

bool isValidStageName(const QString &name)
{
    if (name.isEmpty() || name.at(0) < QLatin1Char('a') || name.at(0) > QLatin1Char('z'))
        return false;
    for (QChar ch : name) {
        const bool ok = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'))
            || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('-')
            || ch == QLatin1Char('_') || ch == QLatin1Char('.');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool InstructionFlags::isSet(const QString &name) const
{
    for (const Value &v : values) {
        if (v.name == name)
            return true;
    }
    return false;
}

QString InstructionFlags::value(const QString &name) const
{
    QString result;
    for (const Value &v : values) {
        if (v.name == name)
            result = v.hasValue ? v.value : QStringLiteral("true");
    }
    return result;
}

QStringList InstructionFlags::all(const QString &name) const
{
    QStringList result;
    for (const Value &v : values) {
        if (v.name == name)
            result.append(v.value);
    }
    return result;
}

SourceRange InstructionFlags::range(const QString &name) const
{
    for (const Value &v : values) {
        if (v.name == name)
            return v.range;
    }
    return {};
}

QString instructionKindName(InstructionKind kind)
{
    static const char *names[] = {"FROM", "RUN", "CMD", "ENTRYPOINT", "COPY", "ADD", "ARG",
                                  "ENV", "LABEL", "WORKDIR", "USER", "VOLUME", "EXPOSE",
                                  "STOPSIGNAL", "HEALTHCHECK", "SHELL", "ONBUILD", "MAINTAINER",
                                  "UNKNOWN"};
    return QLatin1String(names[int(kind)]);
}

Result<Instruction> InstructionBuilder::build(const Node &node)
{
    Instruction instruction;
    instruction.node = &node;
    instruction.kind = kindForKeyword(node.keyword);
    instruction.args = node.args;
    if (instruction.kind == InstructionKind::Unknown)
        return Error(QStringLiteral("dockerfile.unknown-instruction"),
                     Tr::tr("unknown instruction: %1").arg(node.keywordAsWritten), location(node));

    Result<InstructionFlags> flags = parseFlags(node, instruction.kind);
    if (!flags)
        return flags.error();
    instruction.flags = *flags;

    switch (instruction.kind) {
    case InstructionKind::From: {
        const QStringList &args = node.args;
        if (args.size() != 1 && args.size() != 3)
            return instructionError(node, Tr::tr("FROM requires either one or three arguments"),
                                    Tr::tr("Write FROM <image> [AS <name>]."));
        instruction.image = args.at(0);
        instruction.platform = instruction.flags.value(QStringLiteral("platform"));
        if (args.size() == 3) {
            if (args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) != 0)
                return instructionError(node, Tr::tr("FROM requires either one or three arguments"),
                                        Tr::tr("The second word must be AS."));
            instruction.asKeyword = args.at(1);
            instruction.stageNameAsWritten = args.at(2);
            instruction.stageName = args.at(2).toLower();
            if (!isValidStageName(instruction.stageName))
                return instructionError(
                    node,
                    Tr::tr("invalid name for build stage: \"%1\", name can't start with a number or "
                       "contain symbols").arg(args.at(2)),
                    Tr::tr("Use letters, digits, '-', '_' and '.', starting with a letter."));
        }
        break;
    }
    case InstructionKind::Copy:
    case InstructionKind::Add: {
        if (node.args.size() + node.heredocs.size() < 2 && node.args.size() < 2)
            return instructionError(node, Tr::tr("%1 requires at least two arguments, but only one was "
                                             "provided. Destination could not be determined")
                                              .arg(node.keyword.toUpper()));
        instruction.copyFrom = instruction.flags.value(QStringLiteral("from"));
        instruction.link = instruction.flags.isSet(QStringLiteral("link"))
            && instruction.flags.value(QStringLiteral("link")).toLower() != QLatin1String("false");
        instruction.sources = node.args.mid(0, node.args.size() - 1);
        instruction.destination = node.args.isEmpty() ? QString() : node.args.last();
        break;
    }
    case InstructionKind::Run: {
        instruction.mountValues = instruction.flags.all(QStringLiteral("mount"));
        for (const QString &value : std::as_const(instruction.mountValues)) {
            Result<MountSpec> mount = MountSpec::parse(value);
            if (!mount) {
                Error error = mount.error();
                error.location = location(node);
                return error;
            }
            // BuildKit only allows a variable at the very end of from= (parse time check).
            const qsizetype dollar = mount->from.indexOf(QLatin1Char('$'));
            if (dollar >= 0 && dollar != mount->from.size() - 1 && !mount->from.endsWith(QLatin1Char('}')))
                return instructionError(node,
                                        Tr::tr("'%1' doesn't support variable expansion, define alias "
                                           "stage instead").arg(QStringLiteral("from")),
                                        Tr::tr("Create a stage FROM ${VAR} AS name and mount from=name."));
            instruction.mounts.append(*mount);
        }
        break;
    }
    case InstructionKind::Arg:
        for (const QString &word : node.args) {
            const qsizetype equals = word.indexOf(QLatin1Char('='));
            KeyValue kv;
            kv.key = equals < 0 ? word : word.left(equals);
            kv.hasValue = equals >= 0;
            kv.value = equals < 0 ? QString() : word.mid(equals + 1);
            if (kv.key.isEmpty())
                return instructionError(node, Tr::tr("ARG names can not be blank"));
            instruction.keyValues.append(kv);
        }
        if (instruction.keyValues.isEmpty())
            return instructionError(node, Tr::tr("ARG requires at least one argument"));
        break;
    case InstructionKind::Env:
    case InstructionKind::Label:
        for (qsizetype i = 0; i + 2 < node.args.size() + 1 && i + 1 < node.args.size(); i += 3) {
            KeyValue kv{node.args.at(i), node.args.at(i + 1), true};
            if (i + 2 < node.args.size() && node.args.at(i + 2).isEmpty())
                instruction.legacyKeyValue = true;
            instruction.keyValues.append(kv);
        }
        break;
    case InstructionKind::OnBuild:
        if (node.child) {
            const QString child = node.child->keyword;
            if (child == QLatin1String("onbuild"))
                return instructionError(node, Tr::tr("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"));
            if (child == QLatin1String("from") || child == QLatin1String("maintainer"))
                return instructionError(node, Tr::tr("%1 isn't allowed as an ONBUILD trigger")
                                                  .arg(child.toUpper()));
        }
        break;
    default:
        break;
    }
    return instruction;
}

} // namespace Manifold::Dockerfile
