#include "core/dockerfile/parser/gotext.h"

#include <QChar>

namespace Manifold::Dockerfile::GoText {

Rune decodeRune(const char *data, int length)
{
    if (length <= 0)
        return {RuneError, 0};
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    const unsigned char b0 = bytes[0];
    if (b0 < 0x80)
        return {b0, 1};
    int need = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        value = b0 & 0x1F;
        minimum = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        value = b0 & 0x0F;
        minimum = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        value = b0 & 0x07;
        minimum = 0x10000;
    } else {
        return {RuneError, 1};
    }
    if (length < need + 1)
        return {RuneError, 1};
    for (int i = 1; i <= need; ++i) {
        const unsigned char b = bytes[i];
        if ((b & 0xC0) != 0x80)
            return {RuneError, 1};
        value = (value << 6) | (b & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {RuneError, 1};
    return {value, need + 1};
}

bool isSpace(char32_t rune)
{
    if (rune <= 0xFF) {
        switch (rune) {
        case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
            return true;
        default:
            return false;
        }
    }
    return rune == 0x1680 || (rune >= 0x2000 && rune <= 0x200A) || rune == 0x2028
        || rune == 0x2029 || rune == 0x202F || rune == 0x205F || rune == 0x3000;
}

int skipSpaces(const char *data, int begin, int end)
{
    int pos = begin;
    while (pos < end) {
        const unsigned char c = static_cast<unsigned char>(data[pos]);
        if (c < 0x80) {
            if (!isSpace(c))
                break;
            ++pos;
            continue;
        }
        const Rune r = decodeRune(data + pos, end - pos);
        if (!isSpace(r.value) || r.value == RuneError)
            break;
        pos += r.width;
    }
    return pos;
}

int trimTrailingSpaces(const char *data, int begin, int end)
{
    int pos = end;
    while (pos > begin) {
        const unsigned char c = static_cast<unsigned char>(data[pos - 1]);
        if (c < 0x80) {
            if (!isSpace(c))
                break;
            --pos;
            continue;
        }
        // utf8.DecodeLastRune: find the start byte, accept it only if it spans exactly to pos.
        int start = pos - 1;
        const int limit = qMax(begin, pos - 4);
        while (start > limit && (static_cast<unsigned char>(data[start]) & 0xC0) == 0x80)
            --start;
        const Rune r = decodeRune(data + start, pos - start);
        if (r.width != pos - start || !isSpace(r.value))
            break;
        pos = start;
    }
    return pos;
}

int utf16Length(const char *data, int begin, int end)
{
    int units = 0;
    for (int i = begin; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if ((c & 0xC0) != 0x80)
            ++units;
        if (c >= 0xF0)
            ++units; // outside the BMP: a surrogate pair
    }
    return units;
}

static bool isPrint(char32_t rune)
{
    if (rune == ' ')
        return true;
    if (rune < 0x20 || (rune >= 0x7F && rune < 0xA0))
        return false;
    switch (QChar::category(rune)) {
    case QChar::Mark_NonSpacing: case QChar::Mark_SpacingCombining: case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit: case QChar::Number_Letter: case QChar::Number_Other:
    case QChar::Punctuation_Connector: case QChar::Punctuation_Dash: case QChar::Punctuation_Open:
    case QChar::Punctuation_Close: case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote: case QChar::Punctuation_Other:
    case QChar::Symbol_Math: case QChar::Symbol_Currency: case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other:
        return true;
    default:
        return false;
    }
}

static void appendHex(QString &out, char32_t value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(hex[(value >> shift) & 0xF]);
}

void appendQuoted(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t rune = text.at(i).unicode();
        if (QChar::isHighSurrogate(rune) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            rune = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(rune)) {
            rune = RuneError; // Go strings hold no lone surrogates
        }
        switch (rune) {
        case '"': out += QLatin1String("\\\""); continue;
        case '\\': out += QLatin1String("\\\\"); continue;
        case '\a': out += QLatin1String("\\a"); continue;
        case '\b': out += QLatin1String("\\b"); continue;
        case '\f': out += QLatin1String("\\f"); continue;
        case '\n': out += QLatin1String("\\n"); continue;
        case '\r': out += QLatin1String("\\r"); continue;
        case '\t': out += QLatin1String("\\t"); continue;
        case '\v': out += QLatin1String("\\v"); continue;
        default: break;
        }
        if (isPrint(rune)) {
            if (rune > 0xFFFF) {
                out += QChar(QChar::highSurrogate(rune));
                out += QChar(QChar::lowSurrogate(rune));
            } else {
                out += QChar(char16_t(rune));
            }
        } else if (rune < ' ' || rune == 0x7F) {
            out += QLatin1String("\\x");
            appendHex(out, rune, 2);
        } else if (rune < 0x10000) {
            out += QLatin1String("\\u");
            appendHex(out, rune, 4);
        } else {
            out += QLatin1String("\\U");
            appendHex(out, rune, 8);
        }
    }
    out += QLatin1Char('"');
}

QString quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

} // namespace Manifold::Dockerfile::GoText
