#include "core/registry/imagereference.h"

#include <QTest>

using Manifold::Registry::ImageReference;

class TestRegistryReference : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("normalized");
        const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QTest::newRow("official image with tag") << "python:3.11-slim" << "docker.io" << "library/python" << "3.11-slim" << "" << "docker.io/library/python:3.11-slim";
        QTest::newRow("official image bare") << "busybox" << "docker.io" << "library/busybox" << "" << "" << "docker.io/library/busybox";
        QTest::newRow("hub user repo") << "bitnami/redis:7" << "docker.io" << "bitnami/redis" << "7" << "" << "docker.io/bitnami/redis:7";
        QTest::newRow("index.docker.io alias") << "index.docker.io/library/alpine" << "docker.io" << "library/alpine" << "" << "" << "docker.io/library/alpine";
        QTest::newRow("host and port") << "127.0.0.1:5000/busybox:latest" << "127.0.0.1:5000" << "busybox" << "latest" << "" << "127.0.0.1:5000/busybox:latest";
        QTest::newRow("localhost no dot") << "localhost/app" << "localhost" << "app" << "" << "" << "localhost/app";
        QTest::newRow("localhost port") << "localhost:5000/team/app:1.0" << "localhost:5000" << "team/app" << "1.0" << "" << "localhost:5000/team/app:1.0";
        QTest::newRow("digest only") << "ghcr.io/org/app@" + d << "ghcr.io" << "org/app" << "" << d << "ghcr.io/org/app@" + d;
        QTest::newRow("tag and digest") << "ghcr.io/org/app:1@" + d << "ghcr.io" << "org/app" << "1" << d << "ghcr.io/org/app:1@" + d;
        QTest::newRow("separators") << "quay.io/a_b/c__d/e-f.g---h" << "quay.io" << "a_b/c__d/e-f.g---h" << "" << "" << "quay.io/a_b/c__d/e-f.g---h";
        QTest::newRow("uppercase domain") << "Registry.Example.com/app" << "Registry.Example.com" << "app" << "" << "" << "Registry.Example.com/app";
        QTest::newRow("ipv6 with port") << "[::1]:5000/app:x" << "[::1]:5000" << "app" << "x" << "" << "[::1]:5000/app:x";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, normalized);
        const auto ref = ImageReference::parse(text);
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().toString()));
        QCOMPARE(ref->domain, domain);
        QCOMPARE(ref->path, path);
        QCOMPARE(ref->tag, tag);
        QCOMPARE(ref->digest, digest);
        QCOMPARE(ref->toString(), normalized);
        // Normalization is stable.
        QCOMPARE(ImageReference::parse(ref->toString())->toString(), normalized);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "" << "registry.reference.empty";
        QTest::newRow("uppercase repository") << "docker.io/Library/python" << "registry.reference.uppercase";
        QTest::newRow("uppercase single") << "Python" << "registry.reference.uppercase";
        QTest::newRow("empty tag") << "busybox:" << "registry.reference.tag";
        QTest::newRow("tag too long") << "busybox:" + QString(129, QLatin1Char('a')) << "registry.reference.tag";
        QTest::newRow("tag starts with dot") << "busybox:.x" << "registry.reference.tag";
        QTest::newRow("bad digest") << "busybox@sha256:abc" << "registry.reference.digest";
        QTest::newRow("digest wrong length") << "busybox@sha256:" + QString(63, QLatin1Char('a')) << "registry.reference.digest";
        QTest::newRow("unknown algorithm") << "busybox@md5:" + QString(32, QLatin1Char('a')) << "registry.reference.digest-algorithm";
        QTest::newRow("double slash") << "ghcr.io/a//b" << "registry.reference.path";
        QTest::newRow("trailing separator") << "ghcr.io/a-" << "registry.reference.path";
        QTest::newRow("url scheme") << "https://ghcr.io/a" << "registry.reference.scheme";
        QTest::newRow("image id") << QString(64, QLatin1Char('f')) << "registry.reference.id";
        QTest::newRow("name over 255") << "ghcr.io/" + QString(250, QLatin1Char('a')) << "registry.reference.too-long";
        QTest::newRow("no path") << "ghcr.io/" << "registry.reference.empty-path";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto ref = ImageReference::parse(text);
        QVERIFY2(!ref.ok(), qPrintable(text));
        QCOMPARE(ref.error().code, code);
        QVERIFY(!ref.error().message.isEmpty());
        if (code != QLatin1String("registry.reference.empty"))
            QVERIFY2(!ref.error().hint.isEmpty(), qPrintable(code));
    }

    void apiHostAndFamiliar_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("apiHost");
        QTest::addColumn<QString>("familiar");
        QTest::addColumn<QString>("manifestReference");
        QTest::newRow("hub official") << "python:3" << "registry-1.docker.io" << "python:3" << "3";
        QTest::newRow("hub user") << "bitnami/redis" << "registry-1.docker.io" << "bitnami/redis" << "latest";
        QTest::newRow("private") << "127.0.0.1:5000/a/b:c" << "127.0.0.1:5000" << "127.0.0.1:5000/a/b:c" << "c";
    }
    void apiHostAndFamiliar()
    {
        QFETCH(QString, text);
        QFETCH(QString, apiHost);
        QFETCH(QString, familiar);
        QFETCH(QString, manifestReference);
        const auto ref = ImageReference::parse(text);
        QVERIFY(ref.ok());
        QCOMPARE(ref->apiHost(), apiHost);
        QCOMPARE(ref->familiarString(), familiar);
        QCOMPARE(ref->manifestReference(), manifestReference);
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1:5000") << "127.0.0.1:5000" << true;
        QTest::newRow("127.0.0.2") << "127.0.0.2" << true;
        QTest::newRow("localhost:5000") << "localhost:5000" << true;
        QTest::newRow("[::1]:5000") << "[::1]:5000" << true;
        QTest::newRow("ghcr.io") << "ghcr.io" << false;
        QTest::newRow("10.0.0.1:5000") << "10.0.0.1:5000" << false;
        QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
    }
    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(ImageReference::isLoopbackHost(host), loopback);
    }
};

QTEST_GUILESS_MAIN(TestRegistryReference)
#include "tst_registryreference.moc"
