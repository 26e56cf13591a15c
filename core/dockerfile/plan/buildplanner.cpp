#include "core/dockerfile/plan/buildplanner.h"

#include "core/dockerfile/instructions/instruction.h"
#include "core/dockerfile/plan/platformargs.h"
#include "core/dockerfile/shell/shelllexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace Manifold::Dockerfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Dockerfile)
};

struct StageSource
{
    int fromNode = -1;
    QList<int> nodes; // instructions after FROM
};

struct Dependency
{
    StageEdge edge;
};

bool isStepKeyword(const QString &keyword)
{
    return keyword == QLatin1String("run") || keyword == QLatin1String("copy")
        || keyword == QLatin1String("add") || keyword == QLatin1String("workdir");
}

// Builds one platform's plan; one instance per call.
class PlatformPlanner
{
public:
    PlatformPlanner(const ParsedDockerfile &parsed, const PlanOptions &options, const Platform &target)
        : m_parsed(parsed)
        , m_options(options)
        , m_lexer(parsed.directives.escape)
    {
        m_plan.target = target.normalized();
    }

    PlatformPlan run()
    {
        collectStructure();
        if (m_stages.isEmpty()) {
            addDiagnostic(Severity::Error, QStringLiteral("NoStages"),
                          Tr::tr("the Dockerfile has no FROM instruction, so there is nothing to build"),
                          Tr::tr("Add FROM <image> (or FROM scratch) before the build steps."), {});
            return m_plan;
        }
        const QString targetStageName = resolveTargetName();
        m_globals = PlatformArgs::values(buildPlatform(), m_plan.target, targetStageName);
        for (const QString &name : PlatformArgs::names()) {
            if (const QString *override = m_options.buildArgs.find(name))
                m_globals.set(name, *override);
        }
        m_automatic = m_globals;
        evaluateGlobalArgs();
        for (int i = 0; i < m_stages.size(); ++i)
            evaluateStage(i);
        resolveTarget();
        if (m_plan.targetStage >= 0)
            markReachable();
        finishStages();
        return m_plan;
    }

private:
    Platform buildPlatform() const
    {
        return m_options.buildPlatform.isEmpty() ? m_plan.target : m_options.buildPlatform.normalized();
    }

    void addDiagnostic(Severity severity, const QString &id, const QString &message,
                       const QString &fix, const SourceRange &range)
    {
        Diagnostic d;
        d.severity = severity;
        d.id = id;
        d.message = message;
        d.fix = fix;
        d.file = m_parsed.fileName;
        d.range = range;
        m_plan.diagnostics.append(d);
    }

    void collectStructure()
    {
        bool inStage = false;
        for (int i = 0; i < m_parsed.instructions.size(); ++i) {
            const Node &node = m_parsed.instructions.at(i);
            if (node.keyword == QLatin1String("from")) {
                StageSource source;
                source.fromNode = i;
                m_stages.append(source);
                inStage = true;
            } else if (inStage) {
                m_stages.last().nodes.append(i);
            } else if (node.keyword == QLatin1String("arg")) {
                m_globalArgNodes.append(i);
            }
        }
        // Names are needed before evaluation: TARGETSTAGE and the target lookup use them.
        for (int i = 0; i < m_stages.size(); ++i) {
            const Node &from = m_parsed.instructions.at(m_stages.at(i).fromNode);
            QString name;
            if (from.args.size() == 3 && from.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0)
                name = from.args.at(2).toLower();
            m_names.append(name);
        }
    }

    QString resolveTargetName() const
    {
        if (!m_options.target.isEmpty())
            return m_options.target.toLower();
        const QString last = m_names.last();
        return last.isEmpty() ? QStringLiteral("default") : last;
    }

    int stageIndexByName(const QString &name, int before) const
    {
        const QString lower = name.toLower();
        for (int i = 0; i < before && i < m_names.size(); ++i) {
            if (!m_names.at(i).isEmpty() && m_names.at(i) == lower)
                return i;
        }
        return -1;
    }

