#include "core/dockerfile/shell/shelllexer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Manifold::Dockerfile {

namespace {

constexpr int EndOfInput = -1;

// Accumulates ProcessWords' split words next to the unsplit result.
struct WordSplitter
{
    QString word;
    QStringList words;
    bool inWord = false;

    void addChar(QChar ch)
    {
        if (ch.isSpace()) {
            if (inWord && !word.isEmpty()) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            return;
        }
        addRawChar(ch);
    }
    void addRawChar(QChar ch)
    {
        word.append(ch);
        inWord = true;
    }
    void addString(const QString &text)
    {
        for (QChar ch : text)
            addChar(ch);
    }
    void addRawString(const QString &text)
    {
        word.append(text);
        inWord = true;
    }
    QStringList finish()
    {
        if (!word.isEmpty()) {
            words.append(word);
            word.clear();
            inWord = false;
        }
        return words;
    }
};

bool isSpecialParameter(QChar ch)
{
    switch (ch.unicode()) {
    case '@': case '*': case '#': case '?': case '-': case '$': case '!': case '0':
        return true;
    default:
        return false;
    }
}

// A shell pattern (`*`, `?`, `\*`, `\?`, `\\`; no bracket expressions) as a regular expression.
// Returns an empty string and sets `error` for an escape the pattern language does not have.
QString patternToRegex(const QString &pattern, bool greedy, bool anchored, QString *error)
{
    QString out;
    out.reserve(pattern.size() + 8);
    if (anchored)
        out += QLatin1String("\\A");
    const QLatin1String star = greedy ? QLatin1String(".*") : QLatin1String(".*?");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        switch (ch.unicode()) {
        case '*':
            out += star;
            continue;
        case '?':
            out += QLatin1Char('.');
            continue;
        case '\\': {
            // `\}` and `\/` only protect the ${} delimiters; the escape is not part of the pattern.
            const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
            if (next == QLatin1Char('}') || next == QLatin1Char('/'))
                continue;
            ++i;
            if (next != QLatin1Char('*') && next != QLatin1Char('?') && next != QLatin1Char('\\')) {
                *error = QStringLiteral("invalid escape '\\%1'").arg(next);
                return {};
            }
            out += QLatin1Char('\\');
            out += next;
            continue;
        }
        default:
            break;
        }
        out += QRegularExpression::escape(QString(ch));
    }
    return out;
}

// Go's regexp ReplaceAllString loop (without template expansion): empty matches right after a
// previous match are not replaced, and the search always advances.
QString replaceAll(const QString &value, const QRegularExpression &re, const QString &replacement)
{
    QString out;
    qsizetype searchPos = 0;
    qsizetype lastMatchEnd = 0;
    while (searchPos <= value.size()) {
        const QRegularExpressionMatch match = re.match(value, searchPos);
        if (!match.hasMatch())
            break;
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        out += QStringView(value).mid(lastMatchEnd, start - lastMatchEnd);
        if (end > lastMatchEnd || start == 0)
            out += replacement;
        lastMatchEnd = end;
        if (searchPos + 1 > end)
            ++searchPos;
        else
            searchPos = end;
    }
    out += QStringView(value).mid(lastMatchEnd);
    return out;
}

QString reversed(const QString &text)
{
    QString out = text;
    std::reverse(out.begin(), out.end());
    return out;
}

// Reverses a pattern but keeps each escape in front of the character it escapes.
QString reversedPattern(const QString &pattern)
{
    QString out(pattern.size(), QChar());
    const qsizetype last = pattern.size() - 1;
    for (qsizetype i = 0; i <= last;) {
        const qsizetype outIndex = last - i;
        if (pattern.at(i) == QLatin1Char('\\') && i != last) {
            out[outIndex - 1] = pattern.at(i);
            out[outIndex] = pattern.at(i + 1);
            i += 2;
        } else {
            out[outIndex] = pattern.at(i);
            ++i;
        }
    }
    return out;
}

class WordProcessor
{
public:
    WordProcessor(const ShellLexer &lexer, QChar escape, bool rawQuotes, bool rawEscapes,
                  bool skipUnset, bool skipQuotes, const QString &text, const Variables &variables)
        : m_escape(escape)
        , m_rawQuotes(rawQuotes)
        , m_rawEscapes(rawEscapes)
        , m_skipUnset(skipUnset)
        , m_skipQuotes(skipQuotes)
        , m_text(text)
        , m_variables(variables)
    {
        Q_UNUSED(lexer);
    }

