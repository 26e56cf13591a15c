#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

// The plan's JSON is what the GUI and the build engine consume: every field they read is checked.
class TestBuildPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("path"); // "platforms/0/stages/1/base/image"
        QTest::addColumn<QString>("expected");
        QTest::newRow("build-platform") << "buildPlatform" << "linux/amd64";
        QTest::newRow("ok") << "ok" << "true";
        QTest::newRow("platform") << "platforms/0/platform" << "linux/arm64";
        QTest::newRow("target-stage") << "platforms/0/targetStage" << "1";
        QTest::newRow("builder-name") << "platforms/0/stages/0/name" << "build";
        QTest::newRow("builder-platform") << "platforms/0/stages/0/platform" << "linux/amd64";
        QTest::newRow("builder-platform-as-written") << "platforms/0/stages/0/platformAsWritten" << "$BUILDPLATFORM";
        QTest::newRow("builder-native") << "platforms/0/stages/0/native" << "true";
        QTest::newRow("builder-image") << "platforms/0/stages/0/base/image" << "golang:1.23";
        QTest::newRow("builder-steps") << "platforms/0/stages/0/stepCount" << "3";
        QTest::newRow("builder-range-start") << "platforms/0/stages/0/range/start/line" << "2";
        QTest::newRow("final-platform") << "platforms/0/stages/1/platform" << "linux/arm64";
        QTest::newRow("final-emulated") << "platforms/0/stages/1/emulated" << "true";
        QTest::newRow("final-native") << "platforms/0/stages/1/native" << "false";
        QTest::newRow("final-image") << "platforms/0/stages/1/base/image" << "alpine:3.20";
        QTest::newRow("edge-kind") << "platforms/0/edges/2/kind" << "copy-from";
        QTest::newRow("edge-from") << "platforms/0/edges/2/from" << "0";
        QTest::newRow("edge-to") << "platforms/0/edges/2/to" << "1";
        QTest::newRow("edge-line") << "platforms/0/edges/2/range/start/line" << "7";
        QTest::newRow("image-edge") << "platforms/0/edges/0/image" << "golang:1.23";
        QTest::newRow("pruned") << "platforms/0/pruned/0" << "unused";
        QTest::newRow("order") << "platforms/0/order/1" << "1";
    }

    void fields()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QByteArray dockerfile = "ARG GO=1.23\n"
                                      "FROM --platform=$BUILDPLATFORM golang:${GO} AS build\n"
                                      "WORKDIR /src\n"
                                      "RUN go build -o /app\n"
                                      "FROM alpine:3.20\n"
                                      "RUN apk add ca-certificates\n"
                                      "COPY --from=build /app /app\n"
                                      "FROM scratch AS unused\n";
        // The last stage (unused) is the default target; --target picks the alpine stage.
        PlanOptions options;
        options.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        options.platforms = {Platform(QStringLiteral("linux"), QStringLiteral("arm64"))};
        options.target = QStringLiteral("stage-1-alias");
        const ParsedDockerfile parsed = Parser::parse(QByteArray(dockerfile).replace("FROM alpine:3.20\n", "FROM alpine:3.20 AS stage-1-alias\n"));
        const QJsonObject json = BuildPlanner::plan(parsed, options).toJson();
        QJsonValue value = json;
        for (const QString &part : path.split(QLatin1Char('/'))) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
        }
        QString actual;
        if (value.isBool())
            actual = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isDouble())
            actual = QString::number(value.toInt());
        else
            actual = value.toString();
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestBuildPlanJson)
#include "tst_buildplanjson.moc"
