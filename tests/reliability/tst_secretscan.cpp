// Secrets never leak into anything Manifold writes. Real credentials against real parts: a
// docker-registry with htpasswd auth (tests/fixtures), the local registry Manifold manages
// (`manifold registry up --htpasswd`), a Buildah build that pulls from and pushes to the
// authenticated registry. Bearer tokens come from a token service double (TestHttpServer
// playing registry and token service on one port): the real registry's token auth needs a JWT
// signer (tst_tokenauth has one); here only the token's opaque value matters.
//
// Every child gets a private HOME/XDG dirs/TMPDIR under one root; at the end every file below
// that root (state files, registry logs, build work dirs, saved project) is scanned, except the
// credential files the test itself wrote as a user would. Everything printed (stdout, stderr,
// text and --json, errors of wrong passwords, output of a command killed by SIGSEGV/SIGABRT)
// is scanned as it comes.
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testhttpserver.h"
#include "tests/support/testsupport.h"
#include "ui/project/project.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <utility>

#include <atomic>
#include <csignal>
#include <sys/resource.h>

using namespace Manifold;
using namespace Manifold::Test;

namespace {

const QString Alice = QStringLiteral("alice");
const QString AlicePassword = QStringLiteral("Scan-Pw-5b1e0c9d-alice");
const QString WrongPassword = QStringLiteral("Wrong-Pw-8e2d4f70-typo");
const QString Bob = QStringLiteral("bob");
const QString BobPassword = QStringLiteral("Local-Pw-c3a91f22-bob");
const QByteArray BearerToken = "tok-9f1d7c3e5a2b4d6f8091a2b3c4d5e6f7";

QByteArray basicValue(const QString &user, const QString &password)
{
    return (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// "user:password" as Basic base64, without the padding so a partial match still counts.
QByteArray unpadded(const QByteArray &base64)
{
    QByteArray out = base64;
    while (out.endsWith('='))
        out.chop(1);
    return out;
}

} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_goodConfig, m_wrongConfig; // DOCKER_CONFIG dirs the test writes, as a user would
    std::unique_ptr<RegistryProcess> m_registry;
    std::unique_ptr<TestHttpServer> m_tokenRegistry;
    quint16 m_localPort = 0;
    std::atomic_int m_slowRequests = 0; // counted on the double's thread
    qint64 m_bytesScanned = 0;
    int m_outputsScanned = 0;

    QList<QByteArray> secrets() const
    {
        QList<QByteArray> list;
        for (const auto &[user, password] : {std::pair{Alice, AlicePassword}, std::pair{Alice, WrongPassword},
                                             std::pair{Bob, BobPassword}}) {
            list << password.toUtf8() << unpadded(basicValue(user, password)) << password.toUtf8().toBase64()
                 << QUrl::toPercentEncoding(password);
        }
        list << BearerToken;
        return list;
    }

    // The first secret `data` contains, or empty.
    QByteArray leakIn(const QByteArray &data) const
    {
        for (const QByteArray &secret : secrets())
            if (data.contains(secret))
                return secret;
        return {};
    }

    void expectClean(const QByteArray &data, const QString &what)
    {
        m_bytesScanned += data.size();
        ++m_outputsScanned;
        const QByteArray leak = leakIn(data);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 contains the secret \"%2\":\n%3")
                                                .arg(what, QString::fromUtf8(leak), QString::fromUtf8(data.left(4000)))));
    }

    QString dir(const QString &name) const { return m_root.filePath(name); }

    QProcessEnvironment environment(const QString &dockerConfig, bool keychain = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir(QStringLiteral("home/.local/state")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir(QStringLiteral("home/.cache")));
        env.insert(QStringLiteral("TMPDIR"), dir(QStringLiteral("tmp")));
        env.insert(QStringLiteral("DOCKER_CONFIG"), dockerConfig);
        env.remove(QStringLiteral("MANIFOLD_REGISTRY_PASSWORD"));
        if (!keychain)
            env.insert(QStringLiteral("MANIFOLD_NO_KEYCHAIN"), QStringLiteral("1"));
        return env;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    Run manifold(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {},
                 int timeoutMs = 240000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir(QStringLiteral("home")));
        process.start(QStringLiteral(MANIFOLD_BINARY), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    static bool writeDockerConfig(const QString &directory, const QMap<QString, QByteArray> &auths)
    {
        QJsonObject entries;
        for (auto it = auths.cbegin(); it != auths.cend(); ++it)
            entries.insert(it.key(), QJsonObject{{QStringLiteral("auth"), QString::fromLatin1(it.value())}});
        QDir().mkpath(directory);
        QFile file(directory + QStringLiteral("/config.json"));
        return file.open(QIODevice::WriteOnly)
            && file.write(QJsonDocument(QJsonObject{{QStringLiteral("auths"), entries}}).toJson()) > 0;
    }

    // Registry and token service double on one port: /token checks Basic and hands out the
    // Bearer token; /v2/ accepts only that token.
    HttpAnswer tokenRegistry(const HttpExchange &request)
    {
        const QByteArray realm = QByteArray("http://" + m_tokenRegistry->hostPort().toLatin1() + "/token");
        if (request.url.path() == QLatin1String("/token")) {
            if (request.headers.value("authorization") != QByteArray("Basic " + basicValue(Alice, AlicePassword)))
                return {401, {}, "{\"details\":\"bad credentials\"}"};
            return {200, {{"Content-Type", "application/json"}},
                    QByteArray("{\"token\":\"" + BearerToken + "\",\"access_token\":\"" + BearerToken + "\",\"expires_in\":300}")};
        }
        if (request.headers.value("authorization") != QByteArray("Bearer " + BearerToken))
            return {401, {{"WWW-Authenticate", QByteArray("Bearer realm=\"" + realm + "\",service=\"double\",scope=\"repository:team/app:pull\"")}},
                    "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}"};
        if (request.url.path() == QLatin1String("/v2/"))
            return {200, {{"Docker-Distribution-Api-Version", "registry/2.0"}}, "{}"};
        if (request.url.path() == QLatin1String("/v2/team/slow/tags/list")) {
            ++m_slowRequests; // only reached with the Bearer token (checked above)
            QThread::msleep(4000); // keeps an authenticated command running until crashOutput kills it
            return {200, {{"Content-Type", "application/json"}}, "{\"name\":\"team/slow\",\"tags\":[\"1\"]}"};
        }
        if (request.url.path() == QLatin1String("/v2/team/app/tags/list"))
            return {200, {{"Content-Type", "application/json"}}, "{\"name\":\"team/app\",\"tags\":[\"1.0\",\"2.0\"]}"};
        // Denied with the token echoed nowhere: Manifold's own error must not add it either.
        return {403, {{"Content-Type", "application/json"}},
                "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access to the resource is denied\"}]}"};
    }

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
        QVERIFY(m_root.isValid());
        for (const char *name : {"home/.config", "home/.local/share", "home/.local/state", "home/.cache", "tmp"})
            QVERIFY(QDir().mkpath(dir(QString::fromLatin1(name))));

        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Htpasswd;
        options.username = Alice;
        options.password = AlicePassword;
        m_registry = std::make_unique<RegistryProcess>(options);
        const Status started = m_registry->start();
        if (!started.ok())
            QFAIL(qPrintable(started.error().toString()));

        m_tokenRegistry = std::make_unique<TestHttpServer>([this](const HttpExchange &r) { return tokenRegistry(r); });
        QVERIFY(m_tokenRegistry->listenInThread());
        m_localPort = freeLoopbackPort();

        m_goodConfig = dir(QStringLiteral("user-credentials/good"));
        m_wrongConfig = dir(QStringLiteral("user-credentials/wrong"));
        const QString local = QStringLiteral("127.0.0.1:%1").arg(m_localPort);
        QVERIFY(writeDockerConfig(m_goodConfig, {{m_registry->hostPort(), basicValue(Alice, AlicePassword)},
                                                 {m_tokenRegistry->hostPort(), basicValue(Alice, AlicePassword)},
                                                 {local, basicValue(Bob, BobPassword)}}));
        QVERIFY(writeDockerConfig(m_wrongConfig, {{m_registry->hostPort(), basicValue(Alice, WrongPassword)},
                                                  {m_tokenRegistry->hostPort(), basicValue(Alice, WrongPassword)},
                                                  {local, basicValue(Bob, WrongPassword)}}));
    }

    // Registry commands, text and --json, with the right and the wrong password.
    void registryCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("rightPassword");
        QTest::addColumn<bool>("succeeds");
        const QString reg = QStringLiteral("%REG%");
        const QString layout = QStringLiteral("oci:") + BusyboxImage::layoutDir() + QStringLiteral(":latest");
        auto row = [](const char *name, QStringList arguments, bool right, bool ok, QString input = {}) {
            QTest::newRow(name) << arguments << input << right << ok;
        };
        row("login", {"login", reg, "-u", Alice, "--password-stdin"}, true, true, AlicePassword);
        row("login: wrong password", {"login", reg, "-u", Alice, "--password-stdin"}, false, false, WrongPassword);
        row("copy", {"copy", layout, reg + "/secret/busybox:1"}, true, true);
        row("copy --json", {"copy", "--json", layout, reg + "/secret/busybox:2"}, true, true);
        row("copy: wrong password", {"copy", layout, reg + "/secret/busybox:3"}, false, false);
        row("copy --json: wrong password", {"copy", "--json", layout, reg + "/secret/busybox:3"}, false, false);
        row("inspect", {"inspect", reg + "/secret/busybox:1"}, true, true);
        row("inspect --json --layers", {"inspect", "--json", "--layers", reg + "/secret/busybox:1"}, true, true);
        row("inspect: wrong password", {"inspect", reg + "/secret/busybox:1"}, false, false);
        row("inspect --json: wrong password", {"inspect", "--json", reg + "/secret/busybox:1"}, false, false);
        row("verify", {"verify", reg + "/secret/busybox:1"}, true, true);
        row("tags", {"tags", reg + "/secret/busybox"}, true, true);
        row("tags --json", {"tags", "--json", reg + "/secret/busybox"}, true, true);
        row("tags: wrong password", {"tags", reg + "/secret/busybox"}, false, false);
        row("tags --json: wrong password", {"tags", "--json", reg + "/secret/busybox"}, false, false);
        row("catalog --json", {"catalog", "--json", reg}, true, true);
        row("catalog: wrong password", {"catalog", reg}, false, false);
    }

    void registryCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QFETCH(bool, rightPassword);
        QFETCH(bool, succeeds);
        arguments.replaceInStrings(QStringLiteral("%REG%"), m_registry->hostPort());
        // The keychain is skipped with the wrong password so the wrong one is really offered.
        const Run run = manifold(arguments, environment(rightPassword ? m_goodConfig : m_wrongConfig, rightPassword),
                                 input.toUtf8());
        const QString what = arguments.join(QLatin1Char(' '));
        expectClean(run.out, what + QStringLiteral(" (stdout)"));
        expectClean(run.err, what + QStringLiteral(" (stderr)"));
        if (arguments.constFirst() == QLatin1String("login") && succeeds && run.exitCode != 0)
            QVERIFY2(run.err.contains("keychain") || run.err.contains("Secret"), run.err.constData()); // no keyring here
        else
            QVERIFY2((run.exitCode == 0) == succeeds, qPrintable(QStringLiteral("exit %1\n%2%3").arg(run.exitCode)
                                                                     .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
        if (!succeeds && !rightPassword) { // the failure must say why: the registry refused the credentials
            const QString said = QString::fromUtf8(QByteArray(run.out + run.err)).toLower();
            QVERIFY2(said.contains(QStringLiteral("unauthorized")) || said.contains(QStringLiteral("401"))
                         || said.contains(QStringLiteral("credential")) || said.contains(QStringLiteral("authenticat")),
                     qPrintable(said));
        }
    }

    // Bearer tokens: `tags` succeeds with the token, `inspect` is denied with it.
    void bearerTokenCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("rightPassword");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("tags") << QStringList{"tags", "%REG%/team/app"} << true << true;
        QTest::newRow("tags --json") << QStringList{"tags", "--json", "%REG%/team/app"} << true << true;
        QTest::newRow("inspect: denied") << QStringList{"inspect", "%REG%/team/app:1.0"} << true << false;
        QTest::newRow("inspect --json: denied") << QStringList{"inspect", "--json", "%REG%/team/app:1.0"} << true << false;
        QTest::newRow("tags: wrong password") << QStringList{"tags", "%REG%/team/app"} << false << false;
    }

    void bearerTokenCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, rightPassword);
        QFETCH(bool, succeeds);
        arguments.replaceInStrings(QStringLiteral("%REG%"), m_tokenRegistry->hostPort());
        const int before = m_tokenRegistry->requests().size();
        const Run run = manifold(arguments, environment(rightPassword ? m_goodConfig : m_wrongConfig, false));
        const QString what = arguments.join(QLatin1Char(' '));
        expectClean(run.out, what + QStringLiteral(" (stdout)"));
        expectClean(run.err, what + QStringLiteral(" (stderr)"));
        QVERIFY2((run.exitCode == 0) == succeeds, qPrintable(QString::fromUtf8(QByteArray(run.out + run.err))));
        // The token was really used (otherwise the scan proves nothing).
        bool tokenUsed = false;
        const QList<HttpExchange> requests = m_tokenRegistry->requests().mid(before);
        for (const HttpExchange &request : requests)
            tokenUsed = tokenUsed || request.headers.value("authorization") == QByteArray("Bearer " + BearerToken);
        QCOMPARE(tokenUsed, rightPassword);
    }

    // The registry Manifold manages, with htpasswd auth: its CLI output, then (in scanFiles) its
    // state file, config, htpasswd file and log.
    void localRegistry()
    {
        const QProcessEnvironment env = environment(m_goodConfig);
        const QString host = QStringLiteral("127.0.0.1:%1").arg(m_localPort);
        const QStringList up{"registry", "up", "--runtime", "binary", "--port", QString::number(m_localPort), "--storage",
                             dir(QStringLiteral("home/local-storage")), "--htpasswd", Bob, "--password-stdin"};
        Run run = manifold(up, env, BobPassword.toUtf8() + '\n');
        expectClean(QByteArray(run.out + run.err), QStringLiteral("registry up"));
        QVERIFY2(run.exitCode == 0, qPrintable(QString::fromUtf8(QByteArray(run.out + run.err))));
        const QString layout = QStringLiteral("oci:") + BusyboxImage::layoutDir() + QStringLiteral(":latest");
        const QList<std::pair<QStringList, bool>> commands{
            {{"registry", "status"}, true},
            {{"registry", "status", "--json"}, true},
            {{"copy", "--json", layout, host + "/local/busybox:1"}, true},
            {{"tags", host + "/local/busybox"}, true},
            {{"registry", "logs", "-n", "500"}, true},
        };
        for (const auto &[arguments, right] : commands) {
            run = manifold(arguments, environment(right ? m_goodConfig : m_wrongConfig, false));
            expectClean(QByteArray(run.out + run.err), arguments.join(QLatin1Char(' ')));
            QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
                                                   + QString::fromUtf8(QByteArray(run.out + run.err))));
        }
        run = manifold({"tags", host + "/local/busybox"}, environment(m_wrongConfig, false));
        expectClean(QByteArray(run.out + run.err), QStringLiteral("tags with the wrong password (local registry)"));
        QVERIFY(run.exitCode != 0);
        // The refused attempt is in the registry log now; the log must not carry it either.
        run = manifold({"registry", "logs", "-n", "500"}, env);
        expectClean(QByteArray(run.out + run.err), QStringLiteral("registry logs after a refused login"));
        run = manifold({"registry", "down"}, env);
        expectClean(QByteArray(run.out + run.err), QStringLiteral("registry down"));
        QCOMPARE(run.exitCode, 0);
    }

    // A real build: the base comes from the authenticated registry (Buildah reads the user's
    // auth file), the result is pushed there by Manifold; the JSON event stream is the build
    // log. --keep-work-dir leaves the generated files for scanFiles.
    void buildLogs_data()
    {
        QTest::addColumn<bool>("jsonProgress");
        QTest::addColumn<bool>("rightPassword");
        QTest::newRow("plain progress") << false << true;
        QTest::newRow("json progress") << true << true;
        QTest::newRow("json progress: wrong password") << true << false;
    }

    void buildLogs()
    {
        QFETCH(bool, jsonProgress);
        QFETCH(bool, rightPassword);
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("buildah")).isEmpty(), QStringLiteral("buildah"));
        const QString context = dir(QStringLiteral("home/context"));
        QVERIFY(QDir().mkpath(context));
        QFile dockerfile(context + QStringLiteral("/Dockerfile"));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM " + m_registry->hostPort().toUtf8() + "/secret/busybox:1\nRUN echo secret-scan > /scan.txt\n");
        dockerfile.close();
        QStringList arguments{"build", "--platform", "linux/amd64", "--push", "--keep-work-dir", "--json",
                              "-t", m_registry->hostPort() + QStringLiteral("/secret/app:%1").arg(jsonProgress ? 2 : 1),
                              context};
        if (jsonProgress)
            arguments << "--progress" << "json";
        const QString config = rightPassword ? m_goodConfig : m_wrongConfig;
        QProcessEnvironment env = environment(config, rightPassword);
        // Buildah (containers/image) reads the same auths for the base image pull. Only here:
        // docker-registry takes REGISTRY_* variables as configuration (see docs/RELIABILITY.md).
        env.insert(QStringLiteral("REGISTRY_AUTH_FILE"), config + QStringLiteral("/config.json"));
        const Run run = manifold(arguments, env);
        expectClean(run.out, QStringLiteral("build (stdout)"));
        expectClean(run.err, QStringLiteral("build (stderr)"));
        QVERIFY2((run.exitCode == 0) == rightPassword, qPrintable(QString::fromUtf8(run.out.right(3000) + run.err.right(3000))));
    }

    // There is no crash handler of Manifold's own: what a crashing command prints is the
    // sanitizer's or the runtime's report. Kill a running authenticated copy and scan it.
    void crashOutput_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGSEGV") << int(SIGSEGV);
        QTest::newRow("SIGABRT") << int(SIGABRT);
    }

    void crashOutput()
    {
        QFETCH(int, signal);
        QProcess process;
        process.setProcessEnvironment(environment(m_goodConfig));
        // A core dump holds the process memory, credentials included; it is the OS's, not
        // Manifold's output, and is switched off here so that only what is printed is scanned.
        process.setChildProcessModifier([] {
            const rlimit none{0, 0};
            ::setrlimit(RLIMIT_CORE, &none);
        });
        // The double holds the tag list for 4 s: by then the command has the password and the
        // Bearer token in memory and waits for the answer.
        const int before = m_slowRequests;
        process.start(QStringLiteral(MANIFOLD_BINARY), {QStringLiteral("tags"), m_tokenRegistry->hostPort() + QStringLiteral("/team/slow")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_slowRequests > before, 20000); // it sent the token and waits
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        expectClean(QByteArray(process.readAllStandardOutput() + process.readAllStandardError()),
                    QStringLiteral("copy killed with signal %1").arg(signal));
    }

    // A saved project after all of the above: Project::save writes settings, never credentials.
    void savedProject()
    {
        Ui::Project project = Ui::Project::forDockerfile(dir(QStringLiteral("home/context/Dockerfile")));
        project.name = QStringLiteral("secret-scan");
        project.platforms = {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
        project.tags = {m_registry->hostPort() + QStringLiteral("/secret/app:1")};
        project.registry = m_registry->hostPort();
        project.buildArgs.insert(QStringLiteral("VERSION"), QStringLiteral("1.0"));
        const QString path = dir(QStringLiteral("home/projects/app.manifold"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        const Status saved = project.save(path);
        if (!saved.ok())
            QFAIL(qPrintable(saved.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(m_registry->hostPort().toUtf8())); // the project really names the registry
        expectClean(bytes, path);
    }

    // Every file any of the commands above wrote below the private root.
    void scanFiles()
    {
        int files = 0;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(dir(QStringLiteral("user-credentials"))))
                continue; // written by the test as the user's own Docker configuration
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets, FIFOs
            ++files;
            expectClean(file.readAll(), path);
        }
        // The fixture registry's own log, for completeness (it saw every request).
        expectClean(m_registry->logs().toUtf8(), QStringLiteral("fixture registry log"));
        qInfo("scanned %d outputs and %d files, %lld bytes", m_outputsScanned, files, m_bytesScanned);
        QVERIFY(files > 5);
    }

    void cleanupTestCase()
    {
        // A failed run may leave the local registry up: stop it by its private state.
        if (m_root.isValid())
            manifold({QStringLiteral("registry"), QStringLiteral("down")}, environment(m_goodConfig), {}, 30000);
        m_tokenRegistry.reset();
        m_registry.reset();
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