    bool run(ShellExpansion &expansion)
    {
        QString word;
        QStringList words;
        if (!processStopOn(EndOfInput, m_rawEscapes, word, &words))
            return false;
        expansion.word = word;
        expansion.words = words;
        expansion.matched = m_matched;
        expansion.unmatched = m_unmatched;
        return true;
    }

    QString error() const { return m_error; }

private:
    int peek() const { return m_pos < m_text.size() ? m_text.at(m_pos).unicode() : EndOfInput; }
    int next() { return m_pos < m_text.size() ? m_text.at(m_pos++).unicode() : EndOfInput; }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool processStopOn(int stopChar, bool rawEscapes, QString &result, QStringList *wordsOut)
    {
        const bool savedRaw = m_rawEscapes;
        m_rawEscapes = rawEscapes;
        const bool ok = processStopOnImpl(stopChar, result, wordsOut);
        m_rawEscapes = savedRaw;
        return ok;
    }

    bool processStopOnImpl(int stopChar, QString &result, QStringList *wordsOut)
    {
        WordSplitter splitter;
        const bool split = wordsOut != nullptr;
        while (peek() != EndOfInput) {
            int ch = peek();
            if (stopChar != EndOfInput && ch == stopChar) {
                next();
                if (split)
                    *wordsOut = splitter.finish();
                return true;
            }
            if (ch == '$') {
                QString value;
                if (!processDollar(value))
                    return false;
                result += value;
                if (split)
                    splitter.addString(value);
                continue;
            }
            if (!m_skipQuotes && (ch == '\'' || ch == '"')) {
                QString value;
                if (!(ch == '\'' ? processSingleQuote(value) : processDoubleQuote(value)))
                    return false;
                result += value;
                if (split)
                    splitter.addRawString(value);
                continue;
            }
            ch = next();
            if (ch == m_escape.unicode()) {
                if (m_rawEscapes) {
                    if (split)
                        splitter.addRawChar(QChar(ch));
                    result += QChar(ch);
                }
                ch = next();
                if (ch == EndOfInput)
                    break;
                if (split)
                    splitter.addRawChar(QChar(ch));
            } else if (split) {
                splitter.addChar(QChar(ch));
            }
            result += QChar(ch);
        }
        if (stopChar != EndOfInput) {
            return fail(QStringLiteral("unexpected end of statement while looking for matching %1")
                            .arg(QChar(stopChar)));
        }
        if (split)
            *wordsOut = splitter.finish();
        return true;
    }

    bool processSingleQuote(QString &result)
    {
        int ch = next();
        if (m_rawQuotes)
            result += QChar(ch);
        for (;;) {
            ch = next();
            if (ch == EndOfInput)
                return fail(QStringLiteral(
                    "unexpected end of statement while looking for matching single-quote"));
            if (ch == '\'') {
                if (m_rawQuotes)
                    result += QChar(ch);
                return true;
            }
            result += QChar(ch);
        }
    }

    bool processDoubleQuote(QString &result)
    {
        int ch = next();
        if (m_rawQuotes)
            result += QChar(ch);
        for (;;) {
            switch (peek()) {
            case EndOfInput:
                return fail(QStringLiteral(
                    "unexpected end of statement while looking for matching double-quote"));
            case '"':
                ch = next();
                if (m_rawQuotes)
                    result += QChar(ch);
                return true;
            case '$': {
                QString value;
                if (!processDollar(value))
                    return false;
                result += value;
                break;
            }
            default:
                ch = next();
                if (ch == m_escape.unicode()) {
                    if (m_rawEscapes)
                        result += QChar(ch);
                    const int following = peek();
                    if (following == EndOfInput)
                        continue; // an escape at the end of the word is dropped
                    // Inside double quotes only ", $ and the escape itself can be escaped.
                    if (following == '"' || following == '$' || following == m_escape.unicode())
                        ch = next();
                }
                result += QChar(ch);
                break;
            }
        }
    }

