// Hostile layers and documents: the layer scanner and the document parsers must report each
// case (unsafe paths, device nodes, lying sizes, oversized manifests) and keep memory bounded.
// The tar bytes are written here by hand so that the test controls every header field,
// including ones no well-behaved archiver would write.
#include "core/oci/descriptor.h"
#include "core/oci/digest.h"
#include "core/oci/index.h"
#include "core/oci/layerscanner.h"
#include "core/oci/manifest.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <zlib.h>

using namespace Manifold::Oci;

namespace {

// One 512-byte ustar header. `size` is what the header declares, not what follows.
QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link = {}, int major = 0,
                     int minor = 0)
{
    QByteArray header(512, '\0');
    auto put = [&](int offset, int width, const QByteArray &value) {
        memcpy(header.data() + offset, value.constData(), size_t(qMin<qsizetype>(width, value.size())));
    };
    auto octal = [](qint64 value, int width) {
        return QByteArray::number(value, 8).rightJustified(width - 1, '0');
    };
    put(0, 100, name);
    put(100, 8, octal(0644, 8));
    put(108, 8, octal(0, 8));
    put(116, 8, octal(0, 8));
    if (size < 077777777777LL) {
        put(124, 12, octal(size, 12));
    } else { // GNU base-256 size for huge declared sizes
        header[124] = char(0x80);
        for (int i = 0; i < 8; ++i)
            header[135 - i] = char((size >> (8 * i)) & 0xff);
    }
    put(136, 12, octal(0, 12));
    header[156] = type;
    put(157, 100, link);
    put(257, 6, QByteArrayLiteral("ustar"));
    put(263, 2, QByteArrayLiteral("00"));
    put(329, 8, octal(major, 8));
    put(337, 8, octal(minor, 8));
    memset(header.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : header)
        sum += quint8(c);
    put(148, 7, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0');
    return header;
}

QByteArray padded(const QByteArray &data)
{
    QByteArray out = data;
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

QByteArray file(const QByteArray &name, const QByteArray &data)
{
    return tarHeader(name, '0', data.size()) + padded(data);
}

// GNU long name ('L') followed by the real header: names beyond 100 bytes.
QByteArray longFile(const QByteArray &name, const QByteArray &data)
{
    const QByteArray longName = name + '\0';
    return tarHeader(QByteArrayLiteral("././@LongLink"), 'L', longName.size()) + padded(longName)
        + file(name.left(99), data);
}

QByteArray endOfArchive()
{
    return QByteArray(1024, '\0');
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// A gzip stream of a tar holding one file of `zeros` zero bytes, produced in pieces so the
// test itself never holds the uncompressed data.
QByteArray gzipBomb(qint64 zeros)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray out;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    auto feed = [&](const QByteArray &input, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
            stream.avail_out = uInt(chunk.size());
            deflate(&stream, flush);
            out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    };
    feed(tarHeader(QByteArrayLiteral("zeros"), '0', zeros), Z_NO_FLUSH);
    const QByteArray block(1 << 20, '\0');
    for (qint64 left = zeros; left > 0; left -= block.size())
        feed(left >= block.size() ? block : block.left(left), Z_NO_FLUSH);
    feed(endOfArchive(), Z_FINISH);
    deflateEnd(&stream);
    return out;
}

qint64 maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileImages : public QObject
{
    Q_OBJECT

private slots:
    void unsafePaths_data();
    void unsafePaths();
    void symlinkEscapeIsListedVerbatim();
    void deviceNodes();
    void hugeDeclaredSizeWithoutData();
    void gzipBombStaysBounded();
    void veryDeepDirectories();
    void manyEntriesAreCapped();
    void oversizedManifest_data();
    void oversizedManifest();
    void descriptorSizeLies_data();
    void descriptorSizeLies();
};

void TestHostileImages::unsafePaths_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("parent") << QByteArrayLiteral("../escape");
    QTest::newRow("absolute") << QByteArrayLiteral("/etc/passwd");
    QTest::newRow("climbs-after-dir") << QByteArrayLiteral("usr/../../etc/shadow");
    QTest::newRow("dot-slash-parent") << QByteArrayLiteral("./../x");
    QTest::newRow("deep-climb") << QByteArrayLiteral("a/b/../../../../root/.ssh/authorized_keys");
}

void TestHostileImages::unsafePaths()
{
    QFETCH(QByteArray, name);
    const QByteArray layer = file(QByteArrayLiteral("ok"), "fine") + file(name, "owned") + endOfArchive();
    const auto scan = LayerScanner().scanBytes(layer, QStringLiteral("hostile"));
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->unsafeEntries, QStringList{QString::fromUtf8(name)});
    QCOMPARE(scan->entries.size(), 1);
    QCOMPARE(scan->entries.first().path, QStringLiteral("ok"));
    QCOMPARE(scan->entryCount, 2);
}

