#include "core/dockerfile/parser/astjson.h"

#include "core/dockerfile/parser/parser.h"

#include <QJsonArray>

namespace Manifold::Dockerfile::AstJson {

namespace {

QJsonObject position(const SourcePosition &position)
{
    return QJsonObject{{QStringLiteral("line"), position.line},
                       {QStringLiteral("column"), position.column}};
}

QJsonObject flag(const Flag &flag)
{
    QJsonObject object{{QStringLiteral("raw"), flag.raw},
                       {QStringLiteral("name"), flag.name},
                       {QStringLiteral("range"), range(flag.range)}};
    if (flag.hasValue) {
        object.insert(QStringLiteral("value"), flag.value);
        object.insert(QStringLiteral("valueRange"), range(flag.valueRange));
    }
    return object;
}

QJsonObject heredoc(const Heredoc &heredoc)
{
    return QJsonObject{{QStringLiteral("name"), heredoc.name},
                       {QStringLiteral("content"), heredoc.content},
                       {QStringLiteral("expand"), heredoc.expand},
                       {QStringLiteral("chomp"), heredoc.chomp},
                       {QStringLiteral("fileDescriptor"), heredoc.fileDescriptor},
                       {QStringLiteral("range"), range(heredoc.range)},
                       {QStringLiteral("markerRange"), range(heredoc.markerRange)}};
}

} // namespace

QJsonObject range(const SourceRange &range)
{
    if (!range.isValid())
        return {};
    return QJsonObject{{QStringLiteral("start"), position(range.start)},
                       {QStringLiteral("end"), position(range.end)}};
}

QJsonObject diagnostic(const Diagnostic &diagnostic)
{
    QJsonObject object{{QStringLiteral("severity"), severityName(diagnostic.severity)},
                       {QStringLiteral("id"), diagnostic.id},
                       {QStringLiteral("message"), diagnostic.message},
                       {QStringLiteral("file"), diagnostic.file},
                       {QStringLiteral("range"), range(diagnostic.range)}};
    if (!diagnostic.fix.isEmpty())
        object.insert(QStringLiteral("fix"), diagnostic.fix);
    if (!diagnostic.url.isEmpty())
        object.insert(QStringLiteral("url"), diagnostic.url);
    return object;
}

QJsonObject node(const Node &node)
{
    QJsonArray args;
    for (qsizetype i = 0; i < node.args.size(); ++i) {
        QJsonObject arg{{QStringLiteral("value"), node.args.at(i)}};
        if (i < node.argRanges.size() && node.argRanges.at(i).isValid())
            arg.insert(QStringLiteral("range"), range(node.argRanges.at(i)));
        args.append(arg);
    }
    QJsonArray flags;
    for (const Flag &f : node.flags)
        flags.append(flag(f));
    QJsonObject object{{QStringLiteral("keyword"), node.keyword},
                       {QStringLiteral("keywordAsWritten"), node.keywordAsWritten},
                       {QStringLiteral("keywordRange"), range(node.keywordRange)},
                       {QStringLiteral("range"), range(node.range)},
                       {QStringLiteral("original"), node.original},
                       {QStringLiteral("json"), node.json},
                       {QStringLiteral("flags"), flags},
                       {QStringLiteral("args"), args}};
    if (!node.heredocs.isEmpty()) {
        QJsonArray heredocs;
        for (const Heredoc &h : node.heredocs)
            heredocs.append(heredoc(h));
        object.insert(QStringLiteral("heredocs"), heredocs);
    }
    if (!node.comments.isEmpty())
        object.insert(QStringLiteral("comments"), QJsonArray::fromStringList(node.comments));
    if (node.child)
        object.insert(QStringLiteral("child"), AstJson::node(*node.child));
    return object;
}

QJsonObject document(const ParsedDockerfile &parsed)
{
    const Directives &d = parsed.directives;
    QJsonObject directives{{QStringLiteral("escape"), QString(d.escape)}};
    if (d.escapeRange.isValid())
        directives.insert(QStringLiteral("escapeRange"), range(d.escapeRange));
    if (d.syntaxRange.isValid()) {
        directives.insert(QStringLiteral("syntax"), d.syntax);
        directives.insert(QStringLiteral("syntaxRange"), range(d.syntaxRange));
    }
    if (d.checkRange.isValid()) {
        directives.insert(QStringLiteral("check"), d.check);
        directives.insert(QStringLiteral("checkRange"), range(d.checkRange));
    }
    QJsonArray instructions;
    for (const Node &n : parsed.instructions)
        instructions.append(node(n));
    QJsonArray diagnostics;
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &diag : parsed.diagnostics) {
        diagnostics.append(diagnostic(diag));
        errors += diag.severity == Severity::Error ? 1 : 0;
        warnings += diag.severity == Severity::Warning ? 1 : 0;
    }
    return QJsonObject{{QStringLiteral("file"), parsed.fileName},
                       {QStringLiteral("directives"), directives},
                       {QStringLiteral("instructions"), instructions},
                       {QStringLiteral("diagnostics"), diagnostics},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("warnings"), warnings}};
}

} // namespace Manifold::Dockerfile::AstJson