    // Expands `word`; an error becomes a diagnostic and the word is kept as written.
    QString expand(const QString &word, const Variables &env, const SourceRange &range,
                   QStringList *unmatched, QStringList *matched = nullptr, QStringList *words = nullptr)
    {
        Result<ShellExpansion> result = m_lexer.process(word, env);
        if (!result) {
            addDiagnostic(Severity::Error, QStringLiteral("ExpansionError"), result.error().message,
                          result.error().hint, range);
            return word;
        }
        if (unmatched) {
            for (const QString &name : std::as_const(result->unmatched)) {
                if (!unmatched->contains(name))
                    unmatched->append(name);
            }
        }
        if (matched)
            *matched += result->matched;
        if (words)
            *words = result->words;
        return result->word;
    }

    void evaluateGlobalArgs()
    {
        for (int nodeIndex : std::as_const(m_globalArgNodes)) {
            const Node &node = m_parsed.instructions.at(nodeIndex);
            Result<Instruction> instruction = InstructionBuilder::build(node);
            if (!instruction)
                continue; // reported once by BuildPlanner::plan
            for (const KeyValue &kv : std::as_const(instruction->keyValues)) {
                m_globalDeclared.append(kv.key);
                GlobalArg arg;
                arg.name = kv.key;
                arg.range = node.range;
                if (const QString *override = m_options.buildArgs.find(kv.key)) {
                    m_globals.set(kv.key, *override);
                    arg.source = GlobalArg::Source::BuildArg;
                } else if (kv.hasValue) {
                    m_globals.set(kv.key, expand(kv.value, m_globals, node.range, nullptr));
                    arg.source = GlobalArg::Source::Default;
                } else if (!PlatformArgs::isAutomatic(kv.key)) {
                    m_globals.remove(kv.key); // declared without a value: stays unset
                } else {
                    arg.source = GlobalArg::Source::Automatic;
                }
                arg.value = m_globals.value(kv.key);
                // A later declaration of the same name replaces the earlier one (as BuildKit does).
                m_plan.globalArgs.removeIf([&arg](const GlobalArg &other) { return other.name == arg.name; });
                m_plan.globalArgs.append(arg);
            }
        }
    }

    struct StageState
    {
        Variables env;
        QStringList declared;
    };

    void evaluateStage(int index)
    {
        const StageSource &source = m_stages.at(index);
        const Node &fromNode = m_parsed.instructions.at(source.fromNode);
        PlannedStage stage;
        stage.index = index;
        stage.name = m_names.at(index);
        stage.displayName = stage.name.isEmpty() ? QStringLiteral("stage-%1").arg(index) : stage.name;
        stage.fromRange = fromNode.range;
        stage.range = fromNode.range;
        if (!source.nodes.isEmpty())
            stage.range.end = m_parsed.instructions.at(source.nodes.last()).range.end;

        StageState state;
        Result<Instruction> from = InstructionBuilder::build(fromNode);
        if (from) {
            resolveBase(stage, *from, fromNode, state);
        } else {
            stage.baseKind = PlannedStage::BaseKind::Scratch;
            stage.platform = m_plan.target;
        }
        // ONBUILD triggers of a base stage run first, in this stage.
        if (stage.baseKind == PlannedStage::BaseKind::Stage) {
            for (int nodeIndex : m_stages.at(stage.baseStage).nodes) {
                const Node &node = m_parsed.instructions.at(nodeIndex);
                if (node.keyword == QLatin1String("onbuild") && node.child)
                    evaluateInstruction(stage, state, *node.child, true);
            }
        }
        for (int nodeIndex : source.nodes)
            evaluateInstruction(stage, state, m_parsed.instructions.at(nodeIndex), false);
        stage.declaredArgs = state.declared;
        m_states.append(state);
        m_plan.stages.append(stage);
    }

