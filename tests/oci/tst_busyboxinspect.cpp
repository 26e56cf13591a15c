#include "core/oci/imagetree.h"
#include "core/oci/imageverifier.h"
#include "core/oci/ocilayoutsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;
using Manifold::Test::BusyboxImage;

// The real offline busybox image (Debian busybox-static for 5 architectures): the tree must
// show 5 platforms whose binaries match their labels, and verify must be clean.
class TestBusyboxInspect : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), "busybox layout (CTest fixture busybox)");
    }

    void treeHasFivePlatforms()
    {
        auto source = OciLayoutSource::openDirectory(BusyboxImage::layoutDir());
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        ImageTreeOptions options;
        options.scanLayers = true;
        Result<ImageTree> tree = ImageTreeLoader::load(*source, "latest", options).result();
        QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
        const QList<const ImageNode *> images = tree->platformImages();
        QCOMPARE(images.size(), BusyboxImage::platforms().size());
        for (int i = 0; i < images.size(); ++i) {
            const ImageNode *node = images.at(i);
            QVERIFY(node->errors.isEmpty());
            QCOMPARE(node->declaredPlatform().normalized(), BusyboxImage::platforms().at(i).normalized());
            QVERIFY(node->config.has_value());
            bool sawNativeBinary = false;
            for (const LayerNode &layer : node->layers) {
                QVERIFY2(layer.scan.has_value(), qPrintable(layer.scanError ? layer.scanError->toString() : QString()));
                for (const LayerBinary &binary : layer.scan->binaries)
                    sawNativeBinary = sawNativeBinary
                        || ImageVerifier::binaryFit(node->config->platform(), binary.info.platform) == ImageVerifier::BinaryFit::Native;
            }
            QVERIFY2(sawNativeBinary, qPrintable(node->declaredPlatform().toString()));
        }
        const VerifyReport report = ImageVerifier::verify(*tree, VerifyOptions{BusyboxImage::platforms(), std::nullopt, 10});
        QVERIFY2(!report.hasErrors(), QJsonDocument(report.toJson()).toJson().constData());
        QCOMPARE(report.count(Finding::Severity::Warning), 0);
    }

    void amd64OnlyCopyLacksArm64()
    {
        auto source = *OciLayoutSource::openDirectory(BusyboxImage::layoutDir());
        Result<ImageTree> tree = ImageTreeLoader::loadNow(source, "amd64-only");
        QVERIFY(tree.ok());
        VerifyOptions options;
        options.expectPlatforms = {Platform("linux", "amd64"), Platform("linux", "arm64")};
        const VerifyReport report = ImageVerifier::verify(*tree, options);
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().id, QString("missing-platform"));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("inspect --json") << QStringList{"inspect", "--json", "--layers"} << 0;
        QTest::newRow("verify --json") << QStringList{"verify", "--json"} << 0;
        QTest::newRow("verify expecting arm64 on the amd64-only tag")
            << QStringList{"verify", "--json", "--platform", "linux/amd64,linux/arm64", "@amd64-only"} << 1;
    }
    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString layout = BusyboxImage::layoutDir();
        if (arguments.last().startsWith('@'))
            arguments.last() = "oci:" + layout + ":" + arguments.last().mid(1);
        else
            arguments.append(layout);
        QByteArray out, err;
        QCOMPARE(Manifold::Test::runManifold(arguments, &out, &err), exitCode);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY2(!json.isEmpty(), err.constData());
        if (arguments.first() == "inspect") {
            QCOMPARE(json.value("tree").toObject().value("platforms").toArray().size(), 5);
        } else {
            QCOMPARE(json.value("report").toObject().value("ok").toBool(), exitCode == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestBusyboxInspect)
#include "tst_busyboxinspect.moc"