    QString processName()
    {
        QString name;
        while (peek() != EndOfInput) {
            const QChar ch(peek());
            if (name.isEmpty() && ch.isDigit()) {
                while (peek() != EndOfInput && QChar(peek()).isDigit())
                    name += QChar(next());
                return name;
            }
            if (name.isEmpty() && isSpecialParameter(ch)) {
                next();
                return QString(ch);
            }
            if (!ch.isLetterOrNumber() && ch != QLatin1Char('_'))
                break;
            name += QChar(next());
        }
        return name;
    }

    const QString *lookup(const QString &name)
    {
        const QString *value = m_variables.find(name);
        QStringList &list = value ? m_matched : m_unmatched;
        if (!list.contains(name))
            list.append(name);
        return value;
    }

    bool processDollar(QString &result)
    {
        next(); // '$'
        if (peek() != '{') {
            const QString name = processName();
            if (name.isEmpty()) {
                result = QStringLiteral("$");
                return true;
            }
            const QString *value = lookup(name);
            if (!value && m_skipUnset)
                result = QLatin1Char('$') + name;
            else
                result = value ? *value : QString();
            return true;
        }

        next(); // '{'
        switch (peek()) {
        case EndOfInput:
            return fail(QStringLiteral("syntax error: missing '}'"));
        case '{':
        case '}':
        case ':':
            return fail(QStringLiteral("syntax error: bad substitution"));
        default:
            break;
        }
        const QString name = processName();
        int ch = next();
        QString modifier = ch == EndOfInput ? QString() : QString(QChar(ch));
        bool nullIsUnset = false;

        if (ch == '}') {
            const QString *value = lookup(name);
            if (!value && m_skipUnset)
                result = QStringLiteral("${%1}").arg(name);
            else
                result = value ? *value : QString();
            return true;
        }

        if (ch == EndOfInput) // BuildKit reports "unsupported modifier (\uFFFD)" here
            return fail(QStringLiteral("syntax error: missing '}'"));
        if (ch == ':') {
            nullIsUnset = true;
            ch = next();
            if (ch != EndOfInput)
                modifier += QChar(ch);
        }
        if (nullIsUnset || ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%')
            return processModifier(name, ch, modifier, nullIsUnset, result);
        if (ch == '/')
            return processReplace(name, result);
        return fail(QStringLiteral("unsupported modifier (%1) in substitution").arg(modifier));
    }

    bool processModifier(const QString &name, int ch, const QString &modifier, bool nullIsUnset,
                         QString &result)
    {
        const bool patternWord = ch == '#' || ch == '%';
        QString word;
        if (!processStopOn('}', patternWord, word, nullptr)) {
            if (peek() == EndOfInput)
                m_error = QStringLiteral("syntax error: missing '}'");
            return false;
        }
        const QString *value = lookup(name);
        if (!value && m_skipUnset) {
            result = QStringLiteral("${%1%2%3}").arg(name, modifier, word);
            return true;
        }
        const bool unsetOrNull = !value || (nullIsUnset && value->isEmpty());
        switch (ch) {
        case '-':
            result = unsetOrNull ? word : *value;
            return true;
        case '+':
            result = unsetOrNull ? QString() : word;
            return true;
        case '?':
            if (!value)
                return fail(QStringLiteral("%1: %2").arg(
                    name, word.isEmpty() ? QStringLiteral("is not allowed to be unset") : word));
            if (nullIsUnset && value->isEmpty())
                return fail(QStringLiteral("%1: %2").arg(
                    name, word.isEmpty() ? QStringLiteral("is not allowed to be empty") : word));
            result = *value;
            return true;
        case '#':
        case '%': {
            if (nullIsUnset) // `${a:#p}` is not a shell form BuildKit accepts
                break;
            bool greedy = false;
            if (!word.isEmpty() && word.at(0) == QChar(ch)) {
                greedy = true;
                word.remove(0, 1);
            }
            const QString subject = value ? *value : QString();
            return ch == '%' ? trimSuffix(word, subject, greedy, result)
                             : trimPrefix(word, subject, greedy, result);
        }
        default:
            break;
        }
        return fail(QStringLiteral("unsupported modifier (%1) in substitution").arg(modifier));
    }

    bool trimPrefix(const QString &pattern, const QString &value, bool greedy, QString &result)
    {
        QString patternError;
        const QString regex = patternToRegex(pattern, greedy, true, &patternError);
        if (!patternError.isEmpty())
            return fail(QStringLiteral("invalid pattern (%1) in substitution: %2")
                            .arg(pattern, patternError));
        const QRegularExpression re(regex);
        const QRegularExpressionMatch match = re.match(value);
        result = match.hasMatch() ? value.mid(match.capturedEnd()) : value;
        return true;
    }

    bool trimSuffix(const QString &pattern, const QString &value, bool greedy, QString &result)
    {
        // The shortest rightmost match is the shortest leftmost match of the reversed strings.
        QString trimmed;
        if (!trimPrefix(reversedPattern(pattern), reversed(value), greedy, trimmed))
            return false;
        result = reversed(trimmed);
        return true;
    }

    bool processReplace(const QString &name, QString &result)
    {
        const bool all = peek() == '/';
        if (all)
            next();
        QString pattern;
        if (!processStopOn('/', true, pattern, nullptr)) {
            if (peek() == EndOfInput)
                m_error = QStringLiteral("syntax error: missing '/' in ${}");
            return false;
        }
        QString replacement;
        if (!processStopOn('}', true, replacement, nullptr)) {
            if (peek() == EndOfInput)
                m_error = QStringLiteral("syntax error: missing '}'");
            return false;
        }
        const QString *value = lookup(name);
        if (!value && m_skipUnset) {
            result = QStringLiteral("${%1/%2/%3}").arg(name, pattern, replacement);
            return true;
        }
        QString patternError;
        const QString regex = patternToRegex(pattern, true, false, &patternError);
        if (!patternError.isEmpty())
            return fail(QStringLiteral("invalid pattern (%1) in substitution: %2")
                            .arg(pattern, patternError));
        const QRegularExpression re(regex);
        const QString subject = value ? *value : QString();
        if (all) {
            result = replaceAll(subject, re, replacement);
        } else {
            const QRegularExpressionMatch match = re.match(subject);
            result = match.hasMatch() ? subject.left(match.capturedStart()) + replacement
                                            + subject.mid(match.capturedEnd())
                                      : subject;
        }
        return true;
    }

    QChar m_escape;
    bool m_rawQuotes;
    bool m_rawEscapes;
    bool m_skipUnset;
    bool m_skipQuotes;
    const QString &m_text;
    const Variables &m_variables;
    qsizetype m_pos = 0;
    QString m_error;
    QStringList m_matched;
    QStringList m_unmatched;
};

} // namespace

