#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplanner.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

namespace {

QByteArray sampleDockerfile()
{
    QFile file(QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example/Dockerfile"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "stage@platform" for each stage that runs, dependencies first; "~" marks emulated stages.
QString runOrder(const PlatformPlan &plan)
{
    QStringList parts;
    for (int index : plan.order) {
        const PlannedStage &stage = plan.stages.at(index);
        parts.append(stage.displayName + QLatin1Char('@') + stage.platform.toString()
                     + (stage.emulated ? QStringLiteral("~") : QString()));
    }
    return parts.join(QLatin1Char(' '));
}

// "stage=image" (or "stage<parent", "stage=scratch") for each stage that runs.
QString bases(const PlatformPlan &plan)
{
    QStringList parts;
    for (int index : plan.order) {
        const PlannedStage &stage = plan.stages.at(index);
        switch (stage.baseKind) {
        case PlannedStage::BaseKind::Image:
            parts.append(stage.displayName + QLatin1Char('=') + stage.baseImage);
            break;
        case PlannedStage::BaseKind::Stage:
            parts.append(stage.displayName + QLatin1Char('<') + plan.stages.at(stage.baseStage).displayName);
            break;
        case PlannedStage::BaseKind::Scratch:
            parts.append(stage.displayName + QStringLiteral("=scratch"));
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString diagnosticIds(const PlatformPlan &plan, const BuildPlan &whole)
{
    QStringList ids;
    for (const Diagnostic &d : whole.diagnostics)
        ids.append(d.id);
    for (const Diagnostic &d : plan.diagnostics)
        ids.append(d.id);
    return ids.join(QLatin1Char(','));
}

} // namespace

class TestBuildPlanner : public QObject
{
    Q_OBJECT

private slots:
    void sample_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("diagnostics");

        QTest::newRow("amd64-host/amd64")
            << "linux/amd64" << "linux/amd64"
            << "amd64_builder@linux/amd64 arm64_builder@linux/arm64~ final_amd64@linux/amd64 final@linux/amd64"
            << "";
        QTest::newRow("amd64-host/arm64")
            << "linux/amd64" << "linux/arm64"
            << "amd64_builder@linux/amd64 arm64_builder@linux/arm64~ final_arm64@linux/arm64 final@linux/arm64~"
            << "";
        QTest::newRow("amd64-host/armv7")
            << "linux/amd64" << "linux/arm/v7" << "final@linux/arm/v7~" << "MissingStageForPlatform";
        QTest::newRow("arm64-host/amd64")
            << "linux/arm64" << "linux/amd64"
            << "amd64_builder@linux/amd64~ arm64_builder@linux/arm64 final_amd64@linux/amd64 final@linux/amd64~"
            << "";
        QTest::newRow("arm64-host/arm64")
            << "linux/arm64" << "linux/arm64"
            << "amd64_builder@linux/amd64~ arm64_builder@linux/arm64 final_arm64@linux/arm64 final@linux/arm64"
            << "";
        QTest::newRow("arm64-host/armv7")
            << "linux/arm64" << "linux/arm/v7" << "final@linux/arm/v7~" << "MissingStageForPlatform";
        QTest::newRow("armv7-host/amd64")
            << "linux/arm/v7" << "linux/amd64"
            << "amd64_builder@linux/amd64~ arm64_builder@linux/arm64~ final_amd64@linux/amd64 final@linux/amd64~"
            << "";
        QTest::newRow("armv7-host/armv7")
            << "linux/arm/v7" << "linux/arm/v7" << "final@linux/arm/v7" << "MissingStageForPlatform";
    }

    void sample()
    {
        QFETCH(QString, host);
        QFETCH(QString, target);
        QFETCH(QString, order);
        QFETCH(QString, diagnostics);
        const QByteArray source = sampleDockerfile();
        QVERIFY2(!source.isEmpty(), "resources/samples/multiarch-example/Dockerfile is missing");
        const ParsedDockerfile parsed = Parser::parse(source);
        PlanOptions options;
        options.buildPlatform = *Platform::parse(host);
        options.platforms = {*Platform::parse(target)};
        const BuildPlan plan = BuildPlanner::plan(parsed, options);
        QCOMPARE(plan.platforms.size(), 1);
        const PlatformPlan &platformPlan = plan.platforms.first();
        QCOMPARE(runOrder(platformPlan), order);
        QCOMPARE(diagnosticIds(platformPlan, plan), diagnostics);
        QCOMPARE(platformPlan.ok(), diagnostics.isEmpty());
        if (!diagnostics.isEmpty()) {
            const Diagnostic &d = platformPlan.diagnostics.first();
            QVERIFY2(d.message.contains(QLatin1String("\"final_arm\"")), qPrintable(d.message));
            QVERIFY(!d.fix.isEmpty());
            QCOMPARE(d.range.start.line, 27); // FROM final_${TARGETARCH} AS final
        } else {
            QVERIFY(bases(platformPlan).contains(QLatin1String("=localhost:5002/busybox:latest")));
            QVERIFY(bases(platformPlan).endsWith(QLatin1String("final<final_") + platformPlan.target.architecture));
        }
    }

    void sampleTwoPlatforms()
    {
        const ParsedDockerfile parsed = Parser::parse(sampleDockerfile());
        PlanOptions options;
        options.buildPlatform = *Platform::parse(QStringLiteral("linux/amd64"));
        options.platforms = *Platform::parseList(QStringLiteral("linux/amd64,linux/arm64"));
        const BuildPlan plan = BuildPlanner::plan(parsed, options);
        QVERIFY(plan.ok());
        QCOMPARE(plan.platforms.size(), 2);
        const PlannedStage *finalAmd64 = plan.platforms.at(1).stageNamed(QStringLiteral("final_amd64"));
        QVERIFY(finalAmd64);
        QVERIFY(!finalAmd64->reachable); // pruned for arm64
        // Edges of the arm64 plan: final <- final_arm64 <- both builders.
        int copyEdges = 0;
        for (const StageEdge &edge : plan.platforms.at(1).edges)
            copyEdges += edge.kind == StageEdge::Kind::CopyFrom ? 1 : 0;
        QCOMPARE(copyEdges, 2);
    }

    void plans_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("bases");
        QTest::addColumn<QString>("diagnostics");

        QTest::newRow("global-arg-default")
            << "ARG V=3.20\nFROM alpine:${V}\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64" << "stage-0=alpine:3.20" << "";
        QTest::newRow("build-arg-overrides-global")
            << "ARG V=3.20\nFROM alpine:${V}\n" << "linux/amd64" << "" << QStringList{"V=3.19"}
            << "stage-0@linux/amd64" << "stage-0=alpine:3.19" << "";
        QTest::newRow("build-arg-undeclared-invisible-to-from")
            << "FROM alpine:${V:-edge}\n" << "linux/amd64" << "" << QStringList{"V=3.19"}
            << "stage-0@linux/amd64" << "stage-0=alpine:edge" << "";
        QTest::newRow("automatic-arg-in-from-without-declaration")
            << "FROM busybox AS b_arm64\nFROM b_${TARGETARCH}\n" << "linux/arm64" << "" << QStringList{}
            << "b_arm64@linux/arm64 stage-1@linux/arm64" << "b_arm64=busybox stage-1<b_arm64" << "";
        QTest::newRow("buildplatform-pins-builder")
            << "FROM --platform=$BUILDPLATFORM golang AS build\nRUN go build\nFROM alpine\nCOPY --from=build /a /a\n"
            << "linux/arm64" << "" << QStringList{}
            << "build@linux/amd64 stage-1@linux/arm64" << "build=golang stage-1=alpine" << "";
        QTest::newRow("from-stage-inherits-platform-ignores-flag")
            << "FROM --platform=linux/arm64 alpine AS a\nFROM --platform=linux/s390x a AS b\nRUN true\n"
            << "linux/amd64" << "" << QStringList{}
            << "a@linux/arm64 b@linux/arm64~" << "a=alpine b<a" << "";
        QTest::newRow("unreachable-stage-pruned")
            << "FROM alpine AS unused\nRUN exit 1\nFROM alpine AS base\nFROM base\n"
            << "linux/amd64" << "" << QStringList{} << "base@linux/amd64 stage-2@linux/amd64"
            << "base=alpine stage-2<base" << "";
        QTest::newRow("target-selects-stage")
            << "FROM alpine AS a\nFROM busybox AS b\n" << "linux/amd64" << "A" << QStringList{}
            << "a@linux/amd64" << "a=alpine" << "";
        QTest::newRow("target-not-found")
            << "FROM alpine AS a\n" << "linux/amd64" << "nope" << QStringList{} << "" << "" << "TargetNotFound";
        QTest::newRow("copy-from-index")
            << "FROM alpine\nFROM busybox\nCOPY --from=0 /a /a\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64 stage-1@linux/amd64" << "stage-0=alpine stage-1=busybox" << "";
        QTest::newRow("copy-from-invalid-index")
            << "FROM alpine\nCOPY --from=3 /a /a\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64" << "stage-0=alpine" << "InvalidStageIndex";
        QTest::newRow("copy-from-later-stage")
            << "FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\n" << "linux/amd64" << "a"
            << QStringList{} << "a@linux/amd64" << "a=alpine" << "StageOrder";
        QTest::newRow("copy-from-image-is-not-a-stage")
            << "FROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n" << "linux/amd64" << ""
            << QStringList{} << "stage-0@linux/amd64" << "stage-0=alpine" << "";
        QTest::newRow("mount-from-stage")
            << "FROM alpine AS deps\nFROM alpine\nRUN --mount=from=deps,target=/d ls /d\n" << "linux/amd64"
            << "" << QStringList{} << "deps@linux/amd64 stage-1@linux/amd64" << "deps=alpine stage-1=alpine" << "";
        QTest::newRow("onbuild-trigger-adds-dependency")
            << "FROM alpine AS src\nFROM alpine AS tmpl\nONBUILD COPY --from=src /a /a\nFROM tmpl\n"
            << "linux/amd64" << "" << QStringList{}
            << "tmpl@linux/amd64 src@linux/amd64 stage-2@linux/amd64" << "tmpl=alpine src=alpine stage-2<tmpl" << "";
        QTest::newRow("blank-base-name")
            << "ARG IMG\nFROM ${IMG}\n" << "linux/amd64" << "" << QStringList{} << "stage-0@linux/amd64"
            << "stage-0=" << "BlankBaseName";
        QTest::newRow("global-arg-without-default-is-unset")
            << "ARG TAG\nFROM alpine:${TAG:-latest}\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64" << "stage-0=alpine:latest" << "";
        QTest::newRow("scratch")
            << "FROM scratch\nCOPY a /\n" << "linux/amd64" << "" << QStringList{} << "stage-0@linux/amd64"
            << "stage-0=scratch" << "";
        QTest::newRow("invalid-platform")
            << "FROM --platform=linux/notanarch alpine\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64" << "stage-0=alpine" << "InvalidPlatform";
        QTest::newRow("instruction-before-from")
            << "ENV A=1\nFROM alpine\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64" << "stage-0=alpine" << "NoBuildStage";
        QTest::newRow("unknown-flag")
            << "FROM alpine\nCOPY --form=a /a /a\n" << "linux/amd64" << "" << QStringList{}
            << "stage-0@linux/amd64" << "stage-0=alpine" << "InvalidInstruction";
    }

    void plans()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QString, platform);
        QFETCH(QString, target);
        QFETCH(QStringList, buildArgs);
        QFETCH(QString, order);
        QFETCH(QString, bases);
        QFETCH(QString, diagnostics);
        const ParsedDockerfile parsed = Parser::parse(dockerfile.toUtf8());
        PlanOptions options;
        options.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        options.platforms = {*Platform::parse(platform)};
        options.target = target;
        options.buildArgs = Variables::fromEnvList(buildArgs);
        const BuildPlan plan = BuildPlanner::plan(parsed, options);
        const PlatformPlan &platformPlan = plan.platforms.first();
        QCOMPARE(runOrder(platformPlan), order);
        QCOMPARE(::bases(platformPlan), bases);
        QCOMPARE(diagnosticIds(platformPlan, plan), diagnostics);
    }

    void argScopingInsideStage_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QStringList>("buildArgs");
        QTest::addColumn<QStringList>("undefined");

        QTest::newRow("global-not-visible-without-redeclare")
            << "ARG V=1\nFROM alpine\nWORKDIR /src/$V\n" << QStringList{} << QStringList{"V"};
        QTest::newRow("global-visible-after-redeclare")
            << "ARG V=1\nFROM alpine\nARG V\nWORKDIR /src/$V\n" << QStringList{} << QStringList{};
        QTest::newRow("automatic-arg-needs-redeclare")
            << "FROM alpine\nCOPY app-$TARGETARCH /app\n" << QStringList{} << QStringList{"TARGETARCH"};
        QTest::newRow("automatic-arg-redeclared")
            << "FROM alpine\nARG TARGETARCH\nCOPY app-$TARGETARCH /app\n" << QStringList{} << QStringList{};
        QTest::newRow("env-defines")
            << "FROM alpine\nENV D=/x\nWORKDIR $D\n" << QStringList{} << QStringList{};
        QTest::newRow("inherited-from-parent-stage")
            << "FROM alpine AS a\nARG X=1\nENV Y=2\nFROM a\nWORKDIR /$X/$Y\n" << QStringList{} << QStringList{};
        QTest::newRow("run-command-not-expanded")
            << "FROM alpine\nRUN echo $NOPE\n" << QStringList{} << QStringList{};
        QTest::newRow("declared-arg-without-value")
            << "FROM alpine\nARG OPT\nWORKDIR /$OPT\n" << QStringList{} << QStringList{};
    }

