// The inspector's image tree over the real busybox OCI layout: index -> platform manifests ->
// config and layers, lazily scanned layer files with each binary's architecture, attestation
// entries, and the runtime choice for a described host.

#include "core/oci/ocilayoutsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/support/testsupport.h"
#include "ui/inspector/imagetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;
using Kind = ImageTreeModel::Kind;

namespace {

std::shared_ptr<Oci::ContentSource> openLayout()
{
    Result<std::shared_ptr<Oci::OciLayoutSource>> layout = Oci::OciLayoutSource::openDirectory(Test::BusyboxImage::layoutDir());
    return layout ? std::shared_ptr<Oci::ContentSource>(*layout) : nullptr;
}

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(ImageTreeModel::KindRole).toInt());
}

QModelIndex childOfKind(const QAbstractItemModel &model, const QModelIndex &parent, Kind kind)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (kindOf(child) == kind)
            return child;
    }
    return {};
}

Oci::HostDescription hostOf(const QString &native, const QStringList &emulated = {})
{
    Oci::HostDescription host;
    host.native.append(*Platform::parse(native));
    for (const QString &platform : emulated)
        host.emulated.append(*Platform::parse(platform));
    return host;
}

} // namespace

class tst_ImageTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void treeOfEachTag_data();
    void treeOfEachTag();
    void rawBytesAreTheDigestedBytes();
    void layerFilesLoadLazilyWithArchitectures_data();
    void layerFilesLoadLazilyWithArchitectures();
    void hostSelection_data();
    void hostSelection();
    void attestationEntriesAreMarked();
    void modelStaysConsistentWhileLayersLoad();
    void missingReferenceIsReported();
};

void tst_ImageTreeModel::initTestCase()
{
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
}

void tst_ImageTreeModel::treeOfEachTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("rootKind");
    QTest::addColumn<QStringList>("platforms");
    QTest::newRow("latest: 5-platform index") << "latest" << int(Kind::Index)
                                               << QStringList{"linux/amd64", "linux/arm64/v8", "linux/arm/v7", "linux/ppc64le", "linux/s390x"};
    QTest::newRow("amd64-only: index of one") << "amd64-only" << int(Kind::Index) << QStringList{"linux/amd64"};
    QTest::newRow("arm64: single manifest") << "arm64" << int(Kind::Image) << QStringList{"linux/arm64/v8"};
}

