#pragma once

#include <QStyledItemDelegate>

namespace Manifold::Ui {

// Paints one log line: parses its ANSI colours only now (visible rows only), prefixes the
// platform in the combined view and marks search matches. Every row has the same height so
// the list view can use uniform item sizes.
class BuildLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BuildLogDelegate(QObject *parent = nullptr);

    void setShowPlatform(bool show) { m_showPlatform = show; }
    void setHighlight(const QString &text) { m_highlight = text; }
    void setFont(const QFont &font) { m_font = font; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QFont m_font;
    QString m_highlight;
    bool m_showPlatform = false;
};

} // namespace Manifold::Ui
