#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Manifold::Build {

// What an engine's output said, in the coordinates of the Dockerfile the engine was given
// (the per-platform file Manifold wrote). LineMap turns it into user-facing BuildEvents.
struct EngineProgress
{
    enum class Kind { StepStarted, StepCached, StepFinished, StepFailed, Log };

    Kind kind = Kind::Log;
    int stageIndex = -1;  // 0-based stage of the engine's Dockerfile; -1 when unknown
    QString stageName;    // as the engine named it; may be empty
    int step = 0;         // the engine's own 1-based step number within the stage; 0 when none
    int stepCount = 0;
    QString instruction;  // the instruction as the engine echoed it
    QString text;         // log line or error message
    double seconds = -1;  // duration when the engine reported one
    bool internal = false; // engine bookkeeping (BuildKit's [internal] vertices, exporting)

    bool operator==(const EngineProgress &other) const = default;
};

// Turns one engine's output into EngineProgress items. Output may arrive in arbitrary chunks;
// the parser keeps incomplete lines until their newline arrives.
class ProgressParser
{
public:
    virtual ~ProgressParser() = default;

    QList<EngineProgress> feed(const QByteArray &chunk);
    // End of output: flushes a trailing partial line and closes the open step, as finished
    // (exitCode 0) or failed when the engine has not reported the failure itself.
    QList<EngineProgress> finish(int exitCode);

protected:
    virtual void parseLine(const QString &line, QList<EngineProgress> &out) = 0;
    virtual void close(int exitCode, QList<EngineProgress> &out) = 0;

private:
    QByteArray m_pending;
};

// Buildah and Podman: "[2/4] STEP 3/3: RUN make", "--> Using cache <id>",
// `Error: building at STEP "RUN make": exit status 2`.
class BuildahProgressParser : public ProgressParser
{
protected:
    void parseLine(const QString &line, QList<EngineProgress> &out) override;
    void close(int exitCode, QList<EngineProgress> &out) override;

private:
    EngineProgress m_current; // the running step (kind StepStarted) or step == 0
    bool m_currentCached = false;
    bool m_failed = false;
    QStringList m_stageNames;
};

// BuildKit --progress=plain: "#5 [builder 2/3] RUN make", "#5 0.141 output", "#5 CACHED",
// "#5 DONE 0.2s", "#5 ERROR: ...".
class BuildKitPlainProgressParser : public ProgressParser
{
protected:
    void parseLine(const QString &line, QList<EngineProgress> &out) override;
    void close(int exitCode, QList<EngineProgress> &out) override;

private:
    struct Vertex;
    QList<std::shared_ptr<Vertex>> m_vertices;
    std::shared_ptr<Vertex> vertex(int id);
    bool m_failed = false;
};

// BuildKit --progress=rawjson: one client.SolveStatus JSON object per line; vertices are re-sent
// on each state change and merged by digest, log data is base64.
class BuildKitJsonProgressParser : public ProgressParser
{
protected:
    void parseLine(const QString &line, QList<EngineProgress> &out) override;
    void close(int exitCode, QList<EngineProgress> &out) override;

private:
    struct Vertex;
    QList<std::shared_ptr<Vertex>> m_vertices;
    std::shared_ptr<Vertex> vertex(const QString &digest);
    bool m_failed = false;
};

// Parses a BuildKit vertex name such as "[linux/amd64->arm64 builder  3/12] RUN go build"
// into stage name, step and total; false for names without a step ("[internal] ...").
bool parseBuildKitVertexName(const QString &name, EngineProgress &progress);

} // namespace Manifold::Build
