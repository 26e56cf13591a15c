// TLS verification is never relaxed silently. A real docker-registry serving HTTPS with a
// self-signed certificate on 127.0.0.1: by default every command refuses it (loopback does not
// relax TLS, it only allows plain HTTP when the server speaks no TLS at all); each way to relax
// or extend trust (--insecure HOST, --dest-insecure, MANIFOLD_INSECURE_REGISTRIES, --ca-cert
// HOST=FILE, --insecure-registry for builds) names the registry and shows up on stderr and in
// the --json document ("tlsExceptions"). A build pulling from a loopback registry relaxes that
// registry only (a per-build registries.conf), never the whole Buildah run (--tls-verify=false).
#include "core/build/buildpreparation.h"
#include "core/build/engine.h"
#include "core/oci/canceltoken.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testcertificates.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Manifold;
using namespace Manifold::Test;

class TestTlsExceptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_registry;

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    Run manifold(const QStringList &arguments, const QString &insecureEnvironment = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MANIFOLD_INSECURE_REGISTRIES"));
        if (!insecureEnvironment.isEmpty())
            env.insert(QStringLiteral("MANIFOLD_INSECURE_REGISTRIES"), insecureEnvironment);
        env.insert(QStringLiteral("MANIFOLD_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("docker")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MANIFOLD_BINARY), arguments);
        Run run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
            return run;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), QStringLiteral("openssl CLI"));
        QVERIFY(m_dir.isValid());
        const Status made = makeSelfSignedCertificate(m_dir.path(), QStringLiteral("server"),
                                                      QStringLiteral("IP:127.0.0.1,DNS:localhost"));
        if (!made.ok())
            QFAIL(qPrintable(made.error().toString()));
        RegistryOptions options;
        options.tlsCertificate = m_dir.filePath(QStringLiteral("server.pem"));
        options.tlsKey = m_dir.filePath(QStringLiteral("server.key"));
        m_registry = std::make_unique<RegistryProcess>(options);
        const Status started = m_registry->start();
        if (!started.ok())
            QFAIL(qPrintable(started.error().toString()));
        QCOMPARE(m_registry->baseUrl().scheme(), QStringLiteral("https"));
    }

    void registryCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment"); // MANIFOLD_INSECURE_REGISTRIES
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("source");      // expected "source" of the exception; empty: none
        QTest::addColumn<bool>("verified");
        const QString ca = QStringLiteral("%REG%=") + QStringLiteral("%DIR%/server.pem");
        auto row = [](const char *name, QStringList arguments, QString environment, bool reachable, QString source, bool verified) {
            QTest::newRow(name) << arguments << environment << reachable << source << verified;
        };
        row("default: certificate refused", {"catalog", "--json", "%REG%"}, {}, false, {}, true);
        row("default text: certificate refused", {"catalog", "%REG%"}, {}, false, {}, true);
        row("--insecure another host: still refused", {"catalog", "--json", "--insecure", "127.0.0.9:5000", "%REG%"}, {}, false,
            "command line", false);
        row("--insecure HOST (json)", {"catalog", "--json", "--insecure", "%REG%", "%REG%"}, {}, true, "command line", false);
        row("--insecure HOST (text)", {"catalog", "--insecure", "%REG%", "%REG%"}, {}, true, "command line", false);
        row("tags --insecure HOST (json)", {"tags", "--json", "--insecure", "%REG%", "%REG%/nothing"}, {}, false,
            "command line", false); // reachable, but the repository does not exist
        row("environment (json)", {"catalog", "--json", "%REG%"}, "%REG%", true, "MANIFOLD_INSECURE_REGISTRIES", false);
        row("environment (text)", {"catalog", "%REG%"}, "%REG%", true, "MANIFOLD_INSECURE_REGISTRIES", false);
        row("environment, inspect (json)", {"inspect", "--json", "%REG%/nothing:1"}, "%REG%", false,
            "MANIFOLD_INSECURE_REGISTRIES", false);
        row("environment, verify (text)", {"verify", "%REG%/nothing:1"}, "%REG%", false, "MANIFOLD_INSECURE_REGISTRIES", false);
        row("--ca-cert HOST=FILE (json)", {"catalog", "--json", "--ca-cert", ca, "%REG%"}, {}, true, "--ca-cert", true);
        row("--ca-cert HOST=FILE (text)", {"catalog", "--ca-cert", ca, "%REG%"}, {}, true, "--ca-cert", true);
        row("copy --dest-insecure (json)", {"copy", "--json", "--dest-insecure", "oci:%DIR%/missing-layout", "%REG%/x:1"}, {},
            false, "command line", false);
    }

    void registryCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(bool, reachable);
        QFETCH(QString, source);
        QFETCH(bool, verified);
        const QString host = m_registry->hostPort();
        arguments.replaceInStrings(QStringLiteral("%REG%"), host);
        arguments.replaceInStrings(QStringLiteral("%DIR%"), m_dir.path());
        environment.replace(QStringLiteral("%REG%"), host);
        const Run run = manifold(arguments, environment);
        const QString all = QString::fromUtf8(run.out + run.err);
        const bool json = arguments.contains(QStringLiteral("--json"));
        const bool tlsRefused = all.contains(QStringLiteral("registry.tls")) || all.contains(QStringLiteral("not trusted"));

        if (source.isEmpty()) {
            // Nothing relaxed: the self-signed certificate is refused, and nothing claims otherwise.
            QVERIFY2(run.exitCode != 0 && tlsRefused, qPrintable(all));
            QVERIFY2(!run.err.contains("warning:") && !run.out.contains("tlsExceptions\": [\n        {"), qPrintable(all));
            return;
        }
        if (reachable)
            QVERIFY2(run.exitCode == 0, qPrintable(all));
        // A relaxed host other than the one used changes nothing for it.
        const bool otherHost = arguments.contains(QStringLiteral("127.0.0.9:5000"));
        if (otherHost)
            QVERIFY2(tlsRefused, qPrintable(all));
        else
            QVERIFY2(!tlsRefused, qPrintable(all));

        // Text: one line on stderr naming the registry and where the exception comes from.
        const QString relaxedHost = otherHost ? QStringLiteral("127.0.0.9:5000") : host;
        const QByteArray line = verified ? QByteArray("note: TLS certificates of " + relaxedHost.toUtf8() + " are verified against")
                                         : QByteArray("warning: TLS certificates of " + relaxedHost.toUtf8() + " are NOT verified");
        QVERIFY2(run.err.contains(line), qPrintable(all));
        if (!verified)
            QVERIFY2(run.err.contains(source.toUtf8()), qPrintable(all));

        // JSON: the document of a successful command lists the exception.
        if (json && run.exitCode == 0) {
            const QJsonObject document = QJsonDocument::fromJson(run.out).object();
            const QJsonArray exceptions = document.value(QStringLiteral("tlsExceptions")).toArray();
            QVERIFY2(!exceptions.isEmpty(), run.out.constData());
            const QJsonObject entry = exceptions.first().toObject();
            QCOMPARE(entry.value(QStringLiteral("host")).toString(), relaxedHost);
            QCOMPARE(entry.value(QStringLiteral("tlsVerify")).toBool(), verified);
            QCOMPARE(entry.value(QStringLiteral("source")).toString(), source);
        }
    }

    // A build whose base sits in a plain-HTTP loopback registry: the engine gets a registries.conf
    // marking that registry (and only it) insecure, and no global --tls-verify=false.
    void buildRelaxesOnlyTheLoopbackRegistry()
    {
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
        RegistryProcess plain;
        const Status started = plain.start();
        if (!started.ok())
            QFAIL(qPrintable(started.error().toString()));
        const Status pushed = BusyboxImage::pushTo(plain);
        if (!pushed.ok())
            QFAIL(qPrintable(pushed.error().toString()));
        QTemporaryDir context;
        QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM " + plain.hostPort().toUtf8() + "/busybox:latest\nRUN true\n");
        dockerfile.close();
        Build::BuildRequest request;
        request.contextDir = context.path();
        request.platforms = {*Platform::parse(QStringLiteral("linux/amd64"))};
        request.engine = Build::EngineKind::Buildah;
        request.workRoot = m_dir.path();
        const Oci::CancelToken notCancelled;
        const Result<Build::PreparedBuild> prepared = Build::BuildPreparation::prepare(request, notCancelled);
        if (!prepared.ok())
            QFAIL(qPrintable(prepared.error().toString()));
        const auto removeWorkDir = qScopeGuard([&] { QDir(prepared->workDir).removeRecursively(); });
        QCOMPARE(prepared->platforms.size(), 1);
        const Build::ExecutorSpec &spec = prepared->platforms.first().spec;
        QCOMPARE(spec.insecureRegistries, QStringList{plain.hostPort()});
        QFile conf(spec.registriesConf);
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray text = conf.readAll();
        QVERIFY2(text.contains(QByteArray("location = \"" + plain.hostPort().toUtf8() + "\"\ninsecure = true")), text.constData());
        QCOMPARE(text.count("\ninsecure = true"), 1); // the system file's examples are comments

        for (Build::EngineKind kind : {Build::EngineKind::Buildah, Build::EngineKind::Podman}) {
            const std::unique_ptr<Build::Engine> engine = Build::Engine::create(kind, QStringLiteral("/bin/true"));
            const Result<QList<Build::ProcessCommand>> commands = engine->commands(spec, Build::EngineInfo{});
            QVERIFY(commands.ok());
            const Build::ProcessCommand &build = commands->first();
            QVERIFY2(!build.arguments.join(QLatin1Char(' ')).contains(QStringLiteral("tls-verify")), qPrintable(build.commandLine()));
            QCOMPARE(build.environment.value(QStringLiteral("CONTAINERS_REGISTRIES_CONF")), spec.registriesConf);
        }
    }

    // The build command reports --insecure-registry like the registry commands do.
    void buildCommandReportsInsecureRegistry()
    {
        QTemporaryDir context;
        QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM 127.0.0.9:5000/nothing:1\n"); // refused at once: the build fails early
        dockerfile.close();
        const Run run = manifold({"build", "--json", "--engine", "buildah", "--insecure-registry", "127.0.0.9:5000",
                                  "--platform", "linux/amd64", context.path()});
        const QString all = QString::fromUtf8(run.out + run.err);
        QVERIFY2(run.exitCode != 0, qPrintable(all));
        QVERIFY2(run.err.contains("warning: TLS certificates of 127.0.0.9:5000 are NOT verified"), qPrintable(all));
        const QJsonObject document = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(document.value(QStringLiteral("tlsExceptions")).toArray().first().toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("127.0.0.9:5000"));
    }

    void cleanupTestCase() { m_registry.reset(); }
};

QTEST_GUILESS_MAIN(TestTlsExceptions)
#include "tst_tlsexceptions.moc"
