#include "ui/buildlog/logtextview.h"

#include "ui/buildlog/loglinestore.h"
#include "ui/style/palettes.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace Manifold::Ui {

namespace {

// qBound for row numbers, whatever integer types the bounds come in.
qsizetype bounded(qsizetype low, qsizetype value, qsizetype high)
{
    return std::max(low, std::min(value, high));
}

constexpr int Margin = 4;
// One repaint per frame, however many lines arrive in between.
constexpr int FrameMilliseconds = 16;

// A stable colour per platform so the "All" view's prefixes can be told apart at a glance.
QColor platformColor(int platform, bool dark)
{
    static const int codes[] = {4, 5, 6, 2, 3, 12, 13, 14};
    return ansiColor(codes[qMax(0, platform) % 8], dark);
}

} // namespace

LogTextView::LogTextView(const LogLineStore *store, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("buildLogText"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    setLogFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMilliseconds);
    connect(&m_frame, &QTimer::timeout, this, &LogTextView::catchUp);
    verticalScrollBar()->setSingleStep(3);
}

void LogTextView::setLogFont(const QFont &font)
{
    m_font = font;
    const QFontMetrics metrics(m_font);
    m_charWidth = qMax(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_lineHeight = metrics.height() + 2;
    updateScrollRange();
    viewport()->update();
}

void LogTextView::setFilter(int filter)
{
    m_filter = filter;
    reset();
}

void LogTextView::setShowPlatform(bool show)
{
    m_showPlatform = show;
    updateScrollRange();
    viewport()->update();
}

void LogTextView::setHighlight(const QString &text)
{
    m_highlight = text;
    viewport()->update();
}

qsizetype LogTextView::rowCount() const
{
    return m_store->count(m_filter);
}

int LogTextView::lineHeight() const
{
    return m_lineHeight;
}

int LogTextView::prefixWidth() const
{
    if (!m_showPlatform || m_platformNames.isEmpty())
        return 0;
    qsizetype longest = 0;
    for (const QString &name : m_platformNames)
        longest = qMax(longest, name.size());
    return int(longest + 1) * m_charWidth;
}

int LogTextView::visibleRowCount() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

qsizetype LogTextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

bool LogTextView::isRowVisible(qsizetype row) const
{
    const qsizetype first = firstVisibleRow();
    return row >= first && row < first + visibleRowCount();
}

qsizetype LogTextView::rowAt(int y) const
{
    const qsizetype row = firstVisibleRow() + y / m_lineHeight;
    return bounded(0, row, rowCount() - 1);
}

void LogTextView::updateScrollRange()
{
    const qsizetype rows = rowCount();
    const qsizetype maximum = qMax<qsizetype>(0, rows - visibleRowCount());
    const bool wasProgrammatic = m_programmaticScroll;
    m_programmaticScroll = true;
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(qMin<qsizetype>(maximum, INT_MAX)));
    vertical->setPageStep(visibleRowCount());
    const qsizetype width = Margin * 2 + prefixWidth() + m_store->longestLine() * m_charWidth;
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, int(qMin<qsizetype>(qMax<qsizetype>(0, width - viewport()->width()), INT_MAX)));
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(m_charWidth * 4);
    m_programmaticScroll = wasProgrammatic;
}

void LogTextView::linesAppended()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void LogTextView::catchUp()
{
    m_frame.stop();
    ++m_frameUpdates;
    const qsizetype before = verticalScrollBar()->maximum();
    updateScrollRange();
    if (m_follow)
        scrollToBottom();
    // Without following, only a view that was showing the end has anything new to paint.
    if (m_follow || firstVisibleRow() + visibleRowCount() >= before)
        viewport()->update();
}

void LogTextView::reset()
{
    m_frame.stop();
    m_current = m_anchor = -1;
    updateScrollRange();
    if (m_follow)
        scrollToBottom();
    viewport()->update();
}

void LogTextView::scrollToBottom()
{
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_programmaticScroll = false;
}

