#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <optional>
#include <type_traits>

namespace Manifold::Registry {

// QtKeychain queues every job through one object that lives in the thread which used it first,
// and finishes jobs there: jobs started from several threads (the UI thread, pool threads that
// push, a wizard's worker) would be touched after their callers destroyed them. So every
// keychain job of the process runs on this one thread, whoever asks; run() blocks until done.
class KeychainThread
{
public:
    template<typename Work>
    static auto run(Work work) -> decltype(work())
    {
        if (QThread::currentThread() == thread())
            return work();
        if constexpr (std::is_void_v<decltype(work())>) {
            QMetaObject::invokeMethod(anchor(), work, Qt::BlockingQueuedConnection);
        } else {
            std::optional<decltype(work())> result;
            QMetaObject::invokeMethod(anchor(), [&result, &work] { result.emplace(work()); },
                                      Qt::BlockingQueuedConnection);
            return std::move(*result);
        }
    }

private:
    static QThread *thread();
    static QObject *anchor();
};

} // namespace Manifold::Registry
