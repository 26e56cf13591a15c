#include "core/dockerfile/checks/dockerfilechecker.h"
#include "core/dockerfile/parser/parser.h"

#include <QFile>
#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

namespace {

CheckResult runChecks(const QByteArray &dockerfile, const QString &platforms,
                      const QString &host = QStringLiteral("linux/amd64"))
{
    PlanOptions options;
    options.buildPlatform = *Platform::parse(host);
    if (!platforms.isEmpty())
        options.platforms = *Platform::parseList(platforms);
    return DockerfileChecker::check(Parser::parse(dockerfile), options);
}

QList<Diagnostic> findingsFor(const CheckResult &result, const QString &rule)
{
    QList<Diagnostic> found;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.id == rule)
            found.append(d);
    }
    return found;
}

} // namespace

class TestDockerfileChecker : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("platforms");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("message"); // first finding's message, exactly (empty: not checked)
        QTest::addColumn<int>("line");        // first finding's line (0: not checked)

        // BuildKit's rules
        QTest::newRow("StageNameCasing/positive") << QByteArray("FROM alpine AS Builder\n") << "" << "StageNameCasing" << 1
            << "Stage name 'Builder' should be lowercase" << 1;
        QTest::newRow("StageNameCasing/negative") << QByteArray("FROM alpine AS builder\n") << "" << "StageNameCasing" << 0 << "" << 0;
        QTest::newRow("FromAsCasing/positive") << QByteArray("FROM alpine as builder\n") << "" << "FromAsCasing" << 1
            << "'as' and 'FROM' keywords' casing do not match" << 1;
        QTest::newRow("FromAsCasing/negative") << QByteArray("from alpine as builder\n") << "" << "FromAsCasing" << 0 << "" << 0;
        QTest::newRow("DuplicateStageName/positive") << QByteArray("FROM alpine AS a\nFROM alpine AS A\n") << "" << "DuplicateStageName" << 1
            << "Duplicate stage name \"a\", stage names should be unique" << 2;
        QTest::newRow("DuplicateStageName/negative") << QByteArray("FROM alpine AS a\nFROM alpine AS b\n") << "" << "DuplicateStageName" << 0 << "" << 0;
        QTest::newRow("ReservedStageName/positive") << QByteArray("FROM alpine AS scratch\n") << "" << "ReservedStageName" << 1
            << "Stage name should not use the same name as reserved stage \"scratch\"" << 1;
        QTest::newRow("ReservedStageName/negative") << QByteArray("FROM alpine AS scratchy\n") << "" << "ReservedStageName" << 0 << "" << 0;
        QTest::newRow("JSONArgsRecommended/positive") << QByteArray("FROM alpine\nCMD echo hi\n") << "" << "JSONArgsRecommended" << 1
            << "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals" << 2;
        QTest::newRow("JSONArgsRecommended/negative-json") << QByteArray("FROM alpine\nCMD [\"echo\", \"hi\"]\n") << "" << "JSONArgsRecommended" << 0 << "" << 0;
        QTest::newRow("JSONArgsRecommended/negative-shell") << QByteArray("FROM alpine\nSHELL [\"/bin/sh\", \"-c\"]\nENTRYPOINT echo hi\n") << "" << "JSONArgsRecommended" << 0 << "" << 0;
        QTest::newRow("MaintainerDeprecated/positive") << QByteArray("FROM alpine\nMAINTAINER me\n") << "" << "MaintainerDeprecated" << 1
            << "Maintainer instruction is deprecated in favor of using label" << 2;
        QTest::newRow("MaintainerDeprecated/negative") << QByteArray("FROM alpine\nLABEL a=b\n") << "" << "MaintainerDeprecated" << 0 << "" << 0;
        QTest::newRow("ConsistentInstructionCasing/positive") << QByteArray("FROM alpine\nRun true\nRUN true\n") << "" << "ConsistentInstructionCasing" << 1
            << "Command 'Run' should match the case of the command majority (uppercase)" << 2;
        QTest::newRow("ConsistentInstructionCasing/minority-lower") << QByteArray("from alpine\nrun true\nRUN true\n") << "" << "ConsistentInstructionCasing" << 1
            << "Command 'RUN' should match the case of the command majority (lowercase)" << 3;
        QTest::newRow("ConsistentInstructionCasing/negative") << QByteArray("from alpine\nrun true\n") << "" << "ConsistentInstructionCasing" << 0 << "" << 0;
        QTest::newRow("LegacyKeyValueFormat/positive") << QByteArray("FROM alpine\nENV A b\n") << "" << "LegacyKeyValueFormat" << 1
            << "\"ENV key=value\" should be used instead of legacy \"ENV key value\" format" << 2;
        QTest::newRow("LegacyKeyValueFormat/negative") << QByteArray("FROM alpine\nENV A=b\n") << "" << "LegacyKeyValueFormat" << 0 << "" << 0;
        QTest::newRow("MultipleInstructionsDisallowed/positive") << QByteArray("FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n") << "" << "MultipleInstructionsDisallowed" << 1
            << "Multiple CMD instructions should not be used in the same stage because only the last one will be used" << 2;
        QTest::newRow("MultipleInstructionsDisallowed/negative-two-stages") << QByteArray("FROM alpine\nCMD [\"a\"]\nFROM alpine\nCMD [\"b\"]\n") << "" << "MultipleInstructionsDisallowed" << 0 << "" << 0;
        QTest::newRow("WorkdirRelativePath/positive") << QByteArray("FROM alpine\nWORKDIR app\n") << "" << "WorkdirRelativePath" << 1
            << "Relative workdir \"app\" can have unexpected results if the base image changes" << 2;
        QTest::newRow("WorkdirRelativePath/negative-after-absolute") << QByteArray("FROM alpine\nWORKDIR /app\nWORKDIR sub\n") << "" << "WorkdirRelativePath" << 0 << "" << 0;
        QTest::newRow("SecretsUsedInArgOrEnv/positive") << QByteArray("FROM alpine\nARG GITHUB_TOKEN\n") << "" << "SecretsUsedInArgOrEnv" << 1
            << "Do not use ARG or ENV instructions for sensitive data (ARG \"GITHUB_TOKEN\")" << 2;
        QTest::newRow("SecretsUsedInArgOrEnv/negative-allowed-token") << QByteArray("FROM alpine\nENV PUBLIC_KEY=x\nARG TOKENIZER=1\n") << "" << "SecretsUsedInArgOrEnv" << 0 << "" << 0;
        QTest::newRow("ExposeProtoCasing/positive") << QByteArray("FROM alpine\nEXPOSE 80/TcP\n") << "" << "ExposeProtoCasing" << 1
            << "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase" << 2;
        QTest::newRow("ExposeProtoCasing/negative") << QByteArray("FROM alpine\nEXPOSE 80/tcp 53/udp\n") << "" << "ExposeProtoCasing" << 0 << "" << 0;
        QTest::newRow("ExposeInvalidFormat/positive") << QByteArray("FROM alpine\nEXPOSE 127.0.0.1:80:80\n") << "" << "ExposeInvalidFormat" << 1
            << "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'" << 2;
        QTest::newRow("ExposeInvalidFormat/negative") << QByteArray("FROM alpine\nEXPOSE 8080\n") << "" << "ExposeInvalidFormat" << 0 << "" << 0;
        QTest::newRow("RedundantTargetPlatform/positive") << QByteArray("FROM --platform=$TARGETPLATFORM alpine\n") << "" << "RedundantTargetPlatform" << 1
            << "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior" << 1;
        QTest::newRow("RedundantTargetPlatform/negative") << QByteArray("FROM --platform=$BUILDPLATFORM alpine\n") << "" << "RedundantTargetPlatform" << 0 << "" << 0;
        QTest::newRow("FromPlatformFlagConstDisallowed/positive") << QByteArray("FROM --platform=linux/amd64 alpine AS build\n") << "" << "FromPlatformFlagConstDisallowed" << 1
            << "FROM --platform flag should not use constant value \"linux/amd64\"" << 1;
        QTest::newRow("FromPlatformFlagConstDisallowed/negative-name-says-arch") << QByteArray("FROM --platform=linux/amd64 alpine AS build-amd64\n") << "" << "FromPlatformFlagConstDisallowed" << 0 << "" << 0;
        QTest::newRow("UndefinedArgInFrom/positive") << QByteArray("ARG VERSION=1\nFROM alpine:${VERSIN}\n") << "" << "UndefinedArgInFrom" << 1
            << "FROM argument 'VERSIN' is not declared (did you mean VERSION?)" << 2;
        QTest::newRow("UndefinedArgInFrom/negative") << QByteArray("ARG VERSION=1\nFROM alpine:${VERSION}\n") << "" << "UndefinedArgInFrom" << 0 << "" << 0;
        QTest::newRow("InvalidDefaultArgInFrom/positive") << QByteArray("ARG TAG\nFROM alpine:${TAG}\n") << "" << "InvalidDefaultArgInFrom" << 1
            << "Default value for ARG alpine:${TAG} results in empty or invalid base image name" << 2;
        QTest::newRow("InvalidDefaultArgInFrom/negative") << QByteArray("ARG TAG=3.20\nFROM alpine:${TAG}\n") << "" << "InvalidDefaultArgInFrom" << 0 << "" << 0;
        QTest::newRow("UndefinedVar/positive") << QByteArray("FROM alpine\nARG VERSION=1\nCOPY app-$VERSOIN /app\n") << "" << "UndefinedVar" << 1
            << "Usage of undefined variable '$VERSOIN' (did you mean $VERSION?)" << 3;
        QTest::newRow("UndefinedVar/negative-image-env") << QByteArray("FROM alpine\nENV PATH=/x:$PATH\n") << "" << "UndefinedVar" << 0 << "" << 0;
        QTest::newRow("NoEmptyContinuation/positive") << QByteArray("FROM alpine\nRUN echo a \\\n\n  b\n") << "" << "NoEmptyContinuation" << 1 << "" << 0;
        QTest::newRow("NoEmptyContinuation/negative") << QByteArray("FROM alpine\nRUN echo a \\\n  b\n") << "" << "NoEmptyContinuation" << 0 << "" << 0;
        QTest::newRow("skip-comment-on-instruction") << QByteArray("FROM alpine\n# check=skip=MaintainerDeprecated\nMAINTAINER me\n") << "" << "MaintainerDeprecated" << 0 << "" << 0;
        QTest::newRow("skip-comment-on-stage") << QByteArray("FROM alpine AS a\nCMD echo hi\n# check=skip=JSONArgsRecommended\nFROM alpine\nCMD echo hi\n") << "" << "JSONArgsRecommended" << 1 << "" << 2;
        QTest::newRow("skip-directive") << QByteArray("# check=skip=StageNameCasing\nFROM alpine AS Builder\n") << "" << "StageNameCasing" << 0 << "" << 0;

        // Manifold's multi-arch checks
        const QByteArray perArch = "FROM alpine AS final_amd64\nFROM alpine AS final_arm64\nFROM final_${TARGETARCH}\n";
        QTest::newRow("MissingStageForPlatform/positive") << perArch << "linux/amd64,linux/arm/v7" << "MissingStageForPlatform" << 1 << "" << 3;
        QTest::newRow("MissingStageForPlatform/negative") << perArch << "linux/amd64,linux/arm64" << "MissingStageForPlatform" << 0 << "" << 0;
        QTest::newRow("UndeclaredPlatformArgInFrom/positive") << perArch << "linux/amd64" << "UndeclaredPlatformArgInFrom" << 1 << "" << 3;
        QTest::newRow("UndeclaredPlatformArgInFrom/negative") << QByteArray("ARG TARGETARCH\n") + perArch << "linux/amd64" << "UndeclaredPlatformArgInFrom" << 0 << "" << 0;
        const QByteArray pinnedBuilder = "FROM --platform=linux/amd64 golang AS build-amd64\nRUN go build -o /app\nFROM alpine\nCOPY --from=build-amd64 /app /app\n";
        QTest::newRow("CrossPlatformArtifact/positive") << pinnedBuilder << "linux/arm64" << "CrossPlatformArtifact" << 1 << "" << 4;
        QTest::newRow("CrossPlatformArtifact/negative-same-platform") << pinnedBuilder << "linux/amd64" << "CrossPlatformArtifact" << 0 << "" << 0;
        QTest::newRow("CrossPlatformArtifact/negative-buildplatform") << QByteArray("FROM --platform=$BUILDPLATFORM golang AS b\nFROM alpine\nCOPY --from=b /app /app\n") << "linux/arm64" << "CrossPlatformArtifact" << 0 << "" << 0;
        QTest::newRow("ConstantPlatformInFinalImage/positive") << QByteArray("FROM --platform=linux/amd64 alpine\nRUN true\n") << "linux/amd64,linux/arm64" << "ConstantPlatformInFinalImage" << 1 << "" << 1;
        QTest::newRow("ConstantPlatformInFinalImage/negative") << QByteArray("FROM alpine\n") << "linux/amd64,linux/arm64" << "ConstantPlatformInFinalImage" << 0 << "" << 0;
        QTest::newRow("EmulatedCompilation/positive") << QByteArray("FROM golang\nRUN go build -o /app .\n") << "linux/arm64" << "EmulatedCompilation" << 1 << "" << 2;
        QTest::newRow("EmulatedCompilation/negative-native") << QByteArray("FROM golang\nRUN go build -o /app .\n") << "linux/amd64" << "EmulatedCompilation" << 0 << "" << 0;
        QTest::newRow("EmulatedCompilation/negative-no-compiler") << QByteArray("FROM alpine\nRUN apk add curl\n") << "linux/arm64" << "EmulatedCompilation" << 0 << "" << 0;
        QTest::newRow("SharedBaseAcrossPlatforms/positive") << QByteArray("FROM --platform=$BUILDPLATFORM alpine AS b\nFROM alpine\nCOPY --from=b /a /a\n") << "linux/arm64" << "SharedBaseAcrossPlatforms" << 1 << "" << 1;
        QTest::newRow("SharedBaseAcrossPlatforms/negative") << QByteArray("FROM alpine\n") << "linux/arm64" << "SharedBaseAcrossPlatforms" << 0 << "" << 0;
    }

    void rules()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, platforms);
        QFETCH(QString, rule);
        QFETCH(int, count);
        QFETCH(QString, message);
        QFETCH(int, line);
        const CheckResult result = runChecks(dockerfile, platforms);
        const QList<Diagnostic> found = findingsFor(result, rule);
        QStringList all;
        for (const Diagnostic &d : result.diagnostics)
            all.append(QStringLiteral("%1:%2 %3").arg(d.id).arg(d.range.start.line).arg(d.message));
        QVERIFY2(found.size() == count, qPrintable(all.join(QLatin1Char('\n'))));
        if (count == 0)
            return;
        if (!message.isEmpty())
            QCOMPARE(found.first().message, message);
        if (line > 0)
            QCOMPARE(found.first().range.start.line, line);
        QVERIFY2(!found.first().fix.isEmpty(), "every finding says how to fix it");
    }

    void errorTrueMakesWarningsFail()
    {
        const CheckResult lenient = runChecks("FROM alpine AS Builder\n", {});
        QVERIFY(!lenient.failed);
        const CheckResult strict = runChecks("# check=error=true\nFROM alpine AS Builder\n", {});
        QVERIFY(strict.failed);
        QCOMPARE(findingsFor(strict, QStringLiteral("StageNameCasing")).first().severity, Severity::Error);
    }

    void sampleProject()
    {
        QFile file(QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example/Dockerfile"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray source = file.readAll();
        const CheckResult ok = runChecks(source, QStringLiteral("linux/amd64,linux/arm64"));
        QVERIFY(!ok.failed);
        QCOMPARE(findingsFor(ok, QStringLiteral("CrossPlatformArtifact")).size(), 2);
        const CheckResult armv7 = runChecks(source, QStringLiteral("linux/amd64,linux/arm64,linux/arm/v7"));
        QVERIFY(armv7.failed);
        QCOMPARE(findingsFor(armv7, QStringLiteral("MissingStageForPlatform")).size(), 1);
    }

    void documentationUrl()
    {
        QCOMPARE(DockerfileChecker::documentationUrl(QStringLiteral("JSONArgsRecommended")),
                 QStringLiteral("https://docs.docker.com/go/dockerfile/rule/json-args-recommended/"));
        QCOMPARE(DockerfileChecker::documentationUrl(QStringLiteral("UndefinedVar")),
                 QStringLiteral("https://docs.docker.com/go/dockerfile/rule/undefined-var/"));
    }
};

QTEST_GUILESS_MAIN(TestDockerfileChecker)
#include "tst_dockerfilechecker.moc"
