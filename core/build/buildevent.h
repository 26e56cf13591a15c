#pragma once

#include "core/platform/platform.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Manifold::Build {

// One thing that happened during a build, already mapped onto the user's Dockerfile.
// The CLI prints these (--progress plain|json) and the GUI consumes the same stream.
struct BuildEvent
{
    enum class Kind {
        Phase,        // a build phase began: planning, resolving bases, pushing, verifying
        StepStarted,  // an instruction began running
        StepCached,   // an instruction was satisfied from the engine's cache
        StepFinished, // an instruction completed
        StepFailed,   // an instruction failed; `text` carries the engine's error
        Log,          // one line of output (the step's command output or engine chatter)
        PlatformFinished, // one executor ended (exitCode says how)
        Error,        // a failure outside a step (planning, push, verify)
    };

    Kind kind = Kind::Log;
    Platform platform;      // target platform of the executor; empty for whole-build events
    QString stage;          // stage name in the user's Dockerfile ("" when unknown)
    int step = 0;           // 1-based step within the stage as the engine counts it; 0 when none
    int stepCount = 0;
    QString instruction;    // the instruction as the engine echoed it
    int line = 0;           // 1-based line in the user's Dockerfile; 0 when not mapped
    QString text;           // log line, phase name or error message
    QString code;           // stable id of a notice (e.g. "build.attestations.kept"); empty for most events
    int exitCode = 0;       // PlatformFinished
    double seconds = -1;    // duration of a finished step or platform, -1 when not known
    QDateTime time;         // when Manifold saw it

    QJsonObject toJson() const;
    // One human line for --progress plain.
    QString toPlainText() const;
};

QString eventKindName(BuildEvent::Kind kind);

} // namespace Manifold::Build
