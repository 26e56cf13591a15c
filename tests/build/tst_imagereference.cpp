#include "core/build/buildrequest.h"
#include "core/build/engine.h"
#include "core/build/imagereference.h"

#include <QTest>

using namespace Manifold;
using namespace Manifold::Build;

// References the build pins and pushes, builder endpoints (--node) and per-arch tags.
class TestImageReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("insecure");
        QTest::newRow("hub short") << QStringLiteral("alpine") << QStringLiteral("registry-1.docker.io")
                                   << QStringLiteral("library/alpine") << QString() << false;
        QTest::newRow("hub user") << QStringLiteral("docker.io/me/app:1") << QStringLiteral("registry-1.docker.io")
                                  << QStringLiteral("me/app") << QStringLiteral("1") << false;
        QTest::newRow("loopback port") << QStringLiteral("127.0.0.1:5000/team/busybox:latest") << QStringLiteral("127.0.0.1:5000")
                                       << QStringLiteral("team/busybox") << QStringLiteral("latest") << true;
        QTest::newRow("localhost") << QStringLiteral("localhost/app") << QStringLiteral("localhost")
                                   << QStringLiteral("app") << QString() << true;
        QTest::newRow("listed insecure") << QStringLiteral("build-box:5000/app:2") << QStringLiteral("build-box:5000")
                                         << QStringLiteral("app") << QStringLiteral("2") << true;
    }

    void parse()
    {
        QFETCH(QString, text);
        const Result<ImageReference> reference = ImageReference::parse(text);
        QVERIFY(reference.ok());
        QTEST(reference->registry, "registry");
        QTEST(reference->repository, "repository");
        QTEST(reference->tag, "tag");
        QTEST(reference->isInsecure({QStringLiteral("build-box:5000")}), "insecure");
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case repository") << QStringLiteral("Registry.io/App");
        QTest::newRow("bad digest") << QStringLiteral("alpine@sha256:xyz");
        QTest::newRow("bad tag") << QStringLiteral("alpine:-x");
    }

    void invalid()
    {
        QFETCH(QString, text);
        const Result<ImageReference> reference = ImageReference::parse(text);
        QVERIFY(!reference.ok());
        QVERIFY(!reference.error().hint.isEmpty());
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("described");
        QTest::newRow("ssh") << QStringLiteral("ssh://arm-box") << true << QStringLiteral("ssh://arm-box");
        QTest::newRow("socket") << QStringLiteral("unix:///tmp/x.sock") << true << QStringLiteral("unix:///tmp/x.sock");
        QTest::newRow("context") << QStringLiteral("context:arm") << true << QStringLiteral("context:arm");
        QTest::newRow("builder") << QStringLiteral("builder:multi") << true << QStringLiteral("builder:multi");
        QTest::newRow("podman") << QStringLiteral("podman:mac") << true << QStringLiteral("podman:mac");
        QTest::newRow("local") << QStringLiteral("local") << true << QStringLiteral("local");
        QTest::newRow("garbage") << QStringLiteral("arm-box") << false << QString();
    }

    void endpoints()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const Result<BuilderEndpoint> endpoint = BuilderEndpoint::parse(text);
        QCOMPARE(endpoint.ok(), valid);
        if (valid)
            QTEST(endpoint->describe(), "described");
    }

    void perArchTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("expected");
        QTest::newRow("latest amd64") << QStringLiteral("latest") << QStringLiteral("linux/amd64") << QStringLiteral("amd64");
        QTest::newRow("version arm64") << QStringLiteral("1.0") << QStringLiteral("linux/arm64/v8") << QStringLiteral("1.0-arm64");
        QTest::newRow("arm v7") << QStringLiteral("1.0") << QStringLiteral("linux/arm/v7") << QStringLiteral("1.0-arm-v7");
    }

    void perArchTags()
    {
        QFETCH(QString, tag);
        QFETCH(QString, platform);
        QTEST(perArchTag(tag, *Platform::parse(platform)), "expected");
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
