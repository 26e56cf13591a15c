#include "core/dockerfile/parser/gotext.h"
#include "core/dockerfile/parser/parser.h"

namespace Manifold::Dockerfile {

namespace {

void appendNode(QString &out, const Node &node)
{
    out += node.keyword; // already lowercase, as Dump's strings.ToLower
    if (!node.flags.isEmpty()) {
        out += QLatin1String(" [");
        for (qsizetype i = 0; i < node.flags.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(' ');
            GoText::appendQuoted(out, node.flags.at(i).raw);
        }
        out += QLatin1Char(']');
    }
    if (node.child) {
        out += QLatin1String(" (");
        appendNode(out, *node.child);
        out += QLatin1Char(')');
    }
    for (const QString &arg : node.args) {
        out += QLatin1Char(' ');
        GoText::appendQuoted(out, arg);
    }
}

} // namespace

QString goQuote(const QString &text)
{
    return GoText::quote(text);
}

QString dumpNode(const Node &node)
{
    QString out;
    appendNode(out, node);
    // Node.Dump trims the result; only an empty keyword can leave leading blanks.
    return QLatin1Char('(') + out.trimmed() + QLatin1Char(')');
}

QString dump(const ParsedDockerfile &parsed)
{
    QString out;
    for (const Node &node : parsed.instructions) {
        out += dumpNode(node);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Manifold::Dockerfile
