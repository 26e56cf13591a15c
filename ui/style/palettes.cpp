#include "ui/style/palettes.h"

#include <QApplication>
#include <QStyle>

namespace Manifold::Ui {

namespace {
Theme g_theme = Theme::System;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xea, 0xec, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x0a, 0x69, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x0a, 0x69, 0xda));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcc, 0xd1));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x95, 0x9f));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x22, 0x27, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xd7, 0xdc, 0xe2));
    p.setColor(QPalette::Base, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x21, 0x28));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xd7, 0xdc, 0xe2));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x85, 0x90));
    p.setColor(QPalette::Text, QColor(0xd7, 0xdc, 0xe2));
    p.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xd7, 0xdc, 0xe2));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Light, QColor(0x3d, 0x44, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x3a, 0x42));
    p.setColor(QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Dark, QColor(0x10, 0x14, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return p;
}

void applyTheme(Theme theme)
{
    g_theme = theme;
    switch (theme) {
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Theme::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
}

Theme currentTheme()
{
    return g_theme;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

ViewColors viewColors(const QPalette &palette)
{
    ViewColors c;
    if (isDarkPalette(palette)) {
        c.keyword = QColor(0xff, 0x7b, 0x72);
        c.flag = QColor(0x79, 0xc0, 0xff);
        c.comment = QColor(0x8b, 0x94, 0x9e);
        c.string = QColor(0xa5, 0xd6, 0xff);
        c.variable = QColor(0xff, 0xa6, 0x57);
        c.heredoc = QColor(0x7e, 0xe7, 0x87);
        c.stageName = QColor(0xd2, 0xa8, 0xff);
        c.error = QColor(0xf8, 0x51, 0x49);
        c.warning = QColor(0xd2, 0x99, 0x22);
        c.info = QColor(0x58, 0xa6, 0xff);
        c.nodeFill = QColor(0x2d, 0x33, 0x3b);
        c.nodeBorder = QColor(0x8b, 0x94, 0x9e);
        c.nodeText = QColor(0xe6, 0xed, 0xf3);
        c.prunedFill = QColor(0x1c, 0x21, 0x28);
        c.prunedText = QColor(0x6e, 0x76, 0x81);
        c.lineNumber = QColor(0x6e, 0x76, 0x81);
        c.lineNumberBackground = QColor(0x1c, 0x21, 0x28);
        c.currentLine = QColor(0x23, 0x2a, 0x33);
    } else {
        c.keyword = QColor(0xcf, 0x22, 0x2e);
        c.flag = QColor(0x05, 0x50, 0xae);
        c.comment = QColor(0x6e, 0x77, 0x81);
        c.string = QColor(0x0a, 0x30, 0x69);
        c.variable = QColor(0x95, 0x38, 0x00);
        c.heredoc = QColor(0x11, 0x63, 0x29);
        c.stageName = QColor(0x82, 0x50, 0xdf);
        c.error = QColor(0xcf, 0x22, 0x2e);
        c.warning = QColor(0x9a, 0x67, 0x00);
        c.info = QColor(0x09, 0x69, 0xda);
        c.nodeFill = QColor(0xff, 0xff, 0xff);
        c.nodeBorder = QColor(0x57, 0x60, 0x6a);
        c.nodeText = QColor(0x1f, 0x23, 0x28);
        c.prunedFill = QColor(0xf0, 0xf2, 0xf5);
        c.prunedText = QColor(0x9a, 0xa0, 0xa6);
        c.lineNumber = QColor(0x8c, 0x95, 0x9f);
        c.lineNumberBackground = QColor(0xf6, 0xf8, 0xfa);
        c.currentLine = QColor(0xf3, 0xf6, 0xfa);
    }
    c.queued = QColor(0x8c, 0x95, 0x9f);
    c.running = QColor(0x1f, 0x88, 0xe5);
    c.cached = QColor(0x8e, 0x6c, 0xd8);
    c.done = QColor(0x2d, 0xa4, 0x4e);
    c.failed = QColor(0xe5, 0x48, 0x4d);
    c.edgeFrom = c.nodeBorder;
    c.edgeCopy = QColor(0x1f, 0x88, 0xe5);
    c.edgeMount = QColor(0xbf, 0x87, 0x00);
    c.emulationBadge = QColor(0xd9, 0x73, 0x06);
    return c;
}

} // namespace Manifold::Ui
