#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using Manifold::Test::runManifold;

// `manifold graph` end to end on the sample project, running the built binary.
class TestGraphCommand : public QObject
{
    Q_OBJECT

private:
    static QString sample()
    {
        return QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example/Dockerfile");
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("text-two-platforms")
            << QStringList{"--platform", "linux/amd64,linux/arm64"} << 0
            << "linux/arm64  (target final)" << "";
        QTest::newRow("text-pruned-stage") << QStringList{"--platform", "linux/arm64"} << 0
            << "not built: final_amd64" << "";
        QTest::newRow("armv7-missing-stage") << QStringList{"--platform", "linux/arm/v7"} << 1
            << "linux/arm/v7" << "no stage is named \"final_arm\"";
        QTest::newRow("dot") << QStringList{"--platform", "linux/amd64", "--format", "dot"} << 0
            << "digraph build {" << "";
        QTest::newRow("target") << QStringList{"--platform", "linux/amd64", "--target", "arm64_builder"} << 0
            << "(target arm64_builder)" << "";
        QTest::newRow("unknown-target") << QStringList{"--target", "nope"} << 1 << ""
            << "target stage \"nope\" could not be found";
        QTest::newRow("bad-format") << QStringList{"--format", "svg"} << 2 << "" << "unknown format";
        QTest::newRow("bad-platform") << QStringList{"--platform", "linux/bogus"} << 2 << "" << "bogus";
        QTest::newRow("bad-build-arg") << QStringList{"--build-arg", "NOVALUE"} << 2 << "" << "KEY=VALUE";
        QTest::newRow("build-arg-changes-base")
            << QStringList{"--platform", "linux/amd64", "--build-arg", "BASE_IMAGE=busybox:1.36"} << 0
            << "FROM busybox:1.36" << "";
    }

    void formats()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);
        QByteArray out, err;
        QCOMPARE(runManifold(QStringList{QStringLiteral("graph"), sample()} + arguments, &out, &err), exitCode);
        QVERIFY2(QString::fromUtf8(out).contains(stdoutContains), out.constData());
        QVERIFY2(QString::fromUtf8(err).contains(stderrContains), err.constData());
    }

    void json()
    {
        QByteArray out;
        QCOMPARE(runManifold({QStringLiteral("graph"), sample(), QStringLiteral("--platform"),
                              QStringLiteral("linux/amd64,linux/arm64"), QStringLiteral("--json")},
                             &out),
                 0);
        const QJsonObject plan = QJsonDocument::fromJson(out).object();
        QCOMPARE(plan.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray platforms = plan.value(QStringLiteral("platforms")).toArray();
        QCOMPARE(platforms.size(), 2);
        const QJsonArray stages = platforms.at(0).toObject().value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 4);
        QCOMPARE(stages.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("arm64_builder"));
        QCOMPARE(stages.at(1).toObject().value(QStringLiteral("platform")).toString(), QStringLiteral("linux/arm64"));
        QCOMPARE(plan.value(QStringLiteral("parseDiagnostics")).toArray().size(), 0);
    }

    // Each platform's resolved global ARGs: a default, a --build-arg override, an automatic one.
    void jsonGlobalArgs()
    {
        QByteArray out;
        QCOMPARE(runManifold({QStringLiteral("graph"), sample(), QStringLiteral("--platform"),
                              QStringLiteral("linux/amd64,linux/arm64"), QStringLiteral("--build-arg"),
                              QStringLiteral("BASE_IMAGE=registry.example/busybox:1"), QStringLiteral("--json")},
                             &out),
                 0);
        const QJsonArray platforms = QJsonDocument::fromJson(out).object().value(QStringLiteral("platforms")).toArray();
        QCOMPARE(platforms.size(), 2);
        const QStringList arches{QStringLiteral("amd64"), QStringLiteral("arm64")};
        for (int i = 0; i < 2; ++i) {
            const QJsonArray args = platforms.at(i).toObject().value(QStringLiteral("globalArgs")).toArray();
            QCOMPARE(args.size(), 2);
            QCOMPARE(args.at(0)[QStringLiteral("name")].toString(), QStringLiteral("BASE_IMAGE"));
            QCOMPARE(args.at(0)[QStringLiteral("value")].toString(), QStringLiteral("registry.example/busybox:1"));
            QCOMPARE(args.at(0)[QStringLiteral("source")].toString(), QStringLiteral("build-arg"));
            QCOMPARE(args.at(1)[QStringLiteral("name")].toString(), QStringLiteral("TARGETARCH"));
            QCOMPARE(args.at(1)[QStringLiteral("value")].toString(), arches.at(i));
            QCOMPARE(args.at(1)[QStringLiteral("source")].toString(), QStringLiteral("automatic"));
            QCOMPARE(args.at(1)[QStringLiteral("range")][QStringLiteral("start")][QStringLiteral("line")].toInt(), 9);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphCommand)
#include "tst_graphcommand.moc"