    void argScopingInsideStage()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QStringList, buildArgs);
        QFETCH(QStringList, undefined);
        PlanOptions options;
        options.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        options.buildArgs = Variables::fromEnvList(buildArgs);
        const BuildPlan plan = BuildPlanner::plan(Parser::parse(dockerfile.toUtf8()), options);
        QStringList names;
        for (const PlannedStage &stage : plan.platforms.first().stages) {
            for (const VariableUse &use : stage.undefinedVariables)
                names.append(use.name);
        }
        QCOMPARE(names, undefined);
    }

    // tests/data/dockerfile/plan/*.Dockerfile: "# host: P" and "# expect P: <run order>" headers.
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(MANIFOLD_TEST_DATA_DIR "/dockerfile/plan"));
        const QStringList files = dir.entryList({QStringLiteral("*.Dockerfile")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void fixtures()
    {
        QFETCH(QString, path);
        const Result<ParsedDockerfile> parsed = Parser::parseFile(path);
        QVERIFY(parsed);
        PlanOptions options;
        QList<QPair<QString, QString>> expectations;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(QLatin1String("# host:"))) {
                options.buildPlatform = *Platform::parse(line.mid(7).trimmed());
            } else if (line.startsWith(QLatin1String("# expect "))) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                const QString platform = line.mid(9, colon - 9).trimmed();
                options.platforms.append(*Platform::parse(platform));
                expectations.append({platform, line.mid(colon + 1).trimmed()});
            }
        }
        QVERIFY(!expectations.isEmpty());
        const BuildPlan plan = BuildPlanner::plan(*parsed, options);
        QCOMPARE(plan.platforms.size(), expectations.size());
        for (int i = 0; i < expectations.size(); ++i) {
            QCOMPARE(plan.platforms.at(i).target.toString(), expectations.at(i).first);
            QCOMPARE(runOrder(plan.platforms.at(i)), expectations.at(i).second);
            QVERIFY(plan.platforms.at(i).ok());
        }
    }

    void hostCapabilityCallback()
    {
        // A host whose probe reports binfmt for arm64 as native (e.g. an arm64 Mac VM running
        // amd64 through Rosetta is the reverse; the planner only asks the callback).
        PlanOptions options;
        options.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        options.platforms = {Platform(QStringLiteral("linux"), QStringLiteral("arm64"))};
        options.runsNatively = [](const Platform &) { return true; };
        const BuildPlan plan = BuildPlanner::plan(Parser::parse("FROM alpine\nRUN true\n"), options);
        QVERIFY(!plan.platforms.first().stages.first().emulated);
        options.runsNatively = {};
        const BuildPlan emulated = BuildPlanner::plan(Parser::parse("FROM alpine\nRUN true\n"), options);
        QVERIFY(emulated.platforms.first().stages.first().emulated);
        QCOMPARE(emulated.platforms.first().stages.first().stepCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestBuildPlanner)
#include "tst_buildplanner.moc"
