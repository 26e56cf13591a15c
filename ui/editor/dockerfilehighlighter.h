#pragma once

#include "ui/style/palettes.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Manifold::Ui {

// Dockerfile syntax colouring: instructions, flags, comments, quoted strings, $variables,
// `AS name`, and here-document bodies (tracked across lines through the block state).
class DockerfileHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Category { None, Keyword, Flag, Comment, String, Variable, Heredoc, StageName, Directive };
    Q_ENUM(Category)

    // Each applied format carries its category in this property, so tests and tools can ask
    // what a character was recognised as without depending on colours.
    static constexpr int CategoryProperty = QTextFormat::UserProperty + 1;

    explicit DockerfileHighlighter(QTextDocument *document);

    // `# escape=`` switches the line-continuation character.
    void setEscapeChar(QChar escape);
    void setColors(const ViewColors &colors);

    static bool isInstruction(const QString &word);
    // The category of the character at `column` of `block` after highlighting.
    static Category categoryAt(const QTextBlock &block, int column);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum StateBit { Continuation = 1, ArgumentsStarted = 2, InHeredoc = 4, FromInstruction = 8 };

    void apply(int start, int length, Category category);
    QTextCharFormat format(Category category) const;
    int highlightHeredocLine(const QString &text, QStringList &pending);
    void highlightArguments(const QString &text, int from, int &state, QStringList &heredocs);

    QChar m_escape = QLatin1Char('\\');
    ViewColors m_colors;
};

} // namespace Manifold::Ui
