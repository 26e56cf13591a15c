// The managed registry's container runtimes end to end, on real engines: the registry image is
// built offline from Debian's docker-registry (fixture.registryimage, buildah), Podman sees it
// in a private vfs store and Docker through a private dockerd (--bridge=none, so the product must
// fall back to host networking). Each row starts the registry through the engine, pushes the
// busybox index, stops it (no container left), starts it again on the same storage and finds the
// data, reports a killed container as crashed with its log lines, and stops it again.

#include "core/localregistry/localregistrymanager.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>

using namespace Manifold;
using namespace Manifold::LocalRegistry;
using Manifold::Test::BusyboxImage;

namespace {

const QString Image = QStringLiteral("localhost/manifold-registry:2");

QString fixtureDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MANIFOLD_FIXTURE_DIR");
    return QDir(fromEnvironment.isEmpty() ? QStringLiteral(MANIFOLD_FIXTURE_DIR) : fromEnvironment)
        .filePath(QStringLiteral("registry-image"));
}

template<typename T>
QString describe(const T &result)
{
    return result.ok() ? QString() : result.error().toString();
}

QString run(const QString &program, const QStringList &arguments, int *code = nullptr)
{
    QByteArray output;
    const int exitCode = Test::runProgram(program, arguments, &output, 180000);
    if (code)
        *code = exitCode;
    return QString::fromUtf8(output).trimmed();
}

// skopeo, an independent client: push the busybox index, or read a tag's digest back.
int skopeo(const QStringList &arguments, QString *output = nullptr)
{
    int code = -1;
    const QString text = run(QStringLiteral("skopeo"), QStringList{QStringLiteral("--insecure-policy")} + arguments, &code);
    if (output)
        *output = text;
    return code;
}

// A private dockerd: its own data root, exec root and socket, no bridge and no iptables, so it
// touches nothing of the machine's own Docker. Stopped (SIGTERM, then waited for) on destruction.
class PrivateDockerd
{
public:
    explicit PrivateDockerd(const QString &dir)
        : m_dir(dir)
    {
    }
    ~PrivateDockerd()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        // dockerd leaves its network namespace mounted in the exec root (exec/netns/default):
        // detach every mount below the directory so it can be removed.
        QFile mounts(QStringLiteral("/proc/self/mounts"));
        if (mounts.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : mounts.readAll().split('\n')) {
                const QByteArray target = line.split(' ').value(1);
                if (target.startsWith(QByteArray(QFile::encodeName(m_dir) + '/')))
                    ::umount2(target.constData(), MNT_DETACH);
            }
        }
    }
    QString host() const { return QStringLiteral("unix://%1/docker.sock").arg(m_dir); }
    bool start(QString *why)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir + QStringLiteral("/dockerd.log"));
        m_process.start(QStringLiteral("dockerd"),
                        {QStringLiteral("--data-root"), m_dir + QStringLiteral("/root"), QStringLiteral("--exec-root"),
                         m_dir + QStringLiteral("/exec"), QStringLiteral("--pidfile"), m_dir + QStringLiteral("/dockerd.pid"),
                         QStringLiteral("-H"), host(), QStringLiteral("--iptables=false"), QStringLiteral("--ip-masq=false"),
                         QStringLiteral("--bridge=none"), QStringLiteral("--storage-driver=vfs")});
        if (!m_process.waitForStarted(10000)) {
            *why = m_process.errorString();
            return false;
        }
        for (int i = 0; i < 300 && m_process.state() == QProcess::Running; ++i) {
            int code = -1;
            run(QStringLiteral("docker"), {QStringLiteral("-H"), host(), QStringLiteral("version")}, &code);
            if (code == 0)
                return true;
            QTest::qWait(100);
        }
        QFile log(m_dir + QStringLiteral("/dockerd.log"));
        *why = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QStringLiteral("no log");
        return false;
    }

private:
    QString m_dir;
    QProcess m_process;
};

} // namespace

class TestContainerRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(QFileInfo::exists(fixtureDir() + QStringLiteral("/image.tar")),
                         QStringLiteral("registry image fixture (buildah)"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty(), QStringLiteral("skopeo"));
    }

    void startPushStopRestartThroughTheEngine_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("podman") << QStringLiteral("podman");
        QTest::newRow("docker") << QStringLiteral("docker");
    }

    void startPushStopRestartThroughTheEngine()
    {
        QFETCH(QString, engine);
        const RuntimeKind kind = *runtimeKindFromName(engine);
        QTemporaryDir dir;
        std::unique_ptr<PrivateDockerd> dockerd;
        // The engine sees the fixture image and nothing else of ours: Podman through the
        // fixture's private store, Docker through a private daemon the image is loaded into.
        const QByteArray storageConf = qgetenv("CONTAINERS_STORAGE_CONF");
        const QByteArray dockerHost = qgetenv("DOCKER_HOST");
        auto restoreEnvironment = qScopeGuard([&] {
            qputenv("CONTAINERS_STORAGE_CONF", storageConf);
            qputenv("DOCKER_HOST", dockerHost);
        });
        if (kind == RuntimeKind::Podman) {
            MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty(), QStringLiteral("podman"));
            qputenv("CONTAINERS_STORAGE_CONF", (fixtureDir() + QStringLiteral("/storage.conf")).toLocal8Bit());
        } else {
            MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("dockerd")).isEmpty(), QStringLiteral("dockerd"));
            // A unix socket path must stay short: the temporary directory, not the build tree.
            dockerd = std::make_unique<PrivateDockerd>(dir.path());
            QString why;
            QVERIFY2(dockerd->start(&why), qPrintable(why));
            qputenv("DOCKER_HOST", dockerd->host().toLocal8Bit());
            int code = -1;
            const QString loaded = run(QStringLiteral("docker"),
                                       {QStringLiteral("load"), QStringLiteral("-i"), fixtureDir() + QStringLiteral("/image.tar")},
                                       &code);
            QVERIFY2(code == 0, qPrintable(loaded));
        }

        const LocalRegistryPaths paths = LocalRegistryPaths::under(dir.filePath(QStringLiteral("manifold")));
        RegistryOptions options;
        options.port = Test::freeLoopbackPort();
        options.runtime = kind;
        options.containerImage = Image;
        LocalRegistryManager manager(paths);
        const Result<RegistryStatus> started = manager.start(options);
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        QCOMPARE(started->state, RunState::Running);
        const RegistryState state = *started->instance;
        QCOMPARE(state.runtime, kind);
        QCOMPARE(state.containerImage, Image);
        QVERIFY(!state.containerId.isEmpty());
        // dockerd --bridge=none drops published ports silently: the registry must share the host's network.
        if (kind == RuntimeKind::Docker)
            QVERIFY(state.hostNetwork);
        const QString program = state.program;
        auto containerExists = [&] {
            int code = -1;
            run(program, {QStringLiteral("container"), QStringLiteral("inspect"), state.containerName}, &code);
            return code == 0;
        };
        auto cleanup = qScopeGuard([&] { (void)manager.stop(2000); });

        const QString destination = QStringLiteral("docker://127.0.0.1:%1/busybox:latest").arg(options.port);
        QString output;
        QVERIFY2(skopeo({QStringLiteral("copy"), QStringLiteral("--all"), QStringLiteral("--preserve-digests"),
                         QStringLiteral("--dest-tls-verify=false"), QStringLiteral("oci:%1:latest").arg(BusyboxImage::layoutDir()),
                         destination},
                        &output) == 0,
                 qPrintable(output));
        QString digestBefore;
        QVERIFY2(skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"), destination},
                        &digestBefore) == 0,
                 qPrintable(digestBefore));
        // The blobs are on the host's storage directory, not in the container.
        QVERIFY(QFileInfo::exists(state.storageDir + QStringLiteral("/docker/registry/v2/repositories/busybox")));

        // Stop: no container left, the state says stopped.
        QVERIFY2(manager.stop().ok(), "stop");
        QCOMPARE(manager.status().state, RunState::Stopped);
        QVERIFY(!containerExists());
        QVERIFY2(!manager.logs(50).valueOr({}).isEmpty(), "the container's log is kept after it is removed");

        // Start again on the same storage: the index is there, byte for byte.
        const Result<RegistryStatus> restarted = manager.restart();
        QVERIFY2(restarted.ok(), qPrintable(describe(restarted)));
        QString digestAfter;
        QVERIFY2(skopeo({QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"), destination},
                        &digestAfter) == 0,
                 qPrintable(digestAfter));
        QCOMPARE(digestAfter, digestBefore);

        // A container killed behind Manifold's back is a crash, reported with its log lines.
        int code = -1;
        run(program, {QStringLiteral("kill"), restarted->instance->containerName}, &code);
        QCOMPARE(code, 0);
        RegistryStatus crashed;
        for (int i = 0; i < 100; ++i) {
            crashed = manager.status();
            if (crashed.state != RunState::Running)
                break;
            QTest::qWait(100);
        }
        QCOMPARE(crashed.state, RunState::Crashed);
        QVERIFY2(crashed.detail.contains(QLatin1String("exited with code")), qPrintable(crashed.detail));
        QVERIFY(!crashed.lastLogLines.isEmpty());

        QVERIFY2(manager.stop().ok(), "stop after the crash");
        QVERIFY(!containerExists());
        cleanup.dismiss();
    }

    void absentImageSaysWhatToDo()
    {
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("podman")).isEmpty(), QStringLiteral("podman"));
        const QByteArray storageConf = qgetenv("CONTAINERS_STORAGE_CONF");
        qputenv("CONTAINERS_STORAGE_CONF", (fixtureDir() + QStringLiteral("/storage.conf")).toLocal8Bit());
        auto restore = qScopeGuard([&] { qputenv("CONTAINERS_STORAGE_CONF", storageConf); });
        QTemporaryDir dir;
        RegistryOptions options;
        options.port = Test::freeLoopbackPort();
        options.runtime = RuntimeKind::Podman;
        options.containerImage = QStringLiteral("localhost/manifold-absent-registry:0");
        const Result<RegistryStatus> started = LocalRegistryManager(LocalRegistryPaths::under(dir.path())).start(options);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("localregistry.no-runtime"));
        QVERIFY2(started.error().location.contains(QLatin1String("podman pull localhost/manifold-absent-registry:0")),
                 qPrintable(started.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestContainerRuntime)
#include "tst_containerruntime.moc"
