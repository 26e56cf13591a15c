#pragma once

#include "core/dockerfile/diagnostic.h"

#include <QList>
#include <QPlainTextEdit>

namespace Manifold::Ui {

class DockerfileHighlighter;

// The central Dockerfile editor: monospace text, line numbers, syntax colours and the
// diagnostics of the last analysis drawn inline (wavy underline, message and fix as tooltip).
class DockerfileEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DockerfileEditor(QWidget *parent = nullptr);

    DockerfileHighlighter *highlighter() const { return m_highlighter; }

    void setDiagnostics(const QList<Dockerfile::Diagnostic> &diagnostics);
    const QList<Dockerfile::Diagnostic> &diagnostics() const { return m_diagnostics; }
    // The diagnostics whose range covers (line, column), 1-based.
    QList<Dockerfile::Diagnostic> diagnosticsAt(int line, int column) const;

    // 1-based; moves the cursor there and centres it.
    void goToLine(int line, int column = 1);
    // Selects whole lines [first, last] (1-based), e.g. a stage chosen in the graph.
    void selectLines(int first, int last);
    int currentLineNumber() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

signals:
    void cursorLineChanged(int line);
    // Local files dropped on the editor: opened as a project or Dockerfile, not inserted as text.
    void filesDropped(const QStringList &paths);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();

    QWidget *m_lineNumberArea;
    DockerfileHighlighter *m_highlighter;
    QList<Dockerfile::Diagnostic> m_diagnostics;
};

} // namespace Manifold::Ui
