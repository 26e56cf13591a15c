#include "core/dockerfile/parser/directivescanner.h"

#include "core/dockerfile/parser/sourcetext.h"

#include <QSet>

#include <cstring>

namespace Manifold::Dockerfile {

namespace {

// RE2's \s: [\t\n\f\r ] (no \v).
bool isRegexSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

bool DirectiveLine::match(const char *data, int begin, int end, const char *prefix,
                          DirectiveLine *out)
{
    const int prefixLength = int(std::strlen(prefix));
    if (end - begin < prefixLength || std::memcmp(data + begin, prefix, size_t(prefixLength)) != 0)
        return false;
    int pos = begin + prefixLength;
    while (pos < end && isRegexSpace(data[pos]))
        ++pos;
    const int keyBegin = pos;
    if (pos >= end || !isAsciiLetter(data[pos]))
        return false;
    while (pos < end && (isAsciiLetter(data[pos]) || (data[pos] >= '0' && data[pos] <= '9')))
        ++pos;
    const int keyEnd = pos;
    while (pos < end && isRegexSpace(data[pos]))
        ++pos;
    if (pos >= end || data[pos] != '=')
        return false;
    ++pos;
    const int afterEquals = pos;
    while (pos < end && isRegexSpace(data[pos]))
        ++pos;
    int valueBegin = pos;
    int valueEnd = end;
    if (pos >= end) {
        // `.+?` needs one character: with only blanks after '=', it takes the last blank.
        if (afterEquals >= end)
            return false;
        valueBegin = end - 1;
    } else {
        while (valueEnd > valueBegin + 1 && isRegexSpace(data[valueEnd - 1]))
            --valueEnd;
    }
    out->key = QByteArray(data + keyBegin, keyEnd - keyBegin).toLower();
    out->valueBegin = valueBegin;
    out->valueEnd = valueEnd;
    return true;
}

bool DirectiveLine::isKnownKey(const QByteArray &key)
{
    return key == "syntax" || key == "escape" || key == "check";
}

DirectiveLookup DirectiveLookup::find(const SourceText &source, const QByteArray &key,
                                      bool allowSlashComments)
{
    int first = 1;
    if (source.lineCount() > 0) {
        const SourceText::Line &line = source.line(1);
        if (line.contentEnd - line.begin >= 2 && source.data()[line.begin] == '#'
            && source.data()[line.begin + 1] == '!')
            first = 2;
    }
    const char *prefixes[] = {"#", "//"};
    for (int p = 0; p < (allowSlashComments ? 2 : 1); ++p) {
        QSet<QByteArray> seen;
        for (int number = first; number <= source.lineCount(); ++number) {
            const SourceText::Line &line = source.line(number);
            DirectiveLine directive;
            if (!DirectiveLine::match(source.data(), line.begin, line.contentEnd, prefixes[p],
                                      &directive)
                || !DirectiveLine::isKnownKey(directive.key))
                break;
            if (seen.contains(directive.key))
                break; // BuildKit stops at a duplicate and keeps what it found before
            seen.insert(directive.key);
            if (directive.key == key) {
                DirectiveLookup lookup;
                lookup.found = true;
                lookup.lineNumber = number;
                lookup.valueBegin = directive.valueBegin - line.begin;
                lookup.valueEnd = directive.valueEnd - line.begin;
                return lookup;
            }
        }
    }
    return {};
}

} // namespace Manifold::Dockerfile