ShellLexer::ShellLexer(QChar escapeToken)
    : m_escape(escapeToken)
{}

Result<ShellExpansion> ShellLexer::process(const QString &word, const Variables &variables) const
{
    ShellExpansion expansion;
    // Fast path: nothing to expand, unquote or unescape.
    bool plain = true;
    for (QChar ch : word) {
        if (ch == QLatin1Char('$') || ch == QLatin1Char('\'') || ch == QLatin1Char('"')
            || ch == m_escape) {
            plain = false;
            break;
        }
    }
    if (plain) {
        expansion.word = word;
        WordSplitter splitter;
        for (QChar ch : word)
            splitter.addChar(ch);
        expansion.words = splitter.finish();
        return expansion;
    }
    WordProcessor processor(*this, m_escape, m_rawQuotes, m_rawEscapes, m_skipUnset,
                            m_skipQuotes, word, variables);
    if (!processor.run(expansion)) {
        return Error(QStringLiteral("dockerfile.expand"),
                     QCoreApplication::translate("Manifold::Dockerfile",
                                                 "failed to process \"%1\": %2")
                         .arg(word, processor.error()),
                     {},
                     QCoreApplication::translate(
                         "Manifold::Dockerfile",
                         "Check the ${...} syntax and quotes; escape a literal $ as \\$."));
    }
    return expansion;
}

Result<QString> ShellLexer::processWord(const QString &word, const Variables &variables) const
{
    Result<ShellExpansion> expansion = process(word, variables);
    if (!expansion)
        return expansion.error();
    return expansion->word;
}

Result<QStringList> ShellLexer::processWords(const QString &word, const Variables &variables) const
{
    Result<ShellExpansion> expansion = process(word, variables);
    if (!expansion)
        return expansion.error();
    return expansion->words;
}

} // namespace Manifold::Dockerfile
