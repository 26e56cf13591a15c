#pragma once

#include "core/dockerfile/sourcerange.h"

#include <QByteArray>
#include <QList>

namespace Manifold::Dockerfile {

// The physical lines of a Dockerfile and the mapping from byte offsets to (line, column).
class SourceText
{
public:
    struct Line
    {
        int begin = 0;      // first byte (after a UTF-8 BOM on line 1)
        int contentEnd = 0; // end without the trailing "\r\n" run (Go's trimNewline)
        int end = 0;        // end including the newline
        bool ascii = true;  // columns are byte offsets + 1
    };

    explicit SourceText(const QByteArray &source);

    const QByteArray &bytes() const { return m_bytes; }
    const char *data() const { return m_bytes.constData(); }
    int lineCount() const { return int(m_lines.size()); }
    const Line &line(int number) const { return m_lines.at(number - 1); } // 1-based

    // Position of byte `byteInLine` of line `number` (1-based line and column, UTF-16 columns).
    SourcePosition position(int number, int byteInLine) const;
    SourcePosition lineEnd(int number) const;
    SourceRange lineRange(int number) const;

private:
    QByteArray m_bytes;
    QList<Line> m_lines;
};

// One instruction's text with its continuation lines joined, as BuildKit sees it, plus where
// every byte came from so that ranges point back into the file.
class LogicalLine
{
public:
    explicit LogicalLine(const SourceText &source) : m_source(&source) {}

    void clear(); // keeps the buffers' capacity: one LogicalLine serves a whole file
    void append(int lineNumber, int byteInLine, int length);
    const QByteArray &text() const { return m_text; }
    const char *data() const { return m_text.constData(); }
    int size() const { return int(m_text.size()); }

    SourcePosition startPosition(int offset) const;
    SourcePosition endPosition(int offset) const; // one past the byte before `offset`
    SourceRange range(int begin, int end) const;

private:
    struct Segment
    {
        int offset;     // in m_text
        int lineNumber;
        int byteInLine;
    };
    const Segment &segmentFor(int offset) const;

    const SourceText *m_source;
    QByteArray m_text;
    QList<Segment> m_segments;
    Segment m_origin{0, 0, 0}; // where the line started, for positions in an empty line
};

} // namespace Manifold::Dockerfile
