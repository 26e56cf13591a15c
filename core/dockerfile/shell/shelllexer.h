#pragma once

#include "core/dockerfile/shell/variables.h"
#include "core/utils/result.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace Manifold::Dockerfile {

// The outcome of expanding one word.
struct ShellExpansion
{
    QString word;          // ProcessWord: quotes removed, no splitting
    QStringList words;     // ProcessWords: split on unquoted whitespace after expansion
    QStringList matched;   // variable names that were found (first-seen order, unique)
    QStringList unmatched; // variable names that were not set: UndefinedVar candidates
};

// BuildKit's shell lexer (frontend/dockerfile/shell/lex.go): `$a`, `${a}`, `${a:-w}`, `${a-w}`,
// `${a:+w}`, `${a+w}`, `${a:?msg}`, `${a?msg}`, `${a#p}`, `${a##p}`, `${a%p}`, `${a%%p}`,
// `${a/p/r}`, `${a//p/r}`, single and double quotes and the file's escape token, with the same
// results and the same error texts ("failed to process \"w\": syntax error: bad substitution").
// Only as much of a shell as Dockerfiles get: no command substitution, arithmetic or globbing.
class ShellLexer
{
public:
    explicit ShellLexer(QChar escapeToken = QLatin1Char('\\'));

    // Keep quote characters in the result (BuildKit's RawQuotes).
    void setRawQuotes(bool raw) { m_rawQuotes = raw; }
    // Keep escape characters in the result (RawEscapes).
    void setRawEscapes(bool raw) { m_rawEscapes = raw; }
    // Leave unset variables as written: `$X`, `${X:-w}` (SkipUnsetEnv).
    void setSkipUnsetVariables(bool skip) { m_skipUnset = skip; }
    // Treat quotes as ordinary characters (SkipProcessQuotes, used for heredoc bodies).
    void setSkipProcessQuotes(bool skip) { m_skipQuotes = skip; }
    QChar escapeToken() const { return m_escape; }

    Result<ShellExpansion> process(const QString &word, const Variables &variables) const;
    Result<QString> processWord(const QString &word, const Variables &variables) const;
    Result<QStringList> processWords(const QString &word, const Variables &variables) const;

private:
    QChar m_escape;
    bool m_rawQuotes = false;
    bool m_rawEscapes = false;
    bool m_skipUnset = false;
    bool m_skipQuotes = false;
};

} // namespace Manifold::Dockerfile
