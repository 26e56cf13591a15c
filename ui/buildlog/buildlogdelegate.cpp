#include "ui/buildlog/buildlogdelegate.h"

#include "ui/buildlog/ansitext.h"
#include "ui/buildlog/buildlogmodel.h"
#include "ui/style/palettes.h"

#include <QFontDatabase>
#include <QPainter>

namespace Manifold::Ui {

namespace {

// A stable colour per platform so "all" view prefixes can be told apart at a glance.
QColor platformColor(int platform, bool dark)
{
    static const int codes[] = {4, 5, 6, 2, 3, 12, 13, 14};
    return ansiColor(codes[qMax(0, platform) % 8], dark);
}

} // namespace

BuildLogDelegate::BuildLogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

QSize BuildLogDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    const QFontMetrics metrics(m_font);
    return QSize(200, metrics.height() + 2);
}

void BuildLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const bool dark = isDarkPalette(palette);
    if (selected)
        painter->fillRect(option.rect, palette.brush(QPalette::Highlight));

    painter->save();
    painter->setFont(m_font);
    const QFontMetrics metrics(m_font);
    const int baseline = option.rect.top() + 1 + metrics.ascent();
    int x = option.rect.left() + 4;
    const QColor defaultText = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);

    if (m_showPlatform) {
        const QString name = index.data(BuildLogModel::PlatformNameRole).toString();
        if (!name.isEmpty()) {
            const QString tag = name + QLatin1Char(' ');
            painter->setPen(selected ? defaultText : platformColor(index.data(BuildLogModel::PlatformRole).toInt(), dark));
            painter->drawText(x, baseline, tag);
            x += metrics.horizontalAdvance(tag);
        }
    }

    const AnsiLine line = parseAnsi(index.data(BuildLogModel::RawTextRole).toString());

    // Search matches get a background under the text.
    if (!m_highlight.isEmpty()) {
        const QColor mark = dark ? QColor(0x6e, 0x5a, 0x00) : QColor(0xff, 0xe0, 0x66);
        qsizetype at = line.text.indexOf(m_highlight, 0, Qt::CaseInsensitive);
        while (at >= 0) {
            const int left = x + metrics.horizontalAdvance(line.text.left(at));
            const int width = metrics.horizontalAdvance(line.text.mid(at, m_highlight.size()));
            painter->fillRect(QRect(left, option.rect.top(), width, option.rect.height()), mark);
            at = line.text.indexOf(m_highlight, at + m_highlight.size(), Qt::CaseInsensitive);
        }
    }

    if (line.spans.isEmpty()) {
        painter->setPen(defaultText);
        painter->drawText(x, baseline, line.text);
    } else {
        for (const AnsiSpan &span : line.spans) {
            const QString part = line.text.mid(span.start, span.length);
            const int width = metrics.horizontalAdvance(part);
            QColor fg = span.style.foreground >= 0 ? ansiColor(span.style.foreground, dark) : defaultText;
            QColor bg = span.style.background >= 0 ? ansiColor(span.style.background, dark) : QColor();
            if (span.style.inverse) {
                const QColor swapped = bg.isValid() ? bg : palette.color(QPalette::Base);
                bg = fg;
                fg = swapped;
            }
            if (span.style.faint)
                fg.setAlphaF(0.6f);
            if (bg.isValid())
                painter->fillRect(QRect(x, option.rect.top(), width, option.rect.height()), bg);
            QFont font = m_font;
            font.setBold(span.style.bold);
            font.setItalic(span.style.italic);
            font.setUnderline(span.style.underline);
            painter->setFont(font);
            painter->setPen(selected ? defaultText : fg);
            painter->drawText(x, baseline, part);
            x += width;
        }
    }
    painter->restore();
}

} // namespace Manifold::Ui
