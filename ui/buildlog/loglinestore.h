#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace Manifold::Ui {

// Append-only storage for millions of log lines. Lines live in fixed-size chunks so growing
// never moves (or copies) what is already stored, and lookups stay O(1).
class LogLineStore
{
public:
    struct Line
    {
        QString text; // raw, escape sequences kept (parsed only when painted)
        int platform = -1; // index into the log's platform list; -1: the whole build
    };

    static constexpr int ChunkSize = 16384;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const Line &at(qsizetype row) const { return m_chunks[size_t(row / ChunkSize)][size_t(row % ChunkSize)]; }
    void append(Line line);
    void clear();

private:
    std::vector<std::vector<Line>> m_chunks;
    qsizetype m_size = 0;
};

} // namespace Manifold::Ui
