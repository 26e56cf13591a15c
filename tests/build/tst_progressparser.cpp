#include "core/build/progressparser.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace Manifold::Build;

// Output recorded from the real engines on this machine (tests/data/build/progress/):
// Buildah 1.28, Podman 4.3, Docker 20.10 + BuildKit (--progress=plain).
class TestProgressParser : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ProgressParser> parserFor(const QString &engine)
    {
        if (engine == QLatin1String("buildkit-plain"))
            return std::make_unique<BuildKitPlainProgressParser>();
        if (engine == QLatin1String("buildkit-json"))
            return std::make_unique<BuildKitJsonProgressParser>();
        return std::make_unique<BuildahProgressParser>();
    }

    static QList<EngineProgress> parseFile(const QString &engine, const QString &name, int exitCode, int chunk)
    {
        QFile file(QStringLiteral(MANIFOLD_TEST_DATA_DIR "/build/progress/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray data = file.readAll();
        auto parser = parserFor(engine);
        QList<EngineProgress> all;
        // Feed in odd-sized chunks: lines split across reads must come out whole.
        for (qsizetype at = 0; at < data.size(); at += chunk)
            all += parser->feed(data.mid(at, chunk));
        all += parser->finish(exitCode);
        return all;
    }

    static int count(const QList<EngineProgress> &items, EngineProgress::Kind kind, bool includeInternal = false)
    {
        int n = 0;
        for (const EngineProgress &item : items) {
            if (item.kind == kind && (includeInternal || !item.internal))
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void recorded_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("started");
        QTest::addColumn<int>("cached");
        QTest::addColumn<int>("finished");
        QTest::addColumn<int>("failed");
        QTest::addColumn<QString>("failedInstruction");
        QTest::addColumn<QString>("failedText");
        QTest::addColumn<QString>("logLine");

        QTest::newRow("buildah multistage") << QStringLiteral("buildah") << QStringLiteral("buildah-multistage.txt") << 0 << 13 << 0 << 13 << 0
                                            << QString() << QString() << QStringLiteral("Copying config sha256:823c49952551f6a83df9e1a91cb8bda732f35a319ba79ba59f213dcb74bbb35f");
        QTest::newRow("buildah cached") << QStringLiteral("buildah") << QStringLiteral("buildah-cached.txt") << 0 << 13 << 9 << 4 << 0 << QString()
                                        << QString() << QString();
        QTest::newRow("buildah failing run") << QStringLiteral("buildah") << QStringLiteral("buildah-failing-run.txt") << 3 << 3 << 0 << 2 << 1
                                             << QStringLiteral("RUN echo about to fail; exit 3") << QStringLiteral("exit status 3") << QStringLiteral("about to fail");
        QTest::newRow("podman failing run") << QStringLiteral("podman") << QStringLiteral("podman-failing-run.txt") << 3 << 3 << 0 << 2 << 1
                                            << QStringLiteral("RUN echo about to fail; exit 3") << QStringLiteral("exit status 3") << QStringLiteral("to-stderr");
        QTest::newRow("buildkit plain multistage") << QStringLiteral("buildkit-plain") << QStringLiteral("buildkit-plain-multistage.txt") << 0 << 9 << 0
                                                   << 9 << 0 << QString() << QString() << QString();
        QTest::newRow("buildkit plain cached") << QStringLiteral("buildkit-plain") << QStringLiteral("buildkit-plain-cached.txt") << 0 << 9 << 7 << 2
                                               << 0 << QString() << QString() << QString();
        QTest::newRow("buildkit plain failing run") << QStringLiteral("buildkit-plain") << QStringLiteral("buildkit-plain-failing-run.txt") << 1 << 3 << 1
                                                    << 1 << 1 << QStringLiteral("RUN echo about to fail; exit 3")
                                                    << QStringLiteral("executor failed running [/bin/sh -c echo about to fail; exit 3]: exit code: 3")
                                                    << QStringLiteral("about to fail");
        QTest::newRow("buildkit rawjson failing run") << QStringLiteral("buildkit-json") << QStringLiteral("buildkit-rawjson-failing-run.jsonl") << 1 << 3
                                                      << 1 << 1 << 1 << QStringLiteral("RUN echo about to fail; exit 3")
                                                      << QStringLiteral("process \"/bin/sh -c echo about to fail; exit 3\" did not complete successfully: exit code: 3")
                                                      << QStringLiteral("about to fail");
    }

    void recorded()
    {
        QFETCH(QString, engine);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(int, started);
        QFETCH(int, cached);
        QFETCH(int, finished);
        QFETCH(int, failed);
        QFETCH(QString, failedInstruction);
        QFETCH(QString, failedText);
        QFETCH(QString, logLine);
        for (int chunk : {7, 4096}) {
            const QList<EngineProgress> items = parseFile(engine, file, exitCode, chunk);
            QVERIFY2(!items.isEmpty(), qPrintable(file));
            QCOMPARE(count(items, EngineProgress::Kind::StepStarted), started);
            QCOMPARE(count(items, EngineProgress::Kind::StepCached), cached);
            QCOMPARE(count(items, EngineProgress::Kind::StepFinished), finished);
            QCOMPARE(count(items, EngineProgress::Kind::StepFailed), failed);
            for (const EngineProgress &item : items) {
                if (item.kind == EngineProgress::Kind::StepFailed) {
                    QCOMPARE(item.instruction, failedInstruction);
                    QCOMPARE(item.text, failedText);
                    QVERIFY(item.step > 0);
                    break;
                }
            }
            if (!logLine.isEmpty()) {
                bool found = false;
                for (const EngineProgress &item : items)
                    found = found || (item.kind == EngineProgress::Kind::Log && item.text == logLine);
                QVERIFY2(found, qPrintable(logLine));
            }
        }
    }

    // Every step of the multi-stage Buildah sample knows its stage (index and, from FROM ... AS,
    // its name) and its number, which is what the line map needs.
    void buildahStagesAndSteps()
    {
        const QList<EngineProgress> items = parseFile(QStringLiteral("buildah"), QStringLiteral("buildah-multistage.txt"), 0, 4096);
        QStringList seen;
        for (const EngineProgress &item : items) {
            if (item.kind == EngineProgress::Kind::StepStarted)
                seen.append(QStringLiteral("%1:%2:%3/%4").arg(item.stageIndex).arg(item.stageName).arg(item.step).arg(item.stepCount));
        }
        QCOMPARE(seen.first(), QStringLiteral("0:amd64_builder:1/3"));
        QCOMPARE(seen.at(5), QStringLiteral("1:arm64_builder:3/3"));
        QCOMPARE(seen.last(), QStringLiteral("3:final:4/4"));
    }

    void vertexNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isStep");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("instruction");
        QTest::newRow("single stage") << QStringLiteral("[2/3] RUN make") << true << QStringLiteral("") << 2 << 3 << QStringLiteral("RUN make");
        QTest::newRow("named") << QStringLiteral("[amd64_builder 3/3] RUN uname -m") << true << QStringLiteral("amd64_builder") << 3 << 3 << QStringLiteral("RUN uname -m");
        QTest::newRow("aligned index") << QStringLiteral("[builder  3/12] RUN go build") << true << QStringLiteral("builder") << 3 << 12 << QStringLiteral("RUN go build");
        QTest::newRow("multi-platform cross") << QStringLiteral("[linux/amd64->arm64 builder  3/12] RUN go build") << true << QStringLiteral("builder")
                                              << 3 << 12 << QStringLiteral("RUN go build");
        QTest::newRow("multi-platform") << QStringLiteral("[linux/arm64 final 1/1] COPY a b") << true << QStringLiteral("final") << 1 << 1 << QStringLiteral("COPY a b");
        QTest::newRow("internal") << QStringLiteral("[internal] load build definition from Dockerfile") << false << QStringLiteral("") << 0 << 0 << QStringLiteral("");
        QTest::newRow("exporting") << QStringLiteral("exporting to image") << false << QStringLiteral("") << 0 << 0 << QStringLiteral("");
    }

    void vertexNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, isStep);
        EngineProgress progress;
        QCOMPARE(parseBuildKitVertexName(name, progress), isStep);
        if (!isStep)
            return;
        QTEST(progress.stageName, "stage");
        QTEST(progress.step, "step");
        QTEST(progress.stepCount, "total");
        QTEST(progress.instruction, "instruction");
    }

    // An engine killed mid-step (cancel) closes the open step as failed even though the engine
    // never printed an error.
    void killedMidStep()
    {
        BuildahProgressParser parser;
        parser.feed("STEP 1/2: FROM busybox\nSTEP 2/2: RUN sleep 100\npartial out");
        const QList<EngineProgress> tail = parser.finish(-1);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail.at(0).text, QStringLiteral("partial out"));
        QCOMPARE(tail.at(1).kind, EngineProgress::Kind::StepFailed);
        QCOMPARE(tail.at(1).instruction, QStringLiteral("RUN sleep 100"));
    }
};

QTEST_GUILESS_MAIN(TestProgressParser)
#include "tst_progressparser.moc"
