#include "ui/stagegraph/stagegraphbuilder.h"
#include "ui/stagegraph/stagegraphlayout.h"
#include "ui/stagegraph/stagegraphview.h"
#include "ui/stagegraph/stagegraphwidget.h"

#include <QFile>
#include <QGraphicsPathItem>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;

namespace {

Dockerfile::ParsedDockerfile sample()
{
    QFile file(QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example/Dockerfile"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample Dockerfile missing");
    return Dockerfile::Parser::parse(file.readAll());
}

// An x86-64 host with QEMU registered for the other architectures (sample binfmt_misc files).
HostCapabilities amd64HostWithQemu()
{
    HostProbeInputs inputs;
    inputs.machine = QStringLiteral("x86_64");
    inputs.cpuinfo = QStringLiteral("flags\t: cx16 lahf_lm popcnt sse4_1 sse4_2 ssse3\n");
    inputs.binfmtDirectory = QStringLiteral(MANIFOLD_TEST_DATA_DIR "/platform/binfmt/qemu-full");
    return HostProbe::probe(inputs);
}

QStringList names(const StageGraphData &data, bool pruned)
{
    QStringList result;
    for (const StageGraphNode &node : data.nodes)
        if (node.pruned == pruned)
            result << node.name;
    return result;
}

QStringList emulated(const StageGraphData &data)
{
    QStringList result;
    for (const StageGraphNode &node : data.nodes)
        if (node.emulated)
            result << node.name;
    return result;
}

StageGraphRequest amd64Request()
{
    StageGraphRequest request;
    request.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
    return request;
}

} // namespace

class tst_StageGraph : public QObject
{
    Q_OBJECT
private slots:
    void samplePerPlatform_data();
    void samplePerPlatform();
    void edgeKinds();
    void planErrorFallsBackToSyntax();
    void dotLaysOutLeftToRight();
    void viewShowsBadgesAndStates();
    void widgetHasOneTabPerPlatform();
};

void tst_StageGraph::samplePerPlatform_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("running");
    QTest::addColumn<QStringList>("pruned");
    // Emulated: runs as a foreign platform *and* executes RUN steps (COPY-only stages need no QEMU).
    QTest::addColumn<QStringList>("emulatedStages");
    QTest::addColumn<QString>("finalBase");

    QTest::newRow("linux/amd64") << "linux/amd64"
                                 << QStringList{"amd64_builder", "arm64_builder", "final_amd64", "final"}
                                 << QStringList{"final_arm64"} << QStringList{"arm64_builder"} << "final_amd64";
    QTest::newRow("linux/arm64") << "linux/arm64"
                                 << QStringList{"amd64_builder", "arm64_builder", "final_arm64", "final"}
                                 << QStringList{"final_amd64"}
                                 << QStringList{"arm64_builder", "final"} << "final_arm64";
}

void tst_StageGraph::samplePerPlatform()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, running);
    QFETCH(QStringList, pruned);
    QFETCH(QStringList, emulatedStages);
    QFETCH(QString, finalBase);

    const HostCapabilities host = amd64HostWithQemu();
    const StageGraphData data =
        StageGraphBuilder::build(sample(), *Platform::parse(platform), amd64Request(), &host);
    QVERIFY2(data.problem.isEmpty(), qPrintable(data.problem));
    QCOMPARE(data.platform, platform);
    QCOMPARE(data.target, QString("final"));
    QCOMPARE(names(data, false), running);
    QCOMPARE(names(data, true), pruned);
    QCOMPARE(emulated(data), emulatedStages);

    const StageGraphNode *final = data.node("final");
    QVERIFY(final);
    QCOMPARE(final->base, finalBase);
    QVERIFY(final->baseIsStage);
    QCOMPARE(final->stepCount, 1); // RUN (ARG and CMD are not build steps)
    QCOMPARE(data.node("final_amd64")->stepCount, 2);
    QCOMPARE(final->platform, platform);
    QCOMPARE(data.node("arm64_builder")->platform, QString("linux/arm64"));
    QCOMPARE(data.node("amd64_builder")->platform, QString("linux/amd64"));
    QCOMPARE(data.node("amd64_builder")->base, QString("localhost:5002/busybox:latest"));
    QCOMPARE(data.node("amd64_builder")->firstLine, 11);
    QCOMPARE(data.node("amd64_builder")->lastLine, 13);

    QCOMPARE(data.edgeCount(StageGraphEdge::Kind::From), 1);
    QCOMPARE(data.edgeCount(StageGraphEdge::Kind::Copy), 2);
    QCOMPARE(data.edgeCount(StageGraphEdge::Kind::Mount), 0);
    QVERIFY(data.edges.contains(StageGraphEdge{finalBase, "final", StageGraphEdge::Kind::From}));
    QVERIFY(data.edges.contains(StageGraphEdge{"arm64_builder", finalBase, StageGraphEdge::Kind::Copy}));
}

void tst_StageGraph::edgeKinds()
{
    const auto parsed = Dockerfile::Parser::parse(
        "FROM busybox AS deps\nRUN touch /d\n"
        "FROM busybox AS tools\nRUN touch /t\n"
        "FROM deps AS app\n"
        "RUN --mount=type=bind,from=tools,target=/t ls /t\n"
        "COPY --from=0 /d /d\n"
        "COPY --from=tools /t /t\n");
    const StageGraphData data = StageGraphBuilder::build(parsed, Platform("linux", "amd64"), amd64Request(), nullptr);
    QVERIFY2(data.problem.isEmpty(), qPrintable(data.problem));
    QVERIFY(data.edges.contains(StageGraphEdge{"deps", "app", StageGraphEdge::Kind::From}));
    QVERIFY(data.edges.contains(StageGraphEdge{"tools", "app", StageGraphEdge::Kind::Mount}));
    QVERIFY(data.edges.contains(StageGraphEdge{"tools", "app", StageGraphEdge::Kind::Copy}));
    QVERIFY(data.edges.contains(StageGraphEdge{"deps", "app", StageGraphEdge::Kind::Copy})); // --from=0
    QVERIFY(emulated(data).isEmpty());
}