    void resolveBase(PlannedStage &stage, const Instruction &from, const Node &fromNode,
                     StageState &state)
    {
        stage.baseAsWritten = from.image;
        QStringList matched;
        const QString base = expand(from.image, m_globals, fromNode.range, &stage.fromUndefined, &matched);
        stage.fromVariables = matched + stage.fromUndefined;
        if (base.isEmpty()) {
            addDiagnostic(Severity::Error, QStringLiteral("BlankBaseName"),
                          Tr::tr("base name (%1) should not be blank").arg(from.image),
                          Tr::tr("Give the ARG used in FROM a default value or pass --build-arg."),
                          fromNode.range);
        }
        const int baseStage = stageIndexByName(base, stage.index);
        StageEdge edge;
        edge.kind = StageEdge::Kind::Base;
        edge.toStage = stage.index;
        edge.reference = from.image;
        edge.range = fromNode.range;
        if (baseStage >= 0) {
            stage.baseKind = PlannedStage::BaseKind::Stage;
            stage.baseStage = baseStage;
            edge.fromStage = baseStage;
            const PlannedStage &parent = m_plan.stages.at(baseStage);
            stage.platform = parent.platform; // --platform on FROM <stage> is ignored
            stage.platformExplicit = parent.platformExplicit;
            state = m_states.at(baseStage);
        } else if (base.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0) {
            stage.baseKind = PlannedStage::BaseKind::Scratch;
            edge.image = QStringLiteral("scratch");
        } else {
            stage.baseKind = PlannedStage::BaseKind::Image;
            stage.baseImage = base;
            edge.image = base;
            checkMissingStage(stage, from, base, fromNode);
        }
        m_dependencies.append({edge});

        if (stage.baseKind != PlannedStage::BaseKind::Stage) {
            stage.platform = m_plan.target;
            if (from.flags.isSet(QStringLiteral("platform"))) {
                stage.platformAsWritten = from.platform;
                QStringList platformVars;
                const QString expanded = expand(from.platform, m_globals, fromNode.range,
                                                &stage.fromUndefined, &platformVars);
                stage.fromVariables += platformVars;
                stage.platformConstant = !from.platform.contains(QLatin1Char('$'));
                Result<Platform> platform = Platform::parse(expanded);
                if (!platform || expanded.trimmed().isEmpty()) {
                    addDiagnostic(Severity::Error, QStringLiteral("InvalidPlatform"),
                                  Tr::tr("failed to parse platform %1: %2")
                                      .arg(expanded, platform ? Tr::tr("empty platform") : platform.error().message),
                                  Tr::tr("Use os/arch[/variant], e.g. --platform=$BUILDPLATFORM or linux/arm64."),
                                  fromNode.range);
                } else {
                    stage.platform = platform->normalized();
                    stage.platformExplicit = true;
                }
            }
        }
    }

