#pragma once

#include "core/dockerfile/parser/parser.h"
#include "core/platform/hostprobe.h"
#include "ui/editor/stageindex.h"
#include "ui/stagegraph/stagegraphbuilder.h"
#include "ui/stagegraph/stagegraphdata.h"

#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Manifold::Ui {

// What one analysis of the editor's text found.
struct DocumentAnalysis
{
    Dockerfile::ParsedDockerfile parsed;
    QList<StageLocation> stages;
    QList<StageGraphData> graphs; // one per target platform
    QList<Dockerfile::Diagnostic> checks; // build checks (BuildKit's and the multi-arch ones)
    quint64 revision = 0;
};

// What planning needs besides the text: target platforms, build args and target, and what the
// host can run (to mark emulated stages).
struct PlanInputs
{
    QList<Platform> platforms;
    StageGraphRequest request;
    std::optional<HostCapabilities> host;
};

// Re-parses the Dockerfile shortly after the text stops changing, on a worker thread, and
// publishes the newest result only (an older parse that finishes late is dropped).
class DocumentAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit DocumentAnalyzer(QObject *parent = nullptr);

    void setFileName(const QString &fileName) { m_fileName = fileName; }
    // Schedules an analysis after the debounce delay.
    void setText(const QString &text);
    // Analyses now (still off the UI thread).
    void analyzeNow();
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Changes the planning inputs and re-analyses.
    void setPlanInputs(const PlanInputs &inputs);
    const PlanInputs &planInputs() const { return m_inputs; }

    const DocumentAnalysis &latest() const { return m_latest; }
    // True from a change until its result has been published.
    bool isBusy() const { return m_inFlight || m_timer.isActive(); }

    static DocumentAnalysis analyze(const QByteArray &bytes, const QString &fileName, const PlanInputs &inputs,
                                    quint64 revision);

signals:
    void analyzed(const Manifold::Ui::DocumentAnalysis &analysis);

private:
    void start();

    QString m_text;
    QString m_fileName = QStringLiteral("Dockerfile");
    PlanInputs m_inputs;
    quint64 m_revision = 0;
    bool m_pending = false;
    bool m_inFlight = false;
    QTimer m_timer;
    QFutureWatcher<DocumentAnalysis> m_watcher;
    DocumentAnalysis m_latest;
};

} // namespace Manifold::Ui
