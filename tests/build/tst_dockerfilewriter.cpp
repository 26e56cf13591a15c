#include "core/build/dockerfilewriter.h"
#include "core/build/executorplan.h"
#include "core/dockerfile/parser/parser.h"

#include <QFile>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Build;

// Planning per target platform and writing the engine-neutral per-platform Dockerfile, on the
// sample project and small inline files; the line map must point back at the user's lines.
class TestDockerfileWriter : public QObject
{
    Q_OBJECT

private:
    static QString sample()
    {
        QFile file(QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example/Dockerfile"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static Result<ExecutorPlan> planFor(const QString &source, const QString &platform,
                                        const QMap<QString, QString> &args = {}, const QString &target = {})
    {
        const Dockerfile::ParsedDockerfile parsed = Dockerfile::Parser::parse(source.toUtf8());
        PlanRequest request;
        request.buildArgs = args;
        request.targetStage = target;
        request.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        return ExecutorPlanner::plan(parsed, *Platform::parse(platform), request);
    }

    static void pinAll(ExecutorPlan &plan)
    {
        for (PlannedStage &stage : plan.stages) {
            if (stage.isExternalImage())
                stage.pinnedImage = stage.baseImage.section(QLatin1Char(':'), 0, -2) + QStringLiteral("@sha256:")
                                    + QString(64, stage.platform.architecture == QLatin1String("arm64") ? QLatin1Char('b')
                                                                                                       : QLatin1Char('a'));
        }
    }

private Q_SLOTS:
    void samplePlans_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("stages");
        QTest::addColumn<QStringList>("stagePlatforms");
        QTest::newRow("amd64") << QStringLiteral("linux/amd64")
                               << QStringList{QStringLiteral("amd64_builder"), QStringLiteral("arm64_builder"), QStringLiteral("final_amd64"), QStringLiteral("final")}
                               << QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"), QStringLiteral("linux/amd64"), QStringLiteral("linux/amd64")};
        QTest::newRow("arm64") << QStringLiteral("linux/arm64")
                               << QStringList{QStringLiteral("amd64_builder"), QStringLiteral("arm64_builder"), QStringLiteral("final_arm64"), QStringLiteral("final")}
                               << QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"), QStringLiteral("linux/arm64"), QStringLiteral("linux/arm64")};
    }

    void samplePlans()
    {
        QFETCH(QString, platform);
        QFETCH(QStringList, stages);
        QFETCH(QStringList, stagePlatforms);
        const Result<ExecutorPlan> plan = planFor(sample(), platform,
                                                  {{QStringLiteral("BASE_IMAGE"), QStringLiteral("127.0.0.1:5000/busybox:latest")}});
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QStringList names, platforms;
        for (const PlannedStage &stage : plan->stages) {
            names.append(stage.name);
            platforms.append(stage.platform.toString());
        }
        QCOMPARE(names, stages);
        QCOMPARE(platforms, stagePlatforms);
        QCOMPARE(plan->stage(QStringLiteral("amd64_builder"))->baseImage, QStringLiteral("127.0.0.1:5000/busybox:latest"));
        QCOMPARE(plan->stage(QStringLiteral("final"))->baseStage, names.at(2));
    }

