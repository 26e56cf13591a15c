#pragma once

#include <QList>
#include <QString>

namespace Manifold::Dockerfile {

// Decodes the exec form `["a", "b"]` exactly as BuildKit does with Go's json.Unmarshal into
// []any: the whole text must be one valid JSON document (trailing garbage, single quotes or
// an unterminated array make it shell form); a valid array holding anything but strings is the
// one hard error.
class JsonArray
{
public:
    enum class Outcome { NotJson, NotStrings, Strings };

    struct Element
    {
        QString value;
        int begin = 0; // byte span of the literal, quotes included
        int end = 0;
    };

    struct Result
    {
        Outcome outcome = Outcome::NotJson;
        QList<Element> elements;   // when Strings
        int offendingBegin = 0;    // the first non-string element, when NotStrings
        int offendingEnd = 0;
    };

    // Decodes bytes [begin, end) of `data`; `begin` must point at the '['.
    static Result decode(const char *data, int begin, int end);
};

} // namespace Manifold::Dockerfile
