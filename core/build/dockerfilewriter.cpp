#include "core/build/dockerfilewriter.h"

#include <QRegularExpression>

namespace Manifold::Build {

namespace {

bool countsForBuildKit(const QString &keyword)
{
    return keyword == QLatin1String("run") || keyword == QLatin1String("copy")
           || keyword == QLatin1String("add") || keyword == QLatin1String("workdir");
}

int lastLineOf(const Dockerfile::Node &node)
{
    const Dockerfile::SourceRange &range = node.range;
    if (!range.end.isValid())
        return range.start.line;
    // An end at column 1 of a later line means the instruction ended with the previous line.
    if (range.end.line > range.start.line && range.end.column <= 1)
        return range.end.line - 1;
    return range.end.line;
}

class Emitter
{
public:
    QStringList lines;
    LineMap map;

    void line(const QString &text, int userLine)
    {
        lines.append(text);
        map.addLine(userLine);
    }
    int nextLine() const { return int(lines.size()) + 1; }
};

} // namespace

QString DockerfileWriter::quoteArgValue(const QString &value, QChar escape)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@+,=-]*$"));
    if (!value.isEmpty() && plain.match(value).hasMatch())
        return value;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('$') || c == escape)
            quoted.append(escape);
        quoted.append(c);
    }
    quoted.append(QLatin1Char('"'));
    return quoted;
}

PlatformDockerfile DockerfileWriter::write(const ExecutorPlan &plan, const QString &userSource,
                                           const QString &userFileName)
{
    const QStringList source = userSource.split(QLatin1Char('\n'));
    Emitter out;
    if (plan.escape != QLatin1Char('\\'))
        out.line(QStringLiteral("# escape=") + plan.escape, 0);
    out.line(QStringLiteral("# Written by Manifold for %1 from %2: bases pinned to per-platform digests.")
                 .arg(plan.target.toString(), userFileName),
             0);

    // Automatic platform ARGs first (Buildah needs them declared), then the user's global ARGs
    // with the values they have for this platform.
    QStringList declared;
    for (const auto &[name, value] : plan.globalArgs) {
        Q_UNUSED(value);
        declared.append(name);
    }
    for (auto it = plan.automaticArgs.cbegin(); it != plan.automaticArgs.cend(); ++it) {
        if (!declared.contains(it.key()))
            out.line(QStringLiteral("ARG %1=%2").arg(it.key(), quoteArgValue(it.value(), plan.escape)), 0);
    }
    for (const auto &[name, value] : plan.globalArgs)
        out.line(QStringLiteral("ARG %1=%2").arg(name, quoteArgValue(value, plan.escape)), 0);

    QStringList stageNames;
    for (const PlannedStage &stage : plan.stages)
        stageNames.append(stage.name);

    int stageIndex = 0;
    for (const PlannedStage &stage : plan.stages) {
        out.line(QString(), 0);
        QString base = stage.baseStage;
        QString platformFlag;
        if (base.isEmpty()) {
            base = stage.pinnedImage.isEmpty() ? stage.baseImage : stage.pinnedImage;
            platformFlag = QStringLiteral("--platform=%1 ").arg(stage.platform.toString());
        }
        const int fromLine = stage.from.range.start.line;
        StepLocation from;
        from.stageIndex = stageIndex;
        from.stageName = stage.name;
        from.keyword = QStringLiteral("from");
        from.buildahStep = 1;
        from.buildkitStep = stage.isExternalImage() ? 1 : 0;
        from.generatedLine = out.nextLine();
        from.userLine = fromLine;
        if (stage.isExternalImage())
            from.baseImage = base;
        out.map.addStep(from);
        out.line(QStringLiteral("FROM %1%2 AS %3").arg(platformFlag, base, stage.name), fromLine);

        int buildahStep = 1;
        int buildkitStep = from.buildkitStep;
        for (const Dockerfile::Node &node : stage.body) {
            StepLocation step;
            step.stageIndex = stageIndex;
            step.stageName = stage.name;
            step.keyword = node.keyword;
            step.buildahStep = ++buildahStep;
            step.buildkitStep = countsForBuildKit(node.keyword) ? ++buildkitStep : 0;
            step.generatedLine = out.nextLine();
            step.userLine = node.range.start.line;
            out.map.addStep(step);

            const int first = node.range.start.line;
            const int last = qMax(first, lastLineOf(node));
            for (int line = first; line <= last && line <= source.size(); ++line) {
                QString text = source.at(line - 1);
                if (text.endsWith(QLatin1Char('\r')))
                    text.chop(1);
                if (line == first && (node.keyword == QLatin1String("copy") || node.keyword == QLatin1String("add"))) {
                    // Indices shift when unused stages are dropped: refer to stages by name.
                    static const QRegularExpression numericFrom(
                        QStringLiteral("--from=([\"']?)(\\d+)\\1(?=\\s)"));
                    const QRegularExpressionMatch match = numericFrom.match(text);
                    if (match.hasMatch()) {
                        const int index = match.captured(2).toInt();
                        QString name;
                        for (const PlannedStage &candidate : plan.stages) {
                            if (candidate.userIndex == index)
                                name = candidate.name;
                        }
                        if (!name.isEmpty())
                            text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("--from=") + name);
                    }
                }
                out.line(text, line);
            }
        }
        out.map.finishStage(stageIndex);
        ++stageIndex;
    }

    PlatformDockerfile result;
    result.text = out.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    result.lineMap = out.map;
    return result;
}

} // namespace Manifold::Build
