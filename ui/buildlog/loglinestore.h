#pragma once

#include "ui/buildlog/ansitext.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace Manifold::Ui {

// Append-only storage for millions of build-log lines, laid out for painting only what is
// visible. Escape sequences are parsed once on append: the text without them goes into large
// UTF-16 chunks (one allocation per ~256k characters, never moved once written), colour spans
// into one shared array, and each line is a 24-byte record pointing into both. Lines also get
// indexed per platform so a platform tab is a list of line numbers, not a copy.
class LogLineStore
{
public:
    static constexpr int AllPlatforms = -1;
    static constexpr qsizetype ChunkChars = 1 << 18;
    static constexpr qsizetype RecordsPerBlock = 1 << 16;

    LogLineStore();
    ~LogLineStore();
    LogLineStore(const LogLineStore &) = delete;
    LogLineStore &operator=(const LogLineStore &) = delete;

    // `platform` -1: a line about the whole build (listed under AllPlatforms only).
    void append(QStringView raw, int platform = -1);
    void clear();

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QStringView text(qsizetype line) const;
    std::span<const AnsiSpan> spans(qsizetype line) const;
    int platform(qsizetype line) const { return record(line).platform; }
    // The longest line so far, in characters (for the horizontal scroll range).
    qsizetype longestLine() const { return m_longest; }

    // A view on the lines of one platform (or AllPlatforms): row -> line number.
    qsizetype count(int filter) const;
    qsizetype lineAt(int filter, qsizetype row) const;
    // First row of `filter` at or after `from` (wrapping, or before it when backwards) whose
    // text contains `needle`; -1 if none.
    qsizetype find(int filter, QStringView needle, qsizetype from, bool backwards = false,
                   Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    // Bytes held for the lines (text, spans, records, platform indexes), for the bench.
    qsizetype memoryBytes() const;

private:
    struct Record
    {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint32 firstSpan = 0;
        quint16 spanCount = 0;
        qint16 platform = -1;
        quint32 reserved = 0;
    };
    static_assert(sizeof(Record) == 24);

    const Record &record(qsizetype line) const
    {
        return m_records[size_t(line / RecordsPerBlock)][size_t(line % RecordsPerBlock)];
    }
    QStringView store(QStringView text, quint32 &chunk, quint32 &offset);

    std::vector<std::unique_ptr<Record[]>> m_records;
    std::vector<std::vector<char16_t>> m_chunks;
    std::vector<AnsiSpan> m_spans;
    std::vector<std::vector<quint32>> m_platformLines;
    qsizetype m_size = 0;
    qsizetype m_longest = 0;
};

} // namespace Manifold::Ui
