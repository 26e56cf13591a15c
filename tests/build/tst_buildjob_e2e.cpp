#include "core/build/buildjob.h"
#include "core/oci/manifest.h"
#include "core/registry/registryclient.h"
#include "core/build/processgroup.h"
#include "tests/build/buildtestsupport.h"
#include "tests/build/throttlingproxy.h"
#include "tests/support/testsupport.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"

#include <QDir>
#include <QElapsedTimer>
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
        const BuildRun outcome = runBuildJob(job);
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.error.toString()));
        QCOMPARE(outcome.result.platforms.size(), 2);
        QVERIFY(outcome.result.pushedReferences.contains(tag.section(QLatin1Char(':'), 0, -2)
                                                         .prepend(QString()) + QStringLiteral(":1.0-amd64")));
        QVERIFY(outcome.count(BuildEvent::Kind::StepStarted) >= 20);
        // core/oci's verifier checked both platform images (configs and scanned binaries).
        const QString verification = outcome.result.verification.join(QLatin1Char('\n'));
        QVERIFY2(verification.contains(QLatin1String("linux/amd64: sha256:")) && verification.contains(QLatin1String("linux/arm64: sha256:")),
                 qPrintable(verification));

        // Every step event carries the user's line.
        for (const BuildEvent &event : outcome.events) {
            if (event.kind == BuildEvent::Kind::StepStarted)
                QVERIFY2(event.line > 0, qPrintable(event.instruction));
        }

        const QStringList problems = sampleArtifactProblems(tag, outcome.result.indexDigest);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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
        const BuildRun outcome = runBuildJob(job);
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
        const BuildRun outcome = runBuildJob(job, 60000);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(outcome.result.error.code, QStringLiteral("build.plan.missing-stage"));
        QVERIFY(outcome.result.error.message.contains(QLatin1String("final_arm")));
        QCOMPARE(outcome.count(BuildEvent::Kind::StepStarted), 0);
    }

    // A base that lacks the platform fails before any step, naming what it offers.
    void baseWithoutPlatformFailsEarly()
    {
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64,linux/arm64"));
        request.buildArgs.insert(QStringLiteral("BASE_IMAGE"), m_registry.hostPort() + QStringLiteral("/busybox:amd64-only"));
        BuildJob job(request);
        const BuildRun outcome = runBuildJob(job, 60000);
        QVERIFY(!outcome.result.ok);
        QCOMPARE(outcome.result.error.code, QStringLiteral("build.base.platform-missing"));
        QVERIFY2(outcome.result.error.message.contains(QLatin1String("exec format error")),
                 qPrintable(outcome.result.error.message));
        QCOMPARE(outcome.count(BuildEvent::Kind::StepStarted), 0);
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
        const BuildRun outcome = runBuildJob(job, 300000);
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
        const BuildRun outcome = runBuildJob(job, 120000, [&trees](BuildJob &running, const BuildEvent &event) {
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
            QVERIFY2(!processAlive(pid), qPrintable(QStringLiteral("process %1 survived cancel").arg(pid)));
        }
        QVERIFY2(QDir(m_work.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 "cancel must remove the work directory");
    }

    // Cancel while the images are being pushed: the in-flight upload is aborted at once (the
    // job's CancelToken reaches the registry client), the job reports "cancelled", the registry
    // holds no index (so nothing references missing children) and no temporary file is left.
    // The push goes through ThrottlingProxy (a double, see its header) to the real registry.
    void cancelDuringPushLeavesNoIndex()
    {
        QTemporaryDir context;
        QFile dockerfile(QDir(context.path()).filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo pushed slowly > /note.txt\n");
        dockerfile.close();
        ThrottlingProxy proxy(quint16(m_registry.baseUrl().port()), 32 * 1024);
        QVERIFY(proxy.start());
        BuildRequest request = sampleRequest(QStringLiteral("linux/amd64"));
        request.contextDir = context.path();
        const QString repository = QStringLiteral("cancel/pushed");
        request.tags = {proxy.hostPort() + QLatin1Char('/') + repository + QStringLiteral(":1.0")};
        request.push = true;
        BuildJob job(request);
        QElapsedTimer sinceCancel;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &job, [&] {
            // Cancel once part of the first blob has reached the registry.
            if (!sinceCancel.isValid() && proxy.uploadedBytes() > 64 * 1024) {
                sinceCancel.start();
                job.cancel();
            }
        });
        watch.start(20);
        const BuildRun outcome = runBuildJob(job, 300000);
        watch.stop();
        QVERIFY2(sinceCancel.isValid(), qPrintable(outcome.result.error.toString()));
        QVERIFY(!outcome.result.ok);
        QVERIFY(outcome.result.cancelled);
        QCOMPARE(outcome.result.error.code, QStringLiteral("build.cancelled"));
        // The throttled push of the base layer alone would take over 20 s more.
        QVERIFY2(sinceCancel.elapsed() < 10000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(outcome.texts(BuildEvent::Kind::Phase).join(u'\n').contains(QLatin1String("pushing")));

        // Read the registry directly: no tag, so no index, was written.
        Registry::RegistryClient direct(std::make_shared<Registry::RegistrySession>(), m_registry.hostPort());
        const Result<Registry::ManifestResponse> index = direct.getManifest(repository, QStringLiteral("1.0"));
        QVERIFY(!index.ok());
        const Result<QStringList> tags = direct.listTags(repository);
        QVERIFY(!tags.ok() || tags->isEmpty());
        QVERIFY2(QDir(m_work.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 "cancel must remove the work directory");
    }
};

QTEST_GUILESS_MAIN(TestBuildJobE2E)
#include "tst_buildjob_e2e.moc"
