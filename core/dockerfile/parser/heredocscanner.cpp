#include "core/dockerfile/parser/heredocscanner.h"

#include "core/dockerfile/parser/gotext.h"

#include <QChar>

#include <climits>

namespace Manifold::Dockerfile {

namespace {

constexpr char32_t Eof = char32_t(-1);

// A port of the parts of BuildKit's shell.Lex.ProcessWords that heredoc detection uses:
// escape token '\', an empty environment with SkipUnsetEnv (so `$x`, `${x:-y}` stay as
// written), RawQuotes and RawEscapes as requested. Quirks kept on purpose (they decide what
// counts as a word): the word buffer is shared with nested `${...}` lexing.
class ShellWords
{
public:
    struct Word
    {
        QByteArray text;
        int begin = 0;
        int end = 0;
    };

    ShellWords(const char *data, int begin, int end, bool rawQuotes, bool rawEscapes)
        : m_data(data), m_pos(begin), m_end(end), m_rawQuotes(rawQuotes), m_rawEscapes(rawEscapes)
    {}

    bool process(QList<Word> *words, QString *error)
    {
        QByteArray result;
        if (!processStopOn(Eof, m_rawEscapes, &result, words)) {
            *error = m_error;
            return false;
        }
        return true;
    }

private:
    struct Collector
    {
        QList<Word> words;
        bool inWord = false;
    };

    char32_t peek() const
    {
        if (m_pos >= m_end)
            return Eof;
        return GoText::decodeRune(m_data + m_pos, m_end - m_pos).value;
    }

    // Consumes one rune; `bytes` gets its original bytes.
    char32_t next(QByteArray *bytes = nullptr)
    {
        if (m_pos >= m_end)
            return Eof;
        const GoText::Rune r = GoText::decodeRune(m_data + m_pos, m_end - m_pos);
        if (bytes)
            bytes->append(m_data + m_pos, r.width);
        m_pos += r.width;
        return r.value;
    }

    void flushWord(Collector &c)
    {
        c.words.append(Word{m_buffer, m_wordBegin, m_wordEnd});
        m_buffer.clear();
    }

    void addRaw(Collector &c, const QByteArray &bytes, int sourceBegin)
    {
        if (bytes.isEmpty() && !c.inWord)
            return;
        if (m_buffer.isEmpty())
            m_wordBegin = sourceBegin;
        m_buffer.append(bytes);
        m_wordEnd = m_pos;
        c.inWord = true;
    }

    void addChar(Collector &c, char32_t rune, const QByteArray &bytes, int sourceBegin)
    {
        if (GoText::isSpace(rune)) {
            if (c.inWord && !m_buffer.isEmpty()) {
                flushWord(c);
                c.inWord = false;
            }
            return;
        }
        addRaw(c, bytes, sourceBegin);
    }

    // words.addString: a `$` expansion's text is split on spaces again.
    void addString(Collector &c, const QByteArray &text, int sourceBegin)
    {
        int pos = 0;
        while (pos < text.size()) {
            const GoText::Rune r = GoText::decodeRune(text.constData() + pos, int(text.size()) - pos);
            addChar(c, r.value, text.mid(pos, r.width), sourceBegin);
            pos += r.width;
        }
    }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool processStopOn(char32_t stop, bool rawEscapes, QByteArray *result, QList<Word> *words)
    {
        // Go's growable stacks make BuildKit's recursion unbounded; ours is not.
        if (m_depth >= MaxNesting)
            return fail(QStringLiteral("variable substitutions nested too deeply"));
        ++m_depth;
        const bool ok = processStopOnUnguarded(stop, rawEscapes, result, words);
        --m_depth;
        return ok;
    }

    bool processStopOnUnguarded(char32_t stop, bool rawEscapes, QByteArray *result, QList<Word> *words)
    {
        const bool savedRawEscapes = m_rawEscapes;
        m_rawEscapes = rawEscapes;
        m_buffer.clear();
        Collector collector;
        const bool ok = processLoop(stop, result, collector);
        m_rawEscapes = savedRawEscapes;
        if (!ok)
            return false;
        if (!m_buffer.isEmpty())
            flushWord(collector);
        if (words)
            *words = collector.words;
        return true;
    }

