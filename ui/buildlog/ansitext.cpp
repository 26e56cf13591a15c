#include "ui/buildlog/ansitext.h"

#include <QVarLengthArray>

namespace Manifold::Ui {

namespace {

constexpr QChar Escape(0x1b);
constexpr int TrueColorFlag = 0x1000000;

QStringView afterLastCarriageReturn(QStringView raw)
{
    // "\r\n" endings are not redraws.
    while (raw.endsWith(QLatin1Char('\r')))
        raw.chop(1);
    const qsizetype cr = raw.lastIndexOf(QLatin1Char('\r'));
    return cr < 0 ? raw : raw.mid(cr + 1);
}

void applySgr(AnsiStyle &style, const QVarLengthArray<int, 16> &params)
{
    if (params.isEmpty()) {
        style = AnsiStyle();
        return;
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        const int p = params.at(i);
        if (p == 0) {
            style = AnsiStyle();
        } else if (p == 1) {
            style.bold = true;
        } else if (p == 2) {
            style.faint = true;
        } else if (p == 3) {
            style.italic = true;
        } else if (p == 4) {
            style.underline = true;
        } else if (p == 7) {
            style.inverse = true;
        } else if (p == 22) {
            style.bold = style.faint = false;
        } else if (p == 23) {
            style.italic = false;
        } else if (p == 24) {
            style.underline = false;
        } else if (p == 27) {
            style.inverse = false;
        } else if (p >= 30 && p <= 37) {
            style.foreground = p - 30;
        } else if (p == 39) {
            style.foreground = -1;
        } else if (p >= 40 && p <= 47) {
            style.background = p - 40;
        } else if (p == 49) {
            style.background = -1;
        } else if (p >= 90 && p <= 97) {
            style.foreground = p - 90 + 8;
        } else if (p >= 100 && p <= 107) {
            style.background = p - 100 + 8;
        } else if (p == 38 || p == 48) {
            int color = -2;
            if (i + 2 < params.size() && params.at(i + 1) == 5) {
                color = qBound(0, params.at(i + 2), 255);
                i += 2;
            } else if (i + 4 < params.size() && params.at(i + 1) == 2) {
                color = TrueColorFlag | (qBound(0, params.at(i + 2), 255) << 16)
                        | (qBound(0, params.at(i + 3), 255) << 8) | qBound(0, params.at(i + 4), 255);
                i += 4;
            } else {
                return; // malformed: ignore the rest like terminals do
            }
            (p == 38 ? style.foreground : style.background) = color;
        }
    }
}

} // namespace

QString stripAnsi(QStringView raw)
{
    if (!raw.contains(Escape) && !raw.contains(QLatin1Char('\r')))
        return raw.toString();
    return parseAnsi(raw).text;
}

AnsiLine parseAnsi(QStringView raw)
{
    raw = afterLastCarriageReturn(raw);
    AnsiLine line;
    if (!raw.contains(Escape)) {
        line.text = raw.toString();
        return line;
    }
    line.text.reserve(raw.size());
    AnsiStyle style;
    bool sawSgr = false;
    const auto pushText = [&](QStringView text) {
        if (text.isEmpty())
            return;
        if (!line.spans.isEmpty() && line.spans.last().style == style
            && line.spans.last().start + line.spans.last().length == line.text.size()) {
            line.spans.last().length += int(text.size());
        } else {
            line.spans.append(AnsiSpan{int(line.text.size()), int(text.size()), style});
        }
        line.text.append(text);
    };

    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype esc = raw.indexOf(Escape, i);
        if (esc < 0) {
            pushText(raw.mid(i));
            break;
        }
        pushText(raw.mid(i, esc - i));
        i = esc + 1;
        if (i >= raw.size())
            break;
        if (raw.at(i) == QLatin1Char('[')) {
            // CSI: parameters and intermediates, then a final byte in 0x40..0x7e.
            ++i;
            const qsizetype paramStart = i;
            while (i < raw.size() && !(raw.at(i).unicode() >= 0x40 && raw.at(i).unicode() <= 0x7e))
                ++i;
            if (i >= raw.size())
                break;
            if (raw.at(i) == QLatin1Char('m')) {
                // ';' separates parameters; ':' separates sub-parameters (38:5:n), read alike.
                QVarLengthArray<int, 16> params;
                if (i > paramStart) {
                    int value = 0;
                    for (qsizetype k = paramStart; k < i; ++k) {
                        const QChar c = raw.at(k);
                        if (c == QLatin1Char(';') || c == QLatin1Char(':')) {
                            params.append(value);
                            value = 0;
                        } else if (c.isDigit()) {
                            value = qMin(value * 10 + c.digitValue(), 0xffffff);
                        }
                    }
                    params.append(value);
                }
                applySgr(style, params);
                sawSgr = true;
            }
            ++i;
        } else if (raw.at(i) == QLatin1Char(']')) {
            // OSC (titles, hyperlinks): up to BEL or ESC \.
            ++i;
            while (i < raw.size() && raw.at(i) != QChar(0x07)
                   && !(raw.at(i) == Escape && i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('\\')))
                ++i;
            i += (i < raw.size() && raw.at(i) == Escape) ? 2 : 1;
        } else {
            ++i; // a two-character escape
        }
    }
    if (!sawSgr || (line.spans.size() == 1 && line.spans.first().style.isDefault()))
        line.spans.clear();
    return line;
}

QColor ansiColor(int code, bool dark)
{
    if (code >= TrueColorFlag)
        return QColor::fromRgb(QRgb(code & 0xffffff));
    if (code < 0 || code > 255)
        return {};
    if (code < 16) {
        // Tuned for contrast on the studio's light and dark bases.
        static const QRgb light[16] = {0x24292f, 0xcf222e, 0x116329, 0x4d2d00, 0x0969da, 0x8250df, 0x1b7c83, 0x6e7781,
                                       0x57606a, 0xa40e26, 0x1a7f37, 0x633c01, 0x218bff, 0xa475f9, 0x3192aa, 0x8c959f};
        static const QRgb darkColors[16] = {0x484f58, 0xff7b72, 0x3fb950, 0xd29922, 0x58a6ff, 0xbc8cff, 0x39c5cf, 0xb1bac4,
                                            0x6e7681, 0xffa198, 0x56d364, 0xe3b341, 0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xf0f6fc};
        return QColor::fromRgb(dark ? darkColors[code] : light[code]);
    }
    if (code < 232) {
        const int c = code - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(c / 36), level((c / 6) % 6), level(c % 6));
    }
    const int gray = 8 + (code - 232) * 10;
    return QColor(gray, gray, gray);
}

} // namespace Manifold::Ui
