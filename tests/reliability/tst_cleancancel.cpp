// Cancelling at random points leaves nothing behind. Real parts only: Buildah (vfs storage,
// chroot isolation) building a small Dockerfile from the offline busybox image in a real
// docker-registry, and `manifold registry up` (the binary runtime, LocalRegistryManager::start)
// interrupted with SIGINT as a user's Ctrl-C would.
//
// After every cancel: no process of ours is left (the test's process tree, and any registry
// started with this test's private paths unless it is the one recorded in state.json), no new
// entry in $TMPDIR or in the work root, and every file written is complete (the OCI layout is
// either absent or fully readable; state.json parses; no QSaveFile leftovers).
#include "core/build/buildjob.h"
#include "core/build/processgroup.h"
#include "core/oci/ocilayoutsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Manifold;
using namespace Manifold::Build;
using namespace Manifold::Test;

namespace {

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
}

} // namespace

class TestCleanCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp; // this test's $TMPDIR, inherited by Buildah and every child
    QString m_originalTmp;
    std::unique_ptr<RegistryProcess> m_registry;
    QRandomGenerator m_rng{20261123};

    static constexpr int BuildRounds = 10;
    static constexpr int RegistryRounds = 12;

    // Processes below this test, minus the fixture registry (it runs for the whole test).
    QList<qint64> strayChildren() const
    {
        QList<qint64> children = ProcessGroup::descendantsOf(QCoreApplication::applicationPid());
        if (m_registry && m_registry->processId() > 0) {
            children.removeAll(m_registry->processId());
            for (qint64 pid : ProcessGroup::descendantsOf(m_registry->processId()))
                children.removeAll(pid);
        }
        QList<qint64> alive;
        for (qint64 pid : std::as_const(children))
            if (isAlive(pid))
                alive.append(pid);
        return alive;
    }

    BuildRequest smallBuild(const QString &context, const QString &workRoot, const QString &output) const
    {
        BuildRequest request;
        request.contextDir = context;
        request.platforms = {*Platform::parse(QStringLiteral("linux/amd64"))};
        request.buildArgs.insert(QStringLiteral("BASE_IMAGE"), m_registry->hostPort() + QStringLiteral("/busybox:latest"));
        request.engine = EngineKind::Buildah;
        request.workRoot = workRoot;
        request.outputDir = output;
        return request;
    }

    // Runs `job`, cancelling it `cancelAfterMs` after start (negative: never).
    static BuildResult runBuild(BuildJob &job, int cancelAfterMs)
    {
        BuildResult result;
        bool done = false;
        QObject::connect(&job, &BuildJob::finished, &job, [&](const BuildResult &r) {
            result = r;
            done = true;
        });
        if (cancelAfterMs >= 0)
            QTimer::singleShot(cancelAfterMs, &job, &BuildJob::cancel);
        job.start();
        if (!QTest::qWaitFor([&done] { return done; }, 300000)) {
            job.cancel();
            (void)QTest::qWaitFor([&done] { return done; }, 60000);
            result.error = Error(QStringLiteral("test.timeout"), QStringLiteral("the build did not finish in time"));
        }
        return result;
    }

    // A layout must be either absent or complete: index.json and every blob it reaches.
    static QString layoutProblem(const QString &output)
    {
        if (!QFileInfo::exists(output))
            return {};
        if (entriesOf(output).isEmpty())
            return {}; // an empty directory the test made is as good as absent
        const auto layout = Oci::OciLayoutSource::openDirectory(output);
        if (!layout)
            return QStringLiteral("layout does not open: %1").arg(layout.error().toString());
        QDirIterator blobs(output + QStringLiteral("/blobs/sha256"), QDir::Files);
        while (blobs.hasNext()) {
            const QString path = blobs.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("unreadable blob %1").arg(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            if (QString::fromLatin1(hash.result().toHex()) != blobs.fileName())
                return QStringLiteral("blob %1 does not match its digest").arg(path);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_originalTmp = qEnvironmentVariable("TMPDIR");
        // Children (Buildah, containers/image's big-file staging) use $TMPDIR; a private one makes
        // "no temporary directory left" checkable while other builds share /tmp.
        qputenv("TMPDIR", m_tmp.path().toUtf8());
    }

    void cleanupTestCase()
    {
        m_registry.reset();
        if (m_originalTmp.isEmpty())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_originalTmp.toUtf8());
    }

    // A one-platform build (pull, RUN, COPY, commit, push to an OCI layout) cancelled at seeded
    // random times spread over a full build's duration.
    void cancelBuildAtRandomPoints()
    {
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("buildah")).isEmpty(), QStringLiteral("buildah"));
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
        m_registry = std::make_unique<RegistryProcess>();
        const Status started = m_registry->start();
        if (!started.ok())
            QFAIL(qPrintable(started.error().toString()));
        const Status pushed = BusyboxImage::pushTo(*m_registry);
        if (!pushed.ok())
            QFAIL(qPrintable(pushed.error().toString()));

        QTemporaryDir context;
        QTemporaryDir scratch;
        QVERIFY(context.isValid() && scratch.isValid());
        QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN echo built > /built.txt && sleep 1\n"
                         "COPY payload.txt /payload.txt\nRUN cat /payload.txt /built.txt > /both.txt\n");
        dockerfile.close();
        QFile payload(context.filePath(QStringLiteral("payload.txt")));
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write(QByteArray(64 * 1024, 'p'));
        payload.close();

        const QStringList tmpBefore = entriesOf(m_tmp.path());
        const QString workRoot = scratch.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(workRoot));

        // One full build first: it must succeed, and its duration spreads the cancel points.
        QElapsedTimer clock;
        clock.start();
        {
            BuildJob job(smallBuild(context.path(), workRoot, scratch.filePath(QStringLiteral("full"))));
            const BuildResult result = runBuild(job, -1);
            if (!result.ok)
                QFAIL(qPrintable(result.error.toString()));
            QCOMPARE(layoutProblem(scratch.filePath(QStringLiteral("full"))), QString());
        }
        const int fullMs = int(qMax<qint64>(clock.elapsed(), 1000));

        int cancelled = 0, completed = 0;
        for (int round = 0; round < BuildRounds; ++round) {
            // Spread over the run: round r falls in the r-th tenth, at a random place inside it.
            const int slot = fullMs / BuildRounds;
            const int at = round * slot + int(m_rng.bounded(qMax(1, slot)));
            const QString output = scratch.filePath(QStringLiteral("out-%1").arg(round));
            BuildJob job(smallBuild(context.path(), workRoot, output));
            const BuildResult result = runBuild(job, at);
            const QString where = QStringLiteral("round %1, cancel at %2 ms of %3").arg(round).arg(at).arg(fullMs);
            QVERIFY2(result.error.code != QLatin1String("test.timeout"), qPrintable(where));
            if (result.ok) {
                ++completed;
            } else {
                ++cancelled;
                QVERIFY2(result.cancelled, qPrintable(where + QStringLiteral(": ") + result.error.toString()));
            }
            QTRY_VERIFY2_WITH_TIMEOUT(strayChildren().isEmpty(), qPrintable(where + QStringLiteral(": child processes left")), 10000);
            const QString problem = layoutProblem(output);
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
            if (result.ok)
                QVERIFY2(QFile::exists(output + QStringLiteral("/index.json")), qPrintable(where));
            QVERIFY2(entriesOf(workRoot).isEmpty(),
                     qPrintable(where + QStringLiteral(": work root holds ") + entriesOf(workRoot).join(QLatin1Char(','))));
            QStringList newInTmp = entriesOf(m_tmp.path());
            for (const QString &entry : tmpBefore)
                newInTmp.removeAll(entry);
            QVERIFY2(newInTmp.isEmpty(), qPrintable(where + QStringLiteral(": left in $TMPDIR: ") + newInTmp.join(QLatin1Char(' '))));
        }
        qInfo("builds: %d cancelled, %d completed before the cancel (full build %d ms)", cancelled, completed, fullMs);
        QVERIFY(cancelled > 0);
        m_registry.reset();
    }

    // `manifold registry up` interrupted with SIGINT at seeded random times. Allowed outcomes:
    // nothing runs, or the one registry state.json records (adoptable, and `registry down`
    // stops it). Never an unrecorded registry process, a broken state file or a temp file.
    void interruptRegistrySetupAtRandomPoints()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("MANIFOLD_REGISTRY_PASSWORD"), QStringLiteral("Cancel-Pw-31337"));
        environment.insert(QStringLiteral("MANIFOLD_NO_KEYCHAIN"), QStringLiteral("1"));
        const QString storage = home.filePath(QStringLiteral("storage"));
        const QStringList tmpBefore = entriesOf(m_tmp.path());

        auto manifold = [&](const QStringList &arguments, QByteArray *out = nullptr) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(MANIFOLD_BINARY), arguments);
            process.waitForFinished(60000);
            if (out)
                *out = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        auto upArguments = [&](quint16 port) {
            return QStringList{QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--runtime"),
                               QStringLiteral("binary"), QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--storage"), storage, QStringLiteral("--htpasswd"), QStringLiteral("bob"),
                               QStringLiteral("--json")};
        };

        // One uninterrupted start measures the span the interrupts are spread over.
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        QCOMPARE(manifold(upArguments(freeLoopbackPort()), &output), 0);
        const int fullMs = int(qMax<qint64>(clock.elapsed(), 200));
        QCOMPARE(manifold({QStringLiteral("registry"), QStringLiteral("down")}, &output), 0);
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(home.path()).isEmpty(), 15000);

        int interrupted = 0, running = 0;
        for (int round = 0; round < RegistryRounds; ++round) {
            const int slot = fullMs / RegistryRounds;
            const int at = round * slot + int(m_rng.bounded(qMax(1, slot)));
            const QString where = QStringLiteral("round %1, SIGINT at %2 ms of %3").arg(round).arg(at).arg(fullMs);
            QProcess up;
            up.setProcessEnvironment(environment);
            // A shell that started this test in the background may have left SIGINT ignored, and
            // that is inherited; a terminal's Ctrl+C reaches a process with the default action.
            up.setChildProcessModifier([] { ::signal(SIGINT, SIG_DFL); });
            up.start(QStringLiteral(MANIFOLD_BINARY), upArguments(freeLoopbackPort()));
            QVERIFY(up.waitForStarted(10000));
            if (!up.waitForFinished(at)) {
                ::kill(pid_t(up.processId()), SIGINT);
                ++interrupted;
            }
            // waitForFinished() is false for a process that already ended, so ask the state too.
            if (up.state() != QProcess::NotRunning && !up.waitForFinished(30000)) {
                QFile status(QStringLiteral("/proc/%1/status").arg(up.processId()));
                const QByteArray state = status.open(QIODevice::ReadOnly) ? status.readAll() : QByteArray();
                up.kill();
                up.waitForFinished();
                QFAIL(qPrintable(where + QStringLiteral(": still running 30 s after SIGINT\n") + QString::fromUtf8(state)
                                 + QString::fromUtf8(up.readAllStandardError())));
            }

            // Whatever runs with our paths must be the registry the state file records.
            QTest::qWait(300); // a child forked just before the signal shows up in /proc
            const QList<qint64> registries = processesMentioning(home.path());
            const QString statePath = home.filePath(QStringLiteral("data"));
            QDirIterator states(statePath, {QStringLiteral("state.json")}, QDir::Files, QDirIterator::Subdirectories);
            QJsonObject state;
            while (states.hasNext()) {
                QFile file(states.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                         qPrintable(where + QStringLiteral(": half-written ") + file.fileName()));
                state = document.object();
            }
            QStringList leftovers = halfWrittenFilesUnder(home.path());
            leftovers.removeIf([&](const QString &path) { return path.startsWith(storage); });
            QVERIFY2(leftovers.isEmpty(), qPrintable(where + QStringLiteral(": ") + leftovers.join(QLatin1Char(' '))));
            if (!registries.isEmpty()) {
                ++running;
                QCOMPARE(registries.size(), 1);
                QVERIFY2(!state.isEmpty(), qPrintable(where + QStringLiteral(": a registry runs that no state file records")));
                QByteArray status;
                QCOMPARE(manifold({QStringLiteral("registry"), QStringLiteral("status"), QStringLiteral("--json")}, &status), 0);
                QVERIFY2(status.contains(QByteArray::number(registries.first())),
                         qPrintable(where + QStringLiteral(": status does not name pid ") + QString::number(registries.first())
                                    + QStringLiteral("\n") + QString::fromUtf8(status)));
            }
            // `registry down` cleans up whatever state there is; afterwards nothing runs.
            manifold({QStringLiteral("registry"), QStringLiteral("down")});
            QTRY_VERIFY2_WITH_TIMEOUT(processesMentioning(home.path()).isEmpty(),
                                      qPrintable(where + QStringLiteral(": registry left running")), 15000);
            QTRY_VERIFY2_WITH_TIMEOUT(strayChildren().isEmpty(), qPrintable(where + QStringLiteral(": child processes left")), 10000);
            QCOMPARE(entriesOf(m_tmp.path()), tmpBefore);
        }
        qInfo("registry setup: %d interrupted, %d left a recorded running registry (full start %d ms)",
              interrupted, running, fullMs);
        QVERIFY(interrupted > 0);
    }
};

QTEST_GUILESS_MAIN(TestCleanCancel)
#include "tst_cleancancel.moc"
