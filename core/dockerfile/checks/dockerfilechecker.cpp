#include "core/dockerfile/checks/dockerfilechecker.h"

#include "core/dockerfile/checks/checkconfig.h"
#include "core/dockerfile/instructions/instruction.h"
#include "core/dockerfile/plan/platformargs.h"
#include "core/dockerfile/shell/shelllexer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Manifold::Dockerfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Dockerfile)
};

const QSet<QString> &buildkitRules()
{
    static const QSet<QString> rules{
        QStringLiteral("StageNameCasing"), QStringLiteral("FromAsCasing"),
        QStringLiteral("NoEmptyContinuation"), QStringLiteral("ConsistentInstructionCasing"),
        QStringLiteral("DuplicateStageName"), QStringLiteral("ReservedStageName"),
        QStringLiteral("JSONArgsRecommended"), QStringLiteral("MaintainerDeprecated"),
        QStringLiteral("UndefinedArgInFrom"), QStringLiteral("WorkdirRelativePath"),
        QStringLiteral("UndefinedVar"), QStringLiteral("MultipleInstructionsDisallowed"),
        QStringLiteral("LegacyKeyValueFormat"), QStringLiteral("RedundantTargetPlatform"),
        QStringLiteral("SecretsUsedInArgOrEnv"), QStringLiteral("InvalidDefaultArgInFrom"),
        QStringLiteral("FromPlatformFlagConstDisallowed"), QStringLiteral("ExposeProtoCasing"),
        QStringLiteral("ExposeInvalidFormat")};
    return rules;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// BuildKit's "did you mean": the closest name within a small distance.
QString suggestion(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(2, int(name.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(name.toUpper(), candidate.toUpper());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool isAllUpper(const QString &text)
{
    return text == text.toUpper();
}

bool isAllLower(const QString &text)
{
    return text == text.toLower();
}

// Variables that base images commonly set: the image config is not fetched here, so a use of
// these is not reported as undefined.
bool isCommonImageVariable(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("HOSTNAME"),
        QStringLiteral("LANG"), QStringLiteral("LC_ALL"), QStringLiteral("TERM"),
        QStringLiteral("USER"), QStringLiteral("PWD"), QStringLiteral("SHELL"),
        QStringLiteral("GOPATH"), QStringLiteral("GOROOT"), QStringLiteral("GOLANG_VERSION"),
        QStringLiteral("CARGO_HOME"), QStringLiteral("RUSTUP_HOME"), QStringLiteral("RUST_VERSION"),
        QStringLiteral("JAVA_HOME"), QStringLiteral("JAVA_VERSION"), QStringLiteral("NODE_VERSION"),
        QStringLiteral("YARN_VERSION"), QStringLiteral("PYTHON_VERSION"), QStringLiteral("PIP_VERSION"),
        QStringLiteral("PYTHONPATH"), QStringLiteral("LD_LIBRARY_PATH"), QStringLiteral("DEBIAN_FRONTEND")};
    return names.contains(name);
}

class Checker
{
public:
    Checker(const ParsedDockerfile &parsed, const PlanOptions &options, const BuildPlan &plan)
        : m_parsed(parsed)
        , m_options(options)
        , m_plan(plan)
    {}

    CheckResult run()
    {
        CheckResult result;
        QString configText = m_parsed.directives.check;
        if (const QString *fromArg = m_options.buildArgs.find(QStringLiteral("BUILDKIT_DOCKERFILE_CHECK")))
            configText = *fromArg;
        Result<CheckConfig> config = CheckConfig::parse(configText);
        if (!config) {
            add(Severity::Error, QStringLiteral("InvalidCheckConfig"), config.error().message,
                config.error().hint, m_parsed.directives.checkRange);
        } else {
            m_config = *config;
        }

        collectStages();
        checkKeywordCasing();
        checkStages();
        checkFromPlatform();
        checkMultiArch();

        QList<Diagnostic> all;
        for (const Diagnostic &d : m_parsed.diagnostics)
            all.append(d);
        for (const Diagnostic &d : m_plan.allDiagnostics()) {
            if (!all.contains(d))
                all.append(d);
        }
        for (const Diagnostic &d : std::as_const(m_findings)) {
            if (!all.contains(d))
                all.append(d);
        }
        QList<Diagnostic> kept;
        for (Diagnostic d : all) {
            if (d.severity != Severity::Error && (m_config.isSkipped(d.id) || skippedByComment(d)))
                continue;
            if (m_config.error && d.severity == Severity::Warning && buildkitRules().contains(d.id))
                d.severity = Severity::Error;
            if (d.file.isEmpty())
                d.file = m_parsed.fileName;
            kept.append(d);
        }
        std::stable_sort(kept.begin(), kept.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.range.start.line < b.range.start.line;
        });
        result.diagnostics = kept;
        result.failed = std::any_of(kept.cbegin(), kept.cend(),
                                    [](const Diagnostic &d) { return d.severity == Severity::Error; });
        return result;
    }

private:
    struct StageNodes
    {
        const Node *from = nullptr;
        QList<const Node *> nodes;
        QString name;
    };

    // `# check=skip=Rule` in the comments right above an instruction (or above its stage's FROM)
    // silences that rule there, as BuildKit's per-instruction check config does.
    bool skippedByComment(const Diagnostic &d) const
    {
        const Node *stageFrom = nullptr;
        for (const Node &node : m_parsed.instructions) {
            if (node.keyword == QLatin1String("from"))
                stageFrom = &node;
            if (node.range.start.line > d.range.start.line || node.range.end.line < d.range.start.line)
                continue;
            for (const Node *owner : {&node, stageFrom}) {
                if (!owner)
                    continue;
                for (const QString &comment : owner->comments) {
                    QString text = comment;
                    while (text.startsWith(QLatin1Char('#')))
                        text = text.mid(1).trimmed();
                    if (!text.startsWith(QLatin1String("check="), Qt::CaseInsensitive))
                        continue;
                    const Result<CheckConfig> config = CheckConfig::parse(text.mid(6));
                    if (config && config->isSkipped(d.id))
                        return true;
                }
            }
            return false;
        }
        return false;
    }

    void add(Severity severity, const QString &id, const QString &message, const QString &fix,
             const SourceRange &range)
    {
        Diagnostic d;
        d.severity = severity;
        d.id = id;
        d.message = message;
        d.fix = fix;
        d.file = m_parsed.fileName;
        d.range = range;
        if (buildkitRules().contains(id))
            d.url = DockerfileChecker::documentationUrl(id);
        if (!m_findings.contains(d))
            m_findings.append(d);
    }

    void warn(const QString &id, const QString &message, const QString &fix, const SourceRange &range)
    {
        add(Severity::Warning, id, message, fix, range);
    }

    void collectStages()
    {
        for (const Node &node : m_parsed.instructions) {
            if (node.keyword == QLatin1String("from")) {
                StageNodes stage;
                stage.from = &node;
                if (node.args.size() == 3)
                    stage.name = node.args.at(2);
                m_stages.append(stage);
            } else if (!m_stages.isEmpty()) {
                m_stages.last().nodes.append(&node);
            } else if (node.keyword == QLatin1String("arg")) {
                Result<Instruction> arg = InstructionBuilder::build(node);
                if (arg) {
                    for (const KeyValue &kv : arg->keyValues)
                        m_globalArgs.append(kv.key);
                }
            }
        }
    }

    void checkKeywordCasing()
    {
        int upper = 0, lower = 0;
        for (const Node &node : m_parsed.instructions) {
            if (isAllUpper(node.keywordAsWritten))
                ++upper;
            else if (isAllLower(node.keywordAsWritten))
                ++lower;
        }
        const bool majorityUpper = upper >= lower;
        for (const Node &node : m_parsed.instructions) {
            const QString &kw = node.keywordAsWritten;
            const bool consistent = majorityUpper ? isAllUpper(kw) : isAllLower(kw);
            if (!consistent)
                warn(QStringLiteral("ConsistentInstructionCasing"),
                     Tr::tr("Command '%1' should match the case of the command majority (%2)")
                         .arg(kw, majorityUpper ? Tr::tr("uppercase") : Tr::tr("lowercase")),
                     Tr::tr("Write %1 as %2.").arg(kw, majorityUpper ? kw.toUpper() : kw.toLower()),
                     node.keywordRange.isValid() ? node.keywordRange : node.range);
        }
    }

    void checkStages()
    {
        QHash<QString, int> seenNames;
        QHash<QString, bool> shellInStage;   // stage name -> SHELL seen (inherited by FROM stage)
        QHash<QString, bool> workdirInStage; // stage name -> absolute WORKDIR seen
        for (const StageNodes &stage : std::as_const(m_stages)) {
            const Node &from = *stage.from;
            if (from.args.size() == 3) {
                const QString &as = from.args.at(1);
                const QString &kw = from.keywordAsWritten;
                if ((isAllUpper(kw) && !isAllUpper(as)) || (isAllLower(kw) && !isAllLower(as)))
                    warn(QStringLiteral("FromAsCasing"),
                         Tr::tr("'%1' and '%2' keywords' casing do not match").arg(as, kw),
                         Tr::tr("Write '%1' in the same case as '%2'.").arg(as, kw), from.range);
                if (stage.name != stage.name.toLower())
                    warn(QStringLiteral("StageNameCasing"),
                         Tr::tr("Stage name '%1' should be lowercase").arg(stage.name),
                         Tr::tr("Rename the stage to '%1'.").arg(stage.name.toLower()), from.range);
                const QString lowerName = stage.name.toLower();
                if (lowerName == QLatin1String("scratch") || lowerName == QLatin1String("context"))
                    warn(QStringLiteral("ReservedStageName"),
                         Tr::tr("Stage name should not use the same name as reserved stage \"%1\"").arg(lowerName),
                         Tr::tr("Pick another stage name."), from.range);
                if (seenNames.contains(lowerName))
                    warn(QStringLiteral("DuplicateStageName"),
                         Tr::tr("Duplicate stage name \"%1\", stage names should be unique").arg(lowerName),
                         Tr::tr("Rename one of the stages; COPY --from and FROM use the first."), from.range);
                seenNames[lowerName]++;
            }
            const QString baseName = from.args.isEmpty() ? QString() : from.args.first().toLower();
            bool shellSeen = shellInStage.value(baseName, false);
            bool workdirSeen = workdirInStage.value(baseName, false);
            QHash<QString, QList<const Node *>> singletons;
            for (const Node *node : stage.nodes)
                checkInstruction(*node, shellSeen, workdirSeen, singletons);
            for (auto it = singletons.cbegin(); it != singletons.cend(); ++it) {
                for (int i = 0; i + 1 < it.value().size(); ++i)
                    warn(QStringLiteral("MultipleInstructionsDisallowed"),
                         Tr::tr("Multiple %1 instructions should not be used in the same stage because only "
                            "the last one will be used").arg(it.key()),
                         Tr::tr("Remove all but the last %1.").arg(it.key()), it.value().at(i)->range);
            }
            if (!stage.name.isEmpty()) {
                shellInStage[stage.name.toLower()] = shellSeen;
                workdirInStage[stage.name.toLower()] = workdirSeen;
            }
        }
    }

    void checkKeyValues(const Node &node, const Instruction &instruction)
    {
        static const QRegularExpression secret(QStringLiteral(
            "(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression allow(QStringLiteral("(?:_|^)(?:public|file|version)(?:_|$)"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (instruction.kind == InstructionKind::Label)
            return;
        for (const KeyValue &kv : instruction.keyValues) {
            if (secret.match(kv.key).hasMatch() && !allow.match(kv.key).hasMatch())
                warn(QStringLiteral("SecretsUsedInArgOrEnv"),
                     Tr::tr("Do not use ARG or ENV instructions for sensitive data (%1 \"%2\")")
                         .arg(node.keyword.toUpper(), kv.key),
                     Tr::tr("Pass it with RUN --mount=type=secret,id=%1 so it stays out of the image "
                        "history.").arg(kv.key.toLower()),
                     node.range);
        }
    }

    void checkInstruction(const Node &node, bool &shellSeen, bool &workdirSeen,
                          QHash<QString, QList<const Node *>> &singletons)
    {
        Result<Instruction> built = InstructionBuilder::build(node);
        if (!built)
            return;
        const Instruction &instruction = *built;
        const QString keyword = node.keyword.toUpper();
        switch (instruction.kind) {
        case InstructionKind::Shell:
            shellSeen = true;
            break;
        case InstructionKind::Cmd:
        case InstructionKind::Entrypoint:
            singletons[keyword].append(&node);
            if (!node.json && !shellSeen && !node.args.isEmpty())
                warn(QStringLiteral("JSONArgsRecommended"),
                     Tr::tr("JSON arguments recommended for %1 to prevent unintended behavior related to "
                        "OS signals").arg(keyword),
                     Tr::tr("Write %1 [\"executable\", \"arg\"] so the process receives signals directly.")
                         .arg(keyword),
                     node.range);
            break;
        case InstructionKind::Healthcheck:
            singletons[keyword].append(&node);
            break;
        case InstructionKind::Maintainer:
            warn(QStringLiteral("MaintainerDeprecated"),
                 Tr::tr("Maintainer instruction is deprecated in favor of using label"),
                 Tr::tr("Use LABEL org.opencontainers.image.authors=\"%1\".").arg(node.args.join(QLatin1Char(' '))),
                 node.range);
            break;
        case InstructionKind::Env:
        case InstructionKind::Label:
            if (instruction.legacyKeyValue)
                warn(QStringLiteral("LegacyKeyValueFormat"),
                     Tr::tr("\"%1 key=value\" should be used instead of legacy \"%1 key value\" format").arg(keyword),
                     Tr::tr("Write %1 %2=\"%3\".").arg(keyword, instruction.keyValues.value(0).key,
                                                  instruction.keyValues.value(0).value),
                     node.range);
            checkKeyValues(node, instruction);
            break;
        case InstructionKind::Arg:
            checkKeyValues(node, instruction);
            break;
        case InstructionKind::Workdir: {
            const QString dir = node.args.value(0);
            if (!workdirSeen && !dir.startsWith(QLatin1Char('/')) && !dir.startsWith(QLatin1Char('$'))
                && !QRegularExpression(QStringLiteral("^[A-Za-z]:[\\\\/]")).match(dir).hasMatch())
                warn(QStringLiteral("WorkdirRelativePath"),
                     Tr::tr("Relative workdir \"%1\" can have unexpected results if the base image changes").arg(dir),
                     Tr::tr("Use an absolute path, e.g. WORKDIR /%1.").arg(dir), node.range);
            workdirSeen = true;
            break;
        }
        case InstructionKind::Expose:
            for (const QString &port : node.args) {
                if (port.contains(QLatin1Char(':'))) {
                    warn(QStringLiteral("ExposeInvalidFormat"),
                         Tr::tr("EXPOSE instruction should not define an IP address or host-port mapping, "
                            "found '%1'").arg(port),
                         Tr::tr("EXPOSE only the container port (EXPOSE %1); map host ports with docker run -p.")
                             .arg(port.section(QLatin1Char(':'), -1)),
                         node.range);
                }
                const qsizetype slash = port.indexOf(QLatin1Char('/'));
                if (slash >= 0 && port.mid(slash + 1) != port.mid(slash + 1).toLower())
                    warn(QStringLiteral("ExposeProtoCasing"),
                         Tr::tr("Defined protocol '%1' in EXPOSE instruction should be lowercase").arg(port),
                         Tr::tr("Write %1.").arg(port.left(slash + 1) + port.mid(slash + 1).toLower()),
                         node.range);
            }
            break;
        default:
            break;
        }
    }

    void checkFromPlatform()
    {
        // BuildKit reports dispatch-level rules from the first platform only.
        if (m_plan.platforms.isEmpty())
            return;
        const PlatformPlan &first = m_plan.platforms.first();
        for (int i = 0; i < first.stages.size() && i < m_stages.size(); ++i) {
            const PlannedStage &stage = first.stages.at(i);
            const Node &from = *m_stages.at(i).from;
            const QString written = stage.platformAsWritten;
            if (written == QLatin1String("$TARGETPLATFORM") || written == QLatin1String("${TARGETPLATFORM}"))
                warn(QStringLiteral("RedundantTargetPlatform"),
                     Tr::tr("Setting platform to predefined %1 in FROM is redundant as this is the default "
                        "behavior").arg(written),
                     Tr::tr("Remove --platform=%1.").arg(written), from.range);
            if (stage.platformConstant && !written.isEmpty()) {
                Result<Platform> constant = Platform::parse(written);
                const QString name = stage.name;
                if (constant && !name.contains(constant->os) && !name.contains(constant->architecture))
                    warn(QStringLiteral("FromPlatformFlagConstDisallowed"),
                         Tr::tr("FROM --platform flag should not use constant value \"%1\"").arg(written),
                         Tr::tr("Use --platform=$BUILDPLATFORM for build tools or drop the flag so the stage "
                            "follows the target platform."),
                         from.range);
            }
            for (const QString &name : stage.fromVariables) {
                if (m_globalArgs.contains(name) || PlatformArgs::isAutomatic(name))
                    continue;
                const QString hint = suggestion(name, m_globalArgs + PlatformArgs::names());
                warn(QStringLiteral("UndefinedArgInFrom"),
                     hint.isEmpty() ? Tr::tr("FROM argument '%1' is not declared").arg(name)
                                    : Tr::tr("FROM argument '%1' is not declared (did you mean %2?)").arg(name, hint),
                     Tr::tr("Declare it before the first FROM: ARG %1=<default>.").arg(name), from.range);
            }
            checkDefaultArgInFrom(stage, from);
            if (!stage.reachable)
                continue;
            for (const VariableUse &use : stage.undefinedVariables) {
                if (isCommonImageVariable(use.name) || use.name.at(0).isDigit()
                    || use.name.size() == 1)
                    continue;
                const QString hint = suggestion(use.name, stage.declaredArgs);
                warn(QStringLiteral("UndefinedVar"),
                     hint.isEmpty() ? Tr::tr("Usage of undefined variable '$%1'").arg(use.name)
                                    : Tr::tr("Usage of undefined variable '$%1' (did you mean $%2?)").arg(use.name, hint),
                     PlatformArgs::isAutomatic(use.name)
                         ? Tr::tr("Declare it in the stage with ARG %1 (automatic platform ARGs are not "
                              "visible inside a stage until declared).").arg(use.name)
                         : Tr::tr("Declare it with ARG %1 or ENV %1=<value> earlier in the stage.").arg(use.name),
                     use.range);
            }
        }
    }

    // FROM evaluated with the ARG defaults alone (no --build-arg) must be a usable reference.
    void checkDefaultArgInFrom(const PlannedStage &stage, const Node &from)
    {
        if (stage.fromVariables.isEmpty() || stage.baseKind == PlannedStage::BaseKind::Stage)
            return;
        PlanOptions defaults = m_options;
        defaults.buildArgs = Variables();
        Variables globals = PlatformArgs::values(m_plan.buildPlatform, m_plan.platforms.first().target, {});
        ShellLexer lexer(m_parsed.directives.escape);
        for (const Node &node : m_parsed.instructions) {
            if (node.keyword == QLatin1String("from"))
                break;
            Result<Instruction> arg = InstructionBuilder::build(node);
            if (!arg || arg->kind != InstructionKind::Arg)
                continue;
            for (const KeyValue &kv : arg->keyValues) {
                if (kv.hasValue)
                    globals.set(kv.key, lexer.processWord(kv.value, globals).valueOr(kv.value));
                else if (!PlatformArgs::isAutomatic(kv.key))
                    globals.remove(kv.key);
            }
        }
        const QString base = lexer.processWord(stage.baseAsWritten, globals).valueOr(QString());
        static const QRegularExpression reference(QStringLiteral(
            "^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
            "(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$"));
        if (base.isEmpty() || !reference.match(base).hasMatch())
            warn(QStringLiteral("InvalidDefaultArgInFrom"),
                 Tr::tr("Default value for ARG %1 results in empty or invalid base image name").arg(stage.baseAsWritten),
                 Tr::tr("Give the global ARG a default that makes a valid image reference."), from.range);
    }

    void checkMultiArch()
    {
        checkUndeclaredPlatformArgs();
        checkSharedBase();
        for (const PlatformPlan &platform : m_plan.platforms) {
            if (platform.targetStage < 0)
                continue;
            // The final image's chain: the target stage and the stages it is based on.
            QList<int> chain;
            for (int s = platform.targetStage; s >= 0; s = platform.stages.at(s).baseStage) {
                chain.append(s);
                if (platform.stages.at(s).baseKind != PlannedStage::BaseKind::Stage)
                    break;
            }
            for (int index : chain) {
                const PlannedStage &stage = platform.stages.at(index);
                if (stage.platformExplicit && stage.platformConstant
                    && stage.platform.normalized() != platform.target.normalized())
                    add(Severity::Warning, MultiArchCheck::ConstantPlatformInFinalImage,
                        Tr::tr("stage %1 of the final image is pinned to %2, so the %3 image is built from a "
                           "%2 base and will fail with \"exec format error\" on %3 hosts")
                            .arg(stage.displayName, stage.platform.toString(), platform.target.toString()),
                        Tr::tr("Drop the constant --platform from the final image's FROM (or use "
                           "$TARGETPLATFORM) so each target gets its own base."),
                        stage.fromRange);
            }
            for (const StageEdge &edge : platform.edges) {
                if (edge.kind != StageEdge::Kind::CopyFrom || edge.fromStage < 0 || !chain.contains(edge.toStage))
                    continue;
                const PlannedStage &source = platform.stages.at(edge.fromStage);
                if (!source.platformExplicit || source.platformAsWritten.contains(QLatin1String("BUILDPLATFORM")))
                    continue; // builders on $BUILDPLATFORM cross-compile for the target by design
                if (source.platform.normalized() == platform.target.normalized())
                    continue;
                add(Severity::Warning, MultiArchCheck::CrossPlatformArtifact,
                    Tr::tr("COPY --from=%1 puts files built for %2 into the %3 image; binaries among them "
                       "fail with \"exec format error\" there")
                        .arg(source.displayName, source.platform.toString(), platform.target.toString()),
                    Tr::tr("Build %1 with FROM --platform=$BUILDPLATFORM and cross-compile for $TARGETARCH, "
                       "or let it follow the target platform.").arg(source.displayName),
                    edge.range);
            }
            for (int index : platform.order) {
                const PlannedStage &stage = platform.stages.at(index);
                if (!stage.emulated)
                    continue;
                for (const PlannedStep &step : stage.steps) {
                    if (step.keyword != QLatin1String("RUN"))
                        continue;
                    const QString tool = compiler(step.text);
                    if (tool.isEmpty())
                        continue;
                    add(Severity::Info, MultiArchCheck::EmulatedCompilation,
                        Tr::tr("RUN in stage %1 compiles with %2 under QEMU emulation of %3 on this %4 host; "
                           "emulated compilers are often 5-20x slower")
                            .arg(stage.displayName, tool, stage.platform.toString(), m_plan.buildPlatform.toString()),
                        Tr::tr("Cross-compile instead: FROM --platform=$BUILDPLATFORM ... AS %1, then ARG "
                           "TARGETOS TARGETARCH and build for them (e.g. GOOS=$TARGETOS GOARCH=$TARGETARCH "
                           "go build, cargo build --target, a cross gcc).").arg(stage.displayName),
                        step.range);
                }
            }
        }
    }

    static QString compiler(const QString &command)
    {
        static const QRegularExpression tools(QStringLiteral(
            "(?:^|[\\s;&|(])(go\\s+(?:build|install|test)|cargo\\s+(?:build|install)|rustc|gcc|g\\+\\+|"
            "clang\\+\\+|clang|cc|c\\+\\+|make|cmake\\s+--build|ninja|javac|mvn|gradle|dotnet\\s+"
            "(?:build|publish)|npm\\s+(?:ci|install)|pip\\s+install\\s+--no-binary|swift\\s+build)"
            "(?=$|[\\s;&|)])"));
        const QRegularExpressionMatch match = tools.match(command);
        return match.hasMatch() ? match.captured(1).simplified() : QString();
    }

    void checkUndeclaredPlatformArgs()
    {
        if (m_plan.platforms.isEmpty())
            return;
        const PlatformPlan &first = m_plan.platforms.first();
        for (int i = 0; i < first.stages.size() && i < m_stages.size(); ++i) {
            for (const QString &name : first.stages.at(i).fromVariables) {
                if (!PlatformArgs::isAutomatic(name) || m_globalArgs.contains(name))
                    continue;
                add(Severity::Warning, MultiArchCheck::UndeclaredPlatformArgInFrom,
                    Tr::tr("FROM uses $%1 without a global ARG %1: BuildKit provides it, but Buildah and "
                       "Podman leave it empty, so the base name changes there").arg(name),
                    Tr::tr("Add \"ARG %1\" before the first FROM.").arg(name), m_stages.at(i).from->range);
            }
        }
    }

    // One platform's build that pulls the same reference for two execution platforms (builders
    // pinned to amd64 and arm64 FROM the same image): Buildah/Podman store one image per name, so
    // the second stage can silently run on the variant pulled for the first.
    void checkSharedBase()
    {
        QSet<QString> reported;
        for (const PlatformPlan &platform : m_plan.platforms) {
            QHash<QString, QList<Platform>> platformsByImage;
            QHash<QString, SourceRange> firstUse;
            QStringList images;
            for (int index : platform.order) {
                const PlannedStage &stage = platform.stages.at(index);
                if (stage.baseKind != PlannedStage::BaseKind::Image || stage.baseImage.isEmpty())
                    continue;
                QList<Platform> &list = platformsByImage[stage.baseImage];
                if (!list.contains(stage.platform.normalized()))
                    list.append(stage.platform.normalized());
                if (!firstUse.contains(stage.baseImage)) {
                    firstUse[stage.baseImage] = stage.fromRange;
                    images.append(stage.baseImage);
                } else if (stage.fromRange.start.line < firstUse[stage.baseImage].start.line) {
                    firstUse[stage.baseImage] = stage.fromRange; // report at the first FROM
                }
            }
            for (const QString &image : std::as_const(images)) {
                const QList<Platform> &list = platformsByImage.value(image);
                if (list.size() < 2 || reported.contains(image))
                    continue;
                reported.insert(image);
                QStringList names;
                for (const Platform &p : list)
                    names.append(p.toString());
                add(Severity::Warning, MultiArchCheck::SharedBaseAcrossPlatforms,
                    Tr::tr("base image %1 is pulled for %2 within one build; Buildah and Podman keep one "
                       "local image per name, so a stage can run on the variant pulled for the other "
                       "platform").arg(image, names.join(QStringLiteral(" and "))),
                    Tr::tr("Pin each FROM to a per-platform digest (%1@sha256:...), or build with BuildKit.")
                        .arg(image.section(QLatin1Char(':'), 0, 0)),
                    firstUse.value(image));
            }
        }
    }

    const ParsedDockerfile &m_parsed;
    const PlanOptions &m_options;
    const BuildPlan &m_plan;
    CheckConfig m_config;
    QList<StageNodes> m_stages;
    QStringList m_globalArgs;
    QList<Diagnostic> m_findings;
};

} // namespace

CheckResult DockerfileChecker::check(const ParsedDockerfile &parsed, const PlanOptions &options)
{
    return check(parsed, options, BuildPlanner::plan(parsed, options));
}

CheckResult DockerfileChecker::check(const ParsedDockerfile &parsed, const PlanOptions &options,
                                     const BuildPlan &plan)
{
    return Checker(parsed, options, plan).run();
}

QString DockerfileChecker::documentationUrl(const QString &rule)
{
    QString kebab;
    for (int i = 0; i < rule.size(); ++i) {
        const QChar ch = rule.at(i);
        const bool boundary = ch.isUpper() && i > 0
            && (rule.at(i - 1).isLower() || (i + 1 < rule.size() && rule.at(i + 1).isLower()));
        if (boundary)
            kebab += QLatin1Char('-');
        kebab += ch.toLower();
    }
    return QStringLiteral("https://docs.docker.com/go/dockerfile/rule/%1/").arg(kebab);
}

} // namespace Manifold::Dockerfile
