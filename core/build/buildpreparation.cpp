#include "core/build/buildpreparation.h"

#include "core/build/baseresolver.h"
#include "core/dockerfile/parser/parser.h"
#include "core/platform/hostprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace Manifold::Build {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build)
};

QString platformSlug(const Platform &platform)
{
    return platform.normalized().toString().replace(QLatin1Char('/'), QLatin1Char('-'));
}

struct ConfTr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build::BuildPreparation)
};

// A registries.conf for one build that marks only `hosts` insecure. It replaces the system file
// for the engine, so the system's entries come first when that file uses the same (v2) format.
Status writeRegistriesConf(const QString &path, const QStringList &hosts)
{
    QByteArray text;
    QFile system(QStringLiteral("/etc/containers/registries.conf"));
    if (system.open(QIODevice::ReadOnly)) {
        const QByteArray content = system.readAll();
        bool conflicts = content.contains("[registries.");
        for (const QString &host : hosts)
            conflicts = conflicts || content.contains(QByteArray("\"" + host.toUtf8() + "\""));
        if (!conflicts)
            text = QByteArray(content + '\n');
    }
    text += "# Added by Manifold for this build only: pulled without TLS verification.\n";
    for (const QString &host : hosts)
        text += QByteArray("[[registry]]\nlocation = \"" + host.toUtf8() + "\"\ninsecure = true\n\n");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return Error(QStringLiteral("build.workdir"), out.errorString(), path,
                     ConfTr::tr("Make sure the temporary directory is writable and has space."));
    return {};
}

} // namespace

Result<QList<ExecutorPlan>> BuildPreparation::plan(const BuildRequest &request, const QString &source,
                                                   const HostCapabilities &host)
{
    const QString fileName = QFileInfo(request.dockerfilePath()).fileName();
    const Dockerfile::ParsedDockerfile parsed = Dockerfile::Parser::parse(source.toUtf8(), fileName);
    QList<Platform> platforms = request.platforms;
    if (platforms.isEmpty())
        platforms.append(host.host);
    PlanRequest planRequest;
    planRequest.buildArgs = request.buildArgs;
    planRequest.targetStage = request.target;
    planRequest.buildPlatform = host.host;
    QList<ExecutorPlan> plans;
    for (const Platform &platform : std::as_const(platforms)) {
        Result<ExecutorPlan> plan = ExecutorPlanner::plan(parsed, platform, planRequest);
        if (!plan)
            return plan.error();
        if (request.endpoints.value(platform.normalized().toString()).isLocal()) {
            const Status supported = ExecutorPlanner::applyHostSupport(*plan, host);
            if (!supported) {
                Error error = supported.error();
                error.location.replace(QStringLiteral("Dockerfile"), fileName);
                return error;
            }
        }
        plans.append(*plan);
    }
    return plans;
}

