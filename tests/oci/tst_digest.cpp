#include "core/oci/digest.h"

#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sha256 empty") << QByteArray() << int(DigestAlgorithm::Sha256)
            << "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("sha256 abc") << QByteArray("abc") << int(DigestAlgorithm::Sha256)
            << "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("sha256 empty json object") << QByteArray("{}") << int(DigestAlgorithm::Sha256)
            << "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        QTest::newRow("sha512 abc") << QByteArray("abc") << int(DigestAlgorithm::Sha512)
            << "sha512:ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";
    }
    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, algorithm);
        QFETCH(QString, expected);
        QCOMPARE(Digest::of(input, DigestAlgorithm(algorithm)).toString(), expected);
        Result<Digest> parsed = Digest::parse(expected);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, Digest::of(input, DigestAlgorithm(algorithm)));
    }

    void streamingEqualsOneShot_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        QTest::newRow("1 byte chunks") << 1000 << 1;
        QTest::newRow("odd chunks") << 100000 << 977;
        QTest::newRow("one chunk") << 65536 << 65536;
        QTest::newRow("empty") << 0 << 7;
    }
    void streamingEqualsOneShot()
    {
        QFETCH(int, size);
        QFETCH(int, chunk);
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            data[i] = char(i * 31 + 7);
        for (DigestAlgorithm algorithm : {DigestAlgorithm::Sha256, DigestAlgorithm::Sha512}) {
            DigestHasher hasher(algorithm);
            for (int offset = 0; offset < size; offset += chunk)
                hasher.addData(data.mid(offset, chunk));
            QCOMPARE(hasher.bytesHashed(), qint64(size));
            QCOMPARE(hasher.result(), Digest::of(data, algorithm));
        }
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorCode"); // empty = valid
        const QString hex64(64, QLatin1Char('a'));
        QTest::newRow("valid sha256") << "sha256:" + hex64 << "";
        QTest::newRow("valid sha512") << "sha512:" + QString(128, QLatin1Char('0')) << "";
        QTest::newRow("no prefix") << hex64 << "oci.digest.invalid";
        QTest::newRow("unknown algorithm") << "md5:" + QString(32, QLatin1Char('a')) << "oci.digest.unsupported-algorithm";
        QTest::newRow("uppercase hex") << "sha256:" + QString(64, QLatin1Char('A')) << "oci.digest.invalid";
        QTest::newRow("short") << "sha256:abc" << "oci.digest.invalid";
        QTest::newRow("path traversal") << "sha256:../../etc/passwd" << "oci.digest.invalid";
        QTest::newRow("url injection") << "sha256:" + QString(63, QLatin1Char('a')) + "?" << "oci.digest.invalid";
        QTest::newRow("sha512 length for sha256") << "sha256:" + QString(128, QLatin1Char('a')) << "oci.digest.invalid";
        QTest::newRow("empty") << "" << "oci.digest.invalid";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorCode);
        Result<Digest> digest = Digest::parse(text, "somewhere");
        if (errorCode.isEmpty()) {
            QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().toString()));
            QCOMPARE(digest->toString(), text);
            QVERIFY(digest->blobPath().startsWith("blobs/sha"));
        } else {
            QVERIFY(!digest.ok());
            QCOMPARE(digest.error().code, errorCode);
            QCOMPARE(digest.error().location, QString("somewhere"));
            QVERIFY(!digest.error().hint.isEmpty());
        }
    }

    void verifier_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expectedContent");
        QTest::addColumn<qint64>("expectedSize");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("match") << QByteArray("hello") << QByteArray("hello") << qint64(5) << "";
        QTest::newRow("unknown size") << QByteArray("hello") << QByteArray("hello") << qint64(-1) << "";
        QTest::newRow("truncated") << QByteArray("hell") << QByteArray("hello") << qint64(5) << "oci.content.size-mismatch";
        QTest::newRow("too long") << QByteArray("hello!") << QByteArray("hello") << qint64(5) << "oci.content.size-mismatch";
        QTest::newRow("same size other bytes") << QByteArray("jello") << QByteArray("hello") << qint64(5) << "oci.content.digest-mismatch";
    }
    void verifier()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expectedContent);
        QFETCH(qint64, expectedSize);
        QFETCH(QString, errorCode);
        const Digest expected = Digest::of(expectedContent);
        Status whole = verifyContent(content, expected, expectedSize, "blob");
        QCOMPARE(whole.ok() ? QString() : whole.error().code, errorCode);

        // Streaming: one byte at a time, stopping at the first error.
        ContentVerifier verifier(expected, expectedSize, "blob");
        Status streamed;
        for (char c : content) {
            streamed = verifier.addData(&c, 1);
            if (!streamed)
                break;
        }
        if (streamed)
            streamed = verifier.finish();
        QCOMPARE(streamed.ok() ? QString() : streamed.error().code, errorCode);
    }

    void oversizedStreamFailsBeforeTheEnd()
    {
        // Size is checked first: the verifier refuses the byte that passes the declared size
        // instead of hashing an unbounded stream.
        ContentVerifier verifier(Digest::of("abc"), 3, "blob");
        QVERIFY(verifier.addData(QByteArray("abc")).ok());
        Status status = verifier.addData(QByteArray("d"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QString("oci.content.size-mismatch"));
        QCOMPARE(verifier.bytesSeen(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
