#include "core/oci/ocilayoutwriter.h"
#include "tests/oci/ocitestdata.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;
using namespace Manifold::Test::Oci;

// `manifold inspect` / `manifold verify` run as processes on layouts and archives built here.
class TestInspectCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_good;
    QString m_mislabelled;

private slots:
    void initTestCase()
    {
        const Platform amd64("linux", "amd64");
        const Platform arm64("linux", "arm64", "v8");
        auto write = [](const QString &dir, const QList<TestImage> &images, bool attestation) {
            OciLayoutWriter writer(dir);
            QVERIFY(writer.begin().ok());
            QList<Descriptor> entries;
            for (const TestImage &image : images)
                entries.append(addImage(writer, image));
            if (attestation)
                entries.append(addAttestation(writer, entries.first()));
            addIndex(writer, entries, "latest");
            Descriptor single = entries.first();
            single.platform.reset();
            writer.addIndexEntry(single, "first");
            QVERIFY(writer.commit().ok());
        };
        m_good = m_temp.path() + "/good";
        m_mislabelled = m_temp.path() + "/mislabelled";
        write(m_good, {{amd64, amd64, {{{"bin/app", elfHeader(2, 1, 62)}}}}, {arm64, arm64, {{{"bin/app", elfHeader(2, 1, 183)}}}}}, true);
        write(m_mislabelled, {{amd64, amd64, {{{"usr/local/bin/server", elfHeader(2, 1, 183)}}}}}, false);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::newRow("inspect layout") << QStringList{"inspect", "@good"} << 0 << "linux/arm64/v8";
        QTest::newRow("inspect explains the attestation") << QStringList{"inspect", "@good"} << 0 << "Attestations";
        QTest::newRow("inspect --layers shows binaries") << QStringList{"inspect", "--layers", "@good"} << 0 << "1 × linux/arm64";
        QTest::newRow("inspect one tag via oci:DIR:REF") << QStringList{"inspect", "oci:@good:first"} << 0 << "linux/amd64";
        QTest::newRow("verify clean") << QStringList{"verify", "--no-host", "@good"} << 0 << "OK: 0 errors";
        QTest::newRow("verify mislabelled names the file") << QStringList{"verify", "--no-host", "@mislabelled"} << 1 << "usr/local/bin/server";
        QTest::newRow("verify expects arm64 on a single-arch tag")
            << QStringList{"verify", "--no-host", "--platform", "linux/amd64,linux/arm64", "oci:@good:first"} << 1 << "single-arch-tag";
        QTest::newRow("verify with host section") << QStringList{"verify", "@good"} << 0 << "On this host";
        QTest::newRow("missing path") << QStringList{"inspect", "/nonexistent/layout"} << 1 << "";
        QTest::newRow("no argument") << QStringList{"verify"} << 2 << "";
        QTest::newRow("bad platform") << QStringList{"verify", "--platform", "linux/amd64/v8/x", "@good"} << 2 << "";
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        for (QString &argument : arguments) {
            argument.replace("@good", m_good);
            argument.replace("@mislabelled", m_mislabelled);
        }
        QByteArray out, err;
        QCOMPARE(Manifold::Test::runManifold(arguments, &out, &err), exitCode);
        if (!stdoutContains.isEmpty())
            QVERIFY2(out.contains(stdoutContains.toUtf8()), out.constData());
        if (exitCode != 0 && stdoutContains.isEmpty())
            QVERIFY2(err.contains("error"), err.constData());
    }

    void verifyJson()
    {
        QByteArray out;
        QCOMPARE(Manifold::Test::runManifold({"verify", "--json", "--no-host", m_mislabelled}, &out), 1);
        const QJsonObject report = QJsonDocument::fromJson(out).object().value("report").toObject();
        QCOMPARE(report.value("ok").toBool(), false);
        const QJsonObject finding = report.value("findings").toArray().first().toObject();
        QCOMPARE(finding.value("id").toString(), QString("foreign-binaries"));
        QCOMPARE(finding.value("evidence").toArray().first().toString(), QString("usr/local/bin/server"));
        QVERIFY(!finding.value("fix").toString().isEmpty());
    }

    void dockerArchiveThroughTheCli()
    {
        const QByteArray layer = makeTar({{"bin/busybox", elfHeader(2, 1, 183)}});
        const QByteArray config = configJson(Platform("linux", "arm64"));
        const QByteArray manifest = R"([{"Config":"c.json","RepoTags":["busybox:latest"],"Layers":["l/layer.tar"]}])";
        QFile archive(m_temp.path() + "/saved.tar");
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write(makeTar({{"l/layer.tar", layer}, {"c.json", config}, {"manifest.json", manifest}}));
        archive.close();
        QByteArray out;
        QCOMPARE(Manifold::Test::runManifold({"inspect", "--json", "--layers", "docker-archive:" + archive.fileName() + ":busybox:latest"}, &out), 0);
        const QJsonObject tree = QJsonDocument::fromJson(out).object().value("tree").toObject();
        QCOMPARE(tree.value("platforms").toArray().first().toString(), QString("linux/arm64"));
        // Sniffed without a prefix too.
        QCOMPARE(Manifold::Test::runManifold({"verify", "--no-host", archive.fileName()}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestInspectCli)
#include "tst_inspectcli.moc"
