#include "core/build/buildjob.h"
#include "core/oci/manifest.h"
#include "core/registry/registryclient.h"
#include "core/build/processgroup.h"
#include "tests/support/testsupport.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Manifold;
using namespace Manifold::Build;
using namespace Manifold::Test;

// End to end with real parts: Buildah (vfs storage, chroot isolation), QEMU through binfmt_misc,
// a real docker-registry holding the offline busybox index, and the sample project.
class TestBuildJobE2E : public QObject
{
    Q_OBJECT

private:
    RegistryProcess m_registry;
    QTemporaryDir m_work;

    BuildRequest sampleRequest(const QString &platforms) const
    {
        BuildRequest request;
        request.contextDir = QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example");
        request.platforms = *Platform::parseList(platforms);
        request.buildArgs.insert(QStringLiteral("BASE_IMAGE"), m_registry.hostPort() + QStringLiteral("/busybox:latest"));
        request.engine = EngineKind::Buildah;
        request.workRoot = m_work.path();
        return request;
    }

    struct Run
    {
        BuildResult result;
        QList<BuildEvent> events;
    };

    static Run run(BuildJob &job, int timeoutMs = 600000, std::function<void(BuildJob &, const BuildEvent &)> onEvent = {})
    {
        Run out;
        bool done = false;
        QObject::connect(&job, &BuildJob::event, &job, [&](const BuildEvent &event) {
            out.events.append(event);
            if (onEvent)
                onEvent(job, event);
        });
        QObject::connect(&job, &BuildJob::finished, &job, [&](const BuildResult &result) {
            out.result = result;
            done = true;
        });
        job.start();
        if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
            out.result.error = Error(QStringLiteral("test.timeout"), QStringLiteral("the build did not finish in time"));
        return out;
    }

    static int count(const QList<BuildEvent> &events, BuildEvent::Kind kind)
    {
        int n = 0;
        for (const BuildEvent &event : events)
            n += event.kind == kind ? 1 : 0;
        return n;
    }

