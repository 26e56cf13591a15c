#include "core/dockerfile/parser/sourcetext.h"

#include "core/dockerfile/parser/gotext.h"

#include <cstring>

namespace Manifold::Dockerfile {

SourceText::SourceText(const QByteArray &source) : m_bytes(source)
{
    const char *data = m_bytes.constData();
    const int size = int(m_bytes.size());
    int begin = 0;
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        begin = 3;
    m_lines.reserve(size / 32 + 1);
    while (begin < size) {
        const void *newline = std::memchr(data + begin, '\n', size_t(size - begin));
        const int end = newline ? int(static_cast<const char *>(newline) - data) + 1 : size;
        int contentEnd = end;
        while (contentEnd > begin && (data[contentEnd - 1] == '\n' || data[contentEnd - 1] == '\r'))
            --contentEnd;
        bool ascii = true;
        for (int i = begin; i < contentEnd; ++i) {
            if (static_cast<unsigned char>(data[i]) >= 0x80) {
                ascii = false;
                break;
            }
        }
        m_lines.append(Line{begin, contentEnd, end, ascii});
        begin = end;
    }
}

SourcePosition SourceText::position(int number, int byteInLine) const
{
    if (number < 1 || number > lineCount())
        return SourcePosition{qMax(number, 1), 1};
    const Line &l = line(number);
    if (l.ascii)
        return SourcePosition{number, 1 + byteInLine};
    return SourcePosition{number, 1 + GoText::utf16Length(data(), l.begin, l.begin + byteInLine)};
}

SourcePosition SourceText::lineEnd(int number) const
{
    if (number < 1 || number > lineCount())
        return SourcePosition{qMax(number, 1), 1};
    const Line &l = line(number);
    return position(number, l.contentEnd - l.begin);
}

SourceRange SourceText::lineRange(int number) const
{
    return SourceRange{SourcePosition{qMax(number, 1), 1}, lineEnd(number)};
}

void LogicalLine::clear()
{
    m_text.resize(0);
    m_segments.resize(0);
    m_origin = Segment{0, 0, 0};
}

void LogicalLine::append(int lineNumber, int byteInLine, int length)
{
    if (m_origin.lineNumber == 0)
        m_origin = Segment{0, lineNumber, byteInLine};
    if (length <= 0)
        return;
    m_segments.append(Segment{int(m_text.size()), lineNumber, byteInLine});
    m_text.append(m_source->data() + m_source->line(lineNumber).begin + byteInLine, length);
}

const LogicalLine::Segment &LogicalLine::segmentFor(int offset) const
{
    // Few segments per instruction: a backwards scan beats a binary search here.
    for (qsizetype i = m_segments.size() - 1; i > 0; --i) {
        if (m_segments.at(i).offset <= offset)
            return m_segments.at(i);
    }
    return m_segments.first();
}

SourcePosition LogicalLine::startPosition(int offset) const
{
    if (m_segments.isEmpty())
        return m_origin.lineNumber > 0 ? m_source->position(m_origin.lineNumber, m_origin.byteInLine)
                                       : SourcePosition{};
    if (offset >= size() && size() > 0)
        return endPosition(size());
    const Segment &segment = segmentFor(offset);
    return m_source->position(segment.lineNumber, segment.byteInLine + offset - segment.offset);
}

SourcePosition LogicalLine::endPosition(int offset) const
{
    if (m_segments.isEmpty())
        return startPosition(0);
    if (offset <= 0)
        return startPosition(0);
    const Segment &segment = segmentFor(offset - 1);
    return m_source->position(segment.lineNumber, segment.byteInLine + offset - segment.offset);
}

SourceRange LogicalLine::range(int begin, int end) const
{
    if (end <= begin) {
        const SourcePosition at = startPosition(begin);
        return SourceRange{at, at};
    }
    return SourceRange{startPosition(begin), endPosition(end)};
}

} // namespace Manifold::Dockerfile
