#include "ui/editor/dockerfileeditor.h"

#include "ui/editor/dockerfilehighlighter.h"
#include "ui/style/palettes.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <limits>

namespace Manifold::Ui {

namespace {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(DockerfileEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("lineNumberArea"));
    }
    QSize sizeHint() const override { return QSize(m_editor->lineNumberAreaWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    DockerfileEditor *m_editor;
};

// Absolute document position of a 1-based (line, column), clamped into the document.
int positionOf(QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(qBound(0, line - 1, document->blockCount() - 1));
    return block.position() + qBound(0, column - 1, qMax(0, block.length() - 1));
}

} // namespace

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_highlighter(new DockerfileHighlighter(document()))
{
    setObjectName(QStringLiteral("dockerfileEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &DockerfileEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &DockerfileEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        emit cursorLineChanged(currentLineNumber());
    });
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

int DockerfileEditor::lineNumberAreaWidth() const
{
    int digits = 2;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void DockerfileEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void DockerfileEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void DockerfileEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void DockerfileEditor::paintLineNumbers(QPaintEvent *event)
{
    const ViewColors colors = viewColors(palette());
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), colors.lineNumberBackground);
    painter.setFont(font());

    // Lines with an error or warning get a coloured marker in the gutter.
    QHash<int, Dockerfile::Severity> worst;
    for (const Dockerfile::Diagnostic &d : m_diagnostics) {
        if (!d.range.isValid())
            continue;
        auto it = worst.find(d.range.start.line);
        if (it == worst.end() || static_cast<int>(d.severity) < static_cast<int>(*it))
            worst.insert(d.range.start.line, d.severity);
    }

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            if (worst.contains(line)) {
                const Dockerfile::Severity s = worst.value(line);
                painter.fillRect(0, top, 3, bottom - top,
                                 s == Dockerfile::Severity::Error     ? colors.error
                                 : s == Dockerfile::Severity::Warning ? colors.warning
                                                                      : colors.info);
            }
            painter.setPen(block.blockNumber() == current ? palette().color(QPalette::Text) : colors.lineNumber);
            painter.drawText(0, top, m_lineNumberArea->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void DockerfileEditor::setDiagnostics(const QList<Dockerfile::Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    updateExtraSelections();
    m_lineNumberArea->update();
}

QList<Dockerfile::Diagnostic> DockerfileEditor::diagnosticsAt(int line, int column) const
{
    const auto before = [](int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 < c2); };
    QList<Dockerfile::Diagnostic> found;
    for (const Dockerfile::Diagnostic &d : m_diagnostics) {
        if (!d.range.isValid())
            continue;
        const int startLine = d.range.start.line;
        const int startColumn = d.range.start.column;
        int endLine = d.range.end.line;
        int endColumn = d.range.end.column;
        // An empty or missing end covers the rest of the start line, as drawn.
        if (!d.range.end.isValid() || !before(startLine, startColumn, endLine, endColumn)) {
            endLine = startLine;
            endColumn = std::numeric_limits<int>::max();
        }
        if (!before(line, column, startLine, startColumn) && before(line, column, endLine, endColumn))
            found << d;
    }
    return found;
}

void DockerfileEditor::updateExtraSelections()
{
    const ViewColors colors = viewColors(palette());
    QList<QTextEdit::ExtraSelection> selections;

    QTextEdit::ExtraSelection current;
    current.format.setBackground(colors.currentLine);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections << current;

    for (const Dockerfile::Diagnostic &d : m_diagnostics) {
        if (!d.range.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(d.severity == Dockerfile::Severity::Error     ? colors.error
                                           : d.severity == Dockerfile::Severity::Warning ? colors.warning
                                                                                         : colors.info);
        selection.format.setToolTip(d.fix.isEmpty() ? d.message : d.message + QLatin1Char('\n') + d.fix);
        QTextCursor cursor(document());
        const int start = positionOf(document(), d.range.start.line, d.range.start.column);
        int end = d.range.end.isValid() ? positionOf(document(), d.range.end.line, d.range.end.column) : start;
        if (end <= start) {
            // An empty range underlines the rest of the line so it stays visible.
            const QTextBlock block = document()->findBlock(start);
            end = block.position() + qMax(1, block.length() - 1);
        }
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selections << selection;
    }
    setExtraSelections(selections);
}

bool DockerfileEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const QList<Dockerfile::Diagnostic> here =
            diagnosticsAt(cursor.blockNumber() + 1, cursor.positionInBlock() + 1);
        if (here.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList lines;
        for (const Dockerfile::Diagnostic &d : here) {
            QString text = QStringLiteral("<b>%1</b> %2").arg(d.id.toHtmlEscaped(), d.message.toHtmlEscaped());
            if (!d.fix.isEmpty())
                text += QStringLiteral("<br><i>%1</i>").arg(d.fix.toHtmlEscaped());
            lines << text;
        }
        QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<hr>")), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void DockerfileEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setColors(viewColors(palette()));
        updateExtraSelections();
    }
}

bool DockerfileEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void DockerfileEditor::insertFromMimeData(const QMimeData *source)
{
    QStringList paths;
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        emit filesDropped(paths);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void DockerfileEditor::goToLine(int line, int column)
{
    QTextCursor cursor(document());
    cursor.setPosition(positionOf(document(), line, column));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void DockerfileEditor::selectLines(int first, int last)
{
    if (first <= 0)
        return;
    last = qMax(first, last);
    QTextCursor cursor(document());
    cursor.setPosition(positionOf(document(), first, 1));
    const QTextBlock lastBlock = document()->findBlockByNumber(qMin(last, blockCount()) - 1);
    cursor.setPosition(lastBlock.position() + qMax(0, lastBlock.length() - 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

int DockerfileEditor::currentLineNumber() const
{
    return textCursor().blockNumber() + 1;
}

} // namespace Manifold::Ui
