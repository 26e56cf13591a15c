// Which runtimes can run the registry here, each with its version or why not: the real
// docker-registry, an unrelated program that happens to be called `registry`, and Docker/Podman
// without a local registry:2 image (never pulled).

#include "core/localregistry/runtimedetector.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;

class TestRuntimeDetector : public QObject
{
    Q_OBJECT

private slots:
    void findsDebiansDistribution()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(!program.isEmpty(), QStringLiteral("docker-registry"));
        RuntimeSearch search;
        search.path = QFileInfo(program).path();
        const RuntimeInfo info = RuntimeDetector::detectBinary(search);
        QVERIFY2(info.usable, qPrintable(info.reason));
        QCOMPARE(info.program, program);
        QVERIFY2(info.version.contains(QLatin1String("distribution")), qPrintable(info.version));
    }

    void binaryProblems_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another tool named registry") << "#!/bin/sh\necho 'Windows Registry Editor 5.0'\n"
                                                     << "not the CNCF distribution registry";
        QTest::newRow("failing registry") << "#!/bin/sh\nexit 3\n" << "not the CNCF distribution registry";
        QTest::newRow("missing") << QString() << "apt install docker-registry";
    }
    void binaryProblems()
    {
        QFETCH(QString, script);
        QFETCH(QString, reason);
        QTemporaryDir bin;
        if (!script.isEmpty()) {
            QFile file(bin.filePath(QStringLiteral("registry")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(script.toUtf8());
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        RuntimeSearch search;
        search.path = bin.path();
        const RuntimeInfo info = RuntimeDetector::detectBinary(search);
        QVERIFY(!info.usable);
        QVERIFY2(info.reason.contains(reason), qPrintable(info.reason));

        const Result<RuntimeInfo> chosen = RuntimeDetector::choose({info}, RuntimeKind::Binary);
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().code, QStringLiteral("localregistry.no-runtime"));
        QVERIFY(chosen.error().location.contains(info.reason));
    }

    void containerEnginesNeverPull_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("podman") << "podman";
        QTest::newRow("docker") << "docker";
    }
    void containerEnginesNeverPull()
    {
        QFETCH(QString, engine);
        const QString program = QStandardPaths::findExecutable(engine);
        MANIFOLD_REQUIRE(!program.isEmpty(), engine);
        RuntimeSearch search;
        // An image name nobody has: the answer must be "not present, not pulled" (or no daemon).
        search.containerImage = QStringLiteral("localhost/manifold-test-absent-registry:0");
        const RuntimeInfo info = RuntimeDetector::detectContainerEngine(*runtimeKindFromName(engine), search);
        QVERIFY(!info.usable);
        QVERIFY2(info.reason.contains(QLatin1String("does not pull")) || info.reason.contains(QLatin1String("daemon")),
                 qPrintable(info.reason));
        QVERIFY(!info.version.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuntimeDetector)
#include "tst_runtimedetector.moc"