    // linux/arm/v7 selects "final_arm", which does not exist: fail at planning, naming it and
    // the stages that do exist, with the line of the FROM.
    void missingStageForPlatform()
    {
        const Result<ExecutorPlan> plan = planFor(sample(), QStringLiteral("linux/arm/v7"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("build.plan.missing-stage"));
        QVERIFY2(plan.error().message.contains(QLatin1String("\"final_arm\"")), qPrintable(plan.error().message));
        QVERIFY2(plan.error().message.contains(QLatin1String("final_amd64, final_arm64")), qPrintable(plan.error().message));
        QVERIFY2(plan.error().hint.contains(QLatin1String("linux/arm/v7")), qPrintable(plan.error().hint));
        QCOMPARE(plan.error().location, QStringLiteral("Dockerfile:27"));
    }

    void writtenFile()
    {
        Result<ExecutorPlan> plan = planFor(sample(), QStringLiteral("linux/arm64"),
                                            {{QStringLiteral("BASE_IMAGE"), QStringLiteral("127.0.0.1:5000/busybox:latest")}});
        QVERIFY(plan.ok());
        pinAll(*plan);
        const PlatformDockerfile written = DockerfileWriter::write(*plan, sample());
        const QString text = written.text;
        const QString amd = QStringLiteral("127.0.0.1:5000/busybox@sha256:") + QString(64, QLatin1Char('a'));
        const QString arm = QStringLiteral("127.0.0.1:5000/busybox@sha256:") + QString(64, QLatin1Char('b'));
        QVERIFY2(text.contains(QStringLiteral("FROM --platform=linux/amd64 %1 AS amd64_builder\n").arg(amd)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("FROM --platform=linux/arm64 %1 AS arm64_builder\n").arg(arm)));
        QVERIFY(text.contains(QStringLiteral("FROM --platform=linux/arm64 %1 AS final_arm64\n").arg(arm)));
        QVERIFY(text.contains(QStringLiteral("FROM final_arm64 AS final\n")));
        QVERIFY(!text.contains(QLatin1String("final_amd64")));
        QVERIFY(text.contains(QLatin1String("ARG TARGETARCH=arm64\n")));
        QVERIFY(text.contains(QLatin1String("ARG TARGETPLATFORM=linux/arm64\n")));
        QVERIFY(!text.contains(QLatin1String("${BASE_IMAGE}")));
        QVERIFY(text.contains(QLatin1String("RUN echo \"built for ${TARGETPLATFORM} on $(uname -m)\" > /artifacts/built_on.txt")));

        // Every copied line maps to the user's line with the same text.
        const QStringList generated = text.split(QLatin1Char('\n'));
        const QStringList user = sample().split(QLatin1Char('\n'));
        int mapped = 0;
        for (int line = 1; line <= generated.size(); ++line) {
            const int userLine = written.lineMap.userLineFor(line);
            if (userLine == 0 || generated.at(line - 1).startsWith(QLatin1String("FROM")))
                continue;
            QCOMPARE(generated.at(line - 1), user.at(userLine - 1));
            ++mapped;
        }
        QCOMPARE(mapped, 9);
    }

    void stepNumbering_data()
    {
        QTest::addColumn<int>("numbering");
        QTest::addColumn<int>("stageIndex");
        QTest::addColumn<QString>("stageName");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("userLine");
        const int buildah = int(LineMap::Numbering::Buildah);
        const int buildkit = int(LineMap::Numbering::BuildKit);
        QTest::newRow("buildah FROM") << buildah << 0 << QStringLiteral("") << 1 << 11;
        QTest::newRow("buildah RUN arm64 builder") << buildah << 1 << QStringLiteral("") << 3 << 17;
        QTest::newRow("buildah ARG in final") << buildah << 3 << QStringLiteral("") << 2 << 28;
        QTest::newRow("buildah RUN in final") << buildah << 3 << QStringLiteral("") << 3 << 29;
        QTest::newRow("buildkit RUN arm64 builder") << buildkit << -1 << QStringLiteral("arm64_builder") << 3 << 17;
        QTest::newRow("buildkit second COPY") << buildkit << -1 << QStringLiteral("final_arm64") << 3 << 25;
        // BuildKit does not count FROM <stage> nor ARG: the RUN is final's step 1.
        QTest::newRow("buildkit RUN in final") << buildkit << -1 << QStringLiteral("final") << 1 << 29;
    }

    void stepNumbering()
    {
        QFETCH(int, numbering);
        QFETCH(int, stageIndex);
        QFETCH(QString, stageName);
        QFETCH(int, step);
        QFETCH(int, userLine);
        Result<ExecutorPlan> plan = planFor(sample(), QStringLiteral("linux/arm64"));
        QVERIFY(plan.ok());
        const PlatformDockerfile written = DockerfileWriter::write(*plan, sample());
        EngineProgress progress;
        progress.stageIndex = stageIndex;
        progress.stageName = stageName;
        progress.step = step;
        const StepLocation *location = written.lineMap.find(progress, LineMap::Numbering(numbering));
        QVERIFY(location);
        QCOMPARE(location->userLine, userLine);
    }

    // Two builds on one BuildKit daemon share identical vertices, so a FROM may arrive named after
    // a stage that only the other platform's Dockerfile has: it is matched by its image.
    void fromNamedAfterAnotherBuildsStage_data()
    {
        QTest::addColumn<QString>("stageName");
        QTest::addColumn<QChar>("digestFill");
        QTest::addColumn<int>("userLine");
        QTest::newRow("amd64 base, pruned stage") << QStringLiteral("final_amd64") << QChar(u'a') << 11;
        QTest::newRow("arm64 base, unknown stage") << QStringLiteral("other") << QChar(u'b') << 15;
    }

    void fromNamedAfterAnotherBuildsStage()
    {
        QFETCH(QString, stageName);
        QFETCH(QChar, digestFill);
        QFETCH(int, userLine);
        Result<ExecutorPlan> plan = planFor(sample(), QStringLiteral("linux/arm64"));
        QVERIFY(plan.ok());
        pinAll(*plan);
        const PlatformDockerfile written = DockerfileWriter::write(*plan, sample());
        EngineProgress progress;
        progress.stageIndex = -1;
        progress.stageName = stageName;
        progress.step = 1;
        progress.instruction = QStringLiteral("FROM localhost:5002/busybox@sha256:%1").arg(QString(64, digestFill));
        const StepLocation *location = written.lineMap.find(progress, LineMap::Numbering::BuildKit);
        QVERIFY2(location, qPrintable(progress.instruction));
        QCOMPARE(location->userLine, userLine);
    }

    // Dropping an unused stage shifts indices: numeric --from must become names.
    void numericFromRewritten()
    {
        const QString source = QStringLiteral("FROM busybox AS unused\nRUN true\n"
                                              "FROM busybox AS tools\nRUN echo t > /t\n"
                                              "FROM busybox\nCOPY --from=1 /t /t\n");
        const Result<ExecutorPlan> plan = planFor(source, QStringLiteral("linux/amd64"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->stages.size(), 2);
        const PlatformDockerfile written = DockerfileWriter::write(*plan, source);
        QVERIFY2(written.text.contains(QLatin1String("COPY --from=tools /t /t\n")), qPrintable(written.text));
        QVERIFY(written.text.contains(QLatin1String("FROM --platform=linux/amd64 busybox AS stage-2\n")));
        QVERIFY(!written.text.contains(QLatin1String("unused")));
    }

    void argQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ref") << QStringLiteral("127.0.0.1:5000/busybox:latest") << QStringLiteral("127.0.0.1:5000/busybox:latest");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("\"\"");
        QTest::newRow("space and dollar") << QStringLiteral("a $b") << QStringLiteral("\"a \\$b\"");
    }

    void argQuoting()
    {
        QFETCH(QString, value);
        QTEST(DockerfileWriter::quoteArgValue(value), "expected");
    }
};

QTEST_GUILESS_MAIN(TestDockerfileWriter)
#include "tst_dockerfilewriter.moc"
