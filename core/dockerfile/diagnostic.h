#pragma once

#include "core/dockerfile/sourcerange.h"

#include <QList>
#include <QString>

namespace Manifold::Dockerfile {

enum class Severity { Error, Warning, Info };

// One finding about a Dockerfile: a parse error, a build check, a plan problem.
// `id` is stable (BuildKit's rule names where they apply, e.g. "UndefinedVar"; our own ids for
// multi-arch checks, e.g. "MissingStageForPlatform"; "ParseError" style ids for syntax).
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString id;
    QString message; // what, and why it matters
    QString fix;     // how to fix; may be empty
    QString file;    // as given by the caller ("Dockerfile")
    SourceRange range;
    QString url;     // documentation link where one exists

    bool operator==(const Diagnostic &other) const = default;
};

QString severityName(Severity severity);

} // namespace Manifold::Dockerfile
