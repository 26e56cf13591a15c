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
#include <QRandomGenerator>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace Manifold::Cli {

using namespace Manifold::LocalRegistry;

namespace {

// Ctrl+C during `registry up` cancels the start: the manager stops at its next step or while
// waiting for the registry to answer, and removes what it spawned and wrote. A start that
// finished just before the signal is stopped here, so nothing is left running either way.
std::atomic_bool upInterrupted{false};
Oci::CancelToken upCancel; // setting its flag is async-signal-safe (a lock-free atomic)
static_assert(std::atomic_bool::is_always_lock_free);

void onUpInterrupt(int)
{
    upInterrupted = true;
    upCancel.cancel();
}

} // namespace

// `manifold registry up|down|restart|status|logs|detect|trust|mirror`: Manifold's managed local
// registry (the guide's localhost:5002), each wizard step as a sub-action.
class RegistryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::RegistryCommand)

public:
    QString name() const override { return QStringLiteral("registry"); }
    QString summary() const override
    {
        return tr("Run a local registry: up, down, restart, status, logs, detect, trust, mirror");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        using Action = int (RegistryCommand::*)(const QStringList &, Streams);
        static const QList<std::pair<QLatin1String, Action>> actions = {
            {QLatin1String("up"), &RegistryCommand::up},
            {QLatin1String("down"), &RegistryCommand::down},
            {QLatin1String("restart"), &RegistryCommand::restart},
            {QLatin1String("status"), &RegistryCommand::status},
            {QLatin1String("logs"), &RegistryCommand::logs},
            {QLatin1String("detect"), &RegistryCommand::detect},
            {QLatin1String("trust"), &RegistryCommand::trust},
            {QLatin1String("mirror"), &RegistryCommand::mirror},
        };
        const QString action = arguments.value(1);
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.value(0) + QLatin1Char(' ') + action);
        for (const auto &[actionName, handler] : actions) {
            if (action == actionName)
                return (this->*handler)(rest, streams);
        }
        if (action.isEmpty() || action == QLatin1String("-h") || action == QLatin1String("--help")) {
            streams.out << usage();
            streams.out.flush();
            return action.isEmpty() ? ExitUsage : ExitOk;
        }
        streams.err << tr("manifold registry: unknown action \"%1\"").arg(action) << '\n' << usage();
        streams.err.flush();
        return ExitUsage;
    }

