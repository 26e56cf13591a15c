#pragma once

#include "core/dockerfile/sourcerange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Manifold::Dockerfile {

// A flag as written before an instruction's arguments: "--platform=$BUILDPLATFORM".
struct Flag
{
    QString raw;   // "--platform=$BUILDPLATFORM" with quotes removed, as BuildKit stores it
    QString name;  // "platform"
    QString value; // "$BUILDPLATFORM" (unexpanded)
    bool hasValue = false;
    SourceRange range;
    SourceRange valueRange; // the text after '=' as written (quotes included); invalid without '='
};

// A here-document attached to RUN/COPY/ADD.
struct Heredoc
{
    QString name;         // delimiter with quotes removed
    QString content;      // raw body, line endings kept, not chomped
    bool expand = true;   // false when the delimiter was quoted
    bool chomp = false;   // <<-: strip leading tabs
    int fileDescriptor = 0;
    SourceRange range;    // body lines including the terminator
    SourceRange markerRange; // "<<EOF" (or "<<-'EOF'", "3<<EOF") in the instruction line
};

// One instruction of the syntax tree, BuildKit's parser.Node flattened:
// `args` are the Next values in order (ENV/LABEL as key, value, "=" or "" triples).
// As in BuildKit: an unknown keyword keeps one empty argument (dumps as `(foo "")`), HEALTHCHECK's
// first argument is its type ("CMD"/"NONE"), and ONBUILD has no args but a `child`, while the
// heredocs of `ONBUILD RUN <<EOF` sit on the ONBUILD node itself.
struct Node
{
    QString keyword;           // lowercase: "from", "run", ...
    QString keywordAsWritten;  // "From": for casing checks
    QString original;          // the logical line as written, continuations joined
    QList<Flag> flags;
    QStringList args;
    QList<SourceRange> argRanges; // parallel to args where known (may be shorter)
    bool json = false;         // JSON (exec) form
    QList<Heredoc> heredocs;
    std::shared_ptr<Node> child; // ONBUILD's instruction
    QStringList comments;      // comment lines directly before the instruction
    SourceRange range;         // first to last physical line, heredoc bodies included
    SourceRange keywordRange;
};

} // namespace Manifold::Dockerfile
