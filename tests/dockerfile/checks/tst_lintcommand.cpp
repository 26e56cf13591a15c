#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using Manifold::Test::runManifold;

// `manifold lint` end to end, running the built binary.
class TestLintCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        static int counter = 0;
        const QString path = m_dir.filePath(QStringLiteral("Dockerfile.%1").arg(++counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("contains");
        QTest::newRow("clean") << QByteArray("FROM alpine\nCMD [\"sh\"]\n") << QStringList{} << 0 << "no findings";
        QTest::newRow("warning-only") << QByteArray("FROM alpine AS Builder\n") << QStringList{} << 0
            << "Stage name 'Builder' should be lowercase [StageNameCasing]";
        QTest::newRow("error-true") << QByteArray("# check=error=true\nFROM alpine AS Builder\n") << QStringList{} << 1
            << "error: Stage name 'Builder'";
        QTest::newRow("skip") << QByteArray("# check=skip=StageNameCasing\nFROM alpine AS Builder\n") << QStringList{} << 0
            << "no findings";
        QTest::newRow("missing-stage-for-platform")
            << QByteArray("ARG TARGETARCH\nFROM alpine AS final_amd64\nFROM alpine AS final_arm64\nFROM final_${TARGETARCH}\n")
            << QStringList{"--platform", "linux/amd64,linux/arm/v7"} << 1 << "[MissingStageForPlatform]";
        QTest::newRow("parse-error") << QByteArray("FROM alpine\nRUN <<EOF\necho\n") << QStringList{} << 1 << "error:";
    }

    void exitCodes()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, contains);
        QByteArray out, err;
        QCOMPARE(runManifold(QStringList{QStringLiteral("lint"), write(dockerfile)} + arguments, &out, &err), exitCode);
        QVERIFY2(QString::fromUtf8(out).contains(contains), out.constData());
    }

    void json()
    {
        QByteArray out;
        QCOMPARE(runManifold({QStringLiteral("lint"), write("FROM alpine\nMAINTAINER me\nCMD sh\n"),
                              QStringLiteral("--json")}, &out),
                 0);
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("failed")).toBool(), false);
        const QJsonArray findings = result.value(QStringLiteral("findings")).toArray();
        QStringList ids;
        for (const QJsonValue &finding : findings)
            ids.append(finding.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids, (QStringList{QStringLiteral("MaintainerDeprecated"), QStringLiteral("JSONArgsRecommended")}));
    }

    void missingFile()
    {
        QByteArray out, err;
        QCOMPARE(runManifold({QStringLiteral("lint"), m_dir.filePath(QStringLiteral("absent"))}, &out, &err), 1);
        QVERIFY(!err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLintCommand)
#include "tst_lintcommand.moc"