void tst_ImageTreeModel::treeOfEachTag()
{
    QFETCH(QString, tag);
    QFETCH(int, rootKind);
    QFETCH(QStringList, platforms);

    // No QAbstractItemModelTester here: it calls fetchMore() on every parent, and this test
    // checks that nothing is fetched until asked (modelStaysConsistentWhileLayersLoad has one).
    ImageTreeModel model;
    model.setHost(hostOf("linux/amd64"));
    QSignalSpy finished(&model, &ImageTreeModel::loadFinished);
    model.load(openLayout(), tag);
    QVERIFY(model.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(int(kindOf(root)), rootKind);
    QStringList seen;
    QList<QModelIndex> images;
    if (kindOf(root) == Kind::Index) {
        for (int row = 0; row < model.rowCount(root); ++row)
            images.append(model.index(row, 0, root));
    } else {
        images.append(root);
    }
    for (const QModelIndex &image : std::as_const(images)) {
        QCOMPARE(kindOf(image), Kind::Image);
        seen.append(image.data(ImageTreeModel::PlatformRole).toString());
        // config first, then at least one layer, whose files are not loaded yet
        QVERIFY(childOfKind(model, image, Kind::Config).isValid());
        const QModelIndex layer = childOfKind(model, image, Kind::Layer);
        QVERIFY(layer.isValid());
        QVERIFY(model.hasChildren(layer));
        QCOMPARE(model.rowCount(layer), 0);
        QVERIFY(model.canFetchMore(layer));
        QVERIFY(image.data(ImageTreeModel::DigestRole).toString().startsWith("sha256:"));
    }
    QCOMPARE(seen, platforms);
}

void tst_ImageTreeModel::rawBytesAreTheDigestedBytes()
{
    ImageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(hostOf("linux/amd64"));
    QSignalSpy finished(&model, &ImageTreeModel::loadFinished);
    model.load(openLayout(), "latest");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(Oci::Digest::of(model.rawBytes(root)).toString(), *Test::BusyboxImage::digestOf("latest"));
    for (int row = 0; row < model.rowCount(root); ++row) {
        const QModelIndex image = model.index(row, 0, root);
        QCOMPARE(Oci::Digest::of(model.rawBytes(image)).toString(), image.data(ImageTreeModel::DigestRole).toString());
        const QModelIndex config = childOfKind(model, image, Kind::Config);
        QCOMPARE(Oci::Digest::of(model.rawBytes(config)).toString(), config.data(ImageTreeModel::DigestRole).toString());
    }
}

void tst_ImageTreeModel::layerFilesLoadLazilyWithArchitectures_data()
{
    QTest::addColumn<QString>("platform");
    for (const Platform &platform : Test::BusyboxImage::platforms())
        QTest::newRow(qPrintable(platform.toString())) << platform.toString();
}

void tst_ImageTreeModel::layerFilesLoadLazilyWithArchitectures()
{
    QFETCH(QString, platform);
    ImageTreeModel model; // no tester: it would start every layer's scan
    model.setHost(hostOf("linux/amd64"));
    QSignalSpy finished(&model, &ImageTreeModel::loadFinished);
    model.load(openLayout(), "latest");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

    const QModelIndex root = model.index(0, 0);
    QModelIndex image;
    for (int row = 0; row < model.rowCount(root); ++row) {
        const QModelIndex candidate = model.index(row, 0, root);
        if (Platform::parse(candidate.data(ImageTreeModel::PlatformRole).toString())->normalized()
            == Platform::parse(platform)->normalized())
            image = candidate;
    }
    QVERIFY(image.isValid());
    const QModelIndex layer = childOfKind(model, image, Kind::Layer);
    QSignalSpy scanned(&model, &ImageTreeModel::scanFinished);
    QSignalSpy progress(&model, &ImageTreeModel::scanProgress);
    model.fetchMore(layer);
    QVERIFY(!model.canFetchMore(layer)); // one scan at a time per layer
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, 60000);
    QVERIFY2(scanned.first().at(1).toBool(), qPrintable(scanned.first().at(2).toString()));
    QVERIFY(!progress.isEmpty());
    QVERIFY(model.rowCount(layer) > 0);
    QVERIFY(!model.canFetchMore(layer));

    // The static busybox binary is identified with the image's own architecture.
    QModelIndex busybox;
    for (int row = 0; row < model.rowCount(layer); ++row) {
        const QModelIndex file = model.index(row, 0, layer);
        if (file.data(ImageTreeModel::PathRole).toString().endsWith("bin/busybox"))
            busybox = file;
    }
    QVERIFY2(busybox.isValid(), "bin/busybox not listed");
    QCOMPARE(kindOf(busybox), Kind::File);
    QCOMPARE(Platform::parse(busybox.data(ImageTreeModel::PlatformRole).toString())->normalized(),
             Platform::parse(platform)->normalized());
    QVERIFY(!busybox.siblingAtColumn(ImageTreeModel::PlatformColumn).data().toString().isEmpty());
    // Native binaries: no foreign-architecture badge.
    QVERIFY(!busybox.siblingAtColumn(ImageTreeModel::StatusColumn).data().toString().contains("foreign"));
    QVERIFY(model.report().findings.isEmpty() || !model.report().hasErrors());
}

void tst_ImageTreeModel::hostSelection_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("emulated");
    QTest::addColumn<QString>("selected"); // PlatformRole of the selected image, empty: none
    QTest::addColumn<QString>("findingId"); // expected finding, or empty
    QTest::newRow("amd64 host, latest") << "latest" << "linux/amd64" << QStringList() << "linux/amd64" << "";
    QTest::newRow("arm64 host, latest") << "latest" << "linux/arm64" << QStringList() << "linux/arm64/v8" << "";
    QTest::newRow("arm64 host, amd64-only") << "amd64-only" << "linux/arm64" << QStringList() << "" << "not-runnable";
    QTest::newRow("arm64 host with qemu, amd64-only") << "amd64-only" << "linux/arm64" << QStringList{"linux/amd64"} << ""
                                                      << "no-native-platform";
}

