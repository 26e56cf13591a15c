#include "ui/buildlog/loglinestore.h"

#include <algorithm>
#include <limits>

namespace Manifold::Ui {


LogLineStore::LogLineStore() = default;
LogLineStore::~LogLineStore() = default;

QStringView LogLineStore::store(QStringView text, quint32 &chunk, quint32 &offset)
{
    const qsizetype length = text.size();
    if (m_chunks.empty() || qsizetype(m_chunks.back().capacity() - m_chunks.back().size()) < length) {
        // A new chunk instead of growing one: what is stored never moves.
        m_chunks.emplace_back();
        m_chunks.back().reserve(size_t(std::max(ChunkChars, length)));
    }
    std::vector<char16_t> &target = m_chunks.back();
    chunk = quint32(m_chunks.size() - 1);
    offset = quint32(target.size());
    const char16_t *begin = text.utf16();
    target.insert(target.end(), begin, begin + length);
    return QStringView(target.data() + offset, length);
}

void LogLineStore::append(QStringView raw, int platform)
{
    Record record;
    record.platform = qint16(qBound(-1, platform, int(std::numeric_limits<qint16>::max())));
    // Most lines carry no escape or carriage return: store them as they are.
    const bool plain = !raw.contains(QChar(0x1b)) && !raw.contains(QLatin1Char('\r'));
    if (plain) {
        store(raw, record.chunk, record.offset);
        record.length = quint32(raw.size());
    } else {
        const AnsiLine parsed = parseAnsi(raw);
        store(parsed.text, record.chunk, record.offset);
        record.length = quint32(parsed.text.size());
        record.firstSpan = quint32(m_spans.size());
        record.spanCount = quint16(std::min<qsizetype>(parsed.spans.size(), std::numeric_limits<quint16>::max()));
        m_spans.insert(m_spans.end(), parsed.spans.begin(), parsed.spans.begin() + record.spanCount);
    }
    m_longest = std::max<qsizetype>(m_longest, record.length);

    if (m_size % RecordsPerBlock == 0)
        m_records.emplace_back(std::make_unique<Record[]>(size_t(RecordsPerBlock)));
    m_records.back()[size_t(m_size % RecordsPerBlock)] = record;
    if (record.platform >= 0) {
        if (size_t(record.platform) >= m_platformLines.size())
            m_platformLines.resize(size_t(record.platform) + 1);
        m_platformLines[size_t(record.platform)].push_back(quint32(m_size));
    }
    ++m_size;
}

void LogLineStore::clear()
{
    m_records.clear();
    m_chunks.clear();
    m_spans.clear();
    m_platformLines.clear();
    m_size = 0;
    m_longest = 0;
}

QStringView LogLineStore::text(qsizetype line) const
{
    if (line < 0 || line >= m_size)
        return {};
    const Record &r = record(line);
    return QStringView(m_chunks[r.chunk].data() + r.offset, qsizetype(r.length));
}

std::span<const AnsiSpan> LogLineStore::spans(qsizetype line) const
{
    if (line < 0 || line >= m_size)
        return {};
    const Record &r = record(line);
    return std::span<const AnsiSpan>(m_spans.data() + r.firstSpan, r.spanCount);
}

qsizetype LogLineStore::count(int filter) const
{
    if (filter < 0)
        return m_size;
    return size_t(filter) < m_platformLines.size() ? qsizetype(m_platformLines[size_t(filter)].size()) : 0;
}

qsizetype LogLineStore::lineAt(int filter, qsizetype row) const
{
    if (row < 0 || row >= count(filter))
        return -1;
    return filter < 0 ? row : qsizetype(m_platformLines[size_t(filter)][size_t(row)]);
}

qsizetype LogLineStore::find(int filter, QStringView needle, qsizetype from, bool backwards, Qt::CaseSensitivity cs) const
{
    const qsizetype rows = count(filter);
    if (needle.isEmpty() || rows == 0)
        return -1;
    from = std::clamp<qsizetype>(from, 0, rows - 1);
    for (qsizetype n = 0; n < rows; ++n) {
        const qsizetype row = backwards ? (from - n + rows) % rows : (from + n) % rows;
        if (text(lineAt(filter, row)).contains(needle, cs))
            return row;
    }
    return -1;
}

qsizetype LogLineStore::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_records.size()) * RecordsPerBlock * qsizetype(sizeof(Record));
    for (const std::vector<char16_t> &chunk : m_chunks)
        bytes += qsizetype(chunk.capacity() * sizeof(char16_t));
    bytes += qsizetype(m_spans.capacity() * sizeof(AnsiSpan));
    for (const std::vector<quint32> &lines : m_platformLines)
        bytes += qsizetype(lines.capacity() * sizeof(quint32));
    return bytes;
}

} // namespace Manifold::Ui
