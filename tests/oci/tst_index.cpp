#include "core/oci/index.h"
#include "core/oci/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;

namespace {

QJsonObject entry(char fill, const QString &platform, const QString &mediaType = MediaType::OciManifest)
{
    QJsonObject object;
    object.insert("mediaType", mediaType);
    object.insert("digest", QString("sha256:" + QString(64, QLatin1Char(fill))));
    object.insert("size", 100);
    if (!platform.isEmpty()) {
        const QStringList parts = platform.split('/');
        QJsonObject p{{"os", parts.value(0)}, {"architecture", parts.value(1)}};
        if (parts.size() > 2)
            p.insert("variant", parts.value(2));
        object.insert("platform", p);
    }
    return object;
}

QJsonObject attestation(char fill, char subject)
{
    QJsonObject object = entry(fill, "unknown/unknown");
    object.insert("annotations", QJsonObject{{"vnd.docker.reference.type", "attestation-manifest"},
                                             {"vnd.docker.reference.digest", QString("sha256:" + QString(64, QLatin1Char(subject)))}});
    return object;
}

QByteArray indexJson(const QJsonArray &entries, const QString &mediaType = MediaType::OciIndex)
{
    QJsonObject object{{"schemaVersion", 2}, {"manifests", entries}};
    if (!mediaType.isEmpty())
        object.insert("mediaType", mediaType);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestIndex : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<int>("platformEntries");
        QTest::newRow("oci index") << indexJson({entry('a', "linux/amd64"), entry('b', "linux/arm64")}) << QString() << "" << 2;
        QTest::newRow("docker list") << indexJson({entry('a', "linux/amd64", MediaType::DockerManifest)}, MediaType::DockerManifestList)
                                     << MediaType::DockerManifestList << "" << 1;
        QTest::newRow("layout index.json without mediaType") << indexJson({entry('a', "linux/amd64")}, QString()) << MediaType::OciIndex << "" << 1;
        QTest::newRow("attestation not a platform") << indexJson({entry('a', "linux/amd64"), attestation('f', 'a')}) << QString() << "" << 1;
        QTest::newRow("empty index") << indexJson({}) << QString() << "" << 0;
        QTest::newRow("artifact entry of unknown type") << indexJson({entry('a', "linux/amd64"), entry('c', QString(), "application/vnd.example")})
                                                        << QString() << "" << 2;
        QTest::newRow("missing media type") << indexJson({entry('a', "linux/amd64")}, QString()) << QString() << "oci.index.media-type" << 0;
        QTest::newRow("manifest type") << indexJson({}, MediaType::OciManifest) << QString() << "oci.index.media-type" << 0;
        QTest::newRow("body differs") << indexJson({}) << MediaType::DockerManifestList << "oci.index.media-type-mismatch" << 0;
        QTest::newRow("no manifests") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\"}")
                                      << QString() << "oci.index.missing-field" << 0;
        QTest::newRow("bad entry digest") << indexJson({QJsonObject{{"mediaType", MediaType::OciManifest}, {"digest", "sha256:../x"}, {"size", 1}}})
                                          << QString() << "oci.digest.invalid" << 0;
        QTest::newRow("not json") << QByteArray("<html>") << QString() << "oci.index.json" << 0;
        QTest::newRow("schema version 1") << QByteArray("{\"schemaVersion\":1}") << QString() << "oci.index.schema-version" << 0;
        QTest::newRow("too large") << QByteArray(MaxManifestSize + 1, ' ') << QString() << "oci.index.too-large" << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedType);
        QFETCH(QString, errorCode);
        QFETCH(int, platformEntries);
        Result<ImageIndex> index = ImageIndex::parse(bytes, expectedType, "index.json");
        if (!errorCode.isEmpty()) {
            QVERIFY(!index.ok());
            QCOMPARE(index.error().code, errorCode);
            QVERIFY(!index.error().hint.isEmpty());
            return;
        }
        QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().toString()));
        QCOMPARE(index->rawBytes(), bytes);
        QCOMPARE(index->digest(), Digest::of(bytes));
        QCOMPARE(index->platformEntries().size(), platformEntries);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("clean with attestation") << indexJson({entry('a', "linux/amd64"), entry('b', "linux/arm64/v8"), attestation('f', 'a')})
                                                << QStringList();
        QTest::newRow("duplicate platform") << indexJson({entry('a', "linux/amd64"), entry('b', "linux/amd64")})
                                            << QStringList{"oci.index.duplicate-platform"};
        QTest::newRow("duplicate after normalization") << indexJson({entry('a', "linux/arm64"), entry('b', "linux/arm64/v8")})
                                                       << QStringList{"oci.index.duplicate-platform"};
        QTest::newRow("amd64 with v8") << indexJson({entry('a', "linux/amd64/v8")}) << QStringList{"oci.index.invalid-platform"};
        QTest::newRow("entry without platform") << indexJson({entry('a', QString())}) << QStringList{"oci.index.missing-platform"};
        QTest::newRow("dangling attestation") << indexJson({entry('a', "linux/amd64"), attestation('f', 'e')})
                                              << QStringList{"oci.index.dangling-attestation"};
        QTest::newRow("nested index in docker list")
            << indexJson({entry('a', "linux/amd64", MediaType::DockerManifest), entry('b', "linux/arm64", MediaType::OciIndex)}, MediaType::DockerManifestList)
            << QStringList{"oci.index.nested-index"};
    }
    void problems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, codes);
        Result<ImageIndex> index = ImageIndex::parse(bytes);
        QVERIFY(index.ok());
        QStringList actual;
        for (const Error &problem : index->problems("idx")) {
            actual.append(problem.code);
            QVERIFY(problem.location.startsWith("idx: manifests["));
            QVERIFY(!problem.hint.isEmpty());
        }
        QCOMPARE(actual, codes);
    }

    void attestationsAreMarked()
    {
        Result<ImageIndex> index = ImageIndex::parse(indexJson({entry('a', "linux/amd64"), attestation('f', 'a')}));
        QVERIFY(index.ok());
        QCOMPARE(index->attestationEntries().size(), 1);
        const Descriptor attestation = index->attestationEntries().first();
        QVERIFY(attestation.isAttestation());
        QCOMPARE(attestation.attestationSubject(), "sha256:" + QString(64, 'a'));
        QVERIFY(attestation.platform->isUnknown());
    }

    void createRoundTrips()
    {
        Descriptor a = Descriptor::forContent(MediaType::OciManifest, "a");
        a.platform = Platform("linux", "arm", "v7");
        const ImageIndex created = ImageIndex::create({a}, {{"org.opencontainers.image.ref.name", "x"}});
        Result<ImageIndex> parsed = ImageIndex::parse(created.rawBytes());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->manifests(), QList<Descriptor>{a});
        QCOMPARE(parsed->digest(), created.digest());
    }
};

QTEST_GUILESS_MAIN(TestIndex)
#include "tst_index.moc"