    // FROM final_${TARGETARCH}: when the expanded name matches no stage but the written pattern
    // matches other stage names, the author meant a stage that does not exist for this platform.
    // BuildKit would try to pull an image of that name and fail with an access error.
    void checkMissingStage(const PlannedStage &stage, const Instruction &from, const QString &base,
                           const Node &fromNode)
    {
        if (!from.image.contains(QLatin1Char('$')) || base.contains(QLatin1Char('/'))
            || base.contains(QLatin1Char(':')) || base.contains(QLatin1Char('@')))
            return;
        static const QRegularExpression variable(
            QStringLiteral("\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*"));
        QString pattern;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = variable.globalMatch(from.image);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            pattern += QRegularExpression::escape(from.image.mid(last, m.capturedStart() - last).toLower());
            pattern += QStringLiteral(".+");
            last = m.capturedEnd();
        }
        pattern += QRegularExpression::escape(from.image.mid(last).toLower());
        if (!pattern.contains(QRegularExpression(QStringLiteral("[a-z0-9]"))))
            return; // only variables (FROM ${BASE_IMAGE}): nothing ties it to stage names
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        QStringList candidates;
        for (int i = 0; i < stage.index; ++i) {
            if (!m_names.at(i).isEmpty() && re.match(m_names.at(i)).hasMatch())
                candidates.append(m_names.at(i));
        }
        if (candidates.isEmpty())
            return;
        m_missingStage[stage.index] = Diagnostic{
            Severity::Error, QStringLiteral("MissingStageForPlatform"),
            Tr::tr("FROM %1 resolves to \"%2\" for %3, but no stage is named \"%2\" (stages matching: "
               "%4); BuildKit would try to pull an image called \"%2\" and the build fails")
                .arg(from.image, base, m_plan.target.toString(), candidates.join(QStringLiteral(", "))),
            Tr::tr("Add a stage FROM ... AS %1, or drop %2 from the --platform list.")
                .arg(base, m_plan.target.toString()),
            m_parsed.fileName, fromNode.range, {}};
    }

    void recordUndefined(PlannedStage &stage, const StageState &state, const QStringList &unmatched,
                         const Node &node)
    {
        for (const QString &name : unmatched) {
            if (state.declared.contains(name))
                continue;
            stage.undefinedVariables.append({name, node.keyword.toUpper(), node.range});
        }
    }

    void evaluateInstruction(PlannedStage &stage, StageState &state, const Node &node, bool viaOnBuild)
    {
        Result<Instruction> built = InstructionBuilder::build(node);
        if (!built)
            return;
        const Instruction &instruction = *built;
        if (isStepKeyword(node.keyword)) {
            stage.steps.append({node.keyword.toUpper(), node.original, node.range, viaOnBuild});
            if (node.keyword == QLatin1String("run"))
                ++stage.runSteps;
        }
        QStringList unmatched;
        switch (instruction.kind) {
        case InstructionKind::Arg:
            for (const KeyValue &kv : instruction.keyValues) {
                if (!state.declared.contains(kv.key))
                    state.declared.append(kv.key);
                if (const QString *override = m_options.buildArgs.find(kv.key)) {
                    state.env.set(kv.key, *override);
                } else if (kv.hasValue) {
                    state.env.set(kv.key, expand(kv.value, state.env, node.range, &unmatched));
                } else if (m_globalDeclared.contains(kv.key) || PlatformArgs::isAutomatic(kv.key)) {
                    if (const QString *global = m_globals.find(kv.key))
                        state.env.set(kv.key, *global);
                }
            }
            break;
        case InstructionKind::Env:
            for (const KeyValue &kv : instruction.keyValues) {
                const QString key = expand(kv.key, state.env, node.range, &unmatched);
                state.env.set(key, expand(kv.value, state.env, node.range, &unmatched));
            }
            break;
        case InstructionKind::Label:
            for (const KeyValue &kv : instruction.keyValues) {
                expand(kv.key, state.env, node.range, &unmatched);
                expand(kv.value, state.env, node.range, &unmatched);
            }
            break;
        case InstructionKind::Copy:
        case InstructionKind::Add:
            for (const char *flag : {"chown", "chmod", "checksum"}) {
                if (instruction.flags.isSet(QLatin1String(flag)))
                    expand(instruction.flags.value(QLatin1String(flag)), state.env, node.range, &unmatched);
            }
            for (const QString &word : instruction.args)
                expand(word, state.env, node.range, &unmatched);
            if (instruction.flags.isSet(QStringLiteral("from")))
                addCopyFrom(stage, instruction, node, viaOnBuild);
            break;
        case InstructionKind::Workdir:
        case InstructionKind::User:
        case InstructionKind::Volume:
        case InstructionKind::StopSignal:
            for (const QString &word : instruction.args)
                expand(word, state.env, node.range, &unmatched);
            break;
        case InstructionKind::Expose:
            for (const QString &word : instruction.args) {
                QStringList words;
                expand(word, state.env, node.range, &unmatched, nullptr, &words);
            }
            break;
        case InstructionKind::Run:
            for (const QString &value : instruction.mountValues) {
                Result<MountSpec> mount = MountSpec::parse(value, [&](const QString &v) -> Result<QString> {
                    return expand(v, state.env, node.range, &unmatched);
                });
                if (mount && !mount->from.isEmpty())
                    addMountFrom(stage, mount->from, node, viaOnBuild);
            }
            break;
        case InstructionKind::OnBuild:
            stage.hasOnBuild = true;
            break;
        default:
            break;
        }
        recordUndefined(stage, state, unmatched, node);
    }

    void addCopyFrom(PlannedStage &stage, const Instruction &instruction, const Node &node, bool viaOnBuild)
    {
        const QString from = instruction.copyFrom;
        StageEdge edge;
        edge.kind = StageEdge::Kind::CopyFrom;
        edge.toStage = stage.index;
        edge.reference = from;
        edge.range = node.range;
        edge.viaOnBuild = viaOnBuild;
        if (from.contains(QLatin1Char('$'))) {
            addDiagnostic(Severity::Error, QStringLiteral("CopyFromExpansion"),
                          Tr::tr("variable expansion is not supported for --from, define a new stage "
                             "with FROM using ARG from global scope as a workaround"),
                          Tr::tr("Add FROM ${VAR} AS source-stage and use --from=source-stage."),
                          node.range);
            return;
        }
        bool isIndex = false;
        const int index = from.toInt(&isIndex);
        if (isIndex) {
            if (index < 0 || index >= stage.index) {
                addDiagnostic(Severity::Error, QStringLiteral("InvalidStageIndex"),
                              Tr::tr("invalid stage index %1").arg(from),
                              Tr::tr("--from=<n> must name an earlier stage (0 to %1).").arg(stage.index - 1),
                              node.range);
                return;
            }
            edge.fromStage = index;
        } else {
            edge.fromStage = stageIndexByName(from, stage.index);
            if (edge.fromStage < 0 && stageIndexByName(from, int(m_names.size())) >= 0) {
                addDiagnostic(Severity::Error, QStringLiteral("StageOrder"),
                              Tr::tr("cannot copy from stage \"%1\", it needs to be defined before current "
                                 "stage \"%2\"").arg(from.toLower(), stage.displayName),
                              Tr::tr("Move the stage \"%1\" above this one.").arg(from.toLower()), node.range);
                return;
            }
            if (edge.fromStage < 0)
                edge.image = from;
        }
        m_dependencies.append({edge});
    }

    void addMountFrom(PlannedStage &stage, const QString &from, const Node &node, bool viaOnBuild)
    {
        StageEdge edge;
        edge.kind = StageEdge::Kind::MountFrom;
        edge.toStage = stage.index;
        edge.reference = from;
        edge.range = node.range;
        edge.viaOnBuild = viaOnBuild;
        edge.fromStage = stageIndexByName(from, stage.index);
        if (edge.fromStage < 0)
            edge.image = from;
        m_dependencies.append({edge});
    }

    void resolveTarget()
    {
        if (m_options.target.isEmpty()) {
            m_plan.targetStage = int(m_stages.size()) - 1;
            return;
        }
        m_plan.targetStage = stageIndexByName(m_options.target, int(m_names.size()));
        if (m_plan.targetStage < 0) {
            QStringList names;
            for (const QString &n : m_names) {
                if (!n.isEmpty())
                    names.append(n);
            }
            addDiagnostic(Severity::Error, QStringLiteral("TargetNotFound"),
                          Tr::tr("target stage \"%1\" could not be found").arg(m_options.target),
                          names.isEmpty() ? Tr::tr("Name a stage with FROM <image> AS <name>.")
                                          : Tr::tr("Stages in this file: %1.").arg(names.join(QStringLiteral(", "))),
                          {});
        }
    }

    void markReachable()
    {
        QList<int> visitState(m_plan.stages.size(), 0); // 0 new, 1 visiting, 2 done
        bool cycle = false;
        std::function<void(int)> visit = [&](int index) {
            if (visitState[index] == 2 || cycle)
                return;
            if (visitState[index] == 1) {
                cycle = true;
                addDiagnostic(Severity::Error, QStringLiteral("CircularDependency"),
                              Tr::tr("circular dependency detected on stage: %1")
                                  .arg(m_plan.stages.at(index).displayName),
                              Tr::tr("Break the loop of FROM / COPY --from references."),
                              m_plan.stages.at(index).fromRange);
                return;
            }
            visitState[index] = 1;
            for (const Dependency &dep : std::as_const(m_dependencies)) {
                if (dep.edge.toStage == index && dep.edge.fromStage >= 0)
                    visit(dep.edge.fromStage);
            }
            visitState[index] = 2;
            m_plan.stages[index].reachable = true;
            m_plan.order.append(index);
        };
        visit(m_plan.targetStage);
        for (const Dependency &dep : std::as_const(m_dependencies)) {
            if (dep.edge.toStage >= 0 && m_plan.stages.at(dep.edge.toStage).reachable)
                m_plan.edges.append(dep.edge);
        }
        for (auto it = m_missingStage.cbegin(); it != m_missingStage.cend(); ++it) {
            if (m_plan.stages.at(it.key()).reachable)
                m_plan.diagnostics.append(it.value());
        }
    }

    void finishStages()
    {
        const Platform build = buildPlatform();
        for (PlannedStage &stage : m_plan.stages) {
            stage.stepCount = int(stage.steps.size())
                + (stage.baseKind == PlannedStage::BaseKind::Image ? 1 : 0);
            if (m_options.runsNatively) {
                stage.native = m_options.runsNatively(stage.platform);
            } else {
                const Platform p = stage.platform.normalized();
                stage.native = p.os == build.os && p.architecture == build.architecture
                    && p.variant == build.variant;
            }
            stage.emulated = !stage.native && stage.runSteps > 0;
        }
    }

    const ParsedDockerfile &m_parsed;
    const PlanOptions &m_options;
    ShellLexer m_lexer;
    PlatformPlan m_plan;
    QList<StageSource> m_stages;
    QStringList m_names;
    QList<int> m_globalArgNodes;
    Variables m_globals;
    Variables m_automatic;
    QStringList m_globalDeclared;
    QList<StageState> m_states;
    QList<Dependency> m_dependencies;
    QMap<int, Diagnostic> m_missingStage;
};

} // namespace

