#include "ui/inspector/jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Manifold::Ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x4f, 0x9e));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_digest.setForeground(dark ? QColor(0xd7, 0xba, 0x7d) : QColor(0x79, 0x5e, 0x26));
    m_digest.setFontUnderline(true);
    m_punctuation.setForeground(dark ? QColor(0x80, 0x80, 0x80) : QColor(0x60, 0x60, 0x60));
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Key: return m_key;
    case Token::String: return m_string;
    case Token::Number: return m_number;
    case Token::Literal: return m_literal;
    case Token::Digest: return m_digest;
    case Token::Punctuation: return m_punctuation;
    }
    return {};
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // A small scanner instead of regexes: manifests can be one 4 MB line, and strings with
    // escaped quotes must not throw the colouring off.
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, length);
            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool isKey = next < length && text.at(next) == QLatin1Char(':');
            const QStringView body = QStringView(text).mid(i + 1, qMax<qsizetype>(0, end - i - 2));
            const bool isDigest = !isKey && (body.startsWith(u"sha256:") || body.startsWith(u"sha512:"));
            setFormat(int(i), int(end - i), isKey ? m_key : isDigest ? m_digest : m_string);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < length && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char('e')
                                    || text.at(end) == QLatin1Char('E') || text.at(end) == QLatin1Char('+')
                                    || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[') || c == QLatin1Char(']')
                || c == QLatin1Char(':') || c == QLatin1Char(','))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace Manifold::Ui
