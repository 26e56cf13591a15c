#pragma once

#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace Manifold::Ui {

// Runs `work` on `pool`, off the UI thread, and calls `done(result)` on the thread of `context`
// when it finishes; when `context` is destroyed first, `done` is not called.
template <typename Work, typename Done>
void runInBackground(QObject *context, QThreadPool *pool, Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    auto watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcher<Value>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

// A callback for worker threads: each call hands its argument to `apply` on the thread of
// `context` (queued), and is dropped once `context` is gone.
template <typename Context, typename Apply>
auto postTo(Context *context, Apply apply)
{
    return [self = QPointer<Context>(context), apply = std::move(apply)](auto value) {
        QMetaObject::invokeMethod(self, [self, apply, value] {
            if (self)
                apply(self.data(), value);
        }, Qt::QueuedConnection);
    };
}

} // namespace Manifold::Ui
