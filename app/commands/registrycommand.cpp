#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/localregistry/enginetrust.h"
#include "core/localregistry/imagemirror.h"
#include "core/localregistry/localregistrymanager.h"
#include "core/localregistry/passwordkeychain.h"
#include "core/localregistry/registrydetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace Manifold::Cli {

using namespace Manifold::LocalRegistry;

namespace {

// Ctrl+C during `registry up` is a cancel: the start finishes its step (spawn and record the
// process), then the registry is stopped, so nothing unrecorded or half-started is left.
std::atomic_bool upInterrupted{false};

void onUpInterrupt(int)
{
    upInterrupted = true;
}

struct UpTr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::RegistryCommand)
};

} // namespace

// `manifold registry up|down|restart|status|logs|detect|trust|mirror`: Manifold's managed local
// registry (the guide's localhost:5002), each wizard step as a sub-action.
class RegistryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("registry"); }
    QString summary() const override
    {
        return QStringLiteral("Run a local registry: up, down, restart, status, logs, detect, trust, mirror");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        const QString action = arguments.value(1);
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
        if (action == QLatin1String("up"))
            return up(rest, streams);
        if (action == QLatin1String("down"))
            return down(rest, streams);
        if (action == QLatin1String("restart"))
            return restart(rest, streams);
        if (action == QLatin1String("status"))
            return status(rest, streams);
        if (action == QLatin1String("logs"))
            return logs(rest, streams);
        if (action == QLatin1String("detect"))
            return detect(rest, streams);
        if (action == QLatin1String("trust"))
            return trust(rest, streams);
        if (action == QLatin1String("mirror"))
            return mirror(rest, streams);
        if (action.isEmpty() || action == QLatin1String("-h") || action == QLatin1String("--help")) {
            streams.out << usage();
            streams.out.flush();
            return action.isEmpty() ? ExitUsage : ExitOk;
        }
        streams.err << "manifold registry: unknown action \"" << action << "\"\n" << usage();
        streams.err.flush();
        return ExitUsage;
    }

