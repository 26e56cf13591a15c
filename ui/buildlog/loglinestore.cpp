#include "ui/buildlog/loglinestore.h"

namespace Manifold::Ui {

void LogLineStore::append(Line line)
{
    if (m_chunks.empty() || m_chunks.back().size() == size_t(ChunkSize)) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(ChunkSize);
    }
    m_chunks.back().push_back(std::move(line));
    ++m_size;
}

void LogLineStore::clear()
{
    m_chunks.clear();
    m_size = 0;
}

} // namespace Manifold::Ui