Result<PreparedBuild> BuildPreparation::prepare(const BuildRequest &request, const Oci::CancelToken &cancel)
{
    PreparedBuild prepared;
    std::unique_ptr<Engine> engine = request.engine ? Engine::create(*request.engine, request.enginePath)
                                                    : Engine::createDefault();
    if (!request.enginePath.isEmpty())
        engine->setProgram(request.enginePath);
    prepared.engine = engine->detect();
    if (!prepared.engine.usable)
        return Error(QStringLiteral("build.engine.unusable"),
                     Tr::tr("The %1 engine cannot be used: %2").arg(engine->name(), prepared.engine.problem),
                     prepared.engine.program, prepared.engine.fix);

    QMap<QString, BuilderEndpoint> endpoints;
    for (auto it = request.endpoints.cbegin(); it != request.endpoints.cend(); ++it) {
        const Result<BuilderEndpoint> resolved = engine->resolveEndpoint(it.value(), prepared.engine);
        if (!resolved)
            return resolved.error();
        endpoints.insert(it.key(), *resolved);
    }

    QFile file(request.dockerfilePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("build.dockerfile.read"), Tr::tr("Cannot read the Dockerfile: %1").arg(file.errorString()),
                     request.dockerfilePath(), Tr::tr("Pass the right file with -f or the right CONTEXT directory."));
    const QString source = QString::fromUtf8(file.readAll());
    if (!QFileInfo(request.contextDir).isDir())
        return Error(QStringLiteral("build.context"), Tr::tr("The build context is not a directory."), request.contextDir,
                     Tr::tr("Pass the directory the Dockerfile's COPY sources are relative to."));

    for (const QString &tag : request.tags) {
        Result<Registry::ImageReference> reference = Registry::ImageReference::parse(tag);
        if (!reference)
            return reference.error();
        if (!reference->digest.isEmpty())
            return Error(QStringLiteral("build.tag.digest"), Tr::tr("A build result cannot be tagged with a digest."), tag,
                         Tr::tr("Use registry/repository:tag."));
        prepared.tags.append(*reference);
    }
    if (request.push && prepared.tags.isEmpty())
        return Error(QStringLiteral("build.push.no-tag"), Tr::tr("--push needs at least one -t reference."), QString(),
                     Tr::tr("Add -t registry/repository:tag."));

    const HostCapabilities host = HostProbe::probe();
    const Result<QList<ExecutorPlan>> plans = plan(request, source, host);
    if (!plans)
        return plans.error();

    // Pin every external base to the manifest of the platform it runs as. A base without that
    // platform fails here, before any step runs, instead of as "exec format error" later.
    Registry::RegistryConfig registryConfig = Registry::RegistryConfig::fromEnvironment();
    registryConfig.insecureRegistries.append(request.insecureRegistries);
    const auto session = std::make_shared<Registry::RegistrySession>(registryConfig);
    const BaseResolver resolver(session);
    QMap<QString, QString> pinned; // "ref|platform" -> ref@digest
    QStringList insecureHosts;
    const QString fileName = QFileInfo(request.dockerfilePath()).fileName();
    QList<ExecutorPlan> resolvedPlans = *plans;
    for (ExecutorPlan &plan : resolvedPlans) {
        for (PlannedStage &stage : plan.stages) {
            if (cancel.isCancelled())
                return Error(QStringLiteral("build.cancelled"), Tr::tr("The build was cancelled."));
            if (!stage.isExternalImage())
                continue;
            const QString key = stage.baseImage + QLatin1Char('|') + stage.platform.toString();
            if (!pinned.contains(key)) {
                const Result<Registry::ImageReference> reference = Registry::ImageReference::parse(stage.baseImage);
                if (!reference) {
                    Error error = reference.error();
                    error.location = QStringLiteral("%1:%2").arg(fileName).arg(stage.from.range.start.line);
                    return error;
                }
                if ((Registry::ImageReference::isLoopbackHost(reference->domain)
                     || registryConfig.isInsecure(reference->domain))
                    && !insecureHosts.contains(reference->domain))
                    insecureHosts.append(reference->domain);
                const Result<ResolvedBase> resolved = resolver.resolve(*reference, stage.platform, cancel);
                if (!resolved) {
                    Error error = resolved.error();
                    error.message = Tr::tr("Stage \"%1\" (%2): %3").arg(stage.name, error.location, error.message);
                    error.location = QStringLiteral("%1:%2").arg(fileName).arg(stage.from.range.start.line);
                    return error;
                }
                pinned.insert(key, resolved->pinned.toString());
            }
            stage.pinnedImage = pinned.value(key);
        }
    }

    QDir root(request.workRoot.isEmpty() ? QDir::tempPath() : request.workRoot);
    QTemporaryDir work(root.filePath(QStringLiteral("manifold-build-XXXXXX")));
    if (!work.isValid())
        return Error(QStringLiteral("build.workdir"), work.errorString(), root.path(),
                     Tr::tr("Make sure the temporary directory is writable and has space."));
    work.setAutoRemove(false);
    prepared.workDir = work.path();

    QString registriesConf;
    if (!insecureHosts.isEmpty()) {
        registriesConf = QDir(prepared.workDir).filePath(QStringLiteral("registries.conf"));
        if (Status written = writeRegistriesConf(registriesConf, insecureHosts); !written)
            return written.error();
    }

    const QString nonce = QUuid::createUuid().toString(QUuid::Id128).left(12);
    for (const ExecutorPlan &plan : std::as_const(resolvedPlans)) {
        PreparedPlatform platform;
        platform.plan = plan;
        platform.dockerfile = DockerfileWriter::write(plan, source, fileName);
        const QString dir = QDir(prepared.workDir).filePath(platformSlug(plan.target));
        QDir().mkpath(dir);
        ExecutorSpec &spec = platform.spec;
        spec.platform = plan.target;
        spec.dockerfilePath = QDir(dir).filePath(QStringLiteral("Dockerfile"));
        QFile out(spec.dockerfilePath);
        if (!out.open(QIODevice::WriteOnly) || out.write(platform.dockerfile.text.toUtf8()) < 0)
            return Error(QStringLiteral("build.workdir"), out.errorString(), spec.dockerfilePath);
        out.close();
        spec.contextDir = QFileInfo(request.contextDir).absoluteFilePath();
        spec.buildArgs = request.buildArgs;
        spec.imageName = QStringLiteral("localhost/manifold-build-%1-%2").arg(nonce, platformSlug(plan.target));
        spec.workDir = dir;
        spec.ociLayoutDir = QDir(dir).filePath(QStringLiteral("oci"));
        spec.ociTag = QStringLiteral("image");
        spec.digestFile = QDir(dir).filePath(QStringLiteral("digest"));
        spec.insecureRegistries = insecureHosts;
        spec.registriesConf = registriesConf;
        spec.hostNetwork = request.hostNetwork;
        spec.dropAttestations = request.dropAttestations;
        spec.endpoint = endpoints.value(plan.target.toString());
        prepared.platforms.append(platform);
    }
    return prepared;
}

} // namespace Manifold::Build
