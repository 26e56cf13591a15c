#pragma once

#include "core/dockerfile/diagnostic.h"
#include "core/dockerfile/parser/node.h"
#include "core/dockerfile/sourcerange.h"

#include <QJsonObject>

namespace Manifold::Dockerfile {

struct ParsedDockerfile;

// The syntax tree as JSON (`manifold parse --json`, and for tools): every node, flag, argument
// and heredoc with its source range, plus the diagnostics.
// A range is {"start": {"line", "column"}, "end": {"line", "column"}}, 1-based, end exclusive.
namespace AstJson {
QJsonObject range(const SourceRange &range);
QJsonObject diagnostic(const Diagnostic &diagnostic);
QJsonObject node(const Node &node);
QJsonObject document(const ParsedDockerfile &parsed);
} // namespace AstJson

} // namespace Manifold::Dockerfile
