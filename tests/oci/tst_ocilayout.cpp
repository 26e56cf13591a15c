#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"
#include "core/oci/ocilayoutwriter.h"
#include "tests/oci/ocitestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;
using namespace Manifold::Test::Oci;

namespace {

struct TwoPlatformLayout
{
    Descriptor amd64;
    Descriptor arm64;
    Descriptor index;
};

TwoPlatformLayout writeLayout(const QString &dir)
{
    OciLayoutWriter writer(dir);
    TwoPlatformLayout result;
    if (!writer.begin().ok())
        return result;
    result.amd64 = addImage(writer, {Platform("linux", "amd64"), Platform("linux", "amd64"), {{{"bin/sh", elfHeader(2, 1, 62)}}}});
    result.arm64 = addImage(writer, {Platform("linux", "arm64", "v8"), Platform("linux", "arm64", "v8"), {{{"bin/sh", elfHeader(2, 1, 183)}}}});
    result.index = addIndex(writer, {result.amd64, result.arm64}, "latest");
    Descriptor plain = result.amd64;
    plain.platform.reset();
    writer.addIndexEntry(plain, "amd64");
    if (!writer.commit().ok())
        return {};
    return result;
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestOciLayout : public QObject
{
    Q_OBJECT

private slots:
    void writeThenRead()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath("layout");
        const TwoPlatformLayout layout = writeLayout(dir);
        QVERIFY(!layout.index.digest.isEmpty());
        QVERIFY(QFile::exists(dir + "/oci-layout"));
        QCOMPARE(entriesOf(temp.path()), QStringList{"layout"}); // no staging directory left

        Result<std::shared_ptr<OciLayoutSource>> source = OciLayoutSource::openDirectory(dir);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        QCOMPARE((*source)->references(), (QStringList{"latest", "amd64"}));
        QCOMPARE((*source)->describe(), "oci-layout:" + QFileInfo(dir).absoluteFilePath());
        Result<QByteArray> indexBytes = (*source)->fetchManifest(layout.index).result();
        QVERIFY(indexBytes.ok());
        Result<ImageIndex> index = ImageIndex::parse(*indexBytes, layout.index.mediaType);
        QVERIFY(index.ok());
        QCOMPARE(index->manifests().size(), 2);
        QCOMPARE(index->manifests().at(1).platform->toDisplayString(), QString("linux/arm64/v8"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected"); // "index", "amd64", or an error code
        QTest::newRow("tag latest") << "latest" << "index";
        QTest::newRow("empty means latest") << "" << "index";
        QTest::newRow("tag amd64") << "amd64" << "amd64";
        QTest::newRow("index digest") << "@index" << "index";
        QTest::newRow("platform manifest digest (not in index.json)") << "@arm64" << "arm64";
        QTest::newRow("unknown tag") << "nope" << "oci.layout.unknown-reference";
        QTest::newRow("bad digest") << "sha256:zz" << "oci.digest.invalid";
        QTest::newRow("absent digest") << "sha256:" + QString(64, '0') << "oci.layout.unknown-reference";
    }
    void resolve()
    {
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QTemporaryDir temp;
        const TwoPlatformLayout layout = writeLayout(temp.path() + "/l");
        auto source = *OciLayoutSource::openDirectory(temp.path() + "/l");
        if (reference == "@index")
            reference = layout.index.digest.toString();
        else if (reference == "@arm64")
            reference = layout.arm64.digest.toString();
        Result<Descriptor> resolved = source->resolve(reference).result();
        if (expected.startsWith("oci.")) {
            QVERIFY(!resolved.ok());
            QCOMPARE(resolved.error().code, expected);
            QVERIFY(!resolved.error().hint.isEmpty());
            return;
        }
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().toString()));
        const Descriptor want = expected == "index" ? layout.index : expected == "amd64" ? layout.amd64 : layout.arm64;
        QCOMPARE(resolved->digest, want.digest);
        QCOMPARE(resolved->size, want.size);
    }

    void corruptBlobIsRefused_data()
    {
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("same size, other bytes") << QByteArray() << "oci.content.digest-mismatch";
        QTest::newRow("truncated") << QByteArray("{}") << "oci.content.size-mismatch";
    }
    void corruptBlobIsRefused()
    {
        QFETCH(QByteArray, replacement);
        QFETCH(QString, errorCode);
        QTemporaryDir temp;
        const TwoPlatformLayout layout = writeLayout(temp.path() + "/l");
        QFile blob(temp.path() + "/l/" + layout.amd64.digest.blobPath());
        QVERIFY(blob.open(QIODevice::ReadWrite));
        QByteArray bytes = blob.readAll();
        if (replacement.isEmpty())
            bytes[bytes.size() - 2] = bytes.at(bytes.size() - 2) == ' ' ? '\t' : ' ';
        else
            bytes = replacement;
        blob.resize(0);
        blob.seek(0);
        blob.write(bytes);
        blob.close();
        auto source = *OciLayoutSource::openDirectory(temp.path() + "/l");
        Result<QByteArray> fetched = source->fetchManifest(layout.amd64).result();
        QVERIFY(!fetched.ok());
        QCOMPARE(fetched.error().code, errorCode);
        // Streaming to a file fails the same way and leaves no file behind.
        Result<QString> file = source->fetchBlobToFile(layout.amd64, temp.path() + "/out").result();
        QVERIFY(!file.ok());
        QVERIFY(!QFile::exists(temp.path() + "/out"));
    }

    void fetchBlobToFileVerifiesAndReportsProgress()
    {
        QTemporaryDir temp;
        const TwoPlatformLayout layout = writeLayout(temp.path() + "/l");
        auto source = *OciLayoutSource::openDirectory(temp.path() + "/l");
        const ImageManifest manifest = *ImageManifest::parse(*source->fetchManifestNow(layout.arm64), MediaType::OciManifest);
        const Descriptor layer = manifest.layers().first();
        qint64 last = -1;
        Result<QString> file = source->fetchBlobToFile(layer, temp.path() + "/layer.tgz",
                                                       [&last](qint64 done, qint64) { last = done; }).result();
        QVERIFY(file.ok());
        QCOMPARE(last, layer.size);
        QCOMPARE(QFileInfo(*file).size(), layer.size);

        CancelToken cancel;
        cancel.cancel();
        Result<QString> cancelled = source->fetchBlobToFile(layer, temp.path() + "/c.tgz", {}, cancel).result();
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QString("oci.cancelled"));
        QVERIFY(!QFile::exists(temp.path() + "/c.tgz"));
    }

