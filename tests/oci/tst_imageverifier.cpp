#include "core/oci/imagetree.h"
#include "core/oci/imageverifier.h"
#include "core/oci/ocilayoutsource.h"
#include "tests/oci/ocitestdata.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;
using namespace Manifold::Test::Oci;

Q_DECLARE_METATYPE(Manifold::Test::Oci::TestImage)

namespace {

const Platform Amd64("linux", "amd64");
const Platform Arm64("linux", "arm64", "v8");
const Platform ArmV7("linux", "arm", "v7");

TestImage image(const Platform &index, const Platform &config, int elfClass, int machine,
                const QString &path = "bin/app")
{
    return {index, config, {{{"bin", {}, TarEntry::Kind::Directory}, {path, elfHeader(elfClass, 1, machine)}}}};
}

// Writes a layout whose "latest" index holds `images` (plus an attestation for the first when asked).
QString writeLayout(const QString &dir, const QList<TestImage> &images, bool attestation = false,
                    const QString &singleTag = {})
{
    OciLayoutWriter writer(dir);
    if (!writer.begin().ok())
        return {};
    QList<Descriptor> entries;
    for (const TestImage &item : images)
        entries.append(addImage(writer, item));
    if (attestation)
        entries.append(addAttestation(writer, entries.first()));
    addIndex(writer, entries, "latest");
    if (!singleTag.isEmpty()) {
        Descriptor single = entries.first();
        single.platform.reset();
        writer.addIndexEntry(single, singleTag);
    }
    return writer.commit().ok() ? dir : QString();
}

ImageTree loadTree(const QString &dir, const QString &reference = "latest", bool scan = true)
{
    auto source = *OciLayoutSource::openDirectory(dir);
    ImageTreeOptions options;
    options.scanLayers = scan;
    Result<ImageTree> tree = ImageTreeLoader::load(source, reference, options).result();
    if (!tree.ok())
        qWarning() << tree.error().toString();
    return tree.ok() ? *tree : ImageTree();
}

QStringList findingIds(const VerifyReport &report, Finding::Severity severity)
{
    QStringList ids;
    for (const Finding &finding : report.findings) {
        if (finding.severity == severity)
            ids.append(finding.id);
    }
    return ids;
}

} // namespace

class TestImageVerifier : public QObject
{
    Q_OBJECT

private slots:
    void treeMarksAttestations()
    {
        QTemporaryDir temp;
        const QString dir = writeLayout(temp.path() + "/l", {image(Amd64, Amd64, 2, 62), image(Arm64, Arm64, 2, 183)}, true);
        QVERIFY(!dir.isEmpty());
        int progressCalls = 0;
        qint64 lastDone = 0, lastTotal = 0;
        ImageTreeOptions options;
        options.scanLayers = true;
        options.progress = [&](qint64 done, qint64 total) { ++progressCalls; lastDone = done; lastTotal = total; };
        Result<ImageTree> loaded = ImageTreeLoader::load(*OciLayoutSource::openDirectory(dir), "latest", options).result();
        QVERIFY(loaded.ok());
        const ImageTree &tree = *loaded;
        QVERIFY(tree.index.has_value());
        QCOMPARE(tree.images.size(), 3);
        QCOMPARE(tree.platformImages().size(), 2);
        QCOMPARE(tree.attestations().size(), 1);
        QVERIFY(progressCalls > 0);
        QCOMPARE(lastDone, lastTotal);
        const ImageNode *arm = tree.platformImages().at(1);
        QCOMPARE(arm->config->platform().toString(), QString("linux/arm64/v8"));
        QCOMPARE(arm->layers.size(), 1);
        QVERIFY(arm->layers.first().scan.has_value());
        QCOMPARE(arm->layers.first().scan->binaries.first().info.platform.toString(), QString("linux/arm64"));
        // Attestation layers are in-toto JSON: not scanned.
        QVERIFY(!tree.attestations().first()->layers.first().scan.has_value());

        const QJsonObject json = tree.toJson();
        QCOMPARE(json.value("platforms").toArray().size(), 2);
        QCOMPARE(json.value("images").toArray().size(), 3);
        QVERIFY(json.value("images").toArray().at(2).toObject().value("attestation").toBool());
    }

    void platformFilter()
    {
        QTemporaryDir temp;
        const QString dir = writeLayout(temp.path() + "/l", {image(Amd64, Amd64, 2, 62), image(Arm64, Arm64, 2, 183)});
        ImageTreeOptions options;
        options.platforms = {Platform("linux", "arm64")};
        Result<ImageTree> tree = ImageTreeLoader::loadNow(*OciLayoutSource::openDirectory(dir), "latest", options);
        QVERIFY(tree.ok());
        QCOMPARE(tree->platformImages().size(), 1);
        QCOMPARE(tree->platformImages().first()->declaredPlatform().toString(), QString("linux/arm64/v8"));
    }

