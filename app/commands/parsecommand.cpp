#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/dockerfile/parser/astjson.h"
#include "core/dockerfile/parser/parser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace Manifold::Cli {

using namespace Manifold::Dockerfile;

// `manifold parse FILE [--dump] [--json]`: the Dockerfile's syntax tree as BuildKit reads it.
// Text mode lists the instructions; --dump prints BuildKit's own dump format (comparable with
// its parser test files); --json prints the tree with source ranges. Exit 1 on syntax errors.
class ParseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::ParseCommand)

public:
    QString name() const override { return QStringLiteral("parse"); }
    QString summary() const override
    {
        return tr("Parse a Dockerfile and show its syntax tree and syntax errors");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("file"),
                                     tr("The Dockerfile to parse ('-' reads stdin)."));
        const QCommandLineOption dumpOption(
            QStringLiteral("dump"), tr("Print BuildKit's parser dump format."));
        const QCommandLineOption jsonOption(
            QStringLiteral("json"), tr("Print the syntax tree with ranges as JSON."));
        parser.addOption(dumpOption);
        parser.addOption(jsonOption);
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;

        const bool json = parser.isSet(jsonOption);
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1) {
            const Error error(QStringLiteral("cli.usage"),
                              tr("expected exactly one Dockerfile"), {},
                              tr("usage: manifold parse FILE [--dump] [--json]"));
            if (json)
                printJson(streams.out, errorToJson(error));
            else
                printError(streams.err, name(), error);
            return ExitUsage;
        }

        const Result<ParsedDockerfile> parsed = read(files.first());
        if (!parsed) {
            if (json)
                printJson(streams.out, errorToJson(parsed.error()));
            else
                printError(streams.err, name(), parsed.error());
            return ExitFindings;
        }

        if (json) {
            printJson(streams.out, AstJson::document(*parsed));
        } else if (parser.isSet(dumpOption)) {
            streams.out << dump(*parsed);
            streams.out.flush();
            printDiagnostics(streams.err, *parsed);
        } else {
            printSummary(streams.out, *parsed);
            printDiagnostics(streams.err, *parsed);
        }
        return parsed->hasErrors() ? ExitFindings : ExitOk;
    }

private:
    static Result<ParsedDockerfile> read(const QString &path)
    {
        if (path != QLatin1String("-"))
            return Parser::parseFile(path);
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Error(QStringLiteral("dockerfile.read"), tr("cannot read stdin"),
                         QStringLiteral("-"));
        return Parser::parse(input.readAll(), QStringLiteral("-"));
    }

    static QString shortened(QString text, int width)
    {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (text.size() > width)
            text = text.left(width - 3) + QStringLiteral("...");
        return text;
    }

    static void printSummary(QTextStream &out, const ParsedDockerfile &parsed)
    {
        int stages = 0;
        for (const Node &node : parsed.instructions)
            stages += node.keyword == QLatin1String("from") ? 1 : 0;
        out << parsed.fileName << ": "
            << tr("%n instruction(s)", nullptr, int(parsed.instructions.size())) << ", "
            << tr("%n stage(s)", nullptr, stages);
        const Directives &d = parsed.directives;
        if (!d.syntax.isEmpty())
            out << ", syntax=" << d.syntax;
        if (d.escapeRange.isValid())
            out << ", escape=" << d.escape;
        if (!d.check.isEmpty())
            out << ", check=" << d.check;
        out << '\n';
        for (const Node &node : parsed.instructions) {
            const QString lines = node.range.start.line == node.range.end.line
                ? QString::number(node.range.start.line)
                : QStringLiteral("%1-%2").arg(node.range.start.line).arg(node.range.end.line);
            out << "  " << lines.rightJustified(9) << "  " << shortened(node.original, 100);
            if (!node.heredocs.isEmpty()) {
                QStringList names;
                for (const Heredoc &heredoc : node.heredocs)
                    names << heredoc.name;
                out << "  [heredoc " << names.join(QStringLiteral(", ")) << ']';
            }
            out << '\n';
        }
        out.flush();
    }

    static void printDiagnostics(QTextStream &err, const ParsedDockerfile &parsed)
    {
        for (const Diagnostic &diagnostic : parsed.diagnostics)
            printDiagnostic(err, diagnostic);
        err.flush();
    }
};

MANIFOLD_REGISTER_COMMAND(ParseCommand);

} // namespace Manifold::Cli
