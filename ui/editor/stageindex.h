#pragma once

#include "core/dockerfile/parser/parser.h"

#include <QList>
#include <QString>

namespace Manifold::Ui {

// Where each stage of a Dockerfile is, for "go to stage" and graph-to-editor selection.
struct StageLocation
{
    QString name;      // the AS name, or "stage-N" for an unnamed stage (BuildKit's numbering)
    QString base;      // what FROM names, unexpanded
    int index = 0;     // 0-based among stages
    int firstLine = 0; // the FROM line (1-based)
    int lastLine = 0;  // last line of the stage's last instruction
    bool named = false;

    bool operator==(const StageLocation &other) const = default;
};

QList<StageLocation> stageLocations(const Dockerfile::ParsedDockerfile &parsed);

} // namespace Manifold::Ui