void LogTextView::scrollToRow(qsizetype row, bool center)
{
    if (row < 0)
        return;
    const qsizetype first = firstVisibleRow();
    const int visible = visibleRowCount();
    qsizetype target = first;
    if (center)
        target = row - visible / 2;
    else if (row < first)
        target = row;
    else if (row >= first + visible)
        target = row - visible + 1;
    m_programmaticScroll = true;
    verticalScrollBar()->setValue(int(bounded(0, target, verticalScrollBar()->maximum())));
    m_programmaticScroll = false;
}

void LogTextView::setFollow(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (m_follow) {
        updateScrollRange();
        scrollToBottom();
    }
    emit followChanged(m_follow);
}

void LogTextView::scrollContentsBy(int, int)
{
    viewport()->update();
    if (!m_programmaticScroll)
        onUserScroll();
}

void LogTextView::onUserScroll()
{
    // Scrolling away from the end pauses following; scrolling back to it resumes.
    const QScrollBar *bar = verticalScrollBar();
    setFollow(bar->value() >= bar->maximum());
}

void LogTextView::setCurrentRow(qsizetype row, bool extendSelection)
{
    const qsizetype rows = rowCount();
    row = rows == 0 ? -1 : bounded(0, row, rows - 1);
    m_current = row;
    if (!extendSelection || m_anchor < 0)
        m_anchor = row;
    viewport()->update();
    emit currentRowChanged(m_current);
}

bool LogTextView::isRowSelected(qsizetype row) const
{
    return hasSelection() && row >= selectionStart() && row <= selectionEnd();
}

void LogTextView::selectAll()
{
    const qsizetype rows = rowCount();
    if (rows == 0)
        return;
    m_anchor = 0;
    m_current = rows - 1;
    viewport()->update();
}

void LogTextView::clearSelection()
{
    m_anchor = m_current = -1;
    viewport()->update();
}

QString LogTextView::rowText(qsizetype row) const
{
    const qsizetype line = m_store->lineAt(m_filter, row);
    if (line < 0)
        return {};
    QString text = m_store->text(line).toString();
    if (m_showPlatform) {
        const QString name = m_platformNames.value(m_store->platform(line));
        if (!name.isEmpty())
            text.prepend(name + QLatin1Char(' '));
    }
    return text;
}

QString LogTextView::selectedText() const
{
    if (!hasSelection())
        return {};
    QStringList lines;
    const qsizetype end = selectionEnd();
    lines.reserve(end - selectionStart() + 1);
    for (qsizetype row = selectionStart(); row <= end; ++row)
        lines << rowText(row);
    return lines.join(QLatin1Char('\n'));
}

void LogTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const bool dark = isDarkPalette(pal);
    const QFontMetrics metrics(m_font);
    const QColor mark = dark ? QColor(0x6e, 0x5a, 0x00) : QColor(0xff, 0xe0, 0x66);
    const int width = viewport()->width();
    const int left = Margin - horizontalScrollBar()->value();
    const int prefix = prefixWidth();
    // Characters that can show at all; long lines are cut there before shaping.
    const qsizetype visibleChars = (horizontalScrollBar()->value() + width) / m_charWidth + 8;
    const qsizetype rows = rowCount();

    painter.setFont(m_font);
    int y = 0;
    for (qsizetype row = firstVisibleRow(); row < rows && y < viewport()->height(); ++row, y += m_lineHeight) {
        const qsizetype line = m_store->lineAt(m_filter, row);
        const QRect rowRect(0, y, width, m_lineHeight);
        const bool selected = isRowSelected(row);
        if (selected)
            painter.fillRect(rowRect, pal.brush(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight));
        const QColor defaultText = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
        const int baseline = y + 1 + metrics.ascent();

        if (prefix > 0) {
            const int platform = m_store->platform(line);
            const QString name = m_platformNames.value(platform);
            if (!name.isEmpty()) {
                painter.setPen(selected ? defaultText : platformColor(platform, dark));
                painter.drawText(left, baseline, name);
            }
        }
        const int x0 = left + prefix;
        const QStringView fullText = m_store->text(line);
        const QString text = fullText.left(visibleChars).toString();

        if (!m_highlight.isEmpty()) {
            qsizetype at = text.indexOf(m_highlight, 0, Qt::CaseInsensitive);
            while (at >= 0) {
                const int from = x0 + metrics.horizontalAdvance(text.left(at));
                const int length = metrics.horizontalAdvance(text.mid(at, m_highlight.size()));
                painter.fillRect(QRect(from, y, length, m_lineHeight), mark);
                at = text.indexOf(m_highlight, at + m_highlight.size(), Qt::CaseInsensitive);
            }
        }

        const std::span<const AnsiSpan> spans = m_store->spans(line);
        if (spans.empty()) {
            painter.setPen(defaultText);
            painter.drawText(x0, baseline, text);
        } else {
            int x = x0;
            for (const AnsiSpan &span : spans) {
                if (span.start >= text.size())
                    break;
                const QString part = text.mid(span.start, span.length);
                QFont font = m_font;
                font.setBold(span.style.bold);
                font.setItalic(span.style.italic);
                font.setUnderline(span.style.underline);
                const int partWidth = QFontMetrics(font).horizontalAdvance(part);
                QColor fg = span.style.foreground >= 0 ? ansiColor(span.style.foreground, dark) : pal.color(QPalette::Text);
                QColor bg = span.style.background >= 0 ? ansiColor(span.style.background, dark) : QColor();
                if (span.style.inverse) {
                    const QColor swapped = bg.isValid() ? bg : pal.color(QPalette::Base);
                    bg = fg;
                    fg = swapped;
                }
                if (span.style.faint)
                    fg.setAlphaF(0.6f);
                if (bg.isValid() && !selected)
                    painter.fillRect(QRect(x, y, partWidth, m_lineHeight), bg);
                painter.setFont(font);
                painter.setPen(selected ? defaultText : fg);
                painter.drawText(x, baseline, part);
                x += partWidth;
            }
            painter.setFont(m_font);
        }
        if (row == m_current && hasFocus()) {
            QPen pen(pal.color(QPalette::Highlight));
            pen.setStyle(Qt::DotLine);
            painter.setPen(pen);
            painter.drawRect(rowRect.adjusted(0, 0, -1, -1));
        }
    }
}

void LogTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
    if (m_follow)
        scrollToBottom();
}

void LogTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setLogFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void LogTextView::keyPressEvent(QKeyEvent *event)
{
    const qsizetype rows = rowCount();
    if (rows == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    const qsizetype current = m_current < 0 ? firstVisibleRow() : m_current;
    qsizetype target = -1;
    switch (event->key()) {
    case Qt::Key_Up: target = current - 1; break;
    case Qt::Key_Down: target = current + 1; break;
    case Qt::Key_PageUp: target = current - visibleRowCount(); break;
    case Qt::Key_PageDown: target = current + visibleRowCount(); break;
    case Qt::Key_Home: target = 0; break;
    case Qt::Key_End: target = rows - 1; break;
    case Qt::Key_Escape:
        clearSelection();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    target = bounded(0, target, rows - 1);
    setCurrentRow(target, extend);
    scrollToRow(target);
    setFollow(target == rows - 1);
}

void LogTextView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton || rowCount() == 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setCurrentRow(rowAt(event->position().toPoint().y()), event->modifiers().testFlag(Qt::ShiftModifier));
}

void LogTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!event->buttons().testFlag(Qt::LeftButton) || rowCount() == 0)
        return;
    const int y = event->position().toPoint().y();
    // Dragging past an edge scrolls one row at a time.
    if (y < 0)
        scrollToRow(firstVisibleRow() - 1);
    else if (y >= viewport()->height())
        scrollToRow(firstVisibleRow() + visibleRowCount());
    setCurrentRow(rowAt(qBound(0, y, viewport()->height() - 1)), true);
}

} // namespace Manifold::Ui
