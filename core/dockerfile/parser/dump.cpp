#include "core/dockerfile/parser/parser.h"

namespace Manifold::Dockerfile {

QString goQuote(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString dumpNode(const Node &node)
{
    return QLatin1Char('(') + node.keyword + QLatin1Char(')');
}

QString dump(const ParsedDockerfile &parsed)
{
    QString out;
    for (const Node &node : parsed.instructions)
        out += dumpNode(node) + QLatin1Char('\n');
    return out;
}

} // namespace Manifold::Dockerfile
