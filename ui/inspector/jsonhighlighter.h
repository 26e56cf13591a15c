#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Manifold::Ui {

// Colours JSON as it is written (keys, strings, numbers, literals, digests) without
// reformatting it: the inspector shows a manifest's exact bytes, since they are what the digest covers.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    enum class Token { Key, String, Number, Literal, Digest, Punctuation };
    // The format applied to a token class (tests check colouring through it).
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal, m_digest, m_punctuation;
};

} // namespace Manifold::Ui
