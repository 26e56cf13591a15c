#pragma once

#include "core/dockerfile/parser/parser.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Manifold::Dockerfile::Test {

// "3:5-3:9": compact ranges for table-driven expectations.
inline QString rangeText(const SourceRange &range)
{
    return QStringLiteral("%1:%2-%3:%4")
        .arg(range.start.line)
        .arg(range.start.column)
        .arg(range.end.line)
        .arg(range.end.column);
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

// The dump without its final newline, for one-line expectations.
inline QString dumpText(const ParsedDockerfile &parsed)
{
    QString text = dump(parsed);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

// "error UnknownInstruction 3:1" per diagnostic, in order.
inline QStringList diagnosticSummary(const ParsedDockerfile &parsed)
{
    QStringList lines;
    for (const Diagnostic &d : parsed.diagnostics) {
        lines << QStringLiteral("%1 %2 %3:%4")
                     .arg(severityName(d.severity), d.id)
                     .arg(d.range.start.line)
                     .arg(d.range.start.column);
    }
    return lines;
}

} // namespace Manifold::Dockerfile::Test