private:
    static QString usage()
    {
        return QStringLiteral(
            "Usage: manifold registry <action> [options]\n\n"
            "Actions:\n"
            "  up       start the local registry (default localhost:5002)\n"
            "  down     stop it (storage is kept)\n"
            "  restart  stop and start with the same settings\n"
            "  status   running/stopped/crashed, pid, port, url, storage, auth, tls, uptime\n"
            "  logs     the registry's last log lines\n"
            "  detect   registries answering on 127.0.0.1 (5000, 5001, 5002) and whether they take indexes\n"
            "  trust    configuration Buildah, Podman and Docker need to use it\n"
            "  mirror   copy a multi-arch base image into it, as an index and/or per-arch tags\n\n"
            "Run `manifold registry <action> --help` for its options.\n");
    }

    static int fail(Streams streams, const QString &command, const Error &error, bool json)
    {
        if (json)
            printJson(streams.out, QJsonObject{{QStringLiteral("error"), errorToJson(error)}});
        printError(streams.err, command, error);
        return ExitFindings;
    }

    static QString commandName() { return QStringLiteral("registry"); }

    static void printStatus(QTextStream &out, const RegistryStatus &status)
    {
        out << "State:    " << runStateName(status.state) << '\n';
        if (status.instance) {
            const RegistryState &s = *status.instance;
            out << "URL:      " << s.url() << '\n';
            if (status.state == RunState::Running && s.runtime == RuntimeKind::Binary)
                out << "PID:      " << s.pid << '\n';
            if (!s.containerName.isEmpty())
                out << "Container:" << ' ' << s.containerName << '\n';
            out << "Runtime:  " << runtimeKindName(s.runtime) << " (" << s.program << ")\n";
            out << "Storage:  " << s.storageDir << '\n';
            out << "Delete:   " << (s.deleteEnabled ? "enabled" : "disabled") << '\n';
            out << "Auth:     " << (s.authUser.isEmpty() ? QStringLiteral("none") : QStringLiteral("htpasswd (user %1)").arg(s.authUser)) << '\n';
            out << "TLS:      " << (s.tls ? QStringLiteral("on (CA %1)").arg(s.caCertificatePath) : QStringLiteral("off")) << '\n';
            if (status.state == RunState::Running)
                out << "Uptime:   " << status.uptimeSeconds << " s\n";
            out << "Log:      " << s.logPath << '\n';
        }
        if (!status.detail.isEmpty())
            out << "Detail:   " << status.detail << '\n';
        if (!status.lastLogLines.isEmpty()) {
            out << "Last log lines:\n";
            for (const QString &line : status.lastLogLines)
                out << "  " << line << '\n';
        }
        out.flush();
    }

    static QString readPassword(bool fromStdin)
    {
        if (fromStdin) {
            QTextStream in(stdin);
            return in.readLine();
        }
        return qEnvironmentVariable("MANIFOLD_REGISTRY_PASSWORD");
    }

    int up(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Start the local registry."));
        const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 5002)."), QStringLiteral("N"),
                                      QStringLiteral("5002"));
        const QCommandLineOption storage(QStringLiteral("storage"), QStringLiteral("Storage directory (persistent)."),
                                         QStringLiteral("DIR"));
        const QCommandLineOption noDelete(QStringLiteral("no-delete"), QStringLiteral("Disable manifest/blob deletion."));
        const QCommandLineOption htpasswd(QStringLiteral("htpasswd"),
                                          QStringLiteral("Require this user (bcrypt htpasswd); the password comes from "
                                                         "--password-stdin or MANIFOLD_REGISTRY_PASSWORD and goes to the keychain."),
                                          QStringLiteral("USER"));
        const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), QStringLiteral("Read the password from stdin."));
        const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve HTTPS with a generated CA and certificate."));
        const QCommandLineOption hostName(QStringLiteral("hostname"), QStringLiteral("Extra certificate name (default: this host)."),
                                          QStringLiteral("NAME"));
        const QCommandLineOption runtime(QStringLiteral("runtime"), QStringLiteral("binary, docker or podman (default: the first usable)."),
                                         QStringLiteral("RUNTIME"));
        const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOptions({port, storage, noDelete, htpasswd, passwordStdin, tls, hostName, runtime, listen, json});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;

        RegistryOptions options;
        bool ok = false;
        const uint portNumber = parser.value(port).toUInt(&ok);
        if (!ok || portNumber == 0 || portNumber > 65535) {
            printError(streams.err, commandName(),
                       Error(QStringLiteral("cli.usage"), QStringLiteral("--port needs a number from 1 to 65535"),
                             parser.value(port)));
            return ExitUsage;
        }
        options.port = static_cast<quint16>(portNumber);
        options.storageDir = parser.value(storage);
        options.deleteEnabled = !parser.isSet(noDelete);
        options.tls = parser.isSet(tls);
        options.hostName = parser.value(hostName);
        options.listenAddress = parser.value(listen);
        if (parser.isSet(runtime)) {
            options.runtime = runtimeKindFromName(parser.value(runtime));
            if (!options.runtime) {
                printError(streams.err, commandName(),
                           Error(QStringLiteral("cli.usage"), QStringLiteral("Unknown runtime \"%1\"").arg(parser.value(runtime)),
                                 {}, QStringLiteral("Use binary, docker or podman.")));
                return ExitUsage;
            }
        }
        if (parser.isSet(htpasswd)) {
            options.htpasswdUser = parser.value(htpasswd);
            options.htpasswdPassword = readPassword(parser.isSet(passwordStdin));
            if (options.htpasswdPassword.isEmpty()) {
                printError(streams.err, commandName(),
                           Error(QStringLiteral("cli.usage"), QStringLiteral("--htpasswd needs a password"), {},
                                 QStringLiteral("Pipe it to --password-stdin or set MANIFOLD_REGISTRY_PASSWORD.")));
                return ExitUsage;
            }
        }
        const bool asJson = parser.isSet(json);
        LocalRegistryManager manager;
        upInterrupted = false;
        const auto previousInt = std::signal(SIGINT, onUpInterrupt);
        const auto previousTerm = std::signal(SIGTERM, onUpInterrupt);
        Result<RegistryStatus> started = manager.start(options, [&](const QString &step) {
            if (!asJson) {
                streams.err << step << '\n';
                streams.err.flush();
            }
        });
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        if (upInterrupted) {
            if (started)
                (void)manager.stop(2000);
            return fail(streams, commandName(),
                        Error(QStringLiteral("localregistry.interrupted"),
                              UpTr::tr("Interrupted; the registry was not left running."), {},
                              UpTr::tr("Run the command again to start it.")),
                        asJson);
        }
        if (!started)
            return fail(streams, commandName(), started.error(), asJson);
        QJsonObject result = started->toJson();
        if (options.authEnabled()) {
            Status stored = PasswordKeychain::store(options.htpasswdUser, started->instance->hostPort(), options.htpasswdPassword);
            result.insert(QStringLiteral("passwordInKeychain"), stored.ok());
            if (!stored && !asJson)
                streams.err << "warning: " << stored.error().toString() << '\n';
        }
        if (asJson) {
            printJson(streams.out, result);
        } else {
            printStatus(streams.out, *started);
            streams.out << "\nNext: `manifold registry trust` shows what Buildah, Podman and Docker need to use "
                        << started->instance->hostPort() << ".\n";
            streams.out.flush();
        }
        return ExitOk;
    }

    int down(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Stop the local registry (its storage is kept)."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOption(json);
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        LocalRegistryManager manager;
        if (Status stopped = manager.stop(); !stopped)
            return fail(streams, commandName(), stopped.error(), parser.isSet(json));
        const RegistryStatus now = manager.status();
        if (parser.isSet(json))
            printJson(streams.out, now.toJson());
        else
            printStatus(streams.out, now);
        return ExitOk;
    }

    int restart(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Restart the local registry with its recorded settings."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOption(json);
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        LocalRegistryManager manager;
        Result<RegistryStatus> restarted = manager.restart();
        if (!restarted)
            return fail(streams, commandName(), restarted.error(), parser.isSet(json));
        if (parser.isSet(json))
            printJson(streams.out, restarted->toJson());
        else
            printStatus(streams.out, *restarted);
        return ExitOk;
    }

    int status(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Show the local registry's state."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOption(json);
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        const RegistryStatus now = LocalRegistryManager().status();
        if (parser.isSet(json))
            printJson(streams.out, now.toJson());
        else
            printStatus(streams.out, now);
        // A crash is a finding: scripts can test the exit code.
        return now.state == RunState::Crashed ? ExitFindings : ExitOk;
    }

    int logs(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Print the registry's last log lines."));
        const QCommandLineOption lines({QStringLiteral("n"), QStringLiteral("lines")}, QStringLiteral("Number of lines (default 50)."),
                                       QStringLiteral("N"), QStringLiteral("50"));
        parser.addOption(lines);
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        Result<QStringList> text = LocalRegistryManager().logs(qMax(1, parser.value(lines).toInt()));
        if (!text)
            return fail(streams, commandName(), text.error(), false);
        for (const QString &line : *text)
            streams.out << line << '\n';
        streams.out.flush();
        return ExitOk;
    }

    int detect(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Find registries answering on 127.0.0.1."));
        const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Also probe this port (repeatable)."),
                                      QStringLiteral("N"));
        const QCommandLineOption noIndexTest(QStringLiteral("no-index-test"),
                                             QStringLiteral("Do not push a test index to check index support."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOptions({port, noIndexTest, json});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        DetectOptions options;
        options.testIndexSupport = !parser.isSet(noIndexTest);
        for (const QString &value : parser.values(port)) {
            const uint number = value.toUInt();
            if (number == 0 || number > 65535) {
                printError(streams.err, commandName(), Error(QStringLiteral("cli.usage"), QStringLiteral("Bad port \"%1\"").arg(value)));
                return ExitUsage;
            }
            options.ports.append(static_cast<quint16>(number));
        }
        if (const std::optional<RegistryState> managed = LocalRegistryManager().recordedState()) {
            options.ports.append(managed->port);
            options.caCertificatePath = managed->caCertificatePath;
        }
        const QList<DetectedRegistry> found = RegistryDetector::detect(options);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const DetectedRegistry &registry : found)
                array.append(registry.toJson());
            printJson(streams.out, QJsonObject{{QStringLiteral("registries"), array}});
            return ExitOk;
        }
        if (found.isEmpty())
            streams.out << "No registry answers on 127.0.0.1 ports probed.\n";
        for (const DetectedRegistry &registry : found) {
            streams.out << "127.0.0.1:" << registry.port << "  ";
            if (!registry.answering) {
                streams.out << "port taken by " << (registry.owner ? registry.owner->describe() : QStringLiteral("?"))
                            << ", no HTTP answer\n";
                continue;
            }
            streams.out << (registry.isRegistry ? "registry" : "not a registry") << " (" << registry.url
                        << ", HTTP " << registry.status;
            if (!registry.apiVersion.isEmpty())
                streams.out << ", " << registry.apiVersion;
            streams.out << ")\n";
            if (registry.owner && registry.owner->pid > 0)
                streams.out << "    process: " << registry.owner->describe() << '\n';
            streams.out << "    auth:    " << (registry.authRequired ? QStringLiteral("required (%1)").arg(registry.authChallenge)
                                                                     : QStringLiteral("none")) << '\n';
            streams.out << "    indexes: "
                        << (registry.acceptsIndex ? (*registry.acceptsIndex ? QStringLiteral("accepted") : QStringLiteral("REJECTED"))
                                                  : QStringLiteral("not tested"))
                        << (registry.indexDetail.isEmpty() ? QString() : QStringLiteral(" - ") + registry.indexDetail) << '\n';
            if (registry.deleteAllowed)
                streams.out << "    delete:  " << (*registry.deleteAllowed ? "allowed" : "disabled") << '\n';
        }
        streams.out.flush();
        return ExitOk;
    }

    int trust(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("Show (or, with --write, apply) the configuration each engine needs."));
        const QCommandLineOption engine(QStringLiteral("engine"), QStringLiteral("buildah, podman or docker (default: all)."),
                                        QStringLiteral("ENGINE"));
        const QCommandLineOption write(QStringLiteral("write"), QStringLiteral("Write the files (needs permission on /etc)."));
        const QCommandLineOption hostPort(QStringLiteral("registry"),
                                          QStringLiteral("HOST:PORT (default: the managed registry, or localhost:5002)."),
                                          QStringLiteral("HOST:PORT"));
        const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Write below this root instead of / (testing, images)."),
                                      QStringLiteral("DIR"), QStringLiteral("/"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOptions({engine, write, hostPort, root, json});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        TrustInput input;
        input.rootDir = parser.value(root);
        if (const std::optional<RegistryState> managed = LocalRegistryManager().recordedState()) {
            input.hostPort = managed->hostPort();
            input.tls = managed->tls;
            input.caCertificatePath = managed->caCertificatePath;
        }
        if (parser.isSet(hostPort))
            input.hostPort = parser.value(hostPort);
        QList<TrustEngine> engines = {TrustEngine::Buildah, TrustEngine::Podman, TrustEngine::Docker};
        if (parser.isSet(engine)) {
            const std::optional<TrustEngine> chosen = trustEngineFromName(parser.value(engine));
            if (!chosen) {
                printError(streams.err, commandName(),
                           Error(QStringLiteral("cli.usage"), QStringLiteral("Unknown engine \"%1\"").arg(parser.value(engine)),
                                 {}, QStringLiteral("Use buildah, podman or docker.")));
                return ExitUsage;
            }
            engines = {*chosen};
        }
        QJsonArray plans;
        int result = ExitOk;
        for (TrustEngine each : engines) {
            Result<TrustPlan> plan = EngineTrust::plan(each, input);
            if (!plan)
                return fail(streams, commandName(), plan.error(), parser.isSet(json));
            QJsonObject entry = plan->toJson();
            if (parser.isSet(write)) {
                Status applied = EngineTrust::apply(*plan, input.rootDir);
                entry.insert(QStringLiteral("written"), applied.ok());
                if (!applied) {
                    entry.insert(QStringLiteral("error"), errorToJson(applied.error()));
                    if (!parser.isSet(json))
                        printError(streams.err, commandName(), applied.error());
                    result = ExitFindings;
                }
            }
            plans.append(entry);
            if (!parser.isSet(json)) {
                streams.out << "# " << trustEngineName(each) << " -> " << plan->hostPort << '\n';
                for (const TrustFile &file : plan->files)
                    streams.out << "# " << file.path << ": " << file.purpose << '\n';
                for (const QString &note : plan->notes)
                    streams.out << "# note: " << note << '\n';
                streams.out << plan->shellScript() << '\n';
            }
        }
        if (parser.isSet(json))
            printJson(streams.out, QJsonObject{{QStringLiteral("plans"), plans}});
        streams.out.flush();
        return result;
    }

    int mirror(const QStringList &arguments, Streams streams)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Copy a multi-arch image (oci:DIR[:TAG], oci-archive:FILE[:TAG] or a registry reference) into the local registry."));
        parser.addPositionalArgument(QStringLiteral("source"),
                                     QStringLiteral("oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker://HOST/REPO:TAG"));
        const QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("Only these platforms (comma-separated)."),
                                          QStringLiteral("LIST"));
        const QCommandLineOption perArch(QStringLiteral("per-arch-tags"), QStringLiteral("Tag each platform <tag>-<arch>."));
        const QCommandLineOption index(QStringLiteral("index"), QStringLiteral("Push the index under <tag>."));
        const QCommandLineOption to(QStringLiteral("to"),
                                    QStringLiteral("Destination REPO[:TAG] (optionally HOST:PORT/REPO[:TAG]); default: the source's name."),
                                    QStringLiteral("REPO"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        parser.addOptions({platform, perArch, index, to, json});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        const bool asJson = parser.isSet(json);
        if (parser.positionalArguments().size() != 1) {
            printError(streams.err, commandName(), Error(QStringLiteral("cli.usage"), QStringLiteral("mirror needs one SOURCE")));
            return ExitUsage;
        }
        MirrorRequest request;
        Result<std::shared_ptr<Oci::ContentSource>> source =
            ImageMirror::openSource(parser.positionalArguments().first(), &request.sourceReference);
        if (!source)
            return fail(streams, commandName(), source.error(), asJson);
        request.source = *source;
        if (parser.isSet(platform)) {
            Result<QList<Platform>> platforms = Platform::parseList(parser.value(platform));
            if (!platforms) {
                printError(streams.err, commandName(), platforms.error());
                return ExitUsage;
            }
            request.platforms = *platforms;
        }
        request.pushIndex = parser.isSet(index) || !parser.isSet(perArch);
        request.perArchTags = parser.isSet(perArch) || !parser.isSet(index);

        // Destination: HOST:PORT/REPO[:TAG], or REPO[:TAG] on the managed registry.
        QString target = parser.value(to);
        const std::optional<RegistryState> managed = LocalRegistryManager().recordedState();
        QString host;
        const QString firstComponent = target.section(QLatin1Char('/'), 0, 0);
        if (target.contains(QLatin1Char('/'))
            && (firstComponent.contains(QLatin1Char(':')) || firstComponent.contains(QLatin1Char('.'))
                || firstComponent == QLatin1String("localhost"))) {
            host = firstComponent;
            target = target.section(QLatin1Char('/'), 1);
        }
        if (target.isEmpty())
            target = ImageMirror::defaultRepository(parser.positionalArguments().first());
        if (const qsizetype colon = target.lastIndexOf(QLatin1Char(':')); colon > 0) {
            request.tag = target.mid(colon + 1);
            target = target.left(colon);
        } else if (!request.sourceReference.isEmpty() && !request.sourceReference.contains(QLatin1Char(':'))) {
            request.tag = request.sourceReference;
        }
        request.repository = target;
        if (host.isEmpty()) {
            if (!managed)
                return fail(streams, commandName(),
                            Error(QStringLiteral("localregistry.not-started"), QStringLiteral("No local registry to mirror into"),
                                  {}, QStringLiteral("Start one with `manifold registry up`, or give --to HOST:PORT/REPO.")),
                            asJson);
            host = QStringLiteral("127.0.0.1:%1").arg(managed->port);
        }
        const bool managedHost = managed && (host.endsWith(QStringLiteral(":%1").arg(managed->port)));
        const bool tls = managedHost && managed->tls;
        request.destination.baseUrl = QUrl((tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host);
        if (managedHost) {
            request.destination.caCertificatePath = managed->caCertificatePath;
            if (!managed->authUser.isEmpty()) {
                request.destination.username = managed->authUser;
                QString password = qEnvironmentVariable("MANIFOLD_REGISTRY_PASSWORD");
                if (password.isEmpty())
                    password = PasswordKeychain::read(managed->authUser, managed->hostPort()).valueOr(QString());
                request.destination.password = password;
            }
        }

        QString lastLine;
        Result<MirrorResult> mirrored = ImageMirror::run(request, [&](const MirrorProgress &step) {
            if (asJson)
                return;
            QString line = step.blobCount > 0
                ? QStringLiteral("[%1/%2] %3 %4/%5").arg(step.blobIndex).arg(step.blobCount).arg(step.message).arg(step.done).arg(step.total)
                : step.message;
            if (line != lastLine) {
                streams.err << line << '\n';
                streams.err.flush();
                lastLine = line;
            }
        });
        if (!mirrored)
            return fail(streams, commandName(), mirrored.error(), asJson);
        if (asJson) {
            printJson(streams.out, mirrored->toJson());
            return ExitOk;
        }
        if (!mirrored->indexTag.isEmpty())
            streams.out << host << '/' << mirrored->repository << ':' << mirrored->indexTag << "  index " << mirrored->indexDigest
                        << (mirrored->indexUnchanged ? " (same digest as the source)" : "") << '\n';
        for (const MirroredImage &image : mirrored->images) {
            if (!image.tag.isEmpty())
                streams.out << host << '/' << mirrored->repository << ':' << image.tag << "  " << image.platform.toDisplayString()
                            << "  " << image.digest << '\n';
        }
        streams.out << mirrored->blobsUploaded << " blobs uploaded (" << mirrored->bytesUploaded << " bytes), "
                    << mirrored->blobsSkipped << " already present\n";
        streams.out.flush();
        return ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(RegistryCommand);

} // namespace Manifold::Cli