private:
    static QString usage()
    {
        return tr("Usage: manifold registry <action> [options]\n\n"
                  "Actions:\n"
                  "  up       start the local registry (default localhost:5002)\n"
                  "  down     stop it (storage is kept); --forget also deletes its password and settings\n"
                  "  restart  stop and start with the same settings\n"
                  "  status   running/stopped/crashed, pid, port, url, storage, auth, tls, uptime\n"
                  "  logs     the registry's last log lines\n"
                  "  detect   registries answering on 127.0.0.1 (5000, 5001, 5002) and whether they take indexes\n"
                  "  trust    configuration Buildah, Podman and Docker need to use it\n"
                  "  mirror   copy a multi-arch base image into it, as an index and/or per-arch tags\n\n"
                  "Run `manifold registry <action> --help` for its options.\n");
    }

    // One sub-action's command line: its description, its options, -h/--help and, when the
    // action prints JSON, --json. parse() false: stop and return exitCode().
    class ActionLine
    {
    public:
        ActionLine(const QString &description, const QList<QCommandLineOption> &options, bool withJson = true)
            : m_json(QStringLiteral("json"), tr("Print JSON."))
        {
            m_parser.setApplicationDescription(description);
            m_parser.addOptions(options);
            if (withJson)
                m_parser.addOption(m_json);
            m_withJson = withJson;
        }
        bool parse(const QStringList &arguments, Streams streams)
        {
            return parseArguments(m_parser, arguments, streams, m_exitCode);
        }
        int exitCode() const { return m_exitCode; }
        bool json() const { return m_withJson && m_parser.isSet(m_json); }
        QCommandLineParser &parser() { return m_parser; }
        bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
        QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

    private:
        QCommandLineParser m_parser;
        QCommandLineOption m_json;
        bool m_withJson = true;
        int m_exitCode = ExitOk;
    };

    static int fail(Streams streams, const Error &error, bool json)
    {
        if (json)
            printJson(streams.out, QJsonObject{{QStringLiteral("error"), errorToJson(error)}});
        printError(streams.err, commandName(), error);
        return ExitFindings;
    }

    static int usageError(Streams streams, const QString &message, const QString &location = {}, const QString &hint = {})
    {
        printError(streams.err, commandName(), Error(QStringLiteral("cli.usage"), message, location, hint));
        return ExitUsage;
    }

    static QString commandName() { return QStringLiteral("registry"); }

    // The registry's state as JSON or as text; a started/stopped/restarted registry answers with it.
    static int reportStatus(Streams streams, const RegistryStatus &status, bool json)
    {
        if (json)
            printJson(streams.out, status.toJson());
        else
            printStatus(streams.out, status);
        return ExitOk;
    }

    static void printStatus(QTextStream &out, const RegistryStatus &status)
    {
        const auto field = [&out](const QString &label, const QString &value) {
            const QString name = label + QLatin1Char(':');
            out << name.leftJustified(qMax(10, int(name.size()) + 1)) << value << '\n';
        };
        field(tr("State"), runStateName(status.state));
        if (status.instance) {
            const RegistryState &s = *status.instance;
            field(tr("URL"), s.url());
            if (status.state == RunState::Running && s.runtime == RuntimeKind::Binary)
                field(tr("PID"), QString::number(s.pid));
            if (!s.containerName.isEmpty()) {
                field(tr("Container"), tr("%1 (image %2, %3)")
                                           .arg(s.containerName, s.containerImage,
                                                s.hostNetwork ? tr("host network") : tr("port published")));
                if (!s.engineArguments.isEmpty())
                    field(tr("Engine"), tr("run with %1").arg(s.engineArguments.join(QLatin1Char(' '))));
            }
            field(tr("Runtime"), QStringLiteral("%1 (%2)").arg(runtimeKindName(s.runtime), s.program));
            field(tr("Storage"), s.storageDir);
            field(tr("Delete"), s.deleteEnabled ? tr("enabled") : tr("disabled"));
            field(tr("Auth"), s.authUser.isEmpty() ? tr("none") : tr("htpasswd (user %1)").arg(s.authUser));
            field(tr("TLS"), s.tls ? tr("on (CA %1)").arg(s.caCertificatePath) : tr("off"));
            if (status.state == RunState::Running)
                field(tr("Uptime"), tr("%1 s").arg(status.uptimeSeconds));
            field(tr("Log"), s.logPath);
        }
        if (!status.detail.isEmpty())
            field(tr("Detail"), status.detail);
        if (!status.lastLogLines.isEmpty()) {
            out << tr("Last log lines:") << '\n';
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

    // 24 random bytes from the system's CSPRNG, URL-safe base64 (32 characters).
    static QString generatePassword()
    {
        QByteArray bytes(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    int up(const QStringList &arguments, Streams streams)
    {
        const QCommandLineOption port(QStringLiteral("port"), tr("Port (default 5002)."), QStringLiteral("N"),
                                      QStringLiteral("5002"));
        const QCommandLineOption storage(QStringLiteral("storage"), tr("Storage directory (persistent)."),
                                         QStringLiteral("DIR"));
        const QCommandLineOption noDelete(QStringLiteral("no-delete"), tr("Disable manifest/blob deletion."));
        const QCommandLineOption htpasswd({QStringLiteral("htpasswd"), QStringLiteral("auth")},
                                          tr("Require this user (bcrypt htpasswd). The password comes from "
                                             "--password-stdin or MANIFOLD_REGISTRY_PASSWORD, or is generated; it "
                                             "goes to the keychain, never to a file."),
                                          QStringLiteral("USER"));
        const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read the password from stdin."));
        const QCommandLineOption tls(QStringLiteral("tls"), tr("Serve HTTPS with a generated CA and certificate."));
        const QCommandLineOption hostName(QStringLiteral("hostname"), tr("Extra certificate name (default: this host)."),
                                          QStringLiteral("NAME"));
        const QCommandLineOption runtime(QStringLiteral("runtime"), tr("binary, docker or podman (default: the first usable)."),
                                         QStringLiteral("RUNTIME"));
        const QCommandLineOption image(QStringLiteral("image"),
                                       tr("Registry image for docker/podman, present locally (default: "
                                          "MANIFOLD_REGISTRY_IMAGE or registry:2)."),
                                       QStringLiteral("IMAGE"), RegistryOptions::defaultContainerImage());
        const QCommandLineOption listen(QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
        ActionLine line(tr("Start the local registry."),
                        {port, storage, noDelete, htpasswd, passwordStdin, tls, hostName, runtime, image, listen});
        if (!line.parse(arguments, streams))
            return line.exitCode();

        RegistryOptions options;
        bool ok = false;
        const uint portNumber = line.value(port).toUInt(&ok);
        if (!ok || portNumber == 0 || portNumber > 65535)
            return usageError(streams, tr("--port needs a number from 1 to 65535"), line.value(port));
        options.port = static_cast<quint16>(portNumber);
        options.storageDir = line.value(storage);
        options.deleteEnabled = !line.isSet(noDelete);
        options.tls = line.isSet(tls);
        options.hostName = line.value(hostName);
        options.listenAddress = line.value(listen);
        options.containerImage = line.value(image);
        if (line.isSet(runtime)) {
            options.runtime = runtimeKindFromName(line.value(runtime));
            if (!options.runtime)
                return usageError(streams, tr("Unknown runtime \"%1\"").arg(line.value(runtime)), {},
                                  tr("Use binary, docker or podman."));
        }
        bool generated = false;
        if (line.isSet(htpasswd)) {
            options.htpasswdUser = line.value(htpasswd);
            options.htpasswdPassword = readPassword(line.isSet(passwordStdin));
            if (options.htpasswdPassword.isEmpty() && line.isSet(passwordStdin))
                return usageError(streams, tr("--password-stdin read no password"), {},
                                  tr("Pipe the password in, or leave out --password-stdin to have one generated."));
            if (options.htpasswdPassword.isEmpty()) {
                options.htpasswdPassword = generatePassword();
                generated = true;
            }
        }
        LocalRegistryManager manager;
        upInterrupted = false;
        upCancel = Oci::CancelToken();
        const auto previousInt = std::signal(SIGINT, onUpInterrupt);
        const auto previousTerm = std::signal(SIGTERM, onUpInterrupt);
        Result<RegistryStatus> started = manager.start(
            options,
            [&](const QString &step) {
                if (!line.json()) {
                    streams.err << step << '\n';
                    streams.err.flush();
                }
            },
            upCancel);
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        if (upInterrupted) {
            if (started)
                (void)manager.stop(2000);
            return fail(streams,
                        Error(QStringLiteral("localregistry.interrupted"),
                              tr("Interrupted; the registry was not left running."), {},
                              tr("Run the command again to start it.")),
                        line.json());
        }
        if (!started)
            return fail(streams, started.error(), line.json());
        QJsonObject result = started->toJson();
        if (options.authEnabled()) {
            result.insert(QStringLiteral("passwordInKeychain"), true);
            if (generated)
                result.insert(QStringLiteral("generatedPassword"), options.htpasswdPassword);
        }
        if (line.json()) {
            printJson(streams.out, result);
            return ExitOk;
        }
        printStatus(streams.out, *started);
        if (options.authEnabled()) {
            streams.out << tr("Password: in the keychain (service %1, key %2)")
                               .arg(PasswordKeychain::service(),
                                    PasswordKeychain::key(options.htpasswdUser, started->instance->hostPort()))
                        << '\n';
            if (generated)
                streams.out << tr("Generated password (shown once): %1").arg(options.htpasswdPassword) << '\n';
        }
        streams.out << '\n'
                    << tr("Next: `manifold registry trust` shows what Buildah, Podman and Docker need to use %1.")
                           .arg(started->instance->hostPort())
                    << '\n';
        streams.out.flush();
        return ExitOk;
    }

    int down(const QStringList &arguments, Streams streams)
    {
        const QCommandLineOption forget(QStringLiteral("forget"),
                                        tr("Also delete the registry: its keychain password and settings (the storage "
                                           "stays unless --delete-storage)."));
        const QCommandLineOption deleteStorage(QStringLiteral("delete-storage"),
                                               tr("With --forget: delete the storage (the images) too."));
        ActionLine line(tr("Stop the local registry (its storage is kept)."), {forget, deleteStorage});
        if (!line.parse(arguments, streams))
            return line.exitCode();
        if (line.isSet(deleteStorage) && !line.isSet(forget))
            return usageError(streams, tr("--delete-storage needs --forget"));
        LocalRegistryManager manager;
        if (line.isSet(forget)) {
            if (Status forgotten = manager.forget(line.isSet(deleteStorage)); !forgotten)
                return fail(streams, forgotten.error(), line.json());
            return reportStatus(streams, manager.status(), line.json());
        }
        if (Status stopped = manager.stop(); !stopped)
            return fail(streams, stopped.error(), line.json());
        return reportStatus(streams, manager.status(), line.json());
    }

    int restart(const QStringList &arguments, Streams streams)
    {
        ActionLine line(tr("Restart the local registry with its recorded settings."), {});
        if (!line.parse(arguments, streams))
            return line.exitCode();
        Result<RegistryStatus> restarted = LocalRegistryManager().restart();
        if (!restarted)
            return fail(streams, restarted.error(), line.json());
        return reportStatus(streams, *restarted, line.json());
    }

    int status(const QStringList &arguments, Streams streams)
    {
        ActionLine line(tr("Show the local registry's state."), {});
        if (!line.parse(arguments, streams))
            return line.exitCode();
        const RegistryStatus now = LocalRegistryManager().status();
        reportStatus(streams, now, line.json());
        // A crash is a finding: scripts can test the exit code.
        return now.state == RunState::Crashed ? ExitFindings : ExitOk;
    }

    int logs(const QStringList &arguments, Streams streams)
    {
        const QCommandLineOption lines({QStringLiteral("n"), QStringLiteral("lines")}, tr("Number of lines (default 50)."),
                                       QStringLiteral("N"), QStringLiteral("50"));
        ActionLine line(tr("Print the registry's last log lines."), {lines}, false);
        if (!line.parse(arguments, streams))
            return line.exitCode();
        Result<QStringList> text = LocalRegistryManager().logs(qMax(1, line.value(lines).toInt()));
        if (!text)
            return fail(streams, text.error(), false);
        for (const QString &each : *text)
            streams.out << each << '\n';
        streams.out.flush();
        return ExitOk;
    }

    int detect(const QStringList &arguments, Streams streams)
    {
        const QCommandLineOption port(QStringLiteral("port"), tr("Also probe this port (repeatable)."), QStringLiteral("N"));
        const QCommandLineOption noIndexTest(QStringLiteral("no-index-test"),
                                             tr("Do not push a test index to check index support."));
        ActionLine line(tr("Find registries answering on 127.0.0.1."), {port, noIndexTest});
        if (!line.parse(arguments, streams))
            return line.exitCode();
        DetectOptions options;
        options.testIndexSupport = !line.isSet(noIndexTest);
        for (const QString &value : line.parser().values(port)) {
            const uint number = value.toUInt();
            if (number == 0 || number > 65535)
                return usageError(streams, tr("Bad port \"%1\"").arg(value));
            options.ports.append(static_cast<quint16>(number));
        }
        const LocalRegistryManager manager;
        if (const std::optional<RegistryState> managed = manager.recordedState()) {
            options.ports.append(managed->port);
            options.caCertificatePath = managed->caCertificatePath;
            // Our own registry's password lets the index test run on it too.
            if (!managed->authUser.isEmpty()) {
                options.username = managed->authUser;
                options.password = manager.password().valueOr(QString());
            }
        }
        const QList<DetectedRegistry> found = RegistryDetector::detect(options);
        if (line.json()) {
            QJsonArray array;
            for (const DetectedRegistry &registry : found)
                array.append(registry.toJson());
            printJson(streams.out, QJsonObject{{QStringLiteral("registries"), array}});
            return ExitOk;
        }
        if (found.isEmpty())
            streams.out << tr("No registry answers on 127.0.0.1 ports probed.") << '\n';
        for (const DetectedRegistry &registry : found)
            printDetected(streams.out, registry);
        streams.out.flush();
        return ExitOk;
    }

    static void printDetected(QTextStream &out, const DetectedRegistry &registry)
    {
        out << "127.0.0.1:" << registry.port << "  ";
        if (!registry.answering) {
            out << tr("port taken by %1, no HTTP answer").arg(registry.owner ? registry.owner->describe() : QStringLiteral("?"))
                << '\n';
            return;
        }
        out << (registry.isRegistry ? tr("registry") : tr("not a registry")) << " (" << registry.url << ", HTTP "
            << registry.status;
        if (!registry.apiVersion.isEmpty())
            out << ", " << registry.apiVersion;
        out << ")\n";
        if (registry.owner && registry.owner->pid > 0)
            out << "    " << tr("process: %1").arg(registry.owner->describe()) << '\n';
        out << "    "
            << tr("auth:    %1").arg(registry.authRequired ? tr("required (%1)").arg(registry.authChallenge) : tr("none"))
            << '\n';
        if (registry.tls)
            out << "    " << tr("tls:     %1").arg(registry.tlsVerified ? tr("verified") : tr("NOT verified")) << '\n';
        if (registry.credentialsWithheld)
            out << "    " << tr("credentials: withheld - %1").arg(registry.credentialsDetail) << '\n';
        const auto verdict = [](const std::optional<bool> &accepted) {
            return accepted ? (*accepted ? tr("accepted") : tr("REJECTED")) : tr("not tested");
        };
        out << "    " << tr("indexes: %1").arg(verdict(registry.acceptsIndex))
            << (registry.indexDetail.isEmpty() ? QString() : QStringLiteral(" - ") + registry.indexDetail) << '\n';
        out << "    " << tr("manifest lists: %1").arg(verdict(registry.acceptsManifestList))
            << (registry.manifestListDetail.isEmpty() ? QString() : QStringLiteral(" - ") + registry.manifestListDetail)
            << '\n';
        if (registry.deleteAllowed)
            out << "    " << tr("delete:  %1").arg(*registry.deleteAllowed ? tr("allowed") : tr("disabled")) << '\n';
    }

    int trust(const QStringList &arguments, Streams streams)
    {
        const QCommandLineOption engine(QStringLiteral("engine"), tr("buildah, podman or docker (default: all)."),
                                        QStringLiteral("ENGINE"));
        const QCommandLineOption write(QStringLiteral("write"), tr("Write the files (needs permission on /etc)."));
        const QCommandLineOption hostPort(QStringLiteral("registry"),
                                          tr("HOST:PORT (default: the managed registry, or localhost:5002)."),
                                          QStringLiteral("HOST:PORT"));
        const QCommandLineOption root(QStringLiteral("root"), tr("Write below this root instead of / (testing, images)."),
                                      QStringLiteral("DIR"), QStringLiteral("/"));
        ActionLine line(tr("Show (or, with --write, apply) the configuration each engine needs."),
                        {engine, write, hostPort, root});
        if (!line.parse(arguments, streams))
            return line.exitCode();
        TrustInput input;
        input.rootDir = line.value(root);
        if (const std::optional<RegistryState> managed = LocalRegistryManager().recordedState()) {
            input.hostPort = managed->hostPort();
            input.tls = managed->tls;
            input.caCertificatePath = managed->caCertificatePath;
        }
        if (line.isSet(hostPort))
            input.hostPort = line.value(hostPort);
        QList<TrustEngine> engines = {TrustEngine::Buildah, TrustEngine::Podman, TrustEngine::Docker};
        if (line.isSet(engine)) {
            const std::optional<TrustEngine> chosen = trustEngineFromName(line.value(engine));
            if (!chosen)
                return usageError(streams, tr("Unknown engine \"%1\"").arg(line.value(engine)), {},
                                  tr("Use buildah, podman or docker."));
            engines = {*chosen};
        }
        QJsonArray plans;
        int result = ExitOk;
        for (TrustEngine each : engines) {
            Result<TrustPlan> plan = EngineTrust::plan(each, input);
            if (!plan)
                return fail(streams, plan.error(), line.json());
            QJsonObject entry = plan->toJson();
            if (line.isSet(write)) {
                Status applied = EngineTrust::apply(*plan, input.rootDir);
                entry.insert(QStringLiteral("written"), applied.ok());
                if (!applied) {
                    entry.insert(QStringLiteral("error"), errorToJson(applied.error()));
                    if (!line.json())
                        printError(streams.err, commandName(), applied.error());
                    result = ExitFindings;
                }
            }
            plans.append(entry);
            if (!line.json()) {
                streams.out << "# " << trustEngineName(each) << " -> " << plan->hostPort << '\n';
                for (const TrustFile &file : plan->files)
                    streams.out << "# " << file.path << ": " << file.purpose << '\n';
                for (const QString &note : plan->notes)
                    streams.out << "# " << tr("note: %1").arg(note) << '\n';
                streams.out << plan->shellScript() << '\n';
            }
        }
        if (line.json())
            printJson(streams.out, QJsonObject{{QStringLiteral("plans"), plans}});
        streams.out.flush();
        return result;
    }

    int mirror(const QStringList &arguments, Streams streams)
    {
        const QCommandLineOption platform(QStringLiteral("platform"), tr("Only these platforms (comma-separated)."),
                                          QStringLiteral("LIST"));
        const QCommandLineOption perArch(QStringLiteral("per-arch-tags"), tr("Tag each platform <tag>-<arch>."));
        const QCommandLineOption index(QStringLiteral("index"), tr("Push the index under <tag>."));
        const QCommandLineOption to(QStringLiteral("to"),
                                    tr("Destination REPO[:TAG] (optionally HOST:PORT/REPO[:TAG]); default: the source's name."),
                                    QStringLiteral("REPO"));
        ActionLine line(tr("Copy a multi-arch image (oci:DIR[:TAG], oci-archive:FILE[:TAG] or a registry reference) "
                           "into the local registry."),
                        {platform, perArch, index, to});
        line.parser().addPositionalArgument(QStringLiteral("source"),
                                            tr("oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker://HOST/REPO:TAG"));
        if (!line.parse(arguments, streams))
            return line.exitCode();
        QCommandLineParser &parser = line.parser();
        const bool asJson = line.json();
        if (parser.positionalArguments().size() != 1)
            return usageError(streams, tr("mirror needs one SOURCE"));
        MirrorRequest request;
        Result<std::shared_ptr<Oci::ContentSource>> source =
            ImageMirror::openSource(parser.positionalArguments().first(), &request.sourceReference);
        if (!source)
            return fail(streams, source.error(), asJson);
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
        const LocalRegistryManager manager;
        const std::optional<RegistryState> managed = manager.recordedState();
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
                return fail(streams,
                            Error(QStringLiteral("localregistry.not-started"), tr("No local registry to mirror into"), {},
                                  tr("Start one with `manifold registry up`, or give --to HOST:PORT/REPO.")),
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
                    password = manager.password().valueOr(QString());
                request.destination.password = password;
            }
        }

        QString lastLine;
        Result<MirrorResult> mirrored = ImageMirror::run(request, [&](const MirrorProgress &step) {
            if (asJson)
                return;
            const QString progress = step.blobCount > 0
                ? QStringLiteral("[%1/%2] %3 %4/%5").arg(step.blobIndex).arg(step.blobCount).arg(step.message).arg(step.done).arg(step.total)
                : step.message;
            if (progress != lastLine) {
                streams.err << progress << '\n';
                streams.err.flush();
                lastLine = progress;
            }
        });
        if (!mirrored)
            return fail(streams, mirrored.error(), asJson);
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
        streams.out << tr("%1 blobs uploaded (%2 bytes), %3 already present")
                           .arg(mirrored->blobsUploaded)
                           .arg(mirrored->bytesUploaded)
                           .arg(mirrored->blobsSkipped)
                    << '\n';
        streams.out.flush();
        return ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(RegistryCommand);

} // namespace Manifold::Cli
