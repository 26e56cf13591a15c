#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/commands/registrycli.h"
#include "core/build/buildjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace Manifold::Cli {

namespace {

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::BuildCommand)
};

} // namespace

// `manifold build`: one image for several platforms with a real engine (Buildah by default),
// one executor per platform, pushed as one index and verified.
class BuildCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override
    {
        return QStringLiteral("Build a multi-platform image with Buildah, Docker/BuildKit or Podman");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        const QCommandLineOption file({QStringLiteral("f"), QStringLiteral("file")},
                                      Tr::tr("The Dockerfile (default CONTEXT/Dockerfile)."), QStringLiteral("path"));
        const QCommandLineOption platform(QStringLiteral("platform"),
                                          Tr::tr("Target platforms, comma-separated (default: this host's)."),
                                          QStringLiteral("list"));
        const QCommandLineOption tag({QStringLiteral("t"), QStringLiteral("tag")},
                                     Tr::tr("Name the result registry/repository:tag (repeatable)."), QStringLiteral("ref"));
        const QCommandLineOption buildArg(QStringLiteral("build-arg"), Tr::tr("Set a build ARG (repeatable)."),
                                          QStringLiteral("KEY=VALUE"));
        const QCommandLineOption target(QStringLiteral("target"), Tr::tr("Build this stage."), QStringLiteral("stage"));
        const QCommandLineOption push(QStringLiteral("push"), Tr::tr("Push the images and the index to the registry."));
        const QCommandLineOption perArch(QStringLiteral("per-arch-tags"),
                                         Tr::tr("Also tag each platform's image (:amd64, :1.0-arm64)."));
        const QCommandLineOption engine(QStringLiteral("engine"), Tr::tr("buildah, docker or podman."), QStringLiteral("name"));
        const QCommandLineOption enginePath(QStringLiteral("engine-path"), Tr::tr("Path of the engine's CLI."),
                                            QStringLiteral("path"));
        const QCommandLineOption progress(QStringLiteral("progress"), Tr::tr("plain (default) or json (one event per line)."),
                                          QStringLiteral("mode"), QStringLiteral("plain"));
        const QCommandLineOption insecure(QStringLiteral("insecure-registry"),
                                          Tr::tr("Talk plain HTTP to this registry (repeatable; loopback always is)."),
                                          QStringLiteral("host:port"));
        const QCommandLineOption output(QStringLiteral("output"), Tr::tr("Without --push: the OCI layout to write."),
                                        QStringLiteral("dir"));
        const QCommandLineOption node({QStringLiteral("node"), QStringLiteral("builder")},
                                      Tr::tr("Build one platform on another engine endpoint, e.g. natively on an arm64 "
                                         "machine: linux/arm64=ssh://arm-box or =unix:///run/other-docker.sock "
                                         "(Docker: DOCKER_HOST), =context:NAME (Docker context), =builder:NAME "
                                         "(buildx builder), =podman:CONNECTION (Podman remote). Repeatable; "
                                         "platforms without one build here."),
                                      QStringLiteral("platform=endpoint"));
        const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                             Tr::tr("Executors running at once (default: one per platform)."),
                                             QStringLiteral("n"));
        const QCommandLineOption format(QStringLiteral("index-format"), Tr::tr("oci (default) or docker."),
                                        QStringLiteral("format"), QStringLiteral("oci"));
        const QCommandLineOption network(QStringLiteral("network"), Tr::tr("RUN network mode; only \"host\" is passed on."),
                                         QStringLiteral("mode"));
        const QCommandLineOption noAttestations(
            QStringLiteral("no-attestations"),
            Tr::tr("Leave provenance/SBOM attestation manifests (platform unknown/unknown) out of the index; "
               "engines that add them (buildx) are asked not to."));
        const QCommandLineOption keep(QStringLiteral("keep-work-dir"), Tr::tr("Keep generated Dockerfiles and storage."));
        const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
        parser.addOptions({file, platform, tag, buildArg, target, push, perArch, engine, enginePath, progress, insecure,
                           output, node, concurrency, format, network, noAttestations, keep, json});
        parser.addPositionalArgument(QStringLiteral("context"), Tr::tr("The build context directory (default .)."));
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;

        Result<Build::BuildRequest> request = requestFrom(parser, {file, platform, tag, buildArg, target, push, perArch,
                                                                   engine, enginePath, insecure, output, node,
                                                                   concurrency, format, network, noAttestations, keep});
        if (!request) {
            printError(streams.err, name(), request.error());
            return ExitUsage;
        }
        const QString mode = parser.value(progress);
        if (mode != QLatin1String("plain") && mode != QLatin1String("json")) {
            printError(streams.err, name(), Error(QStringLiteral("cli.usage"), Tr::tr("Unknown progress mode \"%1\".").arg(mode),
                                                  QStringLiteral("--progress"), Tr::tr("Use plain or json.")));
            return ExitUsage;
        }
        return runBuild(*request, mode == QLatin1String("json"), parser.isSet(json), streams);
    }

