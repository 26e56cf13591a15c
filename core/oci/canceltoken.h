#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>

namespace Manifold::Oci {

// Shared cancellation flag: copies observe the same state. A default-constructed token can
// still be cancelled (it owns its flag), so callers may pass `{}` and keep no handle.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// Progress of a transfer or a job: bytes (or items) done and the total (-1 when unknown).
// May be called from any thread.
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

} // namespace Manifold::Oci
