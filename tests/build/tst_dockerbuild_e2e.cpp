#include "core/build/buildjob.h"
#include "core/registry/registryclient.h"
#include "tests/build/buildtestsupport.h"
#include "tests/build/dockerdaemon.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Build;
using namespace Manifold::Test;

// Docker/BuildKit end to end with real parts only: two private dockerd instances started here
// (own data roots and sockets, vfs storage, no bridge, so RUN uses --network host), Debian's
// Docker CLI 20.10 (no buildx: DOCKER_BUILDKIT=1 docker build), QEMU through binfmt_misc for the
// emulated builder stage, a real docker-registry holding the offline busybox index.
class TestDockerBuildE2E : public QObject
{
    Q_OBJECT

private:
    RegistryProcess m_registry;
    DockerDaemon m_daemonA{QStringLiteral("a")};
    DockerDaemon m_daemonB{QStringLiteral("b")};
    QTemporaryDir m_work;

    QString sampleDir() const { return QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example"); }
    QString baseImage() const { return m_registry.hostPort() + QStringLiteral("/busybox:latest"); }

    // The diff id of the last layer (the RUN that wrote built_on.txt) of each platform image in
    // the index at `tag`: "linux/amd64" -> "sha256:…".
    QMap<QString, QString> lastLayers(const QString &tag)
    {
        QMap<QString, QString> layers;
        const Registry::ImageReference reference = *Registry::ImageReference::parse(tag);
        Registry::RegistryClient client(std::make_shared<Registry::RegistrySession>(), reference.domain);
        const Result<Registry::ManifestResponse> index = client.getManifest(reference.path, reference.manifestReference());
        if (!index)
            return layers;
        const QJsonArray manifests = QJsonDocument::fromJson(index->bytes).object().value(QLatin1String("manifests")).toArray();
        for (const QJsonValue &value : manifests) {
            const QJsonObject descriptor = value.toObject();
            const Platform platform = Platform::fromJson(descriptor.value(QLatin1String("platform")).toObject());
            layers.insert(platform.toString(), lastDiffId(client, reference, descriptor.value(QLatin1String("digest")).toString()));
        }
        return layers;
    }

    static QStringList imageNames(const DockerDaemon &daemon)
    {
        QByteArray output;
        runProgram(DockerDaemon::cli(), {QStringLiteral("--host"), daemon.host(), QStringLiteral("image"), QStringLiteral("ls"),
                                         QStringLiteral("--format"), QStringLiteral("{{.Repository}}")}, &output, 30000);
        return QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(DockerDaemon::isAvailable(), QStringLiteral("dockerd and /usr/bin/docker (Debian docker.io), run as root"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty(), QStringLiteral("skopeo"));
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
        MANIFOLD_REQUIRE(QFile::exists(QStringLiteral("/proc/sys/fs/binfmt_misc/qemu-aarch64")),
                         QStringLiteral("qemu-aarch64 registered with binfmt_misc"));
        QVERIFY(m_work.isValid());
        const Status registry = m_registry.start();
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().toString()));
        const Status pushed = BusyboxImage::pushTo(m_registry);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
        const Status a = m_daemonA.start();
        MANIFOLD_REQUIRE(a.ok(), QStringLiteral("dockerd A could not run: ") + (a.ok() ? QString() : a.error().toString()));
        const Status b = m_daemonB.start();
        MANIFOLD_REQUIRE(b.ok(), QStringLiteral("dockerd B could not run: ") + (b.ok() ? QString() : b.error().toString()));
    }

