#include "core/oci/layerscanner.h"
#include "tests/oci/ocitestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;
using namespace Manifold::Test::Oci;

Q_DECLARE_METATYPE(Manifold::Test::Oci::Compression)

class TestLayerScanner : public QObject
{
    Q_OBJECT

private slots:
    void identifiesBinaries_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("elf x86-64") << elfHeader(2, 1, 62) << "elf" << "linux/amd64" << 64 << false;
        QTest::newRow("elf i386") << elfHeader(1, 1, 3) << "elf" << "linux/386" << 32 << false;
        QTest::newRow("elf aarch64") << elfHeader(2, 1, 183) << "elf" << "linux/arm64" << 64 << false;
        QTest::newRow("elf arm") << elfHeader(1, 1, 40) << "elf" << "linux/arm/v7" << 32 << false;
        QTest::newRow("elf ppc64le") << elfHeader(2, 1, 21) << "elf" << "linux/ppc64le" << 64 << false;
        QTest::newRow("elf ppc64 big-endian") << elfHeader(2, 2, 21) << "elf" << "linux/ppc64" << 64 << true;
        QTest::newRow("elf s390x (big-endian)") << elfHeader(2, 2, 22) << "elf" << "linux/s390x" << 64 << true;
        QTest::newRow("elf riscv64") << elfHeader(2, 1, 243) << "elf" << "linux/riscv64" << 64 << false;
        QTest::newRow("elf unknown machine") << elfHeader(2, 1, 9999) << "elf" << "" << 64 << false;
        QTest::newRow("pe amd64") << peHeader(0x8664) << "pe" << "windows/amd64" << 64 << false;
        QTest::newRow("pe arm64") << peHeader(0xaa64) << "pe" << "windows/arm64" << 64 << false;
        QTest::newRow("pe i386") << peHeader(0x14c) << "pe" << "windows/386" << 32 << false;
        QTest::newRow("mach-o arm64") << machOThin(0x0100000c) << "macho" << "darwin/arm64" << 64 << false;
        QTest::newRow("mach-o x86_64") << machOThin(0x01000007) << "macho" << "darwin/amd64" << 64 << false;
        QTest::newRow("mach-o fat") << machOFat({0x01000007, 0x0100000c}) << "macho-fat" << "" << 0 << true;
    }
    void identifiesBinaries()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, format);
        QFETCH(QString, platform);
        QFETCH(int, bits);
        QFETCH(bool, bigEndian);
        // Through a real layer, so the header comes out of libarchive.
        Result<LayerScan> scan = LayerScanner().scanBytes(makeTar({{"usr/bin/prog", header}}, Compression::Gzip));
        QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().toString()));
        QCOMPARE(scan->binaries.size(), 1);
        const LayerBinary &binary = scan->binaries.first();
        QCOMPARE(binary.path, QString("usr/bin/prog"));
        QCOMPARE(BinaryInfo::formatName(binary.info.format), format);
        QCOMPARE(binary.info.platform.isEmpty() ? QString() : binary.info.platform.toString(), platform);
        QCOMPARE(binary.info.bits, bits);
        QCOMPARE(binary.info.bigEndian, bigEndian);
        QVERIFY(!binary.info.machineName.isEmpty());
    }

    void fatBinaryListsAllSlices()
    {
        const std::optional<BinaryInfo> info = BinaryInfo::identify(machOFat({0x01000007, 0x0100000c, 7}));
        QVERIFY(info);
        QCOMPARE(info->slices.size(), 3);
        QCOMPARE(info->slices.at(0).platform.toString(), QString("darwin/amd64"));
        QCOMPARE(info->slices.at(1).platform.toString(), QString("darwin/arm64"));
        QCOMPARE(info->slices.at(2).platform.toString(), QString("darwin/386"));
    }

    void notBinaries_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("shell script") << QByteArray("#!/bin/sh\necho hi\n");
        QTest::newRow("java class (cafebabe, version 52)") << QByteArray("\xca\xfe\xba\xbe\x00\x00\x00\x34rest of class", 20);
        QTest::newRow("truncated elf") << QByteArray("\x7f" "ELF\x02\x01", 6);
        QTest::newRow("MZ without PE header") << QByteArray("MZ") + QByteArray(100, '\0');
        QTest::newRow("text") << QByteArray("hello world");
    }
    void notBinaries()
    {
        QFETCH(QByteArray, content);
        Result<LayerScan> scan = LayerScanner().scanBytes(makeTar({{"f", content}}));
        QVERIFY(scan.ok());
        QCOMPARE(scan->binaries.size(), 0);
        QCOMPARE(scan->entries.size(), 1);
    }

    void compressions_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<QString>("name");
        QTest::newRow("tar") << Compression::None << "none";
        QTest::newRow("tar+gzip") << Compression::Gzip << "gzip";
        QTest::newRow("tar+zstd") << Compression::Zstd << "zstd";
    }
    void compressions()
    {
        QFETCH(Compression, compression);
        QFETCH(QString, name);
        const QByteArray layer = makeTar({{"bin", {}, TarEntry::Kind::Directory},
                                          {"bin/busybox", elfHeader(2, 1, 183) + QByteArray(100000, 'z')},
                                          {"bin/sh", {}, TarEntry::Kind::Symlink, "busybox", 0777},
                                          {"bin/ls", {}, TarEntry::Kind::Hardlink, "bin/busybox"},
                                          {"etc/passwd", "root:x:0:0::/root:/bin/sh\n", TarEntry::Kind::File, {}, 0644}},
                                         compression);
        Result<LayerScan> scan = LayerScanner().scanBytes(layer);
        QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().toString()));
        QCOMPARE(scan->compression, name);
        QCOMPARE(scan->entryCount, qint64(5));
        QCOMPARE(scan->entries.size(), 5);
        QCOMPARE(scan->binaries.size(), 1);
        QCOMPARE(scan->binaries.first().info.platform.toString(), QString("linux/arm64"));
        const LayerEntry &symlink = scan->entries.at(2);
        QCOMPARE(symlink.type, LayerEntry::Type::Symlink);
        QCOMPARE(symlink.linkTarget, QString("busybox"));
        QCOMPARE(scan->entries.at(3).type, LayerEntry::Type::Hardlink);
        QCOMPARE(scan->entries.at(3).linkTarget, QString("bin/busybox"));
        QCOMPARE(scan->entries.at(4).mode, 0644u);
        QCOMPARE(scan->entries.at(1).size, qint64(64 + 200 + 100000));
    }

    void whiteoutsAndUnsafeEntries()
    {
        const QByteArray layer = makeTar({{"etc/.wh.motd", {}},
                                          {"var/cache/.wh..wh..opq", {}},
                                          {".wh.tmp", {}},
                                          {"../escape", "x"},
                                          {"/abs/path", "x"},
                                          {"a/../../b", "x"},
                                          {"./ok/file", "x"}});
        Result<LayerScan> scan = LayerScanner().scanBytes(layer);
        QVERIFY(scan.ok());
        QCOMPARE(scan->whiteouts, (QStringList{"etc/motd", "tmp"}));
        QCOMPARE(scan->opaqueDirectories, QStringList{"var/cache"});
        QCOMPARE(scan->unsafeEntries.size(), 3);
        QVERIFY(scan->unsafeEntries.contains("../escape"));
        QCOMPARE(scan->entries.size(), 1);
        QCOMPARE(scan->entries.first().path, QString("ok/file"));
    }

    void capsTheFileList()
    {
        QList<TarEntry> entries;
        for (int i = 0; i < 50; ++i)
            entries.append({QString("f%1").arg(i), elfHeader(2, 1, 62)});
        LayerScanOptions options;
        options.maxEntries = 10;
        options.maxBinaries = 20;
        Result<LayerScan> scan = LayerScanner(options).scanBytes(makeTar(entries, Compression::Gzip));
        QVERIFY(scan.ok());
        QVERIFY(scan->truncated);
        QCOMPARE(scan->entries.size(), 10);
        QCOMPARE(scan->binaries.size(), 20);
        QCOMPARE(scan->entryCount, qint64(50));
    }

    void damagedLayersFail_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a tar") << QByteArray(2048, 'q');
        QByteArray truncated = makeTar({{"big", QByteArray(300000, 'r')}}, Compression::Gzip);
        truncated.chop(truncated.size() / 2);
        QTest::newRow("truncated gzip") << truncated;
    }
    void damagedLayersFail()
    {
        QFETCH(QByteArray, bytes);
        Result<LayerScan> scan = LayerScanner().scanBytes(bytes, "layer");
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().code, QString("oci.layer.read"));
        QCOMPARE(scan.error().location, QString("layer"));
    }

    void scanFileVerifiesTheBlob()
    {
        QTemporaryDir temp;
        const QByteArray layer = makeTar({{"bin/x", elfHeader(2, 1, 62)}}, Compression::Gzip);
        QFile file(temp.filePath("blob"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(layer);
        file.close();
        const Descriptor good = Descriptor::forContent("application/vnd.oci.image.layer.v1.tar+gzip", layer);
        QVERIFY(LayerScanner().scanFile(file.fileName(), good).ok());
        Descriptor wrong = good;
        wrong.digest = Digest::of("other");
        Result<LayerScan> scan = LayerScanner().scanFile(file.fileName(), wrong);
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().code, QString("oci.content.digest-mismatch"));
    }

    void cancellation()
    {
        LayerScanOptions options;
        options.cancel.cancel();
        Result<LayerScan> scan = LayerScanner(options).scanBytes(makeTar({{"a", "b"}}));
        QVERIFY(!scan.ok());
        QCOMPARE(scan.error().code, QString("oci.cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestLayerScanner)
#include "tst_layerscanner.moc"
