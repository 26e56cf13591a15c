#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Byte-level text helpers with Go's semantics: BuildKit's parser works on UTF-8 bytes with
// Go's unicode tables, and matching it exactly means matching those primitives.
namespace Manifold::Dockerfile::GoText {

inline constexpr char32_t RuneError = 0xFFFD;

struct Rune
{
    char32_t value = RuneError;
    int width = 0; // bytes consumed; 0 only at the end of the input
};

// utf8.DecodeRune: an invalid or truncated sequence yields RuneError with width 1.
Rune decodeRune(const char *data, int length);

// unicode.IsSpace.
bool isSpace(char32_t rune);

// [\t\v\f\r ], the class of BuildKit's reWhitespace / tokenWhitespace.
inline bool isTokenSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

// Index of the first byte in [begin, end) that does not start a Unicode space (TrimLeftFunc).
int skipSpaces(const char *data, int begin, int end);
// End index after removing trailing Unicode spaces from [begin, end) (TrimRightFunc).
int trimTrailingSpaces(const char *data, int begin, int end);

// Number of UTF-16 code units the UTF-8 bytes [begin, end) decode to (columns).
int utf16Length(const char *data, int begin, int end);

// strconv.Quote: the argument format of BuildKit's dump.
void appendQuoted(QString &out, QStringView text);
QString quote(QStringView text);

} // namespace Manifold::Dockerfile::GoText