void tst_StageGraph::planErrorFallsBackToSyntax()
{
    // No final_s390x stage: planning reports it, the graph still shows the stages and why.
    const StageGraphData data =
        StageGraphBuilder::build(sample(), Platform("linux", "s390x"), amd64Request(), nullptr);
    QVERIFY2(data.problem.contains("final_s390x"), qPrintable(data.problem));
    QCOMPARE(data.nodes.size(), 5);
    QVERIFY(!data.diagnostics.isEmpty());
    QCOMPARE(data.diagnostics.first().severity, Dockerfile::Severity::Error);

    // Without a plan at all (no FROM), the syntax alone still gives the stages.
    const StageGraphData syntax = StageGraphBuilder::fromSyntax(sample(), "linux/s390x", "why");
    QCOMPARE(syntax.nodes.size(), 5);
    QVERIFY(syntax.edges.contains(StageGraphEdge{"amd64_builder", "final_amd64", StageGraphEdge::Kind::Copy}));
    QCOMPARE(syntax.problem, QString("why"));
}

void tst_StageGraph::dotLaysOutLeftToRight()
{
    const HostCapabilities host = amd64HostWithQemu();
    const StageGraphData data = StageGraphBuilder::build(sample(), Platform("linux", "amd64"), amd64Request(), &host);
    const auto layout = StageGraphLayouter::layout(data, StageGraphView::nodeSize());
    QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
    QCOMPARE(layout->nodes.size(), data.nodes.size());
    QCOMPARE(layout->edges.size(), data.edges.size());
    QVERIFY(layout->nodes.value("amd64_builder").right() < layout->nodes.value("final_amd64").left());
    QVERIFY(layout->nodes.value("final_amd64").right() < layout->nodes.value("final").left());
    QCOMPARE(layout->nodes.value("final").size(), StageGraphView::nodeSize());
    for (const QPainterPath &edge : layout->edges)
        QVERIFY(!edge.isEmpty());
    // No two boxes overlap.
    const QList<QRectF> boxes = layout->nodes.values();
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype k = i + 1; k < boxes.size(); ++k)
            QVERIFY(!boxes.at(i).intersects(boxes.at(k)));
}

void tst_StageGraph::viewShowsBadgesAndStates()
{
    const HostCapabilities host = amd64HostWithQemu();
    StageGraphView view;
    view.resize(900, 500);
    view.setGraph(StageGraphBuilder::build(sample(), Platform("linux", "arm64"), amd64Request(), &host));
    QCOMPARE(view.layoutEngine(), QString("dot"));
    QVERIFY(view.nodeItem("final")->node().emulated);
    QVERIFY(view.nodeItem("arm64_builder")->node().emulated);
    QVERIFY(!view.nodeItem("final_arm64")->node().emulated); // COPY only: no QEMU needed
    QVERIFY(!view.nodeItem("amd64_builder")->node().emulated);
    QVERIFY(view.nodeItem("final_amd64")->node().pruned);
    QCOMPARE(view.edgeItems().size(), 3);
    QCOMPARE(view.edgeItems().at(0)->pen().style() == Qt::SolidLine,
             view.edgeItems().at(0)->data(2).toString() == QLatin1String("from"));

    QSignalSpy activated(&view, &StageGraphView::stageActivated);
    view.selectStage("arm64_builder");
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(1).toInt(), 15);
    QCOMPARE(activated.at(0).at(2).toInt(), 17);

    view.setStageState("arm64_builder", StageState::Running);
    QCOMPARE(view.nodeItem("arm64_builder")->state(), StageState::Running);
    QVERIFY(view.nodeItem("arm64_builder")->stateText().startsWith("running"));
    view.setStageState("ARM64_BUILDER", StageState::Done, 12.5);
    QCOMPARE(view.nodeItem("arm64_builder")->stateText(), QString("done 12.5 s"));
    view.resetStates();
    QCOMPARE(view.nodeItem("arm64_builder")->state(), StageState::Idle);

    const double before = view.zoom();
    view.zoomIn();
    QVERIFY(view.zoom() > before);
    view.fitGraph();
    QVERIFY(view.zoom() <= 1.0);
    QVERIFY(!view.grab().isNull());
}

void tst_StageGraph::widgetHasOneTabPerPlatform()
{
    const HostCapabilities host = amd64HostWithQemu();
    StageGraphWidget widget;
    const auto parsed = sample();
    widget.setGraphs({StageGraphBuilder::build(parsed, Platform("linux", "amd64"), amd64Request(), &host),
                      StageGraphBuilder::build(parsed, Platform("linux", "arm64"), amd64Request(), &host)});
    QCOMPARE(widget.tabs()->count(), 2);
    QCOMPARE(widget.tabs()->tabText(0), QString("linux/amd64"));
    QVERIFY(widget.view("linux/arm64"));
    StageGraphView *arm = widget.view("linux/arm64");
    widget.setStageState("linux/arm64", "final", StageState::Failed, 3);
    QCOMPARE(arm->nodeItem("final")->state(), StageState::Failed);
    // Re-analysis with the same platforms keeps the views (and their states).
    widget.setGraphs(widget.graphs());
    QCOMPARE(widget.view("linux/arm64"), arm);
    QCOMPARE(arm->nodeItem("final")->state(), StageState::Failed);
}

QTEST_MAIN(tst_StageGraph)
#include "tst_stagegraph.moc"