void TestHostileImages::symlinkEscapeIsListedVerbatim()
{
    // The scanner never extracts, so a symlink pointing outside the root cannot be followed by
    // it; it must still show the real target so that the inspector can display it.
    const QByteArray layer = tarHeader(QByteArrayLiteral("etc/evil"), '2', 0, QByteArrayLiteral("../../../../etc/shadow"))
        + tarHeader(QByteArrayLiteral("etc/abs"), '2', 0, QByteArrayLiteral("/proc/self/root"))
        + tarHeader(QByteArrayLiteral("etc/hard"), '1', 0, QByteArrayLiteral("../../outside")) + endOfArchive();
    const auto scan = LayerScanner().scanBytes(layer, QStringLiteral("symlinks"));
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->entries.size(), 3);
    QCOMPARE(scan->entries.at(0).type, LayerEntry::Type::Symlink);
    QCOMPARE(scan->entries.at(0).linkTarget, QStringLiteral("../../../../etc/shadow"));
    QCOMPARE(scan->entries.at(1).linkTarget, QStringLiteral("/proc/self/root"));
    QCOMPARE(scan->entries.at(2).type, LayerEntry::Type::Hardlink);
    QCOMPARE(scan->entries.at(2).linkTarget, QStringLiteral("../../outside"));
}

void TestHostileImages::deviceNodes()
{
    const QByteArray layer = tarHeader(QByteArrayLiteral("dev/mem"), '3', 0, {}, 1, 1)
        + tarHeader(QByteArrayLiteral("dev/sda"), '4', 0, {}, 8, 0)
        + tarHeader(QByteArrayLiteral("dev/pipe"), '6', 0) + endOfArchive();
    const auto scan = LayerScanner().scanBytes(layer, QStringLiteral("devices"));
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->entries.size(), 3);
    QCOMPARE(scan->entries.at(0).type, LayerEntry::Type::CharDevice);
    QCOMPARE(scan->entries.at(1).type, LayerEntry::Type::BlockDevice);
    QCOMPARE(scan->entries.at(2).type, LayerEntry::Type::Fifo);
    QCOMPARE(scan->uncompressedSize, 0); // devices add no content size
}

void TestHostileImages::hugeDeclaredSizeWithoutData()
{
    // A header declaring 1 TiB followed by 4 KiB: the scan must fail as damaged, not allocate.
    const qint64 before = maxRssKiB();
    const QByteArray layer = tarHeader(QByteArrayLiteral("sparse"), '0', qint64(1) << 40) + QByteArray(4096, 'x');
    const auto scan = LayerScanner().scanBytes(layer, QStringLiteral("huge"));
    QVERIFY(!scan);
    QCOMPARE(scan.error().code, QStringLiteral("oci.layer.read"));
    QCOMPARE(scan.error().location, QStringLiteral("huge"));
    QVERIFY(!scan.error().hint.isEmpty());
    QVERIFY2(maxRssKiB() - before < 64 * 1024, "scanning a lying header grew memory by more than 64 MiB");
}

void TestHostileImages::gzipBombStaysBounded()
{
    const qint64 zeros = qint64(256) << 20; // 256 MiB of zeros, ~250 KiB compressed
    const QByteArray bomb = gzipBomb(zeros);
    QVERIFY(bomb.size() < 2 * 1024 * 1024);
    const qint64 before = maxRssKiB();
    const auto scan = LayerScanner().scanBytes(bomb, QStringLiteral("bomb"));
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->compression, QStringLiteral("gzip"));
    QCOMPARE(scan->uncompressedSize, zeros);
    QCOMPARE(scan->compressedSize, bomb.size());
    QVERIFY2(maxRssKiB() - before < 64 * 1024, "a gzip bomb grew memory by more than 64 MiB");
}

