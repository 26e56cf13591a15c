#include "core/build/buildevent.h"

namespace Manifold::Build {

QString eventKindName(BuildEvent::Kind kind)
{
    switch (kind) {
    case BuildEvent::Kind::Phase: return QStringLiteral("phase");
    case BuildEvent::Kind::StepStarted: return QStringLiteral("step-started");
    case BuildEvent::Kind::StepCached: return QStringLiteral("step-cached");
    case BuildEvent::Kind::StepFinished: return QStringLiteral("step-finished");
    case BuildEvent::Kind::StepFailed: return QStringLiteral("step-failed");
    case BuildEvent::Kind::Log: return QStringLiteral("log");
    case BuildEvent::Kind::PlatformFinished: return QStringLiteral("platform-finished");
    case BuildEvent::Kind::Error: return QStringLiteral("error");
    }
    return QString();
}

QJsonObject BuildEvent::toJson() const
{
    QJsonObject object{{QStringLiteral("event"), eventKindName(kind)}};
    if (!platform.isEmpty())
        object.insert(QStringLiteral("platform"), platform.toString());
    if (!stage.isEmpty())
        object.insert(QStringLiteral("stage"), stage);
    if (step > 0) {
        object.insert(QStringLiteral("step"), step);
        object.insert(QStringLiteral("steps"), stepCount);
    }
    if (!instruction.isEmpty())
        object.insert(QStringLiteral("instruction"), instruction);
    if (line > 0)
        object.insert(QStringLiteral("line"), line);
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    if (kind == Kind::PlatformFinished)
        object.insert(QStringLiteral("exitCode"), exitCode);
    if (seconds >= 0)
        object.insert(QStringLiteral("seconds"), seconds);
    if (time.isValid())
        object.insert(QStringLiteral("time"), time.toString(Qt::ISODateWithMs));
    return object;
}

QString BuildEvent::toPlainText() const
{
    const QString prefix = platform.isEmpty() ? QString()
                                              : QLatin1Char('[') + platform.toString() + QStringLiteral("] ");
    const QString where = line > 0 ? QStringLiteral("Dockerfile:%1 ").arg(line) : QString();
    const QString stageStep = stage.isEmpty() ? QString()
        : step > 0 ? QStringLiteral("%1 %2/%3 ").arg(stage).arg(step).arg(stepCount)
                   : stage + QLatin1Char(' ');
    switch (kind) {
    case Kind::Phase:
        return QStringLiteral("==> ") + prefix + text;
    case Kind::StepStarted:
        return prefix + stageStep + where + instruction;
    case Kind::StepCached:
        return prefix + stageStep + where + QStringLiteral("CACHED ") + instruction;
    case Kind::StepFinished:
        return prefix + stageStep + where + QStringLiteral("DONE")
               + (seconds >= 0 ? QStringLiteral(" %1s").arg(seconds, 0, 'f', 1) : QString());
    case Kind::StepFailed:
        return prefix + stageStep + where + QStringLiteral("ERROR ") + text;
    case Kind::Log:
        return prefix + QStringLiteral("  ") + text;
    case Kind::PlatformFinished:
        return prefix + (exitCode == 0 ? QStringLiteral("finished") : QStringLiteral("failed (exit %1)").arg(exitCode))
               + (seconds >= 0 ? QStringLiteral(" in %1s").arg(seconds, 0, 'f', 1) : QString());
    case Kind::Error:
        return prefix + QStringLiteral("error: ") + where + text;
    }
    return text;
}

} // namespace Manifold::Build