    void findings_data()
    {
        QTest::addColumn<QList<TestImage>>("images");
        QTest::addColumn<bool>("attestation");
        QTest::addColumn<QString>("expect");           // --platform list for verify
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("clean two platforms with attestation")
            << QList<TestImage>{image(Amd64, Amd64, 2, 62), image(Arm64, Arm64, 2, 183)} << true << QString()
            << QStringList() << QStringList();
        QTest::newRow("amd64 image holding an aarch64 binary")
            << QList<TestImage>{image(Amd64, Amd64, 2, 183), image(Arm64, Arm64, 2, 183)} << false << QString()
            << QStringList{"foreign-binaries"} << QStringList();
        QTest::newRow("32-bit x86 inside amd64 is a warning")
            << QList<TestImage>{{Amd64, Amd64, {{{"bin/app", elfHeader(2, 1, 62)}, {"lib32/old", elfHeader(1, 1, 3)}}}}} << false << QString()
            << QStringList() << QStringList{"compat-binaries"};
        QTest::newRow("arm inside arm64 is a warning")
            << QList<TestImage>{{Arm64, Arm64, {{{"bin/app", elfHeader(2, 1, 183)}, {"bin/legacy", elfHeader(1, 1, 40)}}}}} << false << QString()
            << QStringList() << QStringList{"compat-binaries"};
        QTest::newRow("index platform differs from config")
            << QList<TestImage>{image(Arm64, Amd64, 2, 62)} << false << QString()
            << QStringList{"platform-mismatch"} << QStringList();
        QTest::newRow("amd64 with variant v8")
            << QList<TestImage>{image(Platform("linux", "amd64", "v8"), Platform("linux", "amd64", "v8"), 2, 62)} << false << QString()
            << QStringList{"invalid-platform", "invalid-platform"} << QStringList();
        QTest::newRow("duplicate platforms")
            << QList<TestImage>{image(Amd64, Amd64, 2, 62), image(Amd64, Amd64, 2, 62, "bin/other")} << false << QString()
            << QStringList{"duplicate-platform"} << QStringList();
        QTest::newRow("private copy lacking arm64")
            << QList<TestImage>{image(Amd64, Amd64, 2, 62)} << false << "linux/amd64,linux/arm64"
            << QStringList{"missing-platform"} << QStringList();
        QTest::newRow("expected platforms present")
            << QList<TestImage>{image(Amd64, Amd64, 2, 62), image(ArmV7, ArmV7, 1, 40)} << false << "linux/amd64,linux/arm/v7"
            << QStringList() << QStringList();
        QTest::newRow("cross toolchain files are not errors")
            << QList<TestImage>{{Amd64, Amd64, {{{"usr/bin/gcc", elfHeader(2, 1, 62)},
                                                  {"usr/aarch64-linux-gnu/lib/libc.so.6", elfHeader(2, 1, 183, 3)}}}}}
            << false << QString() << QStringList() << QStringList();
        QTest::newRow("foreign binary removed by a whiteout")
            << QList<TestImage>{{Amd64, Amd64, {{{"bin/app", elfHeader(2, 1, 62)}, {"opt/tool", elfHeader(2, 1, 183)}},
                                                 {{"opt/.wh.tool", {}}}}}}
            << false << QString() << QStringList() << QStringList();
        QTest::newRow("foreign binaries hidden by an opaque directory")
            << QList<TestImage>{{Amd64, Amd64, {{{"bin/app", elfHeader(2, 1, 62)}, {"opt/x/tool", elfHeader(2, 1, 183)}},
                                                 {{"opt/x/.wh..wh..opq", {}}}}}}
            << false << QString() << QStringList() << QStringList();
    }
    void findings()
    {
        QFETCH(QList<TestImage>, images);
        QFETCH(bool, attestation);
        QFETCH(QString, expect);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, warnings);
        QTemporaryDir temp;
        const QString dir = writeLayout(temp.path() + "/l", images, attestation);
        QVERIFY(!dir.isEmpty());
        const ImageTree tree = loadTree(dir);
        QVERIFY(!tree.images.isEmpty());
        VerifyOptions options;
        if (!expect.isEmpty())
            options.expectPlatforms = *Platform::parseList(expect);
        const VerifyReport report = ImageVerifier::verify(tree, options);
        QStringList actualErrors = findingIds(report, Finding::Severity::Error);
        actualErrors.sort();
        errors.sort();
        QCOMPARE(actualErrors, errors);
        QCOMPARE(findingIds(report, Finding::Severity::Warning), warnings);
        QCOMPARE(report.hasErrors(), !errors.isEmpty());
        QCOMPARE(findingIds(report, Finding::Severity::Info).count("attestation"), attestation ? 1 : 0);
        for (const Finding &finding : report.findings) {
            QVERIFY(!finding.message.isEmpty());
            if (finding.severity != Finding::Severity::Info)
                QVERIFY2(!finding.fix.isEmpty(), qPrintable(finding.id));
        }
    }

    void foreignBinaryFindingNamesTheFiles()
    {
        QTemporaryDir temp;
        const QString dir = writeLayout(temp.path() + "/l", {{Amd64, Amd64, {{{"usr/bin/server", elfHeader(2, 1, 183)},
                                                                                {"usr/lib/libx.so", elfHeader(2, 1, 183, 3)}}}}});
        const VerifyReport report = ImageVerifier::verify(loadTree(dir));
        QCOMPARE(report.findings.size(), 1);
        const Finding &finding = report.findings.first();
        QCOMPARE(finding.id, QString("foreign-binaries"));
        QCOMPARE(finding.subject, QString("linux/amd64"));
        QCOMPARE(finding.evidence, (QStringList{"usr/bin/server", "usr/lib/libx.so"}));
        QVERIFY(finding.message.contains("AArch64"));
        QVERIFY(finding.message.contains("mislabelled"));
        QCOMPARE(finding.toJson().value("severity").toString(), QString("error"));
    }

    void singleArchTag()
    {
        QTemporaryDir temp;
        const QString dir = writeLayout(temp.path() + "/l", {image(Amd64, Amd64, 2, 62), image(Arm64, Arm64, 2, 183)}, false, "amd64");
        const ImageTree tree = loadTree(dir, "amd64");
        QVERIFY(!tree.index.has_value());
        QCOMPARE(tree.platformImages().size(), 1);
        VerifyOptions options;
        options.expectPlatforms = {Amd64, Arm64};
        VerifyReport report = ImageVerifier::verify(tree, options);
        QCOMPARE(findingIds(report, Finding::Severity::Error), QStringList{"single-arch-tag"});
        options.expectPlatforms = {Amd64};
        QVERIFY(!ImageVerifier::verify(tree, options).hasErrors());
    }

    void runtimeSelection_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("emulated");
        QTest::addColumn<QString>("firstHow");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QStringList>("findingIds");
        QTest::newRow("amd64 host") << "linux/amd64,linux/386" << "linux/arm64" << "native" << "linux/amd64" << QStringList();
        QTest::newRow("apple silicon vm") << "linux/arm64" << "linux/amd64" << "native" << "linux/arm64/v8" << QStringList();
        QTest::newRow("s390x host with qemu") << "linux/s390x" << "linux/amd64" << "not-runnable" << "" << QStringList{"no-native-platform"};
        QTest::newRow("s390x host without emulation") << "linux/s390x" << "" << "not-runnable" << "" << QStringList{"not-runnable"};
    }
    void runtimeSelection()
    {
        QFETCH(QString, native);
        QFETCH(QString, emulated);
        QFETCH(QString, firstHow);
        QFETCH(QString, selected);
        QFETCH(QStringList, findingIds);
        QTemporaryDir temp;
        const QString dir = writeLayout(temp.path() + "/l", {image(Amd64, Amd64, 2, 62), image(Arm64, Arm64, 2, 183)}, true);
        HostDescription host;
        host.native = *Platform::parseList(native);
        if (!emulated.isEmpty())
            host.emulated = *Platform::parseList(emulated);
        VerifyOptions options;
        options.host = host;
        const VerifyReport report = ImageVerifier::verify(loadTree(dir, "latest", false), options);
        QVERIFY(!report.selections.isEmpty());
        QCOMPARE(RuntimeSelection::howName(report.selections.first().how), firstHow);
        const Platform chosen = report.selections.first().selected;
        QCOMPARE(chosen.isEmpty() ? QString() : chosen.toDisplayString(), selected);
        QStringList ids;
        for (const Finding &finding : report.findings) {
            if (finding.id != "attestation")
                ids.append(finding.id);
        }
        QCOMPARE(ids, findingIds);
        // The attestation entry is never selected.
        for (const RuntimeSelection &selection : report.selections)
            QVERIFY(selection.entryIndex < 2);
    }
};

QTEST_GUILESS_MAIN(TestImageVerifier)
#include "tst_imageverifier.moc"
