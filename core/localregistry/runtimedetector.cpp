#include "core/localregistry/runtimedetector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return run;
    run.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        run.output = Tr::tr("timed out after %1 s").arg(timeoutMs / 1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return run;
}

QString findProgram(const QString &name, const QString &path)
{
    if (path.isEmpty())
        return QStandardPaths::findExecutable(name);
    return QStandardPaths::findExecutable(name, path.split(QLatin1Char(':'), Qt::SkipEmptyParts));
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

QJsonObject RuntimeInfo::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("runtime"), runtimeKindName(kind));
    object.insert(QStringLiteral("program"), program);
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("usable"), usable);
    object.insert(QStringLiteral("reason"), reason);
    if (!image.isEmpty())
        object.insert(QStringLiteral("image"), image);
    return object;
}

RuntimeInfo RuntimeDetector::detectBinary(const RuntimeSearch &search)
{
    RuntimeInfo info;
    info.kind = RuntimeKind::Binary;
    for (const QString &name : search.binaryNames) {
        const QString program = findProgram(name, search.path);
        if (program.isEmpty())
            continue;
        const ToolRun run = runTool(program, {QStringLiteral("--version")}, search.timeoutMs);
        // Another tool may be called `registry`: only distribution prints its module path.
        if (!run.started || run.exitCode != 0 || !run.output.contains(QLatin1String("distribution"))) {
            info.program = program;
            info.reason = Tr::tr("%1 is not the CNCF distribution registry (its --version says: %2)")
                              .arg(program, firstLine(run.output));
            continue;
        }
        info.program = program;
        info.version = firstLine(run.output);
        info.usable = true;
        info.reason.clear();
        return info;
    }
    if (info.program.isEmpty())
        info.reason = Tr::tr("no `registry` or `docker-registry` binary on PATH (Debian/Ubuntu: apt install docker-registry)");
    return info;
}

RuntimeInfo RuntimeDetector::detectContainerEngine(RuntimeKind kind, const RuntimeSearch &search)
{
    RuntimeInfo info;
    info.kind = kind;
    const QString name = runtimeKindName(kind);
    info.program = findProgram(name, search.path);
    if (info.program.isEmpty()) {
        info.reason = Tr::tr("%1 is not installed").arg(name);
        return info;
    }
    const ToolRun version = runTool(info.program, {QStringLiteral("--version")}, search.timeoutMs);
    info.version = firstLine(version.output);
    const ToolRun inspect = runTool(info.program,
                                    {QStringLiteral("image"), QStringLiteral("inspect"),
                                     QStringLiteral("--format"), QStringLiteral("{{.Id}}"), search.containerImage},
                                    search.timeoutMs);
    if (!inspect.started) {
        info.reason = Tr::tr("%1 could not be run").arg(info.program);
        return info;
    }
    if (inspect.exitCode != 0) {
        const QString out = inspect.output.toLower();
        if (kind == RuntimeKind::Docker
            && (out.contains(QLatin1String("cannot connect")) || out.contains(QLatin1String("daemon"))
                || out.contains(QLatin1String("permission denied"))))
            info.reason = Tr::tr("the Docker daemon is not reachable: %1").arg(firstLine(inspect.output));
        else
            info.reason = Tr::tr("the image %1 is not present locally and Manifold does not pull it "
                             "(run `%2 pull %1` yourself to use this runtime)")
                              .arg(search.containerImage, name);
        return info;
    }
    info.image = search.containerImage;
    info.usable = true;
    return info;
}

QList<RuntimeInfo> RuntimeDetector::detect(const RuntimeSearch &search)
{
    return {detectBinary(search), detectContainerEngine(RuntimeKind::Docker, search),
            detectContainerEngine(RuntimeKind::Podman, search)};
}

QFuture<QList<RuntimeInfo>> RuntimeDetector::detectAsync(const RuntimeSearch &search)
{
    return QtConcurrent::run([search] { return detect(search); });
}

Result<RuntimeInfo> RuntimeDetector::choose(const QList<RuntimeInfo> &runtimes, std::optional<RuntimeKind> wanted)
{
    QStringList reasons;
    for (const RuntimeInfo &info : runtimes) {
        if (wanted && info.kind != *wanted)
            continue;
        if (info.usable)
            return info;
        reasons.append(QStringLiteral("%1: %2").arg(runtimeKindName(info.kind), info.reason));
    }
    const QString what = wanted ? Tr::tr("The %1 runtime cannot run the registry").arg(runtimeKindName(*wanted))
                                : Tr::tr("No runtime can run the registry");
    return Error(QStringLiteral("localregistry.no-runtime"), what, reasons.join(QStringLiteral("; ")),
                 Tr::tr("Install Debian's docker-registry package (apt install docker-registry), or make the "
                    "registry:2 image available to Docker or Podman, or name another local registry image "
                    "(`manifold registry up --image IMAGE` or MANIFOLD_REGISTRY_IMAGE)."));
}

} // namespace Manifold::LocalRegistry