    // `manifold build --node`: linux/amd64 goes to daemon A, linux/arm64 to daemon B. Each
    // daemon's own layer store proves where each platform's final RUN ran; the index is pushed
    // and verified. Runs first, while both daemons are empty.
    void platformsRoutedToTwoDaemons()
    {
        const QString tag = m_registry.hostPort() + QStringLiteral("/routed:1.0");
        QByteArray out, err;
        const int exit = runManifold({QStringLiteral("build"), QStringLiteral("--engine"), QStringLiteral("docker"),
                                      QStringLiteral("--engine-path"), DockerDaemon::cli(),
                                      QStringLiteral("--platform"), QStringLiteral("linux/amd64,linux/arm64"),
                                      QStringLiteral("--node"), QStringLiteral("linux/amd64=") + m_daemonA.host(),
                                      QStringLiteral("--builder"), QStringLiteral("linux/arm64=") + m_daemonB.host(),
                                      QStringLiteral("--build-arg"), QStringLiteral("BASE_IMAGE=") + baseImage(),
                                      QStringLiteral("--network"), QStringLiteral("host"),
                                      QStringLiteral("-t"), tag, QStringLiteral("--push"),
                                      QStringLiteral("--progress"), QStringLiteral("json"), sampleDir()},
                                     &out, &err, 600000);
        QVERIFY2(exit == 0, qPrintable(QString::fromUtf8(out.right(4000) + err.right(4000))));

        QJsonObject result;
        QStringList routing;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QLatin1String("event")).toString() == QLatin1String("result"))
                result = event;
            else if (event.value(QLatin1String("text")).toString().startsWith(QLatin1String("builds on ")))
                routing.append(event.value(QLatin1String("platform")).toString() + QLatin1Char(' ')
                               + event.value(QLatin1String("text")).toString());
        }
        QVERIFY2(result.value(QLatin1String("ok")).toBool(), qPrintable(QString::fromUtf8(out.right(4000))));
        // The engine output names each platform's endpoint.
        QVERIFY2(routing.contains(QStringLiteral("linux/amd64 builds on ") + m_daemonA.host()), qPrintable(routing.join(u'\n')));
        QVERIFY2(routing.contains(QStringLiteral("linux/arm64 builds on ") + m_daemonB.host()), qPrintable(routing.join(u'\n')));
        QMap<QString, QString> endpoints;
        for (const QJsonValue &value : result.value(QLatin1String("platforms")).toArray())
            endpoints.insert(value[QLatin1String("platform")].toString(), value[QLatin1String("endpoint")].toString());
        QCOMPARE(endpoints.value(QStringLiteral("linux/amd64")), m_daemonA.host());
        QCOMPARE(endpoints.value(QStringLiteral("linux/arm64")), m_daemonB.host());

        const QStringList problems = sampleArtifactProblems(tag, result.value(QLatin1String("digest")).toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Where it ran: the layer of the final RUN of each platform is in exactly one daemon.
        const QMap<QString, QString> layers = lastLayers(tag);
        const QString amd64 = layers.value(QStringLiteral("linux/amd64"));
        const QString arm64 = layers.value(QStringLiteral("linux/arm64"));
        QVERIFY(!amd64.isEmpty() && !arm64.isEmpty() && amd64 != arm64);
        QVERIFY2(m_daemonA.holdsLayer(amd64) && !m_daemonB.holdsLayer(amd64), qPrintable(amd64));
        QVERIFY2(m_daemonB.holdsLayer(arm64) && !m_daemonA.holdsLayer(arm64), qPrintable(arm64));
        // The temporary image names were removed from both daemons (the build cache stays).
        QVERIFY(imageNames(m_daemonA).filter(QStringLiteral("manifold-build")).isEmpty());
        QVERIFY(imageNames(m_daemonB).filter(QStringLiteral("manifold-build")).isEmpty());
    }

    // A Docker context (created in a private DOCKER_CONFIG) names daemon B: without buildx the
    // context is resolved to B's address, and the image's layer is in B's store, not A's.
    void platformRoutedThroughDockerContext()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        qputenv("DOCKER_CONFIG", config.path().toUtf8());
        QByteArray output;
        QCOMPARE(runProgram(DockerDaemon::cli(), {QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("manifold-b"),
                                                  QStringLiteral("--docker"), QStringLiteral("host=") + m_daemonB.host()},
                            &output, 30000), 0);
        QTemporaryDir context;
        QFile dockerfile(QDir(context.path()).filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo routed through a context > /where.txt\n");
        dockerfile.close();
        BuildRequest request;
        request.contextDir = context.path();
        request.platforms = {*Platform::parse(QStringLiteral("linux/arm64"))};
        request.buildArgs.insert(QStringLiteral("BASE_IMAGE"), baseImage());
        request.engine = EngineKind::Docker;
        request.enginePath = DockerDaemon::cli();
        request.hostNetwork = true;
        request.workRoot = m_work.path();
        request.endpoints.insert(QStringLiteral("linux/arm64"), *BuilderEndpoint::parse(QStringLiteral("context:manifold-b")));
        const QString tag = m_registry.hostPort() + QStringLiteral("/context-routed:1.0");
        request.tags = {tag};
        request.push = true;
        BuildJob job(request);
        const BuildRun outcome = runBuildJob(job, 300000);
        qunsetenv("DOCKER_CONFIG");
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error.toString()));
        QCOMPARE(outcome.result.platforms.value(0).endpoint, QStringLiteral("context:manifold-b (%1)").arg(m_daemonB.host()));
        const QString layer = lastLayers(tag).value(QStringLiteral("linux/arm64"));
        QVERIFY(!layer.isEmpty());
        QVERIFY(m_daemonB.holdsLayer(layer));
        QVERIFY(!m_daemonA.holdsLayer(layer));
    }

    // The sample for both platforms on one daemon reached the usual way (DOCKER_HOST in the
    // environment), the Docker CLI path set explicitly; pushed as one index and verified.
    void sampleOnOneDaemon()
    {
        BuildRequest request;
        request.contextDir = sampleDir();
        request.platforms = *Platform::parseList(QStringLiteral("linux/amd64,linux/arm64"));
        request.buildArgs.insert(QStringLiteral("BASE_IMAGE"), baseImage());
        request.engine = EngineKind::Docker;
        request.enginePath = DockerDaemon::cli();
        request.hostNetwork = true;
        request.workRoot = m_work.path();
        const QString tag = m_registry.hostPort() + QStringLiteral("/sample-docker:1.0");
        request.tags = {tag};
        request.push = true;
        request.perArchTags = true;

        qputenv("DOCKER_HOST", m_daemonA.host().toUtf8());
        BuildJob job(request);
        const BuildRun outcome = runBuildJob(job, 600000);
        qunsetenv("DOCKER_HOST");
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error.toString() + QLatin1Char('\n')
                                               + outcome.result.platforms.value(0).log.join(u'\n').right(1500)));
        QCOMPARE(outcome.result.platforms.size(), 2);
        for (const PlatformResult &platform : outcome.result.platforms) {
            QCOMPARE(platform.endpoint, QStringLiteral("local"));
            // Debian's CLI without buildx: BuildKit through DOCKER_BUILDKIT=1 docker build.
            QVERIFY2(platform.log.value(0).startsWith(QStringLiteral("$ /usr/bin/docker build")), qPrintable(platform.log.value(0)));
        }
        // BuildKit's progress was mapped onto the user's lines.
        QVERIFY(outcome.count(BuildEvent::Kind::StepStarted) >= 8);
        for (const BuildEvent &event : outcome.events) {
            if (event.kind == BuildEvent::Kind::StepStarted)
                QVERIFY2(event.line > 0, qPrintable(event.instruction));
        }
        const QString verification = outcome.result.verification.join(u'\n');
        QVERIFY2(verification.contains(QLatin1String("linux/amd64: sha256:")) && verification.contains(QLatin1String("linux/arm64: sha256:")),
                 qPrintable(verification));
        QVERIFY(outcome.result.pushedReferences.contains(m_registry.hostPort() + QStringLiteral("/sample-docker:1.0-arm64")));
        const QStringList problems = sampleArtifactProblems(tag, outcome.result.indexDigest);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QMap<QString, QString> layers = lastLayers(tag);
        QVERIFY(m_daemonA.holdsLayer(layers.value(QStringLiteral("linux/amd64"))));
        QVERIFY(m_daemonA.holdsLayer(layers.value(QStringLiteral("linux/arm64"))));
        QVERIFY(imageNames(m_daemonA).filter(QStringLiteral("manifold-build")).isEmpty());
        QVERIFY2(QDir(m_work.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 "the work directory must be removed");
    }

    // Both daemons stop with everything they started (containerd, shims) and leave no files.
    void cleanupTestCase()
    {
        for (DockerDaemon *daemon : {&m_daemonA, &m_daemonB}) {
            const QString directory = daemon->directory();
            daemon->stop();
            if (directory.isEmpty())
                continue;
            const QList<qint64> left = DockerDaemon::processesUnder(directory);
            QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("processes left by dockerd: %1").arg(left.size())));
            QVERIFY(!QFileInfo::exists(directory));
        }
    }
};

QTEST_GUILESS_MAIN(TestDockerBuildE2E)
#include "tst_dockerbuild_e2e.moc"
