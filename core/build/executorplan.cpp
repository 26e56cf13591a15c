#include "core/build/executorplan.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Manifold::Build {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Manifold::Build", text);
}

QString location(const Dockerfile::ParsedDockerfile &parsed, const Dockerfile::Node &node)
{
    return QStringLiteral("%1:%2").arg(parsed.fileName).arg(node.range.start.line);
}

QPair<QString, QString> splitArg(const QString &word)
{
    const qsizetype equals = word.indexOf(QLatin1Char('='));
    if (equals < 0)
        return {word, QString()};
    return {word.left(equals), word.mid(equals + 1)};
}

const Dockerfile::Flag *flag(const Dockerfile::Node &node, const QString &name)
{
    for (const Dockerfile::Flag &candidate : node.flags) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

// "--mount=type=cache,from=builder,target=/x" -> "builder".
QString mountSource(const QString &mount)
{
    const QStringList fields = mount.split(QLatin1Char(','));
    for (const QString &field : fields) {
        const auto [key, value] = splitArg(field.trimmed());
        if (key == QLatin1String("from"))
            return value;
    }
    return QString();
}

} // namespace

const PlannedStage *ExecutorPlan::stage(const QString &name) const
{
    for (const PlannedStage &candidate : stages) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList ExecutorPlan::emulatedPlatforms() const
{
    QStringList result;
    for (const PlannedStage &candidate : stages) {
        if (candidate.emulated && !result.contains(candidate.platform.toString()))
            result.append(candidate.platform.toString());
    }
    return result;
}

QString ExecutorPlanner::expand(const QString &word, const QMap<QString, QString> &variables)
{
    QString out;
    const qsizetype size = word.size();
    QChar quote;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = word.at(i);
        if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = c;
            continue;
        }
        if (!quote.isNull() && c == quote) {
            quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < size && quote != QLatin1Char('\'')) {
            out.append(word.at(++i));
            continue;
        }
        if (c != QLatin1Char('$') || quote == QLatin1Char('\'') || i + 1 >= size) {
            out.append(c);
            continue;
        }
        if (word.at(i + 1) == QLatin1Char('{')) {
            const qsizetype close = word.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                out.append(word.mid(i));
                break;
            }
            const QString body = word.mid(i + 2, close - i - 2);
            static const QRegularExpression modifier(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(:?[-+])(.*)$"));
            const QRegularExpressionMatch match = modifier.match(body);
            if (match.hasMatch()) {
                const QString name = match.captured(1);
                const QString op = match.captured(2);
                const bool isSet = variables.contains(name);
                const bool nonEmpty = isSet && !variables.value(name).isEmpty();
                const bool present = op.startsWith(QLatin1Char(':')) ? nonEmpty : isSet;
                const QString operand = expand(match.captured(3), variables);
                if (op.endsWith(QLatin1Char('-')))
                    out.append(present ? variables.value(name) : operand);
                else
                    out.append(present ? operand : QString());
            } else {
                out.append(variables.value(body));
            }
            i = close;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && (word.at(end).isLetterOrNumber() || word.at(end) == QLatin1Char('_')))
            ++end;
        if (end == i + 1) {
            out.append(c);
            continue;
        }
        out.append(variables.value(word.mid(i + 1, end - i - 1)));
        i = end - 1;
    }
    return out;
}

QMap<QString, QString> ExecutorPlanner::automaticArgs(const Platform &target, const Platform &build)
{
    const Platform t = target.normalized();
    const Platform b = build.normalized();
    return {
        {QStringLiteral("TARGETPLATFORM"), t.toString()},
        {QStringLiteral("TARGETOS"), t.os},
        {QStringLiteral("TARGETARCH"), t.architecture},
        {QStringLiteral("TARGETVARIANT"), t.variant},
        {QStringLiteral("BUILDPLATFORM"), b.toString()},
        {QStringLiteral("BUILDOS"), b.os},
        {QStringLiteral("BUILDARCH"), b.architecture},
        {QStringLiteral("BUILDVARIANT"), b.variant},
    };
}

