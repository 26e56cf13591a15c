#include "ui/editor/stageindex.h"

namespace Manifold::Ui {

QList<StageLocation> stageLocations(const Dockerfile::ParsedDockerfile &parsed)
{
    QList<StageLocation> stages;
    for (const Dockerfile::Node &node : parsed.instructions) {
        if (node.keyword == QLatin1String("from")) {
            StageLocation stage;
            stage.index = int(stages.size());
            stage.base = node.args.value(0);
            if (node.args.size() >= 3 && node.args.at(1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0) {
                stage.name = node.args.at(2);
                stage.named = true;
            } else {
                stage.name = QStringLiteral("stage-%1").arg(stage.index);
            }
            stage.firstLine = node.range.start.line;
            stage.lastLine = qMax(node.range.end.line, stage.firstLine);
            stages << stage;
        } else if (!stages.isEmpty()) {
            stages.last().lastLine = qMax(stages.last().lastLine, node.range.end.line);
        }
    }
    return stages;
}

} // namespace Manifold::Ui
