// The managed local registry end to end with Debian's real docker-registry: start on a free port,
// push the busybox index (skopeo) and read it back (curl), stop and restart on the same storage,
// adoption by a new manager (an app restart), port conflicts naming the occupant, a crash with its
// log lines, htpasswd auth and TLS with the generated CA. Every test ends with no process left.

#include "core/localregistry/localregistrymanager.h"
#include "core/localregistry/passwordkeychain.h"
#include "core/localregistry/registryprobe.h"
#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Manifold;
using namespace Manifold::LocalRegistry;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryProcess;

namespace {

QString describe(const Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

template<typename T>
QString describe(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

bool hasSecretService()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

// skopeo pushes the busybox index; an independent client, not our code.
Status skopeoPush(quint16 port, const QString &credentials = {})
{
    QStringList arguments = {QStringLiteral("--insecure-policy"), QStringLiteral("copy"), QStringLiteral("--all"),
                             QStringLiteral("--preserve-digests"), QStringLiteral("--dest-tls-verify=false")};
    if (credentials.isEmpty())
        arguments << QStringLiteral("--dest-no-creds");
    else
        arguments << QStringLiteral("--dest-creds") << credentials;
    arguments << QStringLiteral("oci:%1:latest").arg(BusyboxImage::layoutDir())
              << QStringLiteral("docker://127.0.0.1:%1/busybox:latest").arg(port);
    QByteArray output;
    const int code = Test::runProgram(QStringLiteral("skopeo"), arguments, &output, 300000);
    if (code != 0)
        return Error(QStringLiteral("test.skopeo"), QStringLiteral("skopeo copy failed (%1)").arg(code), {},
                     QString::fromUtf8(output));
    return {};
}

struct CurlAnswer
{
    int exitCode = -1;
    int status = 0;
    QByteArray headers;
};

CurlAnswer curl(const QStringList &extra, const QString &url)
{
    QTemporaryDir dir;
    const QString headerFile = dir.filePath(QStringLiteral("h"));
    QByteArray output;
    CurlAnswer answer;
    answer.exitCode = Test::runProgram(QStringLiteral("curl"),
                                       QStringList{QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                   QStringLiteral("-D"), headerFile, QStringLiteral("-w"),
                                                   QStringLiteral("%{http_code}"), QStringLiteral("--max-time"),
                                                   QStringLiteral("20"), QStringLiteral("-H"),
                                                   QStringLiteral("Accept: application/vnd.oci.image.index.v1+json")}
                                           + extra + QStringList{url},
                                       &output);
    answer.status = output.trimmed().toInt();
    QFile file(headerFile);
    if (file.open(QIODevice::ReadOnly))
        answer.headers = file.readAll();
    return answer;
}

QString contentDigest(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        if (line.toLower().startsWith("docker-content-digest:"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

} // namespace

class TestLocalRegistryManager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    LocalRegistryPaths m_paths;

    RegistryOptions options() const
    {
        RegistryOptions options;
        options.port = Test::freeLoopbackPort();
        options.runtime = RuntimeKind::Binary;
        return options;
    }

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    }

    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_paths = LocalRegistryPaths::under(m_root->path());
    }

    void cleanup()
    {
        LocalRegistryManager manager(m_paths);
        if (manager.status().state == RunState::Running)
            (void)manager.stop(2000);
    }

    void startPushStopRestartKeepsData()
    {
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty(), QStringLiteral("skopeo"));
        LocalRegistryManager manager(m_paths);
        const RegistryOptions chosen = options();
        QStringList steps;
        const Result<RegistryStatus> started = manager.start(chosen, [&](const QString &step) { steps << step; });
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        QVERIFY(steps.size() >= 4);
        QCOMPARE(started->state, RunState::Running);
        QCOMPARE(started->instance->port, chosen.port);
        QCOMPARE(started->instance->runtime, RuntimeKind::Binary);
        QCOMPARE(started->instance->storageDir, m_paths.defaultStorageDir());
        QCOMPARE(started->instance->url(), QStringLiteral("http://localhost:%1").arg(chosen.port));
        const qint64 pid = started->instance->pid;
        QVERIFY(processExists(pid));
        // Its own process group and session: terminal signals to us never reach it.
        QCOMPARE(static_cast<qint64>(getpgid(static_cast<pid_t>(pid))), pid);

        const Status pushed = skopeoPush(chosen.port);
        QVERIFY2(pushed.ok(), qPrintable(describe(pushed)));
        const Result<QString> expected = BusyboxImage::digestOf(QStringLiteral("latest"));
        QVERIFY(expected.ok());
        const QString url = QStringLiteral("http://127.0.0.1:%1/v2/busybox/manifests/latest").arg(chosen.port);
        CurlAnswer answer = curl({}, url);
        QCOMPARE(answer.status, 200);
        QCOMPARE(contentDigest(answer.headers), *expected);

        const Status stopped = manager.stop();
        QVERIFY2(stopped.ok(), qPrintable(describe(stopped)));
        QVERIFY(!processExists(pid));
        QCOMPARE(manager.status().state, RunState::Stopped);
        QCOMPARE(curl({}, url).exitCode, 7); // curl: connection refused

        const Result<RegistryStatus> restarted = manager.restart();
        QVERIFY2(restarted.ok(), qPrintable(describe(restarted)));
        QCOMPARE(restarted->instance->port, chosen.port);
        answer = curl({}, url);
        QCOMPARE(answer.status, 200);
        QCOMPARE(contentDigest(answer.headers), *expected);

        const Result<QStringList> lines = manager.logs(200);
        QVERIFY(lines.ok());
        QVERIFY2(lines->join(QLatin1Char('\n')).contains(QLatin1String("listening on")), qPrintable(lines->join(QLatin1Char('\n'))));
        const qint64 secondPid = restarted->instance->pid;
        QVERIFY(manager.stop().ok());
        QVERIFY(!processExists(secondPid));
    }

    void adoptsItsRegistryAfterAnAppRestart()
    {
        qint64 pid = 0;
        quint16 port = 0;
        {
            LocalRegistryManager first(m_paths);
            const Result<RegistryStatus> started = first.start(options());
            QVERIFY2(started.ok(), qPrintable(describe(started)));
            pid = started->instance->pid;
            port = started->instance->port;
        } // the "app" goes away; the registry keeps running
        QVERIFY(processExists(pid));
        LocalRegistryManager second(m_paths);
        const RegistryStatus status = second.status();
        QCOMPARE(status.state, RunState::Running);
        QCOMPARE(status.instance->pid, pid);
        QCOMPARE(status.instance->port, port);
        QVERIFY(status.uptimeSeconds >= 0);
        // A second start refuses instead of launching a duplicate.
        const Result<RegistryStatus> again = second.start(options());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("localregistry.already-running"));
        QVERIFY(second.stop().ok());
        QVERIFY(!processExists(pid));
    }

