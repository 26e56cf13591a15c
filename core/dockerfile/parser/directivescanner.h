#pragma once

#include <QByteArray>

namespace Manifold::Dockerfile {

class SourceText;

// BuildKit's parser-directive line syntax: `^<prefix>\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`.
struct DirectiveLine
{
    QByteArray key;     // lowercased
    int valueBegin = 0; // byte span of the value in the matched text
    int valueEnd = 0;

    // Matches bytes [begin, end) of `data`; `prefix` is "#" (or "//" for the syntax lookup).
    static bool match(const char *data, int begin, int end, const char *prefix, DirectiveLine *out);
    static bool isKnownKey(const QByteArray &key); // syntax, escape, check
};

// BuildKit's frontend-level lookup of one directive (ParseDirective/DetectSyntax): skips a
// leading `#!` shebang line, then reads directive lines until the first other line.
struct DirectiveLookup
{
    bool found = false;
    int lineNumber = 0;
    int valueBegin = 0; // byte offsets within that line
    int valueEnd = 0;

    static DirectiveLookup find(const SourceText &source, const QByteArray &key,
                                bool allowSlashComments);
};

} // namespace Manifold::Dockerfile
