#include "core/dockerfile/parser/jsonarray.h"

#include "core/dockerfile/parser/gotext.h"

#include <vector>

namespace Manifold::Dockerfile {

namespace {

// Go's encoding/json refuses documents nested deeper than this.
constexpr int MaxDepth = 10000;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendRune(QString &out, char32_t rune)
{
    if (rune > 0xFFFF) {
        out += QChar(QChar::highSurrogate(rune));
        out += QChar(QChar::lowSurrogate(rune));
    } else {
        out += QChar(char16_t(rune));
    }
}

class Scanner
{
public:
    Scanner(const char *data, int pos, int end) : m_data(data), m_pos(pos), m_end(end) {}

    // Validates one complete document and records the top-level array's elements.
    bool document(JsonArray::Result &result)
    {
        skipSpace();
        if (!array(result))
            return false;
        skipSpace();
        return m_pos == m_end;
    }

private:
    bool array(JsonArray::Result &result)
    {
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            result.outcome = JsonArray::Outcome::Strings;
            return true;
        }
        bool sawNonString = false;
        while (true) {
            skipSpace();
            const int elementBegin = m_pos;
            if (peek() == '"') {
                QString value;
                if (!string(&value))
                    return false;
                result.elements.append(JsonArray::Element{value, elementBegin, m_pos});
            } else {
                if (!value(1))
                    return false;
                if (!sawNonString) {
                    sawNonString = true;
                    result.offendingBegin = elementBegin;
                    result.offendingEnd = m_pos;
                }
            }
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                result.outcome = sawNonString ? JsonArray::Outcome::NotStrings
                                              : JsonArray::Outcome::Strings;
                return true;
            }
            return false;
        }
    }

    // Any value, iteratively, so hostile nesting cannot exhaust the stack.
    bool value(int depth)
    {
        std::vector<char> stack; // '[' or '{' per open container
        while (true) {
            skipSpace();
            const char c = peek();
            if (c == '[' || c == '{') {
                if (depth + int(stack.size()) >= MaxDepth)
                    return false;
                ++m_pos;
                stack.push_back(c);
                skipSpace();
                if (peek() == (c == '[' ? ']' : '}')) {
                    ++m_pos;
                    stack.pop_back();
                } else {
                    if (c == '{' && !objectKey())
                        return false;
                    continue; // parse the first member's value
                }
            } else if (!scalar()) {
                return false;
            }
            // After a complete value: close containers or expect the next member.
            while (true) {
                if (stack.empty())
                    return true;
                skipSpace();
                const char next = peek();
                const char open = stack.back();
                if (next == ',') {
                    ++m_pos;
                    if (open == '{' && !objectKey())
                        return false;
                    break;
                }
                if ((open == '[' && next == ']') || (open == '{' && next == '}')) {
                    ++m_pos;
                    stack.pop_back();
                    continue;
                }
                return false;
            }
        }
    }

    bool objectKey()
    {
        skipSpace();
        if (peek() != '"' || !string(nullptr))
            return false;
        skipSpace();
        if (peek() != ':')
            return false;
        ++m_pos;
        return true;
    }

    bool scalar()
    {
        const char c = peek();
        if (c == '"')
            return string(nullptr);
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        return false;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_pos) {
            if (m_pos >= m_end || m_data[m_pos] != *word)
                return false;
        }
        return true;
    }

    bool digits()
    {
        const int start = m_pos;
        while (m_pos < m_end && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }

    bool hex4(char32_t *out)
    {
        if (m_end - m_pos < 4)
            return false;
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_data[m_pos + i]);
            if (digit < 0)
                return false;
            value = (value << 4) | char32_t(digit);
        }
        m_pos += 4;
        *out = value;
        return true;
    }

    // A string literal; decodes into `out` unless null (validation only).
    bool string(QString *out)
    {
        ++m_pos; // '"'
        // Fast path: plain ASCII without escapes is its own decoding.
        int plainEnd = m_pos;
        while (plainEnd < m_end) {
            const unsigned char c = static_cast<unsigned char>(m_data[plainEnd]);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++plainEnd;
        }
        if (plainEnd < m_end && m_data[plainEnd] == '"') {
            if (out)
                *out = QString::fromLatin1(m_data + m_pos, plainEnd - m_pos);
            m_pos = plainEnd + 1;
            return true;
        }
        while (m_pos < m_end) {
            const unsigned char c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++m_pos;
                if (m_pos >= m_end)
                    return false;
                const char e = m_data[m_pos++];
                char32_t rune = 0;
                switch (e) {
                case '"': rune = '"'; break;
                case '\\': rune = '\\'; break;
                case '/': rune = '/'; break;
                case 'b': rune = '\b'; break;
                case 'f': rune = '\f'; break;
                case 'n': rune = '\n'; break;
                case 'r': rune = '\r'; break;
                case 't': rune = '\t'; break;
                case 'u': {
                    if (!hex4(&rune))
                        return false;
                    if (rune >= 0xD800 && rune <= 0xDFFF) {
                        // A valid pair combines; anything else decodes to U+FFFD (Go).
                        char32_t low = 0;
                        const int save = m_pos;
                        if (rune < 0xDC00 && m_end - m_pos >= 6 && m_data[m_pos] == '\\'
                            && m_data[m_pos + 1] == 'u') {
                            m_pos += 2;
                            if (hex4(&low) && low >= 0xDC00 && low <= 0xDFFF) {
                                rune = 0x10000 + ((rune - 0xD800) << 10) + (low - 0xDC00);
                            } else {
                                m_pos = save;
                                rune = GoText::RuneError;
                            }
                        } else {
                            rune = GoText::RuneError;
                        }
                    }
                    break;
                }
                default:
                    return false;
                }
                if (out)
                    appendRune(*out, rune);
                continue;
            }
            if (c < 0x80) {
                if (out)
                    *out += QLatin1Char(char(c));
                ++m_pos;
                continue;
            }
            const GoText::Rune r = GoText::decodeRune(m_data + m_pos, m_end - m_pos);
            if (out)
                appendRune(*out, r.value);
            m_pos += r.width;
        }
        return false;
    }

    char peek() const { return m_pos < m_end ? m_data[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_end && isJsonSpace(m_data[m_pos]))
            ++m_pos;
    }

    const char *m_data;
    int m_pos;
    int m_end;
};

} // namespace

JsonArray::Result JsonArray::decode(const char *data, int begin, int end)
{
    Result result;
    if (begin >= end || data[begin] != '[')
        return result;
    Scanner scanner(data, begin, end);
    if (!scanner.document(result)) {
        result.outcome = Outcome::NotJson;
        result.elements.clear();
    }
    return result;
}

} // namespace Manifold::Dockerfile