    bool processLoop(char32_t stop, QByteArray *result, Collector &c)
    {
        while (peek() != Eof) {
            const char32_t ch = peek();
            const int tokenBegin = m_pos;
            if (stop != Eof && ch == stop) {
                next();
                return true;
            }
            if (ch == '$' || ch == '<' || ch == '\'' || ch == '"') {
                QByteArray tmp;
                bool ok = false;
                if (ch == '$')
                    ok = processDollar(&tmp);
                else if (ch == '<')
                    ok = processPossibleHeredoc(&tmp);
                else if (ch == '\'')
                    ok = processSingleQuote(&tmp);
                else
                    ok = processDoubleQuote(&tmp);
                if (!ok)
                    return false;
                result->append(tmp);
                if (ch == '$')
                    addString(c, tmp, tokenBegin);
                else
                    addRaw(c, tmp, tokenBegin);
                continue;
            }
            QByteArray bytes;
            char32_t rune = next(&bytes);
            if (rune == '\\') {
                if (m_rawEscapes) {
                    addRaw(c, bytes, tokenBegin);
                    result->append(bytes);
                }
                bytes.clear();
                rune = next(&bytes);
                if (rune == Eof)
                    break;
                addRaw(c, bytes, tokenBegin);
            } else {
                addChar(c, rune, bytes, tokenBegin);
            }
            result->append(bytes);
        }
        if (stop != Eof) {
            return fail(QStringLiteral("unexpected end of statement while looking for matching %1")
                            .arg(QChar(char16_t(stop))));
        }
        return true;
    }

    bool processSingleQuote(QByteArray *out)
    {
        QByteArray quote;
        next(&quote);
        if (m_rawQuotes)
            out->append(quote);
        while (true) {
            QByteArray bytes;
            const char32_t ch = next(&bytes);
            if (ch == Eof)
                return fail(QStringLiteral("unexpected end of statement while looking for matching single-quote"));
            if (ch == '\'') {
                if (m_rawQuotes)
                    out->append(bytes);
                return true;
            }
            out->append(bytes);
        }
    }

    bool processDoubleQuote(QByteArray *out)
    {
        QByteArray quote;
        next(&quote);
        if (m_rawQuotes)
            out->append(quote);
        while (true) {
            const char32_t ch = peek();
            if (ch == Eof)
                return fail(QStringLiteral("unexpected end of statement while looking for matching double-quote"));
            if (ch == '"') {
                QByteArray bytes;
                next(&bytes);
                if (m_rawQuotes)
                    out->append(bytes);
                return true;
            }
            if (ch == '$') {
                QByteArray value;
                if (!processDollar(&value))
                    return false;
                out->append(value);
                continue;
            }
            QByteArray bytes;
            const char32_t c = next(&bytes);
            if (c == '\\') {
                if (m_rawEscapes)
                    out->append(bytes);
                const char32_t following = peek();
                if (following == Eof)
                    continue;
                if (following == '"' || following == '$' || following == '\\') {
                    bytes.clear();
                    next(&bytes);
                }
            }
            out->append(bytes);
        }
    }

    QByteArray processName()
    {
        QByteArray name;
        while (peek() != Eof) {
            const char32_t ch = peek();
            if (name.isEmpty() && QChar::isDigit(ch)) {
                while (peek() != Eof && QChar::isDigit(peek()))
                    next(&name);
                return name;
            }
            if (name.isEmpty()
                && (ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$'
                    || ch == '!' || ch == '0')) {
                next(&name);
                return name;
            }
            if (!QChar::isLetter(ch) && !QChar::isDigit(ch) && ch != '_')
                break;
            next(&name);
        }
        return name;
    }

