// A managed registry start that is cancelled, or whose manager is killed, at seeded random
// points leaves nothing unknown behind. Real docker-registry processes (the binary runtime),
// the real Secret Service keychain (scripts/with-keyring.sh) for the htpasswd rows.
//
// Cancelled through LocalRegistryManager::start's cancel token: no registry process (by command
// line and by port), no state, config, htpasswd or TLS file, no keychain entry, no temporary
// file; a stopped registry recorded before is recorded as it was. A manager killed with SIGKILL
// (this test run as a child process) leaves a state marked "starting": the next status() or
// start() adopts the registry if it runs, and otherwise removes everything.

#include "core/localregistry/localregistrymanager.h"
#include "core/localregistry/passwordkeychain.h"
#include "core/localregistry/portprobe.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

using namespace Manifold;
using namespace Manifold::LocalRegistry;

namespace {

constexpr auto Password = "Start-Cancel-Pw-4711";

bool hasSecretService()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QJsonObject stateJson(const LocalRegistryPaths &paths)
{
    QFile file(paths.statePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

RegistryOptions optionsFor(const QString &root, quint16 port, const QString &user, bool tls)
{
    RegistryOptions options;
    options.port = port;
    options.runtime = RuntimeKind::Binary;
    options.storageDir = root + QStringLiteral("/storage");
    if (!user.isEmpty()) {
        options.htpasswdUser = user;
        options.htpasswdPassword = QString::fromLatin1(Password);
    }
    options.tls = tls;
    return options;
}

// The test run as a manager that gets killed: `--start-child ROOT PORT USER|-`.
int runStartChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5)
        return 2;
    const QString root = QString::fromLocal8Bit(argv[2]);
    const QString user = QString::fromLocal8Bit(argv[4]);
    LocalRegistryManager manager(LocalRegistryPaths::under(root + QStringLiteral("/manifold")));
    const Result<RegistryStatus> started =
        manager.start(optionsFor(root, quint16(QByteArray(argv[3]).toUInt()), user == QLatin1String("-") ? QString() : user, false));
    std::fputs(started ? "ready\n" : qPrintable(started.error().toString() + QLatin1Char('\n')), stdout);
    return started ? 0 : 1;
}

} // namespace

