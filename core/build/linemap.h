#pragma once

#include "core/build/progressparser.h"

#include <QList>
#include <QString>

namespace Manifold::Build {

// Where one instruction of a generated per-platform Dockerfile came from.
struct StepLocation
{
    int stageIndex = 0;    // 0-based stage in the generated file
    QString stageName;
    QString keyword;       // lowercase instruction keyword
    int buildahStep = 0;   // Buildah/Podman count every instruction, FROM is step 1
    int buildahStepCount = 0;
    int buildkitStep = 0;  // BuildKit counts FROM <image>, RUN, COPY, ADD, WORKDIR; 0 when not counted
    int buildkitStepCount = 0;
    int generatedLine = 0; // 1-based, first line of the instruction in the generated file
    int userLine = 0;      // 1-based, first line of the instruction in the user's Dockerfile
    QString baseImage;     // FROM steps of external images: the (pinned) reference
};

// Maps the generated per-platform Dockerfile back to the user's, line by line and step by step,
// so every log line and error names the line the user wrote.
class LineMap
{
public:
    enum class Numbering { Buildah, BuildKit };

    void addLine(int userLine) { m_userLines.append(userLine); }
    void addStep(const StepLocation &step) { m_steps.append(step); }
    void finishStage(int stageIndex);

    // 0 for lines Manifold added (pinned global ARGs, comments).
    int userLineFor(int generatedLine) const;
    int generatedLineCount() const { return int(m_userLines.size()); }
    const QList<StepLocation> &steps() const { return m_steps; }

    // The instruction an engine progress item talks about, or nullptr. Stages are matched by
    // index when known, else by name. A FROM whose stage is unknown is matched by its image:
    // BuildKit shares identical vertices between builds running on one daemon at once, so a
    // FROM can arrive named after a stage of the other platform's Dockerfile.
    const StepLocation *find(const EngineProgress &progress, Numbering numbering) const;
    const StepLocation *findStage(const QString &stageName) const;

private:
    QList<int> m_userLines;
    QList<StepLocation> m_steps;
};

} // namespace Manifold::Build