PlatformPlan BuildPlanner::planPlatform(const ParsedDockerfile &parsed, const PlanOptions &options,
                                        const Platform &target)
{
    return PlatformPlanner(parsed, options, target).run();
}

BuildPlan BuildPlanner::plan(const ParsedDockerfile &parsed, const PlanOptions &options)
{
    BuildPlan plan;
    plan.fileName = parsed.fileName;
    plan.requestedTarget = options.target;
    QList<Platform> targets = options.platforms;
    const Platform build = options.buildPlatform.isEmpty()
        ? (targets.isEmpty() ? Platform(QStringLiteral("linux"), QStringLiteral("amd64")) : targets.first())
        : options.buildPlatform;
    plan.buildPlatform = build.normalized();
    if (targets.isEmpty())
        targets.append(plan.buildPlatform);

    // Instruction errors do not depend on the platform: report them once. Unknown keywords are
    // already reported by the parser.
    bool seenFrom = false;
    for (const Node &node : parsed.instructions) {
        seenFrom = seenFrom || node.keyword == QLatin1String("from");
        if (!seenFrom && node.keyword != QLatin1String("arg")) {
            plan.diagnostics.append(Diagnostic{
                Severity::Error, QStringLiteral("NoBuildStage"),
                QCoreApplication::translate("Manifold::Dockerfile", "no build stage in current context"),
                QCoreApplication::translate("Manifold::Dockerfile",
                                            "Only ARG may come before the first FROM; move %1 into a stage.")
                    .arg(node.keyword.toUpper()),
                parsed.fileName, node.range, {}});
            continue;
        }
        Result<Instruction> instruction = InstructionBuilder::build(node);
        if (instruction || instruction.error().code == QLatin1String("dockerfile.unknown-instruction"))
            continue;
        plan.diagnostics.append(Diagnostic{Severity::Error, QStringLiteral("InvalidInstruction"),
                                           instruction.error().message, instruction.error().hint,
                                           parsed.fileName, node.range, {}});
    }
    PlanOptions effective = options;
    effective.buildPlatform = plan.buildPlatform;
    for (const Platform &target : std::as_const(targets))
        plan.platforms.append(planPlatform(parsed, effective, target));
    return plan;
}

} // namespace Manifold::Dockerfile
