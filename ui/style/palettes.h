#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Manifold::Ui {

enum class Theme { System, Light, Dark };

QPalette lightPalette();
QPalette darkPalette();
// Applies the theme to the application (System: the style's standard palette).
void applyTheme(Theme theme);
Theme currentTheme();
bool isDarkPalette(const QPalette &palette);

QString themeName(Theme theme);
Theme themeFromName(const QString &name);

// Colours the views share so they stay readable in both palettes.
struct ViewColors
{
    QColor keyword, flag, comment, string, variable, heredoc, stageName;
    QColor error, warning, info;
    QColor nodeFill, nodeBorder, nodeText, prunedFill, prunedText;
    QColor queued, running, cached, done, failed;
    QColor edgeFrom, edgeCopy, edgeMount, emulationBadge;
    QColor lineNumber, lineNumberBackground, currentLine;
};
ViewColors viewColors(const QPalette &palette);

} // namespace Manifold::Ui