Result<ExecutorPlan> ExecutorPlanner::plan(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                           const PlanRequest &request)
{
    for (const Dockerfile::Diagnostic &diagnostic : parsed.diagnostics) {
        if (diagnostic.severity == Dockerfile::Severity::Error)
            return Error(QStringLiteral("build.plan.parse"), diagnostic.message,
                         QStringLiteral("%1:%2").arg(parsed.fileName).arg(diagnostic.range.start.line),
                         diagnostic.fix);
    }

    ExecutorPlan plan;
    plan.target = target.normalized();
    plan.buildPlatform = request.buildPlatform.isEmpty() ? HostProbe::hostPlatform() : request.buildPlatform;
    plan.escape = parsed.directives.escape;
    plan.automaticArgs = automaticArgs(plan.target, plan.buildPlatform);

    // Global scope: automatic args, then ARGs before the first FROM (a --build-arg replaces the
    // default; an ARG without default and without build-arg stays unset).
    QMap<QString, QString> global = plan.automaticArgs;
    for (auto it = request.buildArgs.cbegin(); it != request.buildArgs.cend(); ++it) {
        if (global.contains(it.key()))
            global.insert(it.key(), it.value());
    }
    QList<PlannedStage> all;
    for (const Dockerfile::Node &node : parsed.instructions) {
        if (node.keyword == QLatin1String("from")) {
            PlannedStage stage;
            stage.from = node;
            stage.userIndex = int(all.size());
            all.append(stage);
            continue;
        }
        if (all.isEmpty()) {
            if (node.keyword != QLatin1String("arg"))
                continue;
            for (const QString &word : node.args) {
                const auto [name, value] = splitArg(word);
                if (request.buildArgs.contains(name))
                    global.insert(name, request.buildArgs.value(name));
                else if (word.contains(QLatin1Char('=')))
                    global.insert(name, expand(value, global));
                else if (!plan.automaticArgs.contains(name))
                    global.remove(name);
                plan.globalArgs.append({name, global.value(name)});
            }
            continue;
        }
        all.last().body.append(node);
    }
    if (all.isEmpty())
        return Error(QStringLiteral("build.plan.no-stage"), tr("The Dockerfile has no FROM instruction."),
                     parsed.fileName, tr("Start the Dockerfile with FROM <image>."));

    // Names, bases and platforms, in order: FROM may only name an earlier stage.
    QSet<QString> knownNames;
    QStringList allNames;
    for (PlannedStage &stage : all) {
        const QStringList &args = stage.from.args;
        if (args.size() >= 3 && args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0) {
            stage.name = args.at(2).toLower();
            stage.named = true;
        } else {
            stage.name = QStringLiteral("stage-%1").arg(stage.userIndex);
        }
        allNames.append(stage.name);
    }
    for (PlannedStage &stage : all) {
        const QString raw = stage.from.args.value(0);
        const QString base = expand(raw, global);
        if (base.isEmpty())
            return Error(QStringLiteral("build.plan.empty-base"),
                         tr("The base name of stage \"%1\" is empty after expanding \"%2\".").arg(stage.name, raw),
                         location(parsed, stage.from), tr("Set the ARG it uses with --build-arg or give it a default."));
        if (knownNames.contains(base.toLower())) {
            stage.baseStage = base.toLower();
        } else if (raw.contains(QLatin1Char('$')) && !base.contains(QLatin1Char('/'))
                   && !base.contains(QLatin1Char(':')) && !base.contains(QLatin1Char('@'))) {
            // A variable that selects a stage ("final_${TARGETARCH}") and found none: BuildKit
            // would try to pull an image of that name and fail late and obscurely.
            QStringList similar;
            const QString prefix = expand(raw.left(raw.indexOf(QLatin1Char('$'))), global).toLower();
            for (const QString &name : std::as_const(allNames)) {
                if (!prefix.isEmpty() && name.startsWith(prefix))
                    similar.append(name);
            }
            return Error(QStringLiteral("build.plan.missing-stage"),
                         tr("No stage named \"%1\" for %2: \"FROM %3\" selects a stage per platform and this "
                            "platform has none.").arg(base, plan.target.toString(), raw),
                         location(parsed, stage.from),
                         similar.isEmpty()
                             ? tr("Add a stage \"FROM ... AS %1\" or drop %2 from --platform.").arg(base, plan.target.toString())
                             : tr("The Dockerfile has %1; add a stage \"FROM ... AS %2\" or drop %3 from --platform.")
                                   .arg(similar.join(QStringLiteral(", ")), base, plan.target.toString()));
        } else {
            stage.baseImage = base;
        }
        if (stage.baseStage.isEmpty()) {
            if (const Dockerfile::Flag *platformFlag = flag(stage.from, QStringLiteral("platform"))) {
                const QString value = expand(platformFlag->value, global);
                const Result<Platform> parsedPlatform = Platform::parse(value);
                if (!parsedPlatform)
                    return Error(QStringLiteral("build.plan.platform"),
                                 tr("Stage \"%1\" asks for platform \"%2\": %3")
                                     .arg(stage.name, value, parsedPlatform.error().message),
                                 location(parsed, stage.from), tr("Use os/arch[/variant], e.g. linux/arm64."));
                stage.platform = parsedPlatform->normalized();
                stage.explicitPlatform = true;
            } else {
                stage.platform = plan.target;
            }
        } else {
            for (const PlannedStage &earlier : std::as_const(all)) {
                if (earlier.name == stage.baseStage)
                    stage.platform = earlier.platform;
            }
        }
        knownNames.insert(stage.name);

        // Stage references in COPY --from and RUN --mount=from.
        for (const Dockerfile::Node &node : std::as_const(stage.body)) {
            QStringList sources;
            if (node.keyword == QLatin1String("copy") || node.keyword == QLatin1String("add")) {
                if (const Dockerfile::Flag *from = flag(node, QStringLiteral("from")))
                    sources.append(expand(from->value, global));
            }
            if (node.keyword == QLatin1String("run")) {
                for (const Dockerfile::Flag &mount : node.flags) {
                    if (mount.name == QLatin1String("mount"))
                        sources.append(mountSource(mount.value));
                }
            }
            for (const QString &source : std::as_const(sources)) {
                if (source.isEmpty())
                    continue;
                bool isIndex = false;
                const int index = source.toInt(&isIndex);
                QString name;
                if (isIndex) {
                    if (index < 0 || index >= stage.userIndex)
                        return Error(QStringLiteral("build.plan.stage-index"),
                                     tr("Invalid stage index %1 in --from.").arg(index), location(parsed, node),
                                     tr("Refer to an earlier stage by its index or name."));
                    name = all.at(index).name;
                } else if (knownNames.contains(source.toLower()) && source.toLower() != stage.name) {
                    name = source.toLower();
                }
                if (!name.isEmpty() && !stage.dependencies.contains(name))
                    stage.dependencies.append(name);
            }
        }
    }

    // The target and everything it needs.
    plan.targetStage = request.targetStage.isEmpty() ? all.constLast().name : request.targetStage.toLower();
    if (!knownNames.contains(plan.targetStage))
        return Error(QStringLiteral("build.plan.target"),
                     tr("Target stage \"%1\" could not be found.").arg(request.targetStage), parsed.fileName,
                     tr("The Dockerfile has the stages: %1.").arg(allNames.join(QStringLiteral(", "))));
    QSet<QString> needed;
    QStringList pending{plan.targetStage};
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        if (needed.contains(name))
            continue;
        needed.insert(name);
        for (const PlannedStage &stage : std::as_const(all)) {
            if (stage.name != name)
                continue;
            if (!stage.baseStage.isEmpty())
                pending.append(stage.baseStage);
            pending.append(stage.dependencies);
        }
    }
    for (const PlannedStage &stage : std::as_const(all)) {
        if (needed.contains(stage.name))
            plan.stages.append(stage);
        if (stage.name == plan.targetStage)
            break;
    }
    return plan;
}

Status ExecutorPlanner::applyHostSupport(ExecutorPlan &plan, const HostCapabilities &host)
{
    for (PlannedStage &stage : plan.stages) {
        const PlatformSupport *support = host.find(stage.platform);
        if (host.runsNatively(stage.platform))
            continue;
        if (support && support->canRun()) {
            stage.emulated = true;
            continue;
        }
        const QString fix = support && !support->fix.isEmpty()
            ? support->fix
            : tr("Install QEMU user emulation with binfmt_misc (Debian/Ubuntu: apt-get install qemu-user-static "
                 "binfmt-support; then update-binfmts --enable), or route %1 to a native builder.")
                  .arg(stage.platform.toString());
        return Error(QStringLiteral("build.emulation-missing"),
                     tr("Stage \"%1\" runs as %2 but this %3 host cannot run %2 binaries: no QEMU emulator is "
                        "registered with binfmt_misc.")
                         .arg(stage.name, stage.platform.toString(), host.host.toString()),
                     QStringLiteral("Dockerfile:%1").arg(stage.from.range.start.line), fix);
    }
    return {};
}

} // namespace Manifold::Build
