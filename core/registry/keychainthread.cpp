#include "core/registry/keychainthread.h"

namespace Manifold::Registry {

QThread *KeychainThread::thread()
{
    static QThread *const keychain = [] {
        auto *created = new QThread; // runs until the process exits
        created->setObjectName(QStringLiteral("manifold-keychain"));
        created->start();
        return created;
    }();
    return keychain;
}

QObject *KeychainThread::anchor()
{
    static QObject *const object = [] {
        auto *created = new QObject;
        created->moveToThread(thread());
        return created;
    }();
    return object;
}

} // namespace Manifold::Registry