    // Reads `path` from the image's layers (last layer that has it wins), pulled blob by blob.
    QString fileInImage(Registry::RegistryClient &client, const Registry::ImageReference &repository,
                        const QString &manifestDigest, const QString &path)
    {
        const Result<Registry::ManifestResponse> response = client.getManifest(repository.path, manifestDigest);
        if (!response)
            return QStringLiteral("<%1>").arg(response.error().toString());
        const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(response->bytes);
        if (!manifest)
            return QStringLiteral("<%1>").arg(manifest.error().toString());
        QString content;
        for (const Oci::Descriptor &layer : manifest->layers()) {
            const Result<QByteArray> blob = client.getBlob(repository.path, layer);
            if (!blob)
                continue;
            QProcess tar;
            tar.start(QStringLiteral("tar"), {QStringLiteral("-xzOf"), QStringLiteral("-"), path});
            tar.write(*blob);
            tar.closeWriteChannel();
            tar.waitForFinished(30000);
            if (tar.exitCode() == 0)
                content = QString::fromUtf8(tar.readAllStandardOutput()).trimmed();
        }
        return content;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("buildah")).isEmpty(), QStringLiteral("buildah"));
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
        MANIFOLD_REQUIRE(QFile::exists(QStringLiteral("/proc/sys/fs/binfmt_misc/qemu-aarch64")),
                         QStringLiteral("qemu-aarch64 registered with binfmt_misc"));
        QVERIFY(m_work.isValid());
        const Status started = m_registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const Status pushed = BusyboxImage::pushTo(m_registry);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    }

    // The sample for amd64 + arm64, pushed as one index with per-arch tags; each image's files
    // prove the arm64 builder ran as aarch64 and the final stage ran as the target platform.
    void sampleTwoPlatformsPushed()
    {
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64,linux/arm64"));
        const QString tag = m_registry.hostPort() + QStringLiteral("/sample:1.0");
        request.tags = {tag};
        request.push = true;
        request.perArchTags = true;
        BuildJob job(request);
        const Run outcome = run(job);
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error.toString()));
        QCOMPARE(outcome.result.platforms.size(), 2);
        QVERIFY(outcome.result.pushedReferences.contains(tag.section(QLatin1Char(':'), 0, -2)
                                                         .prepend(QString()) + QStringLiteral(":1.0-amd64")));
        QVERIFY(count(outcome.events, BuildEvent::Kind::StepStarted) >= 20);
        // core/oci's verifier checked both platform images (configs and scanned binaries).
        const QString verification = outcome.result.verification.join(QLatin1Char('\n'));
        QVERIFY2(verification.contains(QLatin1String("linux/amd64: sha256:")) && verification.contains(QLatin1String("linux/arm64: sha256:")),
                 qPrintable(verification));

        // Every step event carries the user's line.
        for (const BuildEvent &event : outcome.events) {
            if (event.kind == BuildEvent::Kind::StepStarted)
                QVERIFY2(event.line > 0, qPrintable(event.instruction));
        }

        const Registry::ImageReference reference = *Registry::ImageReference::parse(tag);
        Registry::RegistryClient client(std::make_shared<Registry::RegistrySession>(), reference.domain);
        const Result<Registry::ManifestResponse> index = client.getManifest(reference.path, reference.manifestReference());
        QVERIFY(index.ok());
        QCOMPARE(index->descriptor.digest.toString(), outcome.result.indexDigest);
        QCOMPARE(index->descriptor.mediaType, QStringLiteral("application/vnd.oci.image.index.v1+json"));
        const QJsonArray manifests = QJsonDocument::fromJson(index->bytes).object().value(QLatin1String("manifests")).toArray();
        QCOMPARE(manifests.size(), 2);
        const QMap<QString, QString> expectedMachine{{QStringLiteral("amd64"), QStringLiteral("x86_64")},
                                                     {QStringLiteral("arm64"), QStringLiteral("aarch64")}};
        for (const QJsonValue &value : manifests) {
            const QJsonObject descriptor = value.toObject();
            const Platform platform = Platform::fromJson(descriptor.value(QLatin1String("platform")).toObject());
            const QString digest = descriptor.value(QLatin1String("digest")).toString();
            QCOMPARE(fileInImage(client, reference, digest, QStringLiteral("artifacts/arm64_arch.txt")), QStringLiteral("aarch64"));
            QCOMPARE(fileInImage(client, reference, digest, QStringLiteral("artifacts/amd64_arch.txt")), QStringLiteral("x86_64"));
            QCOMPARE(fileInImage(client, reference, digest, QStringLiteral("artifacts/built_on.txt")),
                     QStringLiteral("built for %1 on %2").arg(platform.toString(), expectedMachine.value(platform.architecture)));
        }
        QVERIFY2(QDir(m_work.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 "the work directory must be removed");
    }

    // Without --push the index goes to an OCI layout, checked with core/oci's verifier over it.
    void sampleTwoPlatformsToLayout()
    {
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64,linux/arm64"));
        QTemporaryDir output;
        QVERIFY(output.isValid());
        request.tags = {QStringLiteral("localhost/sample:layout")};
        request.outputDir = output.filePath(QStringLiteral("layout"));
        BuildJob job(request);
        const Run outcome = run(job);
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error.toString()));
        const QString verification = outcome.result.verification.join(QLatin1Char('\n'));
        QVERIFY2(verification.contains(QLatin1String("linux/amd64: sha256:")) && verification.contains(QLatin1String("linux/arm64: sha256:")),
                 qPrintable(verification));
        QVERIFY(QFile::exists(output.filePath(QStringLiteral("layout/index.json"))));
    }

    // linux/arm/v7 has no final_arm stage: the build fails while planning, before any step.
    void missingStageFailsBeforeAnyStep()
    {
        BuildJob job(sampleRequest(QStringLiteral("linux/amd64,linux/arm/v7")));
        const Run outcome = run(job, 60000);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(outcome.result.error.code, QStringLiteral("build.plan.missing-stage"));
        QVERIFY(outcome.result.error.message.contains(QLatin1String("final_arm")));
        QCOMPARE(count(outcome.events, BuildEvent::Kind::StepStarted), 0);
    }

    // A base that lacks the platform fails before any step, naming what it offers.
    void baseWithoutPlatformFailsEarly()
    {
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64,linux/arm64"));
        request.buildArgs.insert(QStringLiteral("BASE_IMAGE"), m_registry.hostPort() + QStringLiteral("/busybox:amd64-only"));
        BuildJob job(request);
        const Run outcome = run(job, 60000);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(outcome.result.error.code, QStringLiteral("build.base.platform-missing"));
        QVERIFY2(outcome.result.error.message.contains(QLatin1String("exec format error")),
                 qPrintable(outcome.result.error.message));
        QCOMPARE(count(outcome.events, BuildEvent::Kind::StepStarted), 0);
    }

    // A failing RUN reports the user's Dockerfile line.
    void failingRunReportsUserLine()
    {
        QTemporaryDir context;
        QFile dockerfile(QDir(context.path()).filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("ARG BASE_IMAGE\n\nFROM ${BASE_IMAGE}\n# comment\nRUN echo fine\nRUN echo about to fail; exit 3\n");
        dockerfile.close();
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64"));
        request.contextDir = context.path();
        BuildJob job(request);
        const Run outcome = run(job, 300000);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(outcome.result.error.location, QStringLiteral("Dockerfile:6"));
        QVERIFY2(outcome.result.error.message.contains(QLatin1String("exit status 3")), qPrintable(outcome.result.error.message));
        QVERIFY(outcome.result.platforms.value(0).log.contains(QStringLiteral("about to fail")));
    }

    // Cancel while a RUN step sleeps: no engine process and no temporary file is left.
    void cancelLeavesNothing()
    {
        QTemporaryDir context;
        QFile dockerfile(QDir(context.path()).filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN sleep 300\n");
        dockerfile.close();
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64,linux/arm64"));
        request.contextDir = context.path();
        BuildJob job(request);
        QList<qint64> trees;
        const Run outcome = run(job, 120000, [&trees](BuildJob &running, const BuildEvent &event) {
            if (event.kind == BuildEvent::Kind::StepStarted && event.instruction.startsWith(QLatin1String("RUN"))
                && trees.isEmpty()) {
                for (qint64 pid : running.executorProcessIds()) {
                    trees.append(pid);
                    trees.append(ProcessGroup::descendantsOf(pid));
                }
                QTimer::singleShot(500, &running, &BuildJob::cancel);
            }
        });
        QVERIFY(!outcome.result.ok);
        QVERIFY(outcome.result.cancelled);
        QVERIFY(!trees.isEmpty());
        for (qint64 pid : std::as_const(trees)) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            const bool alive = stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
            QVERIFY2(!alive, qPrintable(QStringLiteral("process %1 survived cancel").arg(pid)));
        }
        QVERIFY2(QDir(m_work.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 "cancel must remove the work directory");
    }
};

QTEST_GUILESS_MAIN(TestBuildJobE2E)
#include "tst_buildjob_e2e.moc"
