#include "ui/inspector/registrysessions.h"

#include <QMutex>

namespace Manifold::Ui {

std::shared_ptr<Registry::RegistrySession> sharedRegistrySession()
{
    static QMutex mutex;
    static std::shared_ptr<Registry::RegistrySession> session;
    QMutexLocker locker(&mutex);
    if (!session)
        session = std::make_shared<Registry::RegistrySession>(Registry::RegistryConfig::fromEnvironment());
    return session;
}

} // namespace Manifold::Ui
