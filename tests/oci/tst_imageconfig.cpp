#include "core/oci/imageconfig.h"

#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;

class TestImageConfig : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("platform"); // toDisplayString or the error code
        QTest::newRow("amd64") << QByteArray(R"({"architecture":"amd64","os":"linux","config":{}})") << "linux/amd64";
        QTest::newRow("arm v7") << QByteArray(R"({"architecture":"arm","os":"linux","variant":"v7"})") << "linux/arm/v7";
        QTest::newRow("arm64 v8") << QByteArray(R"({"architecture":"arm64","os":"linux","variant":"v8"})") << "linux/arm64/v8";
        QTest::newRow("windows") << QByteArray(R"({"architecture":"amd64","os":"windows","os.version":"10.0.17763.1"})") << "windows/amd64";
        QTest::newRow("no architecture") << QByteArray(R"({"os":"linux"})") << "oci.config.missing-field";
        QTest::newRow("no os") << QByteArray(R"({"architecture":"amd64"})") << "oci.config.missing-field";
        QTest::newRow("not json") << QByteArray("nope") << "oci.config.json";
    }
    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, platform);
        Result<ImageConfig> config = ImageConfig::parse(bytes, "config");
        if (platform.startsWith("oci.")) {
            QVERIFY(!config.ok());
            QCOMPARE(config.error().code, platform);
            QVERIFY(!config.error().hint.isEmpty());
            return;
        }
        QVERIFY(config.ok());
        QCOMPARE(config->platform().toDisplayString(), platform);
        QCOMPARE(config->rawBytes(), bytes);
    }

    void fields()
    {
        const QByteArray bytes = QByteArray(R"({"architecture":"arm64","os":"linux","created":"2024-01-01T00:00:00Z",)")
            + R"("config":{"Env":["PATH=/bin","A=b"],"Entrypoint":["/bin/sh","-c"],"Cmd":["echo hi"],"WorkingDir":"/w","User":"1000",)"
            + R"("Labels":{"org.opencontainers.image.source":"https://example.invalid"},"ExposedPorts":{"80/tcp":{}}},)"
            + R"("rootfs":{"type":"layers","diff_ids":["sha256:aa"]},)"
            + R"("history":[{"created_by":"ADD rootfs /"},{"created_by":"CMD sh","empty_layer":true}]})";
        Result<ImageConfig> config = ImageConfig::parse(bytes);
        QVERIFY(config.ok());
        QCOMPARE(config->env(), (QStringList{"PATH=/bin", "A=b"}));
        QCOMPARE(config->entrypoint(), (QStringList{"/bin/sh", "-c"}));
        QCOMPARE(config->cmd(), QStringList{"echo hi"});
        QCOMPARE(config->workingDir(), QString("/w"));
        QCOMPARE(config->user(), QString("1000"));
        QCOMPARE(config->labels().value("org.opencontainers.image.source"), QString("https://example.invalid"));
        QCOMPARE(config->exposedPorts(), QStringList{"80/tcp"});
        QCOMPARE(config->diffIds(), QStringList{"sha256:aa"});
        QCOMPARE(config->history().size(), 2);
        QVERIFY(config->history().at(1).emptyLayer);
        QCOMPARE(config->digest(), Digest::of(bytes));
        QCOMPARE(config->toJson().value("architecture").toString(), QString("arm64"));
    }
};

QTEST_GUILESS_MAIN(TestImageConfig)
#include "tst_imageconfig.moc"
