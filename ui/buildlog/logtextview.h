#pragma once

#include <QAbstractScrollArea>
#include <QFont>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace Manifold::Ui {

class LogLineStore;

// Paints the lines of a LogLineStore, one platform or all of them, drawing only the rows in
// the viewport, so the cost of a frame does not depend on how many lines the log holds. New
// lines are announced with linesAppended(); the scroll range and the viewport catch up once
// per frame, however many lines arrived. Selection is by whole lines (a log is copied in
// lines); the current line moves with the keyboard.
class LogTextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogTextView(const LogLineStore *store, QWidget *parent = nullptr);

    // LogLineStore::AllPlatforms or a platform index.
    void setFilter(int filter);
    int filter() const { return m_filter; }
    // Prefix each line with its platform name (the "All" view).
    void setPlatformNames(const QStringList &names) { m_platformNames = names; }
    void setShowPlatform(bool show);
    void setHighlight(const QString &text);
    QString highlight() const { return m_highlight; }
    void setLogFont(const QFont &font);

    // Rows of the current filter.
    qsizetype rowCount() const;
    qsizetype currentRow() const { return m_current; }
    void setCurrentRow(qsizetype row, bool extendSelection = false);
    bool isRowSelected(qsizetype row) const;
    qsizetype selectionStart() const { return std::min(m_anchor, m_current); }
    qsizetype selectionEnd() const { return std::max(m_anchor, m_current); }
    bool hasSelection() const { return m_current >= 0 && m_anchor >= 0; }
    void selectAll();
    void clearSelection();
    // The selected lines as plain text, with platform prefixes in the "All" view.
    QString selectedText() const;
    // The plain text of one row, as copied.
    QString rowText(qsizetype row) const;

    qsizetype firstVisibleRow() const;
    int visibleRowCount() const;
    bool isRowVisible(qsizetype row) const;
    void scrollToRow(qsizetype row, bool center = false);
    void scrollToBottom();

    bool follow() const { return m_follow; }
    void setFollow(bool follow);
    // Applies pending appends to the scroll range and the viewport now.
    void catchUp();
    int frameUpdates() const { return m_frameUpdates; }

public slots:
    // The store grew; the view updates on the next frame.
    void linesAppended();
    // The store was cleared or the platform set changed.
    void reset();

signals:
    void followChanged(bool follow);
    void currentRowChanged(qsizetype row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    int lineHeight() const;
    int prefixWidth() const;
    qsizetype rowAt(int y) const;
    void updateScrollRange();
    void onUserScroll();

    const LogLineStore *m_store;
    int m_filter = -1;
    QStringList m_platformNames;
    bool m_showPlatform = false;
    QString m_highlight;
    QFont m_font;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    qsizetype m_current = -1;
    qsizetype m_anchor = -1;
    bool m_follow = true;
    bool m_programmaticScroll = false;
    QTimer m_frame;
    int m_frameUpdates = 0;
};

} // namespace Manifold::Ui