private:
    struct Options
    {
        const QCommandLineOption &file, &platform, &tag, &buildArg, &target, &push, &perArch, &engine, &enginePath,
            &insecure, &output, &node, &concurrency, &format, &network, &noAttestations, &keep;
    };

    static Result<Build::BuildRequest> requestFrom(const QCommandLineParser &parser, const Options &o)
    {
        Build::BuildRequest request;
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1)
            return Error(QStringLiteral("cli.usage"), Tr::tr("Only one build context can be given."), positional.join(QLatin1Char(' ')));
        request.contextDir = positional.value(0, QStringLiteral("."));
        request.dockerfile = parser.value(o.file);
        if (parser.isSet(o.platform)) {
            Result<QList<Platform>> platforms = Platform::parseList(parser.value(o.platform));
            if (!platforms)
                return platforms.error();
            request.platforms = *platforms;
        }
        request.tags = parser.values(o.tag);
        for (const QString &pair : parser.values(o.buildArg)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return Error(QStringLiteral("cli.usage"), Tr::tr("--build-arg needs KEY=VALUE."), pair);
            request.buildArgs.insert(pair.left(equals), pair.mid(equals + 1));
        }
        request.target = parser.value(o.target);
        request.push = parser.isSet(o.push);
        request.perArchTags = parser.isSet(o.perArch);
        if (parser.isSet(o.engine)) {
            Result<Build::EngineKind> kind = Build::parseEngineKind(parser.value(o.engine));
            if (!kind)
                return kind.error();
            request.engine = *kind;
        }
        request.enginePath = parser.value(o.enginePath);
        request.insecureRegistries = parser.values(o.insecure);
        request.outputDir = parser.value(o.output);
        for (const QString &pair : parser.values(o.node)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            Result<Platform> nodePlatform = Platform::parse(pair.left(equals));
            if (equals <= 0 || !nodePlatform)
                return Error(QStringLiteral("cli.usage"), Tr::tr("--node needs PLATFORM=ENDPOINT."), pair,
                             Tr::tr("Example: --node linux/arm64=ssh://arm-box"));
            Result<Build::BuilderEndpoint> endpoint = Build::BuilderEndpoint::parse(pair.mid(equals + 1));
            if (!endpoint)
                return endpoint.error();
            request.endpoints.insert(nodePlatform->normalized().toString(), *endpoint);
        }
        if (parser.isSet(o.concurrency)) {
            bool ok = false;
            request.concurrency = parser.value(o.concurrency).toInt(&ok);
            if (!ok || request.concurrency < 1)
                return Error(QStringLiteral("cli.usage"), Tr::tr("--concurrency needs a positive number."),
                             parser.value(o.concurrency));
        }
        const QString indexFormat = parser.value(o.format);
        if (indexFormat == QLatin1String("docker"))
            request.indexFormat = Build::BuildRequest::IndexFormat::DockerManifestList;
        else if (indexFormat != QLatin1String("oci"))
            return Error(QStringLiteral("cli.usage"), Tr::tr("Unknown index format \"%1\".").arg(indexFormat),
                         QStringLiteral("--index-format"), Tr::tr("Use oci or docker."));
        request.hostNetwork = parser.value(o.network) == QLatin1String("host");
        request.dropAttestations = parser.isSet(o.noAttestations);
        request.keepWorkDir = parser.isSet(o.keep);
        return request;
    }

    int runBuild(const Build::BuildRequest &request, bool jsonProgress, bool jsonResult, Streams streams)
    {
        Registry::RegistryConfig trust = Registry::RegistryConfig::fromEnvironment();
        trust.insecureRegistries.append(request.insecureRegistries);
        RegistryCli::printTlsExceptions(streams.err, trust);
        Build::BuildJob job(request);
        Build::BuildResult result;
        QEventLoop loop;
        QObject::connect(&job, &Build::BuildJob::event, &loop, [&](const Build::BuildEvent &event) {
            if (jsonProgress) {
                streams.out << QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)) << '\n';
                streams.out.flush();
            } else {
                streams.err << event.toPlainText() << '\n';
                streams.err.flush();
            }
        });
        QObject::connect(&job, &Build::BuildJob::finished, &loop, [&](const Build::BuildResult &finished) {
            result = finished;
            loop.quit();
        });
        interrupted = false;
        auto previousInt = std::signal(SIGINT, onInterrupt);
        auto previousTerm = std::signal(SIGTERM, onInterrupt);
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &loop, [&job] {
            if (interrupted.exchange(false))
                job.cancel();
        });
        watch.start(100);
        job.start();
        loop.exec();
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);

        if (jsonProgress) {
            QJsonObject line = result.toJson(false);
            line.insert(QStringLiteral("event"), QStringLiteral("result"));
            line.insert(QStringLiteral("tlsExceptions"), RegistryCli::tlsExceptionsJson(trust));
            streams.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
            streams.out.flush();
        } else if (jsonResult) {
            QJsonObject document = result.toJson(false);
            document.insert(QStringLiteral("tlsExceptions"), RegistryCli::tlsExceptionsJson(trust));
            printJson(streams.out, document);
        }
        if (!result.ok) {
            printError(streams.err, name(), result.error);
            return ExitFindings;
        }
        if (!jsonProgress && !jsonResult) {
            streams.out << result.indexDigest << '\n';
            for (const QString &reference : result.pushedReferences)
                streams.out << "  " << reference << '\n';
            streams.out.flush();
        }
        return ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(BuildCommand);

} // namespace Manifold::Cli
