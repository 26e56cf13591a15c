#pragma once

#include "core/dockerfile/diagnostic.h"
#include "core/dockerfile/parser/node.h"
#include "core/dockerfile/sourcerange.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QChar>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace Manifold::Dockerfile {

// Parser directives from the top of the file (`# syntax=`, `# escape=`, `# check=`).
// Ranges cover the directive's value; they are invalid when the directive is absent.
// `syntax` and `check` follow BuildKit's frontend lookup (a leading `#!` shebang line is
// skipped for them), `escape` follows the parser proper (it changes how lines are read).
struct Directives
{
    QString syntax;
    QChar escape = QLatin1Char('\\');
    QString check;
    SourceRange syntaxRange, escapeRange, checkRange;
};

// The syntax tree of one Dockerfile plus everything found wrong with it.
struct ParsedDockerfile
{
    QString fileName;
    Directives directives;
    // Top-level instructions in order (see node.h). An instruction whose arguments BuildKit
    // rejects outright (ENV without value, a JSON array with non-strings, ...) is reported in
    // `diagnostics` and left out here, so every node has BuildKit's shape.
    QList<Node> instructions;
    // Parse errors (Severity::Error) and warnings such as NoEmptyContinuation, in line order.
    QList<Diagnostic> diagnostics;

    bool hasErrors() const;
};

// Stable ids of the diagnostics the parser emits.
namespace ParseDiagnostic {
inline constexpr QLatin1String InvalidDirective{"InvalidDirective"};       // bad `# escape=` value
inline constexpr QLatin1String DuplicateDirective{"DuplicateDirective"};   // same directive twice
inline constexpr QLatin1String NoInstructions{"NoInstructions"};           // empty / comments only
inline constexpr QLatin1String UnknownInstruction{"UnknownInstruction"};   // FOO bar
inline constexpr QLatin1String InvalidJsonArray{"InvalidJsonArray"};       // ["a", 1]
inline constexpr QLatin1String InvalidJsonForm{"InvalidJsonForm"};         // warning: CMD ['a']
inline constexpr QLatin1String MissingArguments{"MissingArguments"};       // ENV PATH
inline constexpr QLatin1String InvalidOnbuild{"InvalidOnbuild"};           // ONBUILD nested 8 deep
inline constexpr QLatin1String InvalidKeyValue{"InvalidKeyValue"};         // ENV a=b c
inline constexpr QLatin1String UnterminatedHeredoc{"UnterminatedHeredoc"}; // <<EOF without EOF
inline constexpr QLatin1String InvalidHeredoc{"InvalidHeredoc"};           // delimiter not lexable
inline constexpr QLatin1String LineTooLong{"LineTooLong"};                 // > 65535 bytes
inline constexpr QLatin1String NoEmptyContinuation{"NoEmptyContinuation"}; // warning
} // namespace ParseDiagnostic

// Reads a Dockerfile the way BuildKit's frontend/dockerfile/parser does (same lines, joins,
// words, JSON decisions, heredoc bodies, dump), with these deliberate differences:
// - it does not stop at the first error: every error becomes a diagnostic and parsing goes on;
// - `unknown instruction: FOO (did you mean FROM?)`, which BuildKit raises one stage later,
//   is reported here (the node is kept, dumping as BuildKit's `(foo "")`);
// - flag words are decoded as UTF-8 (BuildKit reads them byte by byte as Latin-1);
// - invalid UTF-8 becomes U+FFFD in node strings (BuildKit's dump shows such bytes as \xNN).
// One pass over the bytes, no regular expressions: a 10,000-line file takes a few milliseconds.
class Parser
{
public:
    // Never crashes or throws on arbitrary bytes (fuzz entry point); reports every error it can
    // and keeps going after one, so a single run lists all of them.
    static ParsedDockerfile parse(const QByteArray &source,
                                  const QString &fileName = QStringLiteral("Dockerfile"));
    // I/O errors only; syntax errors are in diagnostics.
    static Result<ParsedDockerfile> parseFile(const QString &path);
};

// BuildKit's Node.Dump format for one instruction / the whole file (the corpus `result` format):
// `(from "alpine")`, one line per instruction, each line newline-terminated.
QString dumpNode(const Node &node);
QString dump(const ParsedDockerfile &parsed);

// Go's strconv.Quote, which the dump format uses for every argument.
QString goQuote(const QString &text);

} // namespace Manifold::Dockerfile