class TestStartCancel : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_rng{20261123};

    // Nothing of a start is left; `previous`: the state recorded before the start.
    static QString leftBehind(const QString &root, const LocalRegistryPaths &paths, quint16 port, const QString &user,
                              const QJsonObject &previous = {})
    {
        const QList<qint64> running = Test::processesMentioning(root);
        if (!running.isEmpty())
            return QStringLiteral("registry processes left: %1").arg(running.size());
        // Tests running in parallel pick free ports too: only a listener of this test counts.
        if (const auto occupant = PortProbe::occupant(port);
            occupant && (occupant->pid == 0 || occupant->commandLine.contains(root)))
            return QStringLiteral("port %1 still taken by %2").arg(port).arg(occupant->describe());
        const QJsonObject state = stateJson(paths);
        if (previous.isEmpty() && QFileInfo::exists(paths.statePath()))
            return QStringLiteral("state file left: %1").arg(QString::fromUtf8(QJsonDocument(state).toJson()));
        if (!previous.isEmpty() && state != previous)
            return QStringLiteral("the earlier state was not restored: %1").arg(QString::fromUtf8(QJsonDocument(state).toJson()));
        if (previous.isEmpty()) {
            for (const QString &file : {paths.configPath(), paths.htpasswdPath(), paths.tlsDir()}) {
                if (QFileInfo::exists(file))
                    return QStringLiteral("%1 left").arg(file);
            }
        }
        const QStringList leftovers = Test::halfWrittenFilesUnder(root);
        if (!leftovers.isEmpty())
            return QStringLiteral("temporary files left: %1").arg(leftovers.join(QLatin1Char(' ')));
        // A registry recorded as the earlier state keeps its password.
        const bool recordedPort = previous.value(QStringLiteral("port")).toInt() == port;
        if (!user.isEmpty() && hasSecretService() && !recordedPort) {
            const Result<QString> password = PasswordKeychain::read(user, QStringLiteral("localhost:%1").arg(port));
            if (password.ok())
                return QStringLiteral("keychain entry %1 left").arg(PasswordKeychain::key(user, QStringLiteral("localhost:%1").arg(port)));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    }

    void cleanupTestCase()
    {
        // Worker threads end now, so their per-thread TLS (OpenSSL) state is freed before exit.
        QThreadPool::globalInstance()->waitForDone();
    }

    void cancelAtRandomPoints_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("stoppedBefore"); // a stopped registry is recorded before the starts
        QTest::newRow("no auth") << QString() << false << false;
        QTest::newRow("htpasswd") << QStringLiteral("alice") << false << false;
        QTest::newRow("htpasswd and TLS") << QStringLiteral("alice") << true << false;
        QTest::newRow("over a stopped registry, htpasswd") << QStringLiteral("alice") << false << true;
    }

    void cancelAtRandomPoints()
    {
        QFETCH(QString, user);
        QFETCH(bool, tls);
        QFETCH(bool, stoppedBefore);
        if (!user.isEmpty())
            MANIFOLD_REQUIRE(hasSecretService(), QStringLiteral("a Secret Service (run through scripts/with-keyring.sh)"));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const LocalRegistryPaths paths = LocalRegistryPaths::under(root.filePath(QStringLiteral("manifold")));
        LocalRegistryManager manager(paths);

        // One full start measures the span the cancels are spread over.
        QElapsedTimer clock;
        clock.start();
        const quint16 firstPort = Test::freeLoopbackPort();
        const Result<RegistryStatus> full = manager.start(optionsFor(root.path(), firstPort, user, tls));
        QVERIFY2(full.ok(), qPrintable(full.ok() ? QString() : full.error().toString()));
        const int fullMs = int(qMax<qint64>(clock.elapsed(), 300));
        QJsonObject previous;
        if (stoppedBefore) {
            QVERIFY(manager.stop(2000).ok());
            previous = stateJson(paths);
            QVERIFY(previous.value(QStringLiteral("stopped")).toBool());
        } else {
            QVERIFY(manager.forget().ok());
            QCOMPARE(leftBehind(root.path(), paths, firstPort, user), QString());
        }

        constexpr int Rounds = 8;
        int cancelled = 0, completed = 0;
        for (int round = 0; round < Rounds; ++round) {
            // Round r falls in the r-th eighth of a full start (the last one beyond its end).
            const int slot = fullMs / (Rounds - 1);
            const int at = round * slot + int(m_rng.bounded(qMax(1, slot)));
            const quint16 port = Test::freeLoopbackPort();
            const QString where = QStringLiteral("round %1, cancel at %2 ms of %3").arg(round).arg(at).arg(fullMs);
            Oci::CancelToken cancel;
            QFuture<Result<RegistryStatus>> started = QtConcurrent::run([paths, options = optionsFor(root.path(), port, user, tls), cancel] {
                return LocalRegistryManager(paths).start(options, {}, cancel);
            });
            QTest::qWait(at);
            cancel.cancel();
            QTRY_VERIFY2_WITH_TIMEOUT(started.isFinished(), qPrintable(where + QStringLiteral(": start did not return")), 60000);
            const Result<RegistryStatus> result = started.result();
            if (result.ok()) {
                ++completed; // ready before the cancel: a normal registry, removed as usual
                QVERIFY2(Test::processesMentioning(root.path()).contains(result->instance->pid), qPrintable(where));
                if (stoppedBefore)
                    QVERIFY(manager.stop(2000).ok());
                else
                    QVERIFY(manager.forget().ok());
                if (stoppedBefore)
                    previous = stateJson(paths);
            } else {
                QVERIFY2(result.error().code == QLatin1String("localregistry.cancelled"),
                         qPrintable(where + QStringLiteral(": ") + result.error().toString()));
                ++cancelled;
            }
            const QString left = leftBehind(root.path(), paths, port, user, previous);
            QVERIFY2(left.isEmpty(), qPrintable(where + QStringLiteral(": ") + left));
        }
        qInfo("%d cancelled, %d completed before the cancel (full start %d ms)", cancelled, completed, fullMs);
        QVERIFY(cancelled > 0);
        (void)manager.forget();
    }

    void killedManagerIsRecovered_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("viaStart"); // recovered by the next start() instead of status()
        QTest::newRow("status, no auth") << QString() << false;
        QTest::newRow("status, htpasswd") << QStringLiteral("bob") << false;
        QTest::newRow("start, no auth") << QString() << true;
    }

    void killedManagerIsRecovered()
    {
        QFETCH(QString, user);
        QFETCH(bool, viaStart);
        if (!user.isEmpty())
            MANIFOLD_REQUIRE(hasSecretService(), QStringLiteral("a Secret Service (run through scripts/with-keyring.sh)"));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const LocalRegistryPaths paths = LocalRegistryPaths::under(root.filePath(QStringLiteral("manifold")));
        LocalRegistryManager manager(paths);
        auto child = [&](QProcess &process, quint16 port) {
            process.start(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--start-child"), root.path(), QString::number(port), user.isEmpty() ? QStringLiteral("-") : user});
            return process.waitForStarted(10000);
        };

        QElapsedTimer clock;
        clock.start();
        {
            QProcess full;
            QVERIFY(child(full, Test::freeLoopbackPort()));
            QVERIFY(full.waitForFinished(60000));
            QVERIFY2(full.exitCode() == 0, full.readAll().constData());
        }
        const int fullMs = int(qMax<qint64>(clock.elapsed(), 300));
        QVERIFY(manager.forget().ok());

        constexpr int Rounds = 6;
        int recovered = 0, adopted = 0;
        for (int round = 0; round < Rounds; ++round) {
            const int slot = fullMs / Rounds;
            const int at = round * slot + int(m_rng.bounded(qMax(1, slot)));
            const quint16 port = Test::freeLoopbackPort();
            const QString where = QStringLiteral("round %1, SIGKILL at %2 ms of %3").arg(round).arg(at).arg(fullMs);
            QProcess process;
            QVERIFY(child(process, port));
            if (!process.waitForFinished(at) && process.state() != QProcess::NotRunning) {
                process.kill();
                QVERIFY(process.waitForFinished(10000));
            }

            const bool leftStarting = stateJson(paths).value(QStringLiteral("starting")).toBool();
            recovered += leftStarting;
            QList<qint64> running = Test::processesMentioning(root.path());
            QVERIFY2(running.size() <= 1, qPrintable(where));
            RegistryStatus status;
            if (viaStart) {
                const Result<RegistryStatus> started = manager.start(optionsFor(root.path(), port, user, false));
                if (started.ok()) {
                    status = *started;
                } else {
                    // The killed manager's registry runs: adopted, so this start is refused.
                    QVERIFY2(started.error().code == QLatin1String("localregistry.already-running"),
                             qPrintable(where + QStringLiteral(": ") + started.error().toString()));
                    status = manager.status();
                }
                QCOMPARE(status.state, RunState::Running);
            } else {
                status = manager.status();
            }
            running = Test::processesMentioning(root.path());
            if (status.state == RunState::Running) {
                adopted += leftStarting;
                QVERIFY2(running == QList<qint64>{status.instance->pid},
                         qPrintable(where + QStringLiteral(": status names pid %1").arg(status.instance->pid)));
                QVERIFY2(!stateJson(paths).value(QStringLiteral("starting")).toBool(), qPrintable(where));
                QVERIFY(manager.forget().ok());
            } else {
                QVERIFY2(running.isEmpty(), qPrintable(where + QStringLiteral(": a registry runs that status does not report")));
                QVERIFY2(!QFileInfo::exists(paths.statePath()), qPrintable(where + QStringLiteral(": state file left")));
            }
            const QString left = leftBehind(root.path(), paths, port, user);
            QVERIFY2(left.isEmpty(), qPrintable(where + QStringLiteral(": ") + left));
        }
        qInfo("%d kills left a starting state (%d of them adopted a running registry)", recovered, adopted);
        QVERIFY(recovered > 0);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--start-child") == 0)
        return runStartChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestStartCancel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startcancel.moc"