void TestHostileImages::veryDeepDirectories()
{
    QByteArray deep;
    for (int i = 0; i < 2000; ++i)
        deep += "d/";
    deep += "leaf";
    const QByteArray layer = longFile(deep, "x") + file(QByteArrayLiteral("after"), "y") + endOfArchive();
    const auto scan = LayerScanner().scanBytes(layer, QStringLiteral("deep"));
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->entries.size(), 2);
    QCOMPARE(scan->entries.at(0).path, QString::fromUtf8(deep));
    QCOMPARE(scan->entries.at(1).path, QStringLiteral("after"));
}

void TestHostileImages::manyEntriesAreCapped()
{
    QByteArray layer;
    for (int i = 0; i < 3000; ++i)
        layer += tarHeader("f" + QByteArray::number(i), '0', 0);
    layer += endOfArchive();
    LayerScanOptions options;
    options.maxEntries = 100;
    const auto scan = LayerScanner(options).scanBytes(gzip(layer), QStringLiteral("many"));
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));
    QCOMPARE(scan->entries.size(), 100);
    QVERIFY(scan->truncated);
    QCOMPARE(scan->entryCount, 3000);
}

void TestHostileImages::oversizedManifest_data()
{
    QTest::addColumn<bool>("index");
    QTest::newRow("manifest") << false;
    QTest::newRow("index") << true;
}

void TestHostileImages::oversizedManifest()
{
    QFETCH(bool, index);
    // Valid JSON padded with an annotation until it is 1 byte over the 4 MiB limit.
    const QByteArray head = index ? QByteArrayLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[],\"annotations\":{\"pad\":\"")
                                  : QByteArrayLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\",\"size\":2},\"layers\":[],\"annotations\":{\"pad\":\"");
    const QByteArray tail = QByteArrayLiteral("\"}}");
    QByteArray bytes = head + QByteArray(MaxManifestSize + 1 - head.size() - tail.size(), 'a') + tail;
    QCOMPARE(bytes.size(), MaxManifestSize + 1);
    const QString expectedCode = index ? QStringLiteral("oci.index.too-large") : QStringLiteral("oci.manifest.too-large");
    if (index) {
        const auto parsed = ImageIndex::parse(bytes, {}, QStringLiteral("big"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, expectedCode);
    } else {
        const auto parsed = ImageManifest::parse(bytes, {}, QStringLiteral("big"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, expectedCode);
    }
    // Exactly at the limit is accepted.
    bytes.remove(head.size(), 1);
    if (index)
        QVERIFY(ImageIndex::parse(bytes));
    else
        QVERIFY(ImageManifest::parse(bytes));
}

void TestHostileImages::descriptorSizeLies_data()
{
    QTest::addColumn<qint64>("sizeDelta");
    QTest::addColumn<bool>("wrongDigest");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("declares-half") << qint64(-1000000) << false << QStringLiteral("oci.content.size-mismatch");
    QTest::newRow("declares-more") << qint64(1) << false << QStringLiteral("oci.content.size-mismatch");
    QTest::newRow("declares-zero") << qint64(INT_MIN) << false << QStringLiteral("oci.content.size-mismatch");
    QTest::newRow("right-size-wrong-digest") << qint64(0) << true << QString();
}

void TestHostileImages::descriptorSizeLies()
{
    QFETCH(qint64, sizeDelta);
    QFETCH(bool, wrongDigest);
    QFETCH(QString, expectedCode);
    const QByteArray layer = gzip(file(QByteArrayLiteral("a"), QByteArray(5000, 'a')) + endOfArchive());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("blob"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(layer);
    out.close();

    Descriptor descriptor;
    descriptor.mediaType = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
    descriptor.digest = wrongDigest ? Digest::of("something else") : Digest::of(layer);
    descriptor.size = sizeDelta == INT_MIN ? 0 : sizeDelta == -1000000 ? layer.size() / 2 : layer.size() + sizeDelta;

    const auto scan = LayerScanner().scanFile(path, descriptor);
    QVERIFY2(!scan, "a blob that does not match its descriptor was scanned as valid");
    if (!expectedCode.isEmpty())
        QCOMPARE(scan.error().code, expectedCode);
    QVERIFY(!scan.error().message.isEmpty());
    QCOMPARE(scan.error().location, path);

    // Control: the honest descriptor scans.
    descriptor.digest = Digest::of(layer);
    descriptor.size = layer.size();
    QVERIFY(LayerScanner().scanFile(path, descriptor));
}

QTEST_GUILESS_MAIN(TestHostileImages)
#include "tst_hostileimages.moc"