    bool processDollar(QByteArray *out)
    {
        next();
        if (peek() != '{') {
            const QByteArray name = processName();
            out->append('$');
            out->append(name);
            return true;
        }
        next();
        const char32_t first = peek();
        if (first == Eof)
            return fail(QStringLiteral("syntax error: missing '}'"));
        if (first == '{' || first == '}' || first == ':')
            return fail(QStringLiteral("syntax error: bad substitution"));
        const QByteArray name = processName();
        QByteArray modifier;
        char32_t ch = next(&modifier);
        if (ch == '}') {
            out->append("${").append(name).append('}');
            return true;
        }
        bool nullIsUnset = false;
        if (ch == ':') {
            nullIsUnset = true;
            ch = next(&modifier);
            if (ch == Eof)
                modifier.append("\xEF\xBF\xBD"); // Go appends string(rune(-1))
        }
        if (nullIsUnset || ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%') {
            const bool rawEscapes = ch == '#' || ch == '%';
            if (nullIsUnset && rawEscapes)
                return fail(QStringLiteral("unsupported modifier (%1) in substitution")
                                .arg(QString::fromUtf8(modifier)));
            QByteArray word;
            if (!processStopOn('}', rawEscapes, &word, nullptr)) {
                if (peek() == Eof)
                    m_error = QStringLiteral("syntax error: missing '}'");
                return false;
            }
            out->append("${").append(name).append(modifier).append(word).append('}');
            return true;
        }
        if (ch == '/') {
            if (peek() == '/')
                next();
            QByteArray pattern;
            if (!processStopOn('/', true, &pattern, nullptr)) {
                if (peek() == Eof)
                    m_error = QStringLiteral("syntax error: missing '/' in ${}");
                return false;
            }
            QByteArray replacement;
            if (!processStopOn('}', true, &replacement, nullptr)) {
                if (peek() == Eof)
                    m_error = QStringLiteral("syntax error: missing '}'");
                return false;
            }
            out->append("${").append(name).append('/').append(pattern).append('/')
                .append(replacement).append('}');
            return true;
        }
        return fail(QStringLiteral("unsupported modifier (%1) in substitution")
                        .arg(QString::fromUtf8(modifier)));
    }

    bool processPossibleHeredoc(QByteArray *out)
    {
        next();
        if (peek() != '<') {
            out->append('<');
            return true;
        }
        next();
        out->append("<<");
        while (peek() == '\t' || peek() == '\r' || peek() == ' ')
            next(out);
        return true;
    }

    const char *m_data;
    int m_pos;
    int m_end;
    bool m_rawQuotes;
    bool m_rawEscapes;
    static constexpr int MaxNesting = 100;
    int m_depth = 0;
    QByteArray m_buffer; // shared by nested lexing, as in BuildKit
    int m_wordBegin = 0;
    int m_wordEnd = 0;
    QString m_error;
};

bool lexWords(const QByteArray &text, bool rawQuotes, bool rawEscapes,
              QList<ShellWords::Word> *words, QString *error)
{
    ShellWords lexer(text.constData(), 0, int(text.size()), rawQuotes, rawEscapes);
    return lexer.process(words, error);
}

int countQuotes(const QByteArray &text)
{
    return int(text.count('\'') + text.count('"'));
}

} // namespace

HeredocScanner::Result HeredocScanner::scan(const QByteArray &line)
{
    Result result;
    QList<ShellWords::Word> words;
    QString ignored;
    if (!lexWords(line, true, true, &words, &ignored))
        return result; // BuildKit ignores lexing errors of the line: no heredocs

    for (const ShellWords::Word &word : words) {
        // ^(\d*)<<(-?)([^<]*)$
        const QByteArray &text = word.text;
        int pos = 0;
        while (pos < text.size() && text.at(pos) >= '0' && text.at(pos) <= '9')
            ++pos;
        const int digitsEnd = pos;
        if (pos + 2 > text.size() || text.at(pos) != '<' || text.at(pos + 1) != '<')
            continue;
        pos += 2;
        const bool chomp = pos < text.size() && text.at(pos) == '-';
        if (chomp)
            ++pos;
        const QByteArray rest = text.mid(pos);
        if (rest.contains('<') || rest.isEmpty())
            continue;

        QList<ShellWords::Word> plain;
        QList<ShellWords::Word> raw;
        QString error;
        if (!lexWords(rest, false, false, &plain, &error)) {
            result.error = error;
            return result;
        }
        if (plain.size() != 1)
            continue;
        if (!lexWords(rest, true, false, &raw, &error)) {
            result.error = error;
            return result;
        }
        if (raw.size() != plain.size()) {
            result.error = QStringLiteral("internal lexing of heredoc produced inconsistent results: %1")
                               .arg(QString::fromUtf8(rest));
            return result;
        }
        Marker marker;
        marker.name = plain.first().text;
        marker.expand = countQuotes(plain.first().text) == countQuotes(raw.first().text);
        marker.chomp = chomp;
        bool ok = false;
        const qulonglong fd = text.left(digitsEnd).toULongLong(&ok);
        marker.fileDescriptor = ok && fd <= qulonglong(INT_MAX) ? int(fd) : (digitsEnd > 0 ? INT_MAX : 0);
        marker.begin = word.begin;
        marker.end = word.end;
        result.markers.append(marker);
    }
    return result;
}

} // namespace Manifold::Dockerfile
