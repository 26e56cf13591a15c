#include "core/dockerfile/parser/parser.h"

#include "core/dockerfile/parser/directivescanner.h"
#include "core/dockerfile/parser/gotext.h"
#include "core/dockerfile/parser/heredocscanner.h"
#include "core/dockerfile/parser/instructionparser.h"
#include "core/dockerfile/parser/sourcetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>

namespace Manifold::Dockerfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Dockerfile::Parser)
};

// bufio.Scanner's limit in BuildKit: a longer line fails the whole parse.
constexpr int MaxLineBytes = 65535;

const QString NoEmptyContinuationUrl =
    QStringLiteral("https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/");

// One pass over the file, mirroring BuildKit's parser.Parse line loop, but collecting every
// error instead of stopping at the first.
class ParseRun
{
public:
    ParseRun(const QByteArray &source, const QString &fileName)
        : m_source(source)
        , m_data(m_source.data())
    {
        m_result.fileName = fileName;
    }

    ParsedDockerfile run()
    {
        m_result.instructions.reserve(m_source.lineCount() / 2 + 1);
        checkLineLengths();
        int index = 1;
        while (index <= m_source.lineCount())
            index = parseFrom(index);
        if (m_result.instructions.isEmpty() && !hasInstructionErrors()) {
            const int last = std::max(1, m_source.lineCount());
            addDiagnostic(Severity::Error, ParseDiagnostic::NoInstructions,
                          Tr::tr("file with no instructions"),
                          Tr::tr("Add at least a FROM instruction, e.g. FROM alpine:3.20."),
                          m_source.lineRange(last));
        }
        lookUpFrontendDirectives();
        std::stable_sort(m_result.diagnostics.begin(), m_result.diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             return a.range.start.line < b.range.start.line;
                         });
        return std::move(m_result);
    }