    // The registry treats REGISTRY_* variables as configuration; a Podman user's
    // REGISTRY_AUTH_FILE must not break (or reconfigure) the managed registry.
    void registryVariablesOfTheUserAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("podman auth file") << QByteArray("REGISTRY_AUTH_FILE") << QByteArray("/run/user/0/containers/auth.json");
        QTest::newRow("storage override") << QByteArray("REGISTRY_STORAGE") << QByteArray("s3");
    }

    void registryVariablesOfTheUserAreIgnored()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        qputenv(name.constData(), value);
        LocalRegistryManager manager(m_paths);
        const Result<RegistryStatus> started = manager.start(options());
        qunsetenv(name.constData());
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        const QString url = QStringLiteral("http://127.0.0.1:%1/v2/").arg(started->instance->port);
        QCOMPARE(curl({}, url).status, 200);
        QVERIFY(manager.stop().ok());
    }

    void portConflictNamesTheOccupant()
    {
        RegistryProcess other;
        const Status otherStarted = other.start();
        QVERIFY2(otherStarted.ok(), qPrintable(describe(otherStarted)));
        RegistryOptions chosen = options();
        chosen.port = static_cast<quint16>(other.hostPort().section(QLatin1Char(':'), 1).toUInt());
        LocalRegistryManager manager(m_paths);
        const Result<RegistryStatus> started = manager.start(chosen);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("localregistry.port-in-use"));
        QVERIFY2(started.error().message.contains(QStringLiteral("pid %1").arg(other.processId())),
                 qPrintable(started.error().toString()));
        QVERIFY2(started.error().message.contains(QLatin1String("registry")), qPrintable(started.error().toString()));
        QVERIFY2(started.error().hint.contains(QLatin1String("--port")), qPrintable(started.error().hint));
    }

    void crashIsReportedWithItsLastLogLines()
    {
        LocalRegistryManager manager(m_paths);
        const Result<RegistryStatus> started = manager.start(options());
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        QCOMPARE(::kill(static_cast<pid_t>(started->instance->pid), SIGKILL), 0);
        RegistryStatus status;
        for (int i = 0; i < 100; ++i) {
            status = manager.status();
            if (status.state != RunState::Running)
                break;
            QTest::qWait(50);
        }
        QCOMPARE(status.state, RunState::Crashed);
        // This process started the registry and is its only reaper: it knows how it ended.
        QVERIFY2(status.detail.contains(QLatin1String("killed by signal 9")), qPrintable(status.detail));
        // ...and says so again to a later manager (a restarted app, the CLI) through the state file.
        const RegistryStatus later = LocalRegistryManager(m_paths).status();
        QCOMPARE(later.state, RunState::Crashed);
        QCOMPARE(later.detail, status.detail);
        QVERIFY(!processExists(started->instance->pid));
        QVERIFY(!status.lastLogLines.isEmpty());
        QVERIFY(status.toJson().contains(QStringLiteral("lastLogLines")));
        // A crashed registry restarts with the same settings.
        const Result<RegistryStatus> restarted = manager.restart();
        QVERIFY2(restarted.ok(), qPrintable(describe(restarted)));
        QVERIFY(manager.stop().ok());
    }

    void htpasswdAuth()
    {
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        MANIFOLD_REQUIRE(hasSecretService(), QStringLiteral("a Secret Service (run under scripts/with-keyring.sh)"));
        RegistryOptions chosen = options();
        chosen.htpasswdUser = QStringLiteral("builder");
        chosen.htpasswdPassword = QStringLiteral("correct horse");
        LocalRegistryManager manager(m_paths);
        const Result<RegistryStatus> started = manager.start(chosen);
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        QCOMPARE(started->toJson().value(QStringLiteral("auth")).toString(), QStringLiteral("htpasswd"));
        // The password is nowhere in Manifold's files, only its bcrypt hash.
        for (const QString &file : QDir(m_paths.instanceDir).entryList(QDir::Files)) {
            QFile f(QDir(m_paths.instanceDir).filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("correct horse"), qPrintable(file));
        }

        RegistryEndpoint anonymous;
        anonymous.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(chosen.port));
        const ProbeAnswer denied = probeRegistryRoot(anonymous);
        QCOMPARE(denied.status, 401);
        QVERIFY2(denied.header("WWW-Authenticate").startsWith("Basic"), denied.header("WWW-Authenticate").constData());
        const Status anonymousPing = registryClientFor(anonymous, 5000, 1)->ping();
        QVERIFY(!anonymousPing.ok());
        QCOMPARE(anonymousPing.error().code, QStringLiteral("registry.unauthorized"));
        QVERIFY2(anonymousPing.error().message.contains(QLatin1String("401")), qPrintable(anonymousPing.error().message));
        QVERIFY(!skopeoPush(chosen.port).ok());

        RegistryEndpoint wrong = anonymous;
        wrong.username = QStringLiteral("builder");
        wrong.password = QStringLiteral("wrong");
        QCOMPARE(probeRegistryRoot(wrong).status, 401);
        const Status wrongPing = registryClientFor(wrong, 5000, 1)->ping();
        QVERIFY(!wrongPing.ok());
        QCOMPARE(wrongPing.error().code, QStringLiteral("registry.unauthorized"));

        RegistryEndpoint authorized = wrong;
        authorized.password = QStringLiteral("correct horse");
        QCOMPARE(probeRegistryRoot(authorized).status, 200);
        const Status authorizedPing = registryClientFor(authorized, 5000, 1)->ping();
        QVERIFY2(authorizedPing.ok(), qPrintable(describe(authorizedPing)));
        // The password went to the keychain; read back from there, it is what a push uses.
        const Result<QString> kept = manager.password();
        QVERIFY2(kept.ok(), qPrintable(describe(kept)));
        QCOMPARE(*kept, QStringLiteral("correct horse"));
        const Status pushed = skopeoPush(chosen.port, QStringLiteral("builder:") + *kept);
        QVERIFY2(pushed.ok(), qPrintable(describe(pushed)));

        // A restart keeps the hash without asking for the password again.
        const Result<RegistryStatus> restarted = manager.restart();
        QVERIFY2(restarted.ok(), qPrintable(describe(restarted)));
        QCOMPARE(probeRegistryRoot(anonymous).status, 401);
        QCOMPARE(probeRegistryRoot(authorized).status, 200);
        QVERIFY(manager.stop().ok());
    }

    // The password lives in the keychain as long as the registry requires it: turning auth off
    // or deleting the registry (forget) removes it; the storage stays.
    void keychainPasswordFollowsTheLifecycle()
    {
        MANIFOLD_REQUIRE(hasSecretService(), QStringLiteral("a Secret Service (run under scripts/with-keyring.sh)"));
        RegistryOptions chosen = options();
        chosen.htpasswdUser = QStringLiteral("builder");
        chosen.htpasswdPassword = QStringLiteral("lifecycle secret");
        const QString hostPort = QStringLiteral("localhost:%1").arg(chosen.port);
        LocalRegistryManager manager(m_paths);
        Result<RegistryStatus> started = manager.start(chosen);
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        const Result<QString> stored = PasswordKeychain::read(QStringLiteral("builder"), hostPort);
        QVERIFY2(stored.ok(), qPrintable(describe(stored)));
        QCOMPARE(*stored, QStringLiteral("lifecycle secret"));

        // Auth turned off: the password leaves the keychain.
        QVERIFY(manager.stop().ok());
        RegistryOptions open = chosen;
        open.htpasswdUser.clear();
        open.htpasswdPassword.clear();
        started = manager.start(open);
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        Result<QString> gone = PasswordKeychain::read(QStringLiteral("builder"), hostPort);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("localregistry.keychain.not-found"));
        QCOMPARE(manager.password().error().code, QStringLiteral("localregistry.no-auth"));

        // Auth on again, then the registry deleted: password, state and settings go, images stay.
        QVERIFY(manager.stop().ok());
        started = manager.start(chosen);
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        QVERIFY(PasswordKeychain::read(QStringLiteral("builder"), hostPort).ok());
        const qint64 pid = started->instance->pid;
        const Status forgotten = manager.forget();
        QVERIFY2(forgotten.ok(), qPrintable(describe(forgotten)));
        QVERIFY(!processExists(pid));
        gone = PasswordKeychain::read(QStringLiteral("builder"), hostPort);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("localregistry.keychain.not-found"));
        QVERIFY(!manager.recordedState());
        QVERIFY(!QFileInfo::exists(m_paths.htpasswdPath()));
        QVERIFY(QFileInfo::exists(started->instance->storageDir));
    }

    void tlsWithTheGeneratedCa()
    {
        RegistryOptions chosen = options();
        chosen.tls = true;
        chosen.hostName = QStringLiteral("registry.test");
        LocalRegistryManager manager(m_paths);
        const Result<RegistryStatus> started = manager.start(chosen);
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        const RegistryState state = *started->instance;
        QVERIFY(state.tls);
        QCOMPARE(state.url(), QStringLiteral("https://localhost:%1").arg(chosen.port));
        QVERIFY(QFileInfo::exists(state.caCertificatePath));

        const QString url = QStringLiteral("https://localhost:%1/v2/").arg(chosen.port);
        QCOMPARE(curl({QStringLiteral("--cacert"), state.caCertificatePath}, url).status, 200);
        QCOMPARE(curl({QStringLiteral("--cacert"), state.caCertificatePath},
                      QStringLiteral("https://127.0.0.1:%1/v2/").arg(chosen.port)).status, 200);
        const CurlAnswer untrusted = curl({}, url);
        QVERIFY2(untrusted.exitCode == 60 || untrusted.exitCode == 35, qPrintable(QString::number(untrusted.exitCode)));

        RegistryEndpoint endpoint;
        endpoint.baseUrl = QUrl(url);
        endpoint.caCertificatePath = state.caCertificatePath;
        QCOMPARE(probeRegistryRoot(endpoint).status, 200);
        endpoint.caCertificatePath.clear();
        const ProbeAnswer refused = probeRegistryRoot(endpoint);
        QCOMPARE(refused.status, 0);
        QVERIFY(manager.stop().ok());
    }

    void badStorageIsRefused()
    {
        RegistryOptions chosen = options();
        QFile blocker(m_root->filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        chosen.storageDir = blocker.fileName() + QStringLiteral("/storage");
        LocalRegistryManager manager(m_paths);
        const Result<RegistryStatus> started = manager.start(chosen);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("localregistry.storage"));
        QCOMPARE(manager.status().state, RunState::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestLocalRegistryManager)
#include "tst_localregistrymanager.moc"
