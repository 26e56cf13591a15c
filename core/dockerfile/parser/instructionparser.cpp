#include "core/dockerfile/parser/instructionparser.h"

#include "core/dockerfile/parser/gotext.h"
#include "core/dockerfile/parser/jsonarray.h"
#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/parser/sourcetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

namespace Manifold::Dockerfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Dockerfile::Parser)
};

enum class Keyword {
    Add, Arg, Cmd, Copy, Entrypoint, Env, Expose, From, Healthcheck, Label, Maintainer, Onbuild,
    Run, Shell, Stopsignal, User, Volume, Workdir, Unknown
};

constexpr std::array<const char *, 18> KnownKeywords = {
    "add", "arg", "cmd", "copy", "entrypoint", "env", "expose", "from", "healthcheck",
    "label", "maintainer", "onbuild", "run", "shell", "stopsignal", "user", "volume", "workdir"};

// Shared QString instances for the known keywords, so the common spellings allocate nothing.
struct KeywordNames
{
    QList<QString> lower;
    QList<QString> upper;
    KeywordNames()
    {
        for (const char *known : KnownKeywords) {
            lower.append(QString::fromLatin1(known));
            upper.append(lower.last().toUpper());
        }
    }
};

const KeywordNames &keywordNames()
{
    static const KeywordNames names;
    return names;
}

