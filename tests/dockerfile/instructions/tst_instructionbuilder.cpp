#include "core/dockerfile/instructions/instruction.h"
#include "core/dockerfile/parser/parser.h"

#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

class TestInstructionBuilder : public QObject
{
    Q_OBJECT

private slots:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("from-ok") << QByteArray("FROM --platform=$BUILDPLATFORM golang AS build") << "";
        QTest::newRow("from-two-args") << QByteArray("FROM golang build") << "FROM requires either one or three arguments";
        QTest::newRow("from-bad-as") << QByteArray("FROM golang AT build") << "FROM requires either one or three arguments";
        QTest::newRow("from-bad-stage-name") << QByteArray("FROM golang AS 1build")
            << "invalid name for build stage: \"1build\", name can't start with a number or contain symbols";
        QTest::newRow("from-unknown-flag") << QByteArray("FROM --plattform=linux/amd64 golang") << "unknown flag: plattform";
        QTest::newRow("from-platform-without-value") << QByteArray("FROM --platform golang") << "missing a value on flag: platform";
        QTest::newRow("copy-ok") << QByteArray("COPY --from=build --chown=1:1 --chmod=755 --link a b /dst/") << "";
        QTest::newRow("copy-duplicate-from") << QByteArray("COPY --from=a --from=b x /y") << "duplicate flag specified: from";
        QTest::newRow("copy-link-not-bool") << QByteArray("COPY --link=maybe a /b") << "expecting boolean value for flag link, not: maybe";
        QTest::newRow("copy-one-arg") << QByteArray("COPY a")
            << "COPY requires at least two arguments, but only one was provided. Destination could not be determined";
        QTest::newRow("add-checksum") << QByteArray("ADD --checksum=sha256:abc https://x/y /y") << "";
        QTest::newRow("add-from-not-allowed") << QByteArray("ADD --from=a x /y") << "unknown flag: from";
        QTest::newRow("run-mount-network-security") << QByteArray("RUN --mount=type=cache,target=/c --network=none --security=insecure true") << "";
        QTest::newRow("run-bad-mount") << QByteArray("RUN --mount=type=nfs,target=/x true") << "unsupported mount type \"nfs\"";
        QTest::newRow("run-mount-from-variable") << QByteArray("RUN --mount=from=img-${V}x,target=/x true")
            << "'from' doesn't support variable expansion, define alias stage instead";
        QTest::newRow("env-no-flags") << QByteArray("ENV --x=1 A=b") << "unknown flag: x";
        QTest::newRow("onbuild-onbuild") << QByteArray("ONBUILD ONBUILD RUN true") << "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
        QTest::newRow("onbuild-from") << QByteArray("ONBUILD FROM alpine") << "FROM isn't allowed as an ONBUILD trigger";
        QTest::newRow("healthcheck-flags") << QByteArray("HEALTHCHECK --interval=5s --retries=3 CMD true") << "";
    }

    void errors()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        const ParsedDockerfile parsed = Parser::parse(line + '\n');
        QVERIFY(!parsed.instructions.isEmpty());
        const Result<Instruction> instruction = InstructionBuilder::build(parsed.instructions.first());
        if (error.isEmpty()) {
            QVERIFY2(instruction, qPrintable(instruction ? QString() : instruction.error().message));
            return;
        }
        QVERIFY(!instruction);
        QCOMPARE(instruction.error().message, error);
        QCOMPARE(instruction.error().location, QStringLiteral("1:1"));
    }

    void shapes()
    {
        const ParsedDockerfile parsed = Parser::parse(
            "FROM --platform=linux/arm64 Alpine:3.20 As Builder\n"
            "COPY --from=0 --link a b /dst/\n"
            "RUN --mount=type=bind,from=deps,source=/x,target=/y --mount=type=secret,id=tok make\n"
            "ARG A B=2\n"
            "ENV K v w\n");
        const Result<Instruction> from = InstructionBuilder::build(parsed.instructions.at(0));
        QVERIFY(from);
        QCOMPARE(from->kind, InstructionKind::From);
        QCOMPARE(from->image, QStringLiteral("Alpine:3.20"));
        QCOMPARE(from->platform, QStringLiteral("linux/arm64"));
        QCOMPARE(from->stageName, QStringLiteral("builder"));
        QCOMPARE(from->stageNameAsWritten, QStringLiteral("Builder"));
        QCOMPARE(from->asKeyword, QStringLiteral("As"));

        const Result<Instruction> copy = InstructionBuilder::build(parsed.instructions.at(1));
        QVERIFY(copy);
        QCOMPARE(copy->copyFrom, QStringLiteral("0"));
        QVERIFY(copy->link);
        QCOMPARE(copy->sources, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(copy->destination, QStringLiteral("/dst/"));

        const Result<Instruction> run = InstructionBuilder::build(parsed.instructions.at(2));
        QVERIFY(run);
        QCOMPARE(run->mounts.size(), 2);
        QCOMPARE(run->mounts.at(0).from, QStringLiteral("deps"));
        QCOMPARE(run->mounts.at(0).target, QStringLiteral("/y"));
        QVERIFY(run->mounts.at(0).readOnly);
        QCOMPARE(run->mounts.at(1).type, QStringLiteral("secret"));

        const Result<Instruction> arg = InstructionBuilder::build(parsed.instructions.at(3));
        QVERIFY(arg);
        QCOMPARE(arg->keyValues.size(), 2);
        QVERIFY(!arg->keyValues.at(0).hasValue);
        QCOMPARE(arg->keyValues.at(1).value, QStringLiteral("2"));

        const Result<Instruction> env = InstructionBuilder::build(parsed.instructions.at(4));
        QVERIFY(env);
        QVERIFY(env->legacyKeyValue);
        QCOMPARE(env->keyValues.first().value, QStringLiteral("v w"));
    }
};

QTEST_GUILESS_MAIN(TestInstructionBuilder)
#include "tst_instructionbuilder.moc"
