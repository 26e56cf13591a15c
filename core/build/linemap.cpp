#include "core/build/linemap.h"

namespace Manifold::Build {

void LineMap::finishStage(int stageIndex)
{
    int buildah = 0;
    int buildkit = 0;
    for (const StepLocation &step : std::as_const(m_steps)) {
        if (step.stageIndex != stageIndex)
            continue;
        buildah = qMax(buildah, step.buildahStep);
        buildkit = qMax(buildkit, step.buildkitStep);
    }
    for (StepLocation &step : m_steps) {
        if (step.stageIndex == stageIndex) {
            step.buildahStepCount = buildah;
            step.buildkitStepCount = buildkit;
        }
    }
}

int LineMap::userLineFor(int generatedLine) const
{
    if (generatedLine < 1 || generatedLine > m_userLines.size())
        return 0;
    return m_userLines.at(generatedLine - 1);
}

const StepLocation *LineMap::find(const EngineProgress &progress, Numbering numbering) const
{
    if (progress.step <= 0)
        return nullptr;
    for (const StepLocation &step : m_steps) {
        const bool sameStage = progress.stageIndex >= 0 ? step.stageIndex == progress.stageIndex
                                                       : step.stageName == progress.stageName
                                                             || (progress.stageName.isEmpty() && step.stageIndex == 0);
        if (!sameStage)
            continue;
        const int number = numbering == Numbering::Buildah ? step.buildahStep : step.buildkitStep;
        if (number == progress.step)
            return &step;
    }
    if (!progress.instruction.startsWith(QLatin1String("FROM "), Qt::CaseInsensitive))
        return nullptr;
    QString image;
    for (const QString &word : progress.instruction.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!word.startsWith(QLatin1String("--"))) {
            image = word;
            break;
        }
    }
    // BuildKit echoes normalized references (docker.io/library/busybox@…): compare the tail.
    for (const StepLocation &step : m_steps) {
        if (!image.isEmpty() && !step.baseImage.isEmpty()
            && (step.baseImage == image || image.endsWith(QLatin1Char('/') + step.baseImage)))
            return &step;
    }
    return nullptr;
}

const StepLocation *LineMap::findStage(const QString &stageName) const
{
    for (const StepLocation &step : m_steps) {
        if (step.stageName == stageName)
            return &step;
    }
    return nullptr;
}

} // namespace Manifold::Build
