#include "core/dockerfile/parser/parser.h"

#include <QFile>

namespace Manifold::Dockerfile {

bool ParsedDockerfile::hasErrors() const
{
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error)
            return true;
    }
    return false;
}

ParsedDockerfile Parser::parse(const QByteArray &source, const QString &fileName)
{
    Q_UNUSED(source);
    ParsedDockerfile parsed;
    parsed.fileName = fileName;
    return parsed;
}

Result<ParsedDockerfile> Parser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("dockerfile.read"), file.errorString(), path);
    return parse(file.readAll(), path);
}

} // namespace Manifold::Dockerfile
