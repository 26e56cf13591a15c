#include "ui/editor/dockerfilehighlighter.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>

namespace Manifold::Ui {

namespace {

// Pending here-document delimiters carried from the instruction line to its body lines.
// A leading '-' on an entry marks `<<-` (leading tabs are stripped before comparing).
class HeredocData : public QTextBlockUserData
{
public:
    explicit HeredocData(QStringList pending) : pending(std::move(pending)) {}
    QStringList pending;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

DockerfileHighlighter::DockerfileHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_colors(viewColors(QGuiApplication::palette()))
{
}

void DockerfileHighlighter::setEscapeChar(QChar escape)
{
    if (escape == m_escape)
        return;
    m_escape = escape;
    rehighlight();
}

void DockerfileHighlighter::setColors(const ViewColors &colors)
{
    m_colors = colors;
    rehighlight();
}

bool DockerfileHighlighter::isInstruction(const QString &word)
{
    static const QSet<QString> instructions = {
        QStringLiteral("FROM"), QStringLiteral("RUN"), QStringLiteral("CMD"),
        QStringLiteral("LABEL"), QStringLiteral("MAINTAINER"), QStringLiteral("EXPOSE"),
        QStringLiteral("ENV"), QStringLiteral("ADD"), QStringLiteral("COPY"),
        QStringLiteral("ENTRYPOINT"), QStringLiteral("VOLUME"), QStringLiteral("USER"),
        QStringLiteral("WORKDIR"), QStringLiteral("ARG"), QStringLiteral("ONBUILD"),
        QStringLiteral("STOPSIGNAL"), QStringLiteral("HEALTHCHECK"), QStringLiteral("SHELL")};
    return instructions.contains(word.toUpper());
}

DockerfileHighlighter::Category DockerfileHighlighter::categoryAt(const QTextBlock &block, int column)
{
    if (!block.isValid() || !block.layout())
        return Category::None;
    Category found = Category::None;
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column >= range.start && column < range.start + range.length
            && range.format.hasProperty(CategoryProperty))
            found = static_cast<Category>(range.format.intProperty(CategoryProperty));
    }
    return found;
}

QTextCharFormat DockerfileHighlighter::format(Category category) const
{
    QTextCharFormat f;
    switch (category) {
    case Category::Keyword:
        f.setForeground(m_colors.keyword);
        f.setFontWeight(QFont::Bold);
        break;
    case Category::Flag: f.setForeground(m_colors.flag); break;
    case Category::Comment:
        f.setForeground(m_colors.comment);
        f.setFontItalic(true);
        break;
    case Category::Directive:
        f.setForeground(m_colors.comment);
        f.setFontWeight(QFont::Bold);
        break;
    case Category::String: f.setForeground(m_colors.string); break;
    case Category::Variable: f.setForeground(m_colors.variable); break;
    case Category::Heredoc: f.setForeground(m_colors.heredoc); break;
    case Category::StageName:
        f.setForeground(m_colors.stageName);
        f.setFontWeight(QFont::Bold);
        break;
    case Category::None: break;
    }
    f.setProperty(CategoryProperty, static_cast<int>(category));
    return f;
}

void DockerfileHighlighter::apply(int start, int length, Category category)
{
    if (length > 0)
        setFormat(start, length, format(category));
}

void DockerfileHighlighter::highlightBlock(const QString &text)
{
    int previous = previousBlockState();
    if (previous < 0)
        previous = 0;

    QStringList pending;
    if (previous & InHeredoc) {
        if (auto *data = dynamic_cast<HeredocData *>(currentBlock().previous().userData()))
            pending = data->pending;
    }
    if (!pending.isEmpty()) {
        const int state = highlightHeredocLine(text, pending);
        setCurrentBlockUserData(pending.isEmpty() ? nullptr : new HeredocData(pending));
        setCurrentBlockState(state);
        return;
    }
    setCurrentBlockUserData(nullptr);

    int i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;

    const bool continued = previous & Continuation;
    if (i < text.size() && text.at(i) == QLatin1Char('#')) {
        // Parser directives only count before the first instruction, which a highlighter cannot
        // know cheaply; the `# key=value` shape in the first block is a good enough signal.
        static const QRegularExpression directive(
            QStringLiteral("^#\\s*(syntax|escape|check)\\s*="), QRegularExpression::CaseInsensitiveOption);
        const bool isDirective = currentBlock().blockNumber() < 3 && !continued
                                 && directive.match(text.mid(i)).hasMatch();
        apply(i, text.size() - i, isDirective ? Category::Directive : Category::Comment);
        // A comment inside a continued instruction does not end it (BuildKit skips it).
        setCurrentBlockState(continued ? previous : 0);
        return;
    }
    if (text.trimmed().isEmpty()) {
        setCurrentBlockState(continued ? previous : 0);
        return;
    }

    int state = 0;
    if (continued) {
        state = previous & (ArgumentsStarted | FromInstruction);
    } else {
        int end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QString word = text.mid(i, end - i);
        if (isInstruction(word)) {
            apply(i, end - i, Category::Keyword);
            if (word.compare(QLatin1String("FROM"), Qt::CaseInsensitive) == 0)
                state |= FromInstruction;
            if (word.compare(QLatin1String("ONBUILD"), Qt::CaseInsensitive) == 0) {
                int next = end;
                while (next < text.size() && text.at(next).isSpace())
                    ++next;
                int nextEnd = next;
                while (nextEnd < text.size() && isWordChar(text.at(nextEnd)))
                    ++nextEnd;
                if (isInstruction(text.mid(next, nextEnd - next))) {
                    apply(next, nextEnd - next, Category::Keyword);
                    end = nextEnd;
                }
            }
        }
        i = end;
    }

    QStringList heredocs;
    highlightArguments(text, i, state, heredocs);

    if (!heredocs.isEmpty()) {
        setCurrentBlockUserData(new HeredocData(heredocs));
        state |= InHeredoc;
    }
    setCurrentBlockState(state);
}

int DockerfileHighlighter::highlightHeredocLine(const QString &text, QStringList &pending)
{
    QString delimiter = pending.first();
    QString line = text;
    if (delimiter.startsWith(QLatin1Char('-'))) {
        delimiter.remove(0, 1);
        while (line.startsWith(QLatin1Char('\t')))
            line.remove(0, 1);
    }
    if (line == delimiter) {
        apply(0, text.size(), Category::Keyword);
        pending.removeFirst();
    } else {
        apply(0, text.size(), Category::Heredoc);
    }
    return pending.isEmpty() ? 0 : InHeredoc;
}

void DockerfileHighlighter::highlightArguments(const QString &text, int from, int &state,
                                               QStringList &heredocs)
{
    int end = text.size();
    // A trailing escape character continues the instruction on the next line.
    int last = end - 1;
    while (last >= from && text.at(last).isSpace())
        --last;
    const bool continues = last >= from && text.at(last) == m_escape;
    if (continues)
        end = last;

    bool expectStageName = false;
    int i = from;
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const bool tokenStart = i == 0 || text.at(i - 1).isSpace();
        if (tokenStart && !(state & ArgumentsStarted) && text.mid(i, 2) == QLatin1String("--")) {
            int tokenEnd = i;
            while (tokenEnd < end && !text.at(tokenEnd).isSpace())
                ++tokenEnd;
            const int eq = text.indexOf(QLatin1Char('='), i);
            const int nameEnd = (eq >= 0 && eq < tokenEnd) ? eq + 1 : tokenEnd;
            apply(i, nameEnd - i, Category::Flag);
            // Variables and quotes inside the flag value still get their colours.
            for (int k = nameEnd; k < tokenEnd; ++k) {
                if (text.at(k) == QLatin1Char('$')) {
                    int v = k + 1;
                    if (v < tokenEnd && text.at(v) == QLatin1Char('{')) {
                        const int close = text.indexOf(QLatin1Char('}'), v);
                        v = (close < 0 || close >= tokenEnd) ? tokenEnd : close + 1;
                    } else {
                        while (v < tokenEnd && isWordChar(text.at(v)))
                            ++v;
                    }
                    apply(k, v - k, Category::Variable);
                    k = v - 1;
                }
            }
            i = tokenEnd;
            continue;
        }
        if (tokenStart)
            state |= ArgumentsStarted;

        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int close = i + 1;
            while (close < end && text.at(close) != c) {
                if (c == QLatin1Char('"') && text.at(close) == QLatin1Char('\\'))
                    ++close;
                ++close;
            }
            const int stringEnd = qMin(close + 1, end);
            apply(i, stringEnd - i, Category::String);
            // Double quotes still expand variables.
            if (c == QLatin1Char('"')) {
                for (int k = i + 1; k < stringEnd; ++k) {
                    if (text.at(k) != QLatin1Char('$'))
                        continue;
                    int v = k + 1;
                    if (v < stringEnd && text.at(v) == QLatin1Char('{')) {
                        const int closeBrace = text.indexOf(QLatin1Char('}'), v);
                        v = (closeBrace < 0 || closeBrace >= stringEnd) ? stringEnd : closeBrace + 1;
                    } else {
                        while (v < stringEnd && isWordChar(text.at(v)))
                            ++v;
                    }
                    apply(k, v - k, Category::Variable);
                    k = v - 1;
                }
            }
            i = stringEnd;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < end
            && (text.at(i + 1) == QLatin1Char('{') || isWordChar(text.at(i + 1)))) {
            int v = i + 1;
            if (text.at(v) == QLatin1Char('{')) {
                const int close = text.indexOf(QLatin1Char('}'), v);
                v = (close < 0 || close >= end) ? end : close + 1;
            } else {
                while (v < end && isWordChar(text.at(v)))
                    ++v;
            }
            apply(i, v - i, Category::Variable);
            i = v;
            continue;
        }
        if (c == QLatin1Char('<') && text.mid(i, 2) == QLatin1String("<<") && text.mid(i, 3) != QLatin1String("<<<")) {
            // <<EOF, <<-EOF, <<"EOF", <<'EOF'
            int k = i + 2;
            bool chomp = false;
            if (k < end && text.at(k) == QLatin1Char('-')) {
                chomp = true;
                ++k;
            }
            QChar quote;
            if (k < end && (text.at(k) == QLatin1Char('"') || text.at(k) == QLatin1Char('\''))) {
                quote = text.at(k);
                ++k;
            }
            const int nameStart = k;
            while (k < end && isWordChar(text.at(k)))
                ++k;
            if (k > nameStart) {
                const QString name = text.mid(nameStart, k - nameStart);
                if (!quote.isNull() && k < end && text.at(k) == quote)
                    ++k;
                apply(i, k - i, Category::Heredoc);
                heredocs << (chomp ? QLatin1Char('-') + name : name);
                i = k;
                continue;
            }
        }
        // A plain word; in FROM, `AS` introduces the stage name.
        int wordEnd = i;
        while (wordEnd < end && !text.at(wordEnd).isSpace() && text.at(wordEnd) != QLatin1Char('$')
               && text.at(wordEnd) != QLatin1Char('"') && text.at(wordEnd) != QLatin1Char('\''))
            ++wordEnd;
        if (wordEnd == i)
            wordEnd = i + 1;
        const QString word = text.mid(i, wordEnd - i);
        if (expectStageName) {
            apply(i, wordEnd - i, Category::StageName);
            expectStageName = false;
        } else if ((state & FromInstruction) && word.compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0) {
            apply(i, wordEnd - i, Category::Keyword);
            expectStageName = true;
        }
        i = wordEnd;
    }

    if (continues)
        state |= Continuation;
    else
        state &= ~Continuation;
    if (!continues)
        state &= ~(ArgumentsStarted | FromInstruction);
}

} // namespace Manifold::Ui