    void openErrors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("missing directory") << "none" << "oci.layout.missing";
        QTest::newRow("no oci-layout") << "empty" << "oci.layout.not-a-layout";
        QTest::newRow("wrong version") << "version" << "oci.layout.version";
        QTest::newRow("broken index.json") << "index" << "oci.index.json";
        QTest::newRow("no index.json") << "noindex" << "oci.layout.missing-file";
    }
    void openErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, errorCode);
        QTemporaryDir temp;
        const QString dir = temp.path() + "/l";
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir + "/" + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        if (setup != "none")
            QDir().mkpath(dir);
        if (setup == "version")
            write("oci-layout", R"({"imageLayoutVersion":"2.0.0"})");
        if (setup == "index" || setup == "noindex")
            write("oci-layout", R"({"imageLayoutVersion":"1.0.0"})");
        if (setup == "index")
            write("index.json", "{");
        Result<std::shared_ptr<OciLayoutSource>> source = OciLayoutSource::openDirectory(dir);
        QVERIFY(!source.ok());
        QCOMPARE(source.error().code, errorCode);
        QVERIFY(!source.error().hint.isEmpty());
    }

    // A writer that fails or is abandoned midway leaves neither the target nor its staging dir.
    void failedWriteLeavesNothing_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("blob digest mismatch") << "blob" << "oci.content.digest-mismatch";
        QTest::newRow("index lists a missing blob") << "missing" << "oci.layout.incomplete";
        QTest::newRow("abandoned before commit") << "abandon" << "";
        QTest::newRow("file copy with wrong size") << "file" << "oci.content.size-mismatch";
    }
    void failedWriteLeavesNothing()
    {
        QFETCH(QString, failure);
        QFETCH(QString, errorCode);
        QTemporaryDir temp;
        const QString target = temp.path() + "/out";
        {
            OciLayoutWriter writer(target);
            QVERIFY(writer.begin().ok());
            QVERIFY(QDir(writer.stagingDirectory()).exists());
            QVERIFY(writer.addBlob(MediaType::OciConfig, "{}").ok());
            Status status;
            if (failure == "blob") {
                Descriptor wrong = Descriptor::forContent(MediaType::OciLayerGzip, "expected");
                status = writer.addBlob(wrong, "actual!!");
            } else if (failure == "missing") {
                writer.addIndexEntry(Descriptor::forContent(MediaType::OciManifest, "never written"), "latest");
                status = writer.commit();
            } else if (failure == "file") {
                QFile file(temp.path() + "/blob");
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("twelve bytes");
                file.close();
                Descriptor descriptor = Descriptor::forContent(MediaType::OciLayerTar, "eleven byte");
                status = writer.addBlobFromFile(descriptor, file.fileName());
                QVERIFY(!QFile::exists(writer.stagingPathFor(descriptor)));
            }
            if (!errorCode.isEmpty()) {
                QVERIFY(!status.ok());
                QCOMPARE(status.error().code, errorCode);
            }
        }
        QCOMPARE(entriesOf(temp.path()), failure == "file" ? QStringList{"blob"} : QStringList());
    }

    void replaceIsAtomicAndMergeKeepsEntries()
    {
        QTemporaryDir temp;
        const QString dir = temp.path() + "/l";
        const TwoPlatformLayout first = writeLayout(dir);

        // A failed replacement leaves the old layout intact.
        {
            OciLayoutWriter writer(dir);
            QVERIFY(writer.begin().ok());
            writer.addIndexEntry(Descriptor::forContent(MediaType::OciManifest, "missing"), "latest");
            QVERIFY(!writer.commit().ok());
        }
        QCOMPARE((*OciLayoutSource::openDirectory(dir))->references(), (QStringList{"latest", "amd64"}));

        // Merge keeps the existing tags and blobs and adds one.
        {
            OciLayoutWriter writer(dir, OciLayoutWriter::Mode::Merge);
            QVERIFY(writer.begin().ok());
            const Descriptor extra = addImage(writer, {Platform("linux", "s390x"), Platform("linux", "s390x"), {{{"bin/sh", elfHeader(2, 2, 22)}}}});
            Descriptor tagged = extra;
            tagged.platform.reset();
            writer.addIndexEntry(tagged, "s390x");
            QVERIFY(writer.commit().ok());
        }
        auto merged = *OciLayoutSource::openDirectory(dir);
        QCOMPARE(merged->references(), (QStringList{"latest", "amd64", "s390x"}));
        QVERIFY(merged->fetchManifestNow(first.arm64).ok());

        // Replace drops what the new writer did not add.
        {
            OciLayoutWriter writer(dir);
            QVERIFY(writer.begin().ok());
            const Descriptor only = addImage(writer, {Platform("linux", "amd64"), Platform("linux", "amd64"), {{{"a", "b"}}}});
            writer.addIndexEntry(only, "only");
            QVERIFY(writer.commit().ok());
        }
        auto replaced = *OciLayoutSource::openDirectory(dir);
        QCOMPARE(replaced->references(), QStringList{"only"});
        QVERIFY(!replaced->fetchManifestNow(first.arm64).ok());
        QCOMPARE(entriesOf(temp.path()), QStringList{"l"});
    }

    void refusesToOverwriteOtherContent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("a file") << "file" << "oci.layout.target-not-directory";
        QTest::newRow("a non-layout directory") << "dir" << "oci.layout.target-not-layout";
    }
    void refusesToOverwriteOtherContent()
    {
        QFETCH(QString, kind);
        QFETCH(QString, errorCode);
        QTemporaryDir temp;
        const QString target = temp.path() + "/t";
        if (kind == "file") {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QDir().mkpath(target);
            QFile file(target + "/precious.txt");
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        OciLayoutWriter writer(target);
        Status status = writer.begin();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, errorCode);
        if (kind == "dir")
            QVERIFY(QFile::exists(target + "/precious.txt"));
    }
};

QTEST_GUILESS_MAIN(TestOciLayout)
#include "tst_ocilayout.moc"
