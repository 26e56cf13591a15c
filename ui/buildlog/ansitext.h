#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringView>

namespace Manifold::Ui {

// The text attributes an SGR sequence (ESC [ ... m) can set. Colours are kept as codes and
// resolved against the view's palette when painted, so the same log reads well light or dark.
struct AnsiStyle
{
    // -1: default; 0..255: xterm palette index; >= 0x1000000: 0x1000000 | 0xRRGGBB.
    int foreground = -1;
    int background = -1;
    bool bold = false;
    bool faint = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false;

    bool isDefault() const { return *this == AnsiStyle(); }
    bool operator==(const AnsiStyle &other) const = default;
};

struct AnsiSpan
{
    int start = 0;
    int length = 0;
    AnsiStyle style;
    bool operator==(const AnsiSpan &other) const = default;
};

// One log line with its escape sequences removed and the styled spans they described.
struct AnsiLine
{
    QString text;
    QList<AnsiSpan> spans; // cover `text` without gaps when the line had any SGR
};

// Parses the SGR subset (reset, bold, faint, italic, underline, inverse, 16/256/true colours,
// default colours); other escape sequences are dropped. A carriage return keeps only what
// follows it, as a terminal would show a redrawn progress line.
AnsiLine parseAnsi(QStringView raw);
// The text without escape sequences (fast when there is no ESC).
QString stripAnsi(QStringView raw);
// The colour of an AnsiStyle code; `dark` picks the variant that reads on a dark background.
QColor ansiColor(int code, bool dark);

} // namespace Manifold::Ui