void tst_ImageTreeModel::hostSelection()
{
    QFETCH(QString, tag);
    QFETCH(QString, host);
    QFETCH(QStringList, emulated);
    QFETCH(QString, selected);
    QFETCH(QString, findingId);

    ImageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(hostOf(host, emulated));
    QSignalSpy finished(&model, &ImageTreeModel::loadFinished);
    model.load(openLayout(), tag);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QModelIndex root = model.index(0, 0);
    QString picked;
    for (int row = 0; row < model.rowCount(root); ++row) {
        const QModelIndex image = model.index(row, 0, root);
        if (image.data(ImageTreeModel::HostSelectedRole).toBool()) {
            QVERIFY2(picked.isEmpty(), "two entries selected");
            picked = image.data(ImageTreeModel::PlatformRole).toString();
            QVERIFY(image.siblingAtColumn(ImageTreeModel::StatusColumn).data().toString().contains("natively"));
        }
    }
    QCOMPARE(picked, selected);
    if (!findingId.isEmpty()) {
        bool found = false;
        for (const Oci::Finding &finding : model.report().findings)
            found = found || finding.id == findingId;
        QVERIFY2(found, qPrintable("no finding " + findingId));
        // Tag-level findings show on the index row.
        QVERIFY(!root.siblingAtColumn(ImageTreeModel::StatusColumn).data().toString().isEmpty());
    }
}

void tst_ImageTreeModel::attestationEntriesAreMarked()
{
    // A buildx-style index built in memory: one image and its attestation manifest. No layout
    // on disk holds one, so the tree is given directly (layers are never fetched here).
    Oci::ImageTree tree;
    tree.source = "memory";
    tree.reference = "latest";
    Oci::Descriptor image = Oci::Descriptor::forContent(Oci::MediaType::OciManifest, "{\"image\":1}");
    image.platform = Platform("linux", "amd64");
    Oci::Descriptor attestation = Oci::Descriptor::forContent(Oci::MediaType::OciManifest, "{\"attestation\":1}");
    attestation.platform = Platform::unknown();
    attestation.annotations.insert(Oci::MediaType::AnnotationReferenceType, Oci::MediaType::AttestationManifestType);
    attestation.annotations.insert(Oci::MediaType::AnnotationReferenceDigest, image.digest.toString());
    tree.index = Oci::ImageIndex::create({image, attestation});
    tree.root = tree.index->descriptor();
    Oci::ImageNode imageNode;
    imageNode.descriptor = image;
    imageNode.indexPath = "manifests[0]";
    Oci::ImageNode attestationNode;
    attestationNode.descriptor = attestation;
    attestationNode.indexPath = "manifests[1]";
    tree.images = {imageNode, attestationNode};

    ImageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(hostOf("linux/amd64"));
    model.setTree(nullptr, tree);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.rowCount(root), 2);
    const QModelIndex first = model.index(0, 0, root);
    const QModelIndex second = model.index(1, 0, root);
    QVERIFY(!first.data(ImageTreeModel::AttestationRole).toBool());
    QVERIFY(second.data(ImageTreeModel::AttestationRole).toBool());
    QCOMPARE(second.siblingAtColumn(ImageTreeModel::PlatformColumn).data().toString(), QString("unknown/unknown"));
    QVERIFY(second.data().toString().startsWith("Attestation"));
    QVERIFY(second.siblingAtColumn(ImageTreeModel::StatusColumn).data().toString().contains("not runnable"));
    QVERIFY(second.data(Qt::ToolTipRole).toString().contains("docker manifest create"));
    QVERIFY(first.data(ImageTreeModel::HostSelectedRole).toBool());
    QVERIFY(!second.data(ImageTreeModel::HostSelectedRole).toBool());
    QCOMPARE(root.siblingAtColumn(ImageTreeModel::PlatformColumn).data().toString(), QString("1 platform(s)"));
}

void tst_ImageTreeModel::modelStaysConsistentWhileLayersLoad()
{
    // The tester fetches every layer (fetchMore on each parent); rows then arrive from five
    // parallel scans while it checks the model after every insertion.
    ImageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(hostOf("linux/amd64"));
    QSignalSpy finished(&model, &ImageTreeModel::loadFinished);
    model.load(openLayout(), "latest");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const QModelIndex root = model.index(0, 0);
    auto allLoaded = [&] {
        for (int row = 0; row < model.rowCount(root); ++row) {
            const QModelIndex image = model.index(row, 0, root);
            for (int child = 0; child < model.rowCount(image); ++child) {
                const QModelIndex node = model.index(child, 0, image);
                if (kindOf(node) == Kind::Layer && model.rowCount(node) == 0)
                    return false;
            }
        }
        return model.activeScans() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(), 120000);
    QVERIFY(!model.report().hasErrors());
}

void tst_ImageTreeModel::missingReferenceIsReported()
{
    ImageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHost(hostOf("linux/amd64"));
    QSignalSpy finished(&model, &ImageTreeModel::loadFinished);
    model.load(openLayout(), "no-such-tag");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(finished.first().at(1).toString().contains("no-such-tag"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ImageTreeModel)
#include "tst_imagetreemodel.moc"