bool equalsAsciiCaseInsensitive(const char *data, int length, const char *lower)
{
    int i = 0;
    for (; i < length && lower[i]; ++i) {
        char c = data[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return i == length && lower[i] == '\0';
}

// Sets the node's keyword fields and returns which instruction it is.
Keyword identify(const char *data, int length, Node *node)
{
    for (std::size_t i = 0; i < KnownKeywords.size(); ++i) {
        if (!equalsAsciiCaseInsensitive(data, length, KnownKeywords[i]))
            continue;
        const KeywordNames &names = keywordNames();
        node->keyword = names.lower.at(qsizetype(i));
        if (std::memcmp(data, KnownKeywords[i], size_t(length)) == 0)
            node->keywordAsWritten = names.lower.at(qsizetype(i));
        else if (QLatin1String(data, length) == names.upper.at(qsizetype(i)))
            node->keywordAsWritten = names.upper.at(qsizetype(i));
        else
            node->keywordAsWritten = QString::fromLatin1(data, length);
        return Keyword(i);
    }
    node->keywordAsWritten = QString::fromUtf8(data, length);
    node->keyword = node->keywordAsWritten.toLower();
    // Unicode lowercasing can still produce a keyword (KELVIN SIGN -> 'k'), as with Go's ToLower.
    const QList<QString> &lower = keywordNames().lower;
    const qsizetype index = lower.indexOf(node->keyword);
    return index < 0 ? Keyword::Unknown : Keyword(index);
}

// Optimal string alignment distance: Levenshtein plus adjacent transpositions ("EVN").
int editDistance(const QString &a, const QString &b)
{
    const qsizetype rows = a.size() + 1;
    const qsizetype columns = b.size() + 1;
    QList<int> d(rows * columns);
    for (qsizetype i = 0; i < rows; ++i)
        d[i * columns] = int(i);
    for (qsizetype j = 0; j < columns; ++j)
        d[j] = int(j);
    for (qsizetype i = 1; i < rows; ++i) {
        for (qsizetype j = 1; j < columns; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({d[(i - 1) * columns + j] + 1, d[i * columns + j - 1] + 1,
                                 d[(i - 1) * columns + j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[(i - 2) * columns + j - 2] + 1);
            d[i * columns + j] = best;
        }
    }
    return d[rows * columns - 1];
}

} // namespace

InstructionParser::InstructionParser(const LogicalLine &line, char escape, const QString &fileName,
                                     QList<Diagnostic> *diagnostics)
    : m_line(line)
    , m_data(line.data())
    , m_escape(escape)
    , m_fileName(fileName)
    , m_diagnostics(diagnostics)
{}

bool InstructionParser::isKnownKeyword(const QString &keyword)
{
    for (const char *known : KnownKeywords) {
        if (keyword == QLatin1String(known))
            return true;
    }
    return false;
}

QString InstructionParser::suggestKeyword(const QString &keyword)
{
    const QString lower = keyword.toLower();
    if (lower.isEmpty())
        return {};
    QString best;
    int bestDistance = INT_MAX;
    for (const char *known : KnownKeywords) {
        const int distance = editDistance(lower, QLatin1String(known));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = QLatin1String(known);
        }
    }
    // Close enough to be a typo, not merely another short word.
    const int allowed = std::max<int>(1, std::min<int>(2, int(lower.size()) / 2));
    return bestDistance <= allowed ? best.toUpper() : QString();
}

// BuildKit silently treats a broken exec form as shell form: `CMD ['app']` runs
// `/bin/sh -c "['app']"`. Warn when the text was evidently meant as JSON, but not for shell
// code that merely starts with '[' (`RUN [ "$A" = x ] && ...`).
void InstructionParser::warnIfMeantAsJson(int begin, int end, const Node *node)
{
    int pos = begin + 1;
    while (pos < end && GoText::isTokenSpace(m_data[pos]))
        ++pos;
    if (pos >= end || (m_data[pos] != '"' && m_data[pos] != '\''))
        return;
    const QByteArrayView text(m_data + begin, end - begin);
    bool quoteThenComma = false;
    for (qsizetype i = 0; i < text.size() && !quoteThenComma; ++i) {
        if (text.at(i) != '"' && text.at(i) != '\'')
            continue;
        qsizetype j = i + 1;
        while (j < text.size() && GoText::isTokenSpace(text.at(j)))
            ++j;
        quoteThenComma = j < text.size() && text.at(j) == ',';
    }
    // Outside RUN, `[` + quote ... `]` is always an exec form attempt.
    const bool isRun = node->keyword == QLatin1String("run");
    if (!quoteThenComma && (isRun || !text.endsWith(']')))
        return;

    int doubleQuotes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            ++doubleQuotes;
    }
    QString reason;
    if (m_data[pos] == '\'')
        reason = Tr::tr("JSON strings need double quotes, not single quotes");
    else if (doubleQuotes % 2 != 0)
        reason = Tr::tr("a string is not closed");
    else if (!text.contains(']'))
        reason = Tr::tr("the closing ']' is missing");
    else if (!text.endsWith(']'))
        reason = Tr::tr("there is text after the closing ']'");
    else if (!quoteThenComma && text.count('"') > 2)
        reason = Tr::tr("the elements are not separated by commas");
    else
        reason = Tr::tr("it is not valid JSON");
    Diagnostic diagnostic;
    diagnostic.severity = Severity::Warning;
    diagnostic.id = ParseDiagnostic::InvalidJsonForm;
    diagnostic.message = Tr::tr("%1 arguments look like a JSON array but %2; BuildKit uses the shell "
                            "form instead and runs the text through a shell")
                             .arg(node->keywordAsWritten.toUpper(), reason);
    diagnostic.fix = Tr::tr("Write a valid JSON array of double-quoted strings, e.g. [\"/app\", \"--flag\"].");
    diagnostic.file = m_fileName;
    diagnostic.range = m_line.range(begin, end);
    m_diagnostics->append(diagnostic);
}

void InstructionParser::error(const QLatin1String &id, const QString &message, const QString &fix,
                              int begin, int end)
{
    Diagnostic diagnostic;
    diagnostic.severity = Severity::Error;
    diagnostic.id = id;
    diagnostic.message = message;
    diagnostic.fix = fix;
    diagnostic.file = m_fileName;
    diagnostic.range = m_line.range(begin, end);
    m_diagnostics->append(diagnostic);
}

void InstructionParser::addArg(Node *node, QByteArrayView text, int begin, int end) const
{
    node->args.append(QString::fromUtf8(text));
    node->argRanges.append(m_line.range(begin, end));
}

void InstructionParser::addDecodedArg(Node *node, const QString &text, int begin, int end) const
{
    node->args.append(text);
    node->argRanges.append(m_line.range(begin, end));
}

bool InstructionParser::parse(int begin, int end, Node *node)
{
    // splitCommand: TrimSpace, then keyword and rest split at the first [\t\v\f\r ]+ run.
    const int lineBegin = GoText::skipSpaces(m_data, begin, end);
    const int lineEnd = GoText::trimTrailingSpaces(m_data, lineBegin, end);
    int keywordEnd = lineBegin;
    while (keywordEnd < lineEnd && !GoText::isTokenSpace(m_data[keywordEnd]))
        ++keywordEnd;
    const Keyword keyword = identify(m_data + lineBegin, keywordEnd - lineBegin, node);
    node->keywordRange = m_line.range(lineBegin, keywordEnd);

    int argsBegin = lineEnd;
    if (keywordEnd < lineEnd) {
        int rest = keywordEnd;
        while (rest < lineEnd && GoText::isTokenSpace(m_data[rest]))
            ++rest;
        argsBegin = extractFlags(rest, lineEnd, node);
    }
    argsBegin = GoText::skipSpaces(m_data, argsBegin, lineEnd);
    const int argsEnd = lineEnd;

    switch (keyword) {
    case Keyword::Add:
    case Keyword::Copy:
    case Keyword::Volume:
        return parseMaybeJson(argsBegin, argsEnd, node, true);
    case Keyword::Run:
    case Keyword::Cmd:
    case Keyword::Entrypoint:
    case Keyword::Shell:
        return parseMaybeJson(argsBegin, argsEnd, node, false);
    case Keyword::From:
    case Keyword::Expose:
        parseWhitespaceList(argsBegin, argsEnd, node);
        return true;
    case Keyword::Arg:
        parseNameOrNameValue(argsBegin, argsEnd, node);
        return true;
    case Keyword::Env:
        return parseNameValue(argsBegin, argsEnd, QStringLiteral("ENV"), node);
    case Keyword::Label:
        return parseNameValue(argsBegin, argsEnd, QStringLiteral("LABEL"), node);
    case Keyword::Healthcheck:
        return parseHealthcheck(argsBegin, argsEnd, node);
    case Keyword::Maintainer:
    case Keyword::User:
    case Keyword::Workdir:
    case Keyword::Stopsignal:
        if (argsBegin < argsEnd)
            addArg(node, QByteArrayView(m_data + argsBegin, argsEnd - argsBegin), argsBegin, argsEnd);
        return true;
    case Keyword::Onbuild: {
        if (argsBegin >= argsEnd)
            return true;
        if (m_depth >= MaxOnbuildNesting) {
            // BuildKit rejects ONBUILD ONBUILD later anyway; stop before the stack runs out.
            error(ParseDiagnostic::InvalidOnbuild, Tr::tr("ONBUILD instructions nested too deeply"),
                  Tr::tr("ONBUILD takes one ordinary instruction, e.g. ONBUILD RUN make."), lineBegin,
                  argsEnd);
            return false;
        }
        auto child = std::make_shared<Node>();
        child->original = QString::fromUtf8(m_data + argsBegin, argsEnd - argsBegin);
        child->range = m_line.range(argsBegin, argsEnd);
        ++m_depth;
        const bool ok = parse(argsBegin, argsEnd, child.get());
        --m_depth;
        if (!ok)
            return false;
        node->child = child;
        return true;
    }
    case Keyword::Unknown:
        break;
    }

    // BuildKit's parser keeps unknown instructions with one empty argument; the instruction
    // stage rejects them, which we report here so that every error shows up in one pass.
    addDecodedArg(node, QString(), argsBegin, argsBegin);
    if (node->keywordAsWritten.isEmpty()) {
        error(ParseDiagnostic::UnknownInstruction,
              Tr::tr("empty instruction: a line continuation is followed by nothing"),
              Tr::tr("Remove the trailing '%1' or add the rest of the instruction.")
                  .arg(QLatin1Char(m_escape)),
              lineBegin, keywordEnd);
        return true;
    }
    const QString suggestion = suggestKeyword(node->keywordAsWritten);
    QString message = Tr::tr("unknown instruction: %1").arg(node->keywordAsWritten);
    if (!suggestion.isEmpty())
        message += Tr::tr(" (did you mean %1?)").arg(suggestion);
    error(ParseDiagnostic::UnknownInstruction, message,
          suggestion.isEmpty()
              ? Tr::tr("Use one of FROM, RUN, COPY, ADD, ENV, ARG, LABEL, WORKDIR, USER, EXPOSE, VOLUME, "
                   "CMD, ENTRYPOINT, SHELL, HEALTHCHECK, STOPSIGNAL, ONBUILD, MAINTAINER.")
              : Tr::tr("Replace '%1' with %2.").arg(node->keywordAsWritten, suggestion),
          lineBegin, keywordEnd);
    return true;
}

int InstructionParser::extractFlags(int begin, int end, Node *node)
{
    enum Phase { InSpaces, InWord, InQuote };
    Phase phase = InSpaces;
    QByteArray word;
    bool blankOk = false;
    char32_t quote = 0;
    int flagBegin = begin;
    int equalsAt = -1; // source offset of the first '=' that went into `word`

    auto addFlag = [&](QByteArrayView raw, int flagEnd) {
        Flag flag;
        flag.raw = QString::fromUtf8(raw);
        const int equals = int(raw.indexOf('='));
        flag.hasValue = equals >= 0;
        flag.name = QString::fromUtf8(raw.sliced(2, (flag.hasValue ? equals : int(raw.size())) - 2));
        if (flag.hasValue) {
            flag.value = QString::fromUtf8(raw.sliced(equals + 1));
            flag.valueRange = m_line.range(equalsAt + 1, flagEnd);
        }
        flag.range = m_line.range(flagBegin, flagEnd);
        node->flags.append(flag);
    };
    auto finishFlag = [&](int flagEnd) { addFlag(QByteArrayView(word), flagEnd); };
    auto append = [&](int at, int width) {
        if (equalsAt < 0 && width == 1 && m_data[at] == '=')
            equalsAt = at;
        word.append(m_data + at, width);
    };

    int width = 1;
    for (int pos = begin; pos <= end; pos += width) {
        char32_t ch = 0;
        if (pos != end) {
            const GoText::Rune r = GoText::decodeRune(m_data + pos, end - pos);
            ch = r.value;
            width = r.width;
        }
        if (phase == InSpaces) {
            if (pos == end)
                break;
            if (GoText::isSpace(ch))
                continue;
            if (ch != '-' || pos + 1 == end || m_data[pos + 1] != '-')
                return pos;
            phase = InWord;
            flagBegin = pos;
            equalsAt = -1;
            // Fast path: a flag without quotes or escapes is its own source text.
            int wordEnd = pos;
            bool plain = true;
            while (wordEnd < end) {
                const unsigned char byte = static_cast<unsigned char>(m_data[wordEnd]);
                if (byte == '\'' || byte == '"' || byte == '\\' || byte >= 0x80) {
                    plain = false;
                    break;
                }
                if (GoText::isSpace(byte))
                    break;
                if (equalsAt < 0 && byte == '=')
                    equalsAt = wordEnd;
                ++wordEnd;
            }
            if (plain) {
                const QByteArrayView raw(m_data + pos, wordEnd - pos);
                if (raw == "--")
                    return wordEnd;
                addFlag(raw, wordEnd);
                phase = InSpaces;
                pos = wordEnd;
                width = 0;
                continue;
            }
            equalsAt = -1;
        }
        if (pos == end) {
            if (word != "--" && (blankOk || !word.isEmpty()))
                finishFlag(end);
            return end;
        }
        if (phase == InWord) {
            if (GoText::isSpace(ch)) {
                phase = InSpaces;
                if (word == "--")
                    return pos;
                if (blankOk || !word.isEmpty())
                    finishFlag(pos);
                word.clear();
                blankOk = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOk = true;
                phase = InQuote;
                continue;
            }
            if (ch == '\\') {
                if (pos + width == end)
                    continue; // a trailing escape is dropped
                pos += width;
                width = GoText::decodeRune(m_data + pos, end - pos).width;
            }
            append(pos, width);
            continue;
        }
        // InQuote
        if (ch == quote) {
            phase = InWord;
            continue;
        }
        if (ch == '\\') {
            if (pos + width == end) {
                phase = InWord;
                continue;
            }
            pos += width;
            width = GoText::decodeRune(m_data + pos, end - pos).width;
        }
        append(pos, width);
    }
    return end;
}

QList<InstructionParser::Word> InstructionParser::parseWords(int begin, int end) const
{
    // A word is always a slice of the source: quotes and escapes stay in it, and the only
    // character ever dropped is an escape at the very end, so only the bounds are tracked.
    enum Phase { InSpaces, InWord, InQuote };
    QList<Word> words;
    Phase phase = InSpaces;
    int wordBegin = begin;
    int wordEnd = begin;
    char32_t quote = 0;
    bool blankOk = false;
    const char32_t escape = char32_t(m_escape);
    auto finishWord = [&] {
        if (blankOk || wordEnd > wordBegin)
            words.append(Word{wordBegin, wordEnd});
    };

    int width = 1;
    for (int pos = begin; pos <= end; pos += width) {
        char32_t ch = 0;
        if (pos != end) {
            const unsigned char byte = static_cast<unsigned char>(m_data[pos]);
            if (byte < 0x80) {
                ch = byte;
                width = 1;
            } else {
                const GoText::Rune r = GoText::decodeRune(m_data + pos, end - pos);
                ch = r.value;
                width = r.width;
            }
        }
        if (phase == InSpaces) {
            if (pos == end)
                break;
            if (GoText::isSpace(ch))
                continue;
            phase = InWord;
            wordBegin = wordEnd = pos;
        }
        if (pos == end) {
            finishWord();
            break;
        }
        if (phase == InWord) {
            if (GoText::isSpace(ch)) {
                phase = InSpaces;
                finishWord();
                blankOk = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOk = true;
                phase = InQuote;
            }
            if (ch == escape) {
                if (pos + width == end)
                    continue; // an escape at the very end is dropped
                pos += width;
                width = GoText::decodeRune(m_data + pos, end - pos).width;
            }
            wordEnd = pos + width;
            continue;
        }
        // InQuote: the escape works inside "..." but not inside '...'.
        if (ch == quote)
            phase = InWord;
        if (ch == escape && quote != '\'') {
            if (pos + width == end) {
                phase = InWord;
                continue;
            }
            pos += width;
            width = GoText::decodeRune(m_data + pos, end - pos).width;
        }
        wordEnd = pos + width;
    }
    return words;
}

void InstructionParser::parseWhitespaceList(int begin, int end, Node *node) const
{
    int count = begin < end ? 1 : 0;
    for (int i = begin; i < end; ++i)
        count += GoText::isTokenSpace(m_data[i]) && !GoText::isTokenSpace(m_data[i + 1]) ? 1 : 0;
    node->args.reserve(node->args.size() + count);
    node->argRanges.reserve(node->argRanges.size() + count);
    int pos = begin;
    while (pos < end) {
        int wordEnd = pos;
        while (wordEnd < end && !GoText::isTokenSpace(m_data[wordEnd]))
            ++wordEnd;
        addArg(node, QByteArrayView(m_data + pos, wordEnd - pos), pos, wordEnd);
        pos = wordEnd;
        while (pos < end && GoText::isTokenSpace(m_data[pos]))
            ++pos;
    }
}

bool InstructionParser::parseMaybeJson(int begin, int end, Node *node, bool fallbackToList)
{
    if (begin >= end)
        return true;
    const JsonArray::Result json = JsonArray::decode(m_data, begin, end);
    switch (json.outcome) {
    case JsonArray::Outcome::Strings:
        node->json = true;
        node->args.reserve(node->args.size() + json.elements.size());
        node->argRanges.reserve(node->argRanges.size() + json.elements.size());
        for (const JsonArray::Element &element : json.elements)
            addDecodedArg(node, element.value, element.begin, element.end);
        return true;
    case JsonArray::Outcome::NotStrings:
        error(ParseDiagnostic::InvalidJsonArray,
              Tr::tr("when using JSON array syntax, arrays must be comprised of strings only"),
              Tr::tr("Quote every element of the array, e.g. [\"echo\", \"1\"], or use the shell form "
                 "without brackets."),
              json.offendingBegin, json.offendingEnd);
        return false;
    case JsonArray::Outcome::NotJson:
        warnIfMeantAsJson(begin, end, node);
        break;
    }
    if (fallbackToList)
        parseWhitespaceList(begin, end, node);
    else
        addArg(node, QByteArrayView(m_data + begin, end - begin), begin, end);
    return true;
}

bool InstructionParser::parseNameValue(int begin, int end, const QString &instruction, Node *node)
{
    const QList<Word> words = parseWords(begin, end);
    if (words.isEmpty())
        return true;

    if (!wordText(words.first()).contains('=')) {
        // Legacy `KEY value with spaces`: split once at the first [\t\v\f\r ] run.
        int keyEnd = begin;
        while (keyEnd < end && !GoText::isTokenSpace(m_data[keyEnd]))
            ++keyEnd;
        int valueBegin = keyEnd;
        while (valueBegin < end && GoText::isTokenSpace(m_data[valueBegin]))
            ++valueBegin;
        if (keyEnd >= end) {
            error(ParseDiagnostic::MissingArguments,
                  Tr::tr("%1 must have two arguments").arg(instruction),
                  Tr::tr("Give %1 a value: %1 %2=value").arg(instruction, QString::fromUtf8(m_data + begin, end - begin)),
                  begin, end);
            return false;
        }
        addArg(node, QByteArrayView(m_data + begin, keyEnd - begin), begin, keyEnd);
        addArg(node, QByteArrayView(m_data + valueBegin, end - valueBegin), valueBegin, end);
        node->args.append(QString());
        node->argRanges.append(SourceRange{});
        return true;
    }

    node->args.reserve(words.size() * 3);
    node->argRanges.reserve(words.size() * 3);
    for (const Word &word : words) {
        const QByteArrayView text = wordText(word);
        const int equals = int(text.indexOf('='));
        if (equals < 0) {
            error(ParseDiagnostic::InvalidKeyValue,
                  Tr::tr("Syntax error - can't find = in %1. Must be of the form: name=value")
                      .arg(GoText::quote(QString::fromUtf8(text))),
                  Tr::tr("Write every %1 entry as name=value, quoting values that contain spaces.")
                      .arg(instruction),
                  word.begin, word.end);
            return false;
        }
        addArg(node, text.first(equals), word.begin, word.begin + equals);
        addArg(node, text.sliced(equals + 1), word.begin + equals + 1, word.end);
        addDecodedArg(node, QStringLiteral("="), word.begin + equals, word.begin + equals + 1);
    }
    return true;
}

void InstructionParser::parseNameOrNameValue(int begin, int end, Node *node) const
{
    const QList<Word> words = parseWords(begin, end);
    node->args.reserve(words.size());
    node->argRanges.reserve(words.size());
    for (const Word &word : words)
        addArg(node, wordText(word), word.begin, word.end);
}

bool InstructionParser::parseHealthcheck(int begin, int end, Node *node)
{
    int typeEnd = begin;
    while (typeEnd < end) {
        const GoText::Rune r = GoText::decodeRune(m_data + typeEnd, end - typeEnd);
        if (GoText::isSpace(r.value))
            break;
        typeEnd += r.width;
    }
    if (typeEnd == begin)
        return true;
    addArg(node, QByteArrayView(m_data + begin, typeEnd - begin), begin, typeEnd);
    const int commandBegin = GoText::skipSpaces(m_data, typeEnd, end);
    return parseMaybeJson(commandBegin, end, node, false);
}

} // namespace Manifold::Dockerfile