private:
    bool isCommentLine(int begin, int end) const
    {
        const int first = GoText::skipSpaces(m_data, begin, end);
        return first < end && m_data[first] == '#';
    }

    // BuildKit's line-continuation regex `([^E])E[ \t]*$|^E[ \t]*$`: returns the new end when
    // the line continues, -1 otherwise.
    int continuationEnd(int begin, int end) const
    {
        int last = end;
        while (last > begin && (m_data[last - 1] == ' ' || m_data[last - 1] == '\t'))
            --last;
        if (last == begin || m_data[last - 1] != m_escape)
            return -1;
        const int escapeAt = last - 1;
        if (escapeAt > begin && m_data[escapeAt - 1] == m_escape)
            return -1;
        return escapeAt;
    }

    int parseFrom(int number)
    {
        const SourceText::Line &line = m_source.line(number);
        if (isCommentLine(line.begin, line.end)) {
            // BuildKit trims from the byte after the line's first, so "  # x" keeps "# x".
            const int textBegin = GoText::skipSpaces(m_data, line.begin + 1, line.end);
            const int textEnd = GoText::trimTrailingSpaces(m_data, textBegin, line.end);
            if (textBegin >= textEnd)
                m_comments.clear();
            else
                m_comments.append(QString::fromUtf8(m_data + textBegin, textEnd - textBegin));
        }
        const int tokenBegin = GoText::skipSpaces(m_data, line.begin, line.contentEnd);
        if (!m_directivesDone && parseDirective(number, tokenBegin, line.contentEnd)
            && !m_comments.isEmpty())
            m_comments.removeLast(); // directives are not comments of the first instruction

        int contentEnd = line.contentEnd;
        if (isCommentLine(tokenBegin, contentEnd))
            contentEnd = tokenBegin;
        int continued = continuationEnd(tokenBegin, contentEnd);
        if (continued < 0 && contentEnd == tokenBegin)
            return number + 1;

        LogicalLine &logical = m_logical;
        logical.clear();
        logical.append(number, tokenBegin - line.begin, (continued >= 0 ? continued : contentEnd) - tokenBegin);
        const int startLine = number;
        int lastLine = number;
        QList<int> emptyLines;
        int next = number + 1;
        while (continued >= 0 && next <= m_source.lineCount()) {
            const SourceText::Line &more = m_source.line(next);
            lastLine = next;
            ++next;
            if (isCommentLine(more.begin, more.end))
                continue;
            if (GoText::skipSpaces(m_data, more.begin, more.contentEnd) == more.contentEnd) {
                emptyLines.append(lastLine);
                continue;
            }
            continued = continuationEnd(more.begin, more.contentEnd);
            logical.append(lastLine, 0, (continued >= 0 ? continued : more.contentEnd) - more.begin);
        }

        if (!emptyLines.isEmpty())
            warnEmptyContinuation(logical, emptyLines, lastLine);

        Node node;
        node.original = QString::fromUtf8(logical.text());
        node.comments = m_comments;
        m_comments.clear();
        InstructionParser parser(logical, m_escape, m_result.fileName, &m_result.diagnostics);
        const bool ok = parser.parse(0, logical.size(), &node);
        if (ok && canContainHeredoc(node) && logical.text().contains("<<"))
            lastLine = readHeredocs(logical, &node, lastLine);
        else if (!ok)
            m_sawInstructionError = true;

        const SourcePosition start = node.keywordRange.isValid() ? node.keywordRange.start
                                                                 : logical.startPosition(0);
        node.range = SourceRange{start.isValid() ? start : SourcePosition{startLine, 1},
                                 m_source.lineEnd(lastLine)};
        if (ok)
            m_result.instructions.append(std::move(node));
        return lastLine + 1;
    }

    static bool canContainHeredoc(const Node &node)
    {
        const Node *target = &node;
        if (node.keyword == QLatin1String("onbuild") && node.child)
            target = node.child.get();
        if (target->keyword != QLatin1String("run") && target->keyword != QLatin1String("copy")
            && target->keyword != QLatin1String("add"))
            return false;
        return !target->json;
    }

    int readHeredocs(const LogicalLine &logical, Node *node, int lastLine)
    {
        const HeredocScanner::Result scanned = HeredocScanner::scan(logical.text());
        if (!scanned.error.isEmpty()) {
            addDiagnostic(Severity::Error, ParseDiagnostic::InvalidHeredoc, scanned.error,
                          Tr::tr("Write the delimiter as one plain or quoted word, e.g. <<EOF or <<'EOF'."),
                          SourceRange{node->keywordRange.start, m_source.lineEnd(lastLine)});
        }
        int number = lastLine + 1;
        for (const HeredocScanner::Marker &marker : scanned.markers) {
            Heredoc heredoc;
            heredoc.name = QString::fromUtf8(marker.name);
            heredoc.expand = marker.expand;
            heredoc.chomp = marker.chomp;
            heredoc.fileDescriptor = marker.fileDescriptor;
            heredoc.markerRange = logical.range(marker.begin, marker.end);
            QByteArray content;
            bool terminated = false;
            const int bodyStart = number;
            while (number <= m_source.lineCount()) {
                const SourceText::Line &line = m_source.line(number);
                lastLine = number;
                ++number;
                int candidate = line.begin;
                if (marker.chomp) {
                    while (candidate < line.contentEnd && m_data[candidate] == '\t')
                        ++candidate;
                }
                if (line.contentEnd - candidate == marker.name.size()
                    && std::equal(m_data + candidate, m_data + line.contentEnd,
                                  marker.name.constData())) {
                    terminated = true;
                    break;
                }
                content.append(m_data + line.begin, line.end - line.begin);
            }
            heredoc.content = QString::fromUtf8(content);
            heredoc.range = SourceRange{SourcePosition{std::min(bodyStart, std::max(lastLine, 1)), 1},
                                        m_source.lineEnd(lastLine)};
            if (!terminated) {
                addDiagnostic(Severity::Error, ParseDiagnostic::UnterminatedHeredoc,
                              Tr::tr("unterminated heredoc: no line \"%1\" closes the here-document "
                                 "opened here").arg(heredoc.name),
                              Tr::tr("End the body with a line containing only %1%2.")
                                  .arg(marker.chomp ? Tr::tr("tabs and ") : QString(), heredoc.name),
                              heredoc.markerRange);
                heredoc.range.end = m_source.lineEnd(std::max(lastLine, 1));
                node->heredocs.append(heredoc);
                return std::max(lastLine, 1);
            }
            node->heredocs.append(heredoc);
        }
        return lastLine;
    }

    // Returns true when the line is a directive (valid or not).
    bool parseDirective(int number, int begin, int end)
    {
        DirectiveLine directive;
        if (!DirectiveLine::match(m_data, begin, end, "#", &directive)
            || !DirectiveLine::isKnownKey(directive.key)) {
            m_directivesDone = true;
            return false;
        }
        const int lineBegin = m_source.line(number).begin;
        const SourceRange valueRange{m_source.position(number, directive.valueBegin - lineBegin),
                                     m_source.position(number, directive.valueEnd - lineBegin)};
        const QString name = QString::fromLatin1(directive.key);
        if (m_seenDirectives.contains(directive.key)) {
            addDiagnostic(Severity::Error, ParseDiagnostic::DuplicateDirective,
                          Tr::tr("only one %1 parser directive can be used").arg(name),
                          Tr::tr("Remove this line; the first '# %1=' directive applies.").arg(name),
                          m_source.lineRange(number));
            return true;
        }
        m_seenDirectives.insert(directive.key);
        if (directive.key != "escape")
            return true;
        const QByteArray value(m_data + directive.valueBegin, directive.valueEnd - directive.valueBegin);
        if (value != "\\" && value != "`") {
            addDiagnostic(Severity::Error, ParseDiagnostic::InvalidDirective,
                          Tr::tr("invalid escape token '%1' does not match ` or \\")
                              .arg(QString::fromUtf8(value)),
                          Tr::tr("Use '# escape=\\' (the default) or '# escape=`'."), valueRange);
            return true;
        }
        m_escape = value.at(0);
        m_result.directives.escape = QLatin1Char(m_escape);
        m_result.directives.escapeRange = valueRange;
        return true;
    }

    void lookUpFrontendDirectives()
    {
        const DirectiveLookup syntax = DirectiveLookup::find(m_source, "syntax", true);
        if (syntax.found) {
            const int begin = m_source.line(syntax.lineNumber).begin;
            m_result.directives.syntax = QString::fromUtf8(m_data + begin + syntax.valueBegin,
                                                           syntax.valueEnd - syntax.valueBegin);
            m_result.directives.syntaxRange = {m_source.position(syntax.lineNumber, syntax.valueBegin),
                                               m_source.position(syntax.lineNumber, syntax.valueEnd)};
        }
        const DirectiveLookup check = DirectiveLookup::find(m_source, "check", false);
        if (check.found) {
            const int begin = m_source.line(check.lineNumber).begin;
            m_result.directives.check = QString::fromUtf8(m_data + begin + check.valueBegin,
                                                          check.valueEnd - check.valueBegin);
            m_result.directives.checkRange = {m_source.position(check.lineNumber, check.valueBegin),
                                              m_source.position(check.lineNumber, check.valueEnd)};
        }
    }

    void warnEmptyContinuation(const LogicalLine &logical, const QList<int> &emptyLines, int lastLine)
    {
        QStringList numbers;
        for (int number : emptyLines)
            numbers.append(QString::number(number));
        // BuildKit reports the instruction's last line; the fix names the empty ones.
        // BuildKit's wording; a long joined instruction is elided to keep the message readable.
        QString instruction = QString::fromUtf8(logical.text()).simplified();
        if (instruction.size() > 80)
            instruction = instruction.left(77) + QStringLiteral("...");
        addDiagnostic(Severity::Warning, ParseDiagnostic::NoEmptyContinuation,
                      Tr::tr("Empty continuation line found in: %1").arg(instruction),
                      Tr::tr("Remove the empty line(s) %1 inside the continued instruction, or put a "
                         "comment on them; empty continuation lines will become errors in a future "
                         "release.").arg(numbers.join(QStringLiteral(", "))),
                      m_source.lineRange(lastLine), NoEmptyContinuationUrl);
    }

    void checkLineLengths()
    {
        for (int number = 1; number <= m_source.lineCount(); ++number) {
            const SourceText::Line &line = m_source.line(number);
            const bool newline = line.end > line.begin && m_data[line.end - 1] == '\n';
            if (line.end - line.begin - (newline ? 1 : 0) > MaxLineBytes) {
                addDiagnostic(Severity::Error, ParseDiagnostic::LineTooLong,
                              Tr::tr("dockerfile line greater than max allowed size of %1").arg(MaxLineBytes),
                              Tr::tr("Split the line with '%1' continuations.").arg(QLatin1Char(m_escape)),
                              SourceRange{SourcePosition{number, 1}, m_source.lineEnd(number)});
            }
        }
    }

    bool hasInstructionErrors() const { return m_sawInstructionError; }

    void addDiagnostic(Severity severity, QLatin1String id, const QString &message,
                       const QString &fix, const SourceRange &range, const QString &url = {})
    {
        Diagnostic diagnostic;
        diagnostic.severity = severity;
        diagnostic.id = id;
        diagnostic.message = message;
        diagnostic.fix = fix;
        diagnostic.file = m_result.fileName;
        diagnostic.range = range;
        diagnostic.url = url;
        m_result.diagnostics.append(diagnostic);
    }

    SourceText m_source;
    LogicalLine m_logical{m_source};
    const char *m_data;
    ParsedDockerfile m_result;
    QStringList m_comments;
    QSet<QByteArray> m_seenDirectives;
    bool m_directivesDone = false;
    bool m_sawInstructionError = false;
    char m_escape = '\\';
};

} // namespace

bool ParsedDockerfile::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.severity == Severity::Error;
    });
}

ParsedDockerfile Parser::parse(const QByteArray &source, const QString &fileName)
{
    return ParseRun(source, fileName).run();
}

Result<ParsedDockerfile> Parser::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QStringLiteral("dockerfile.read"),
                     Tr::tr("cannot read the Dockerfile: %1").arg(file.errorString()), path,
                     Tr::tr("Check that the path exists and is readable."));
    }
    return parse(file.readAll(), path);
}

} // namespace Manifold::Dockerfile
