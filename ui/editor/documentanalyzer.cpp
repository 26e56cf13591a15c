#include "ui/editor/documentanalyzer.h"

#include "ui/stagegraph/stagegraphbuilder.h"

#include "core/dockerfile/checks/dockerfilechecker.h"
#include "core/platform/hostprobe.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::Ui {

DocumentAnalyzer::DocumentAnalyzer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &DocumentAnalyzer::start);
    connect(&m_watcher, &QFutureWatcher<DocumentAnalysis>::finished, this, [this] {
        DocumentAnalysis result = m_watcher.result();
        if (result.revision == m_revision) {
            m_latest = std::move(result);
            emit analyzed(m_latest);
        }
        m_inFlight = false;
        if (m_pending) {
            m_pending = false;
            start();
        }
    });
}

void DocumentAnalyzer::setText(const QString &text)
{
    m_text = text;
    ++m_revision;
    m_timer.start();
}

void DocumentAnalyzer::setPlanInputs(const PlanInputs &inputs)
{
    m_inputs = inputs;
    ++m_revision;
    m_timer.start();
}

void DocumentAnalyzer::analyzeNow()
{
    m_timer.stop();
    start();
}

void DocumentAnalyzer::start()
{
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    m_inFlight = true;
    m_watcher.setFuture(QtConcurrent::run(&DocumentAnalyzer::analyze, m_text.toUtf8(), m_fileName, m_inputs, m_revision));
}

// Lint findings for all target platforms at once, as `manifold lint` reports them. Parser and
// plan diagnostics are left out: the analysis already carries them in `parsed` and `graphs`.
static QList<Dockerfile::Diagnostic> runChecks(const Dockerfile::ParsedDockerfile &parsed,
                                               const PlanInputs &inputs,
                                               const QList<StageGraphData> &graphs)
{
    if (parsed.instructions.isEmpty())
        return {};
    Dockerfile::PlanOptions options;
    for (auto it = inputs.request.buildArgs.cbegin(); it != inputs.request.buildArgs.cend(); ++it)
        options.buildArgs.set(it.key(), it.value());
    options.target = inputs.request.target;
    options.platforms = inputs.platforms;
    options.buildPlatform = inputs.request.buildPlatform.isEmpty() ? HostProbe::hostPlatform()
                                                                   : inputs.request.buildPlatform;
    if (inputs.host) {
        const HostCapabilities host = *inputs.host;
        options.runsNatively = [host](const Platform &p) { return host.runsNatively(p); };
    }
    QList<Dockerfile::Diagnostic> checks;
    const Dockerfile::CheckResult result = Dockerfile::DockerfileChecker::check(parsed, options);
    for (const Dockerfile::Diagnostic &diagnostic : result.diagnostics) {
        bool known = parsed.diagnostics.contains(diagnostic);
        for (const StageGraphData &graph : graphs) {
            for (const Dockerfile::Diagnostic &planned : graph.diagnostics)
                known = known || (planned.id == diagnostic.id && planned.range == diagnostic.range);
        }
        if (!known)
            checks << diagnostic;
    }
    return checks;
}

DocumentAnalysis DocumentAnalyzer::analyze(const QByteArray &bytes, const QString &fileName, const PlanInputs &inputs,
                                           quint64 revision)
{
    DocumentAnalysis analysis;
    analysis.parsed = Dockerfile::Parser::parse(bytes, fileName);
    analysis.stages = stageLocations(analysis.parsed);
    if (!analysis.parsed.instructions.isEmpty()) {
        for (const Platform &platform : inputs.platforms)
            analysis.graphs << StageGraphBuilder::build(analysis.parsed, platform, inputs.request,
                                                        inputs.host ? &*inputs.host : nullptr);
    }
    analysis.checks = runChecks(analysis.parsed, inputs, analysis.graphs);
    analysis.revision = revision;
    return analysis;
}

} // namespace Manifold::Ui
