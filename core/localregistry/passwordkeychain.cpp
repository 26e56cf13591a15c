#include "core/localregistry/passwordkeychain.h"

#include "core/registry/keychainthread.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

#include <optional>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

// Runs a QtKeychain job to completion; nullopt on success.
std::optional<Error> runJob(QKeychain::Job &job, const QString &what, const QString &key)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a plain-file fallback would defeat the point
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return std::nullopt;
    return Error(job.error() == QKeychain::EntryNotFound ? QStringLiteral("localregistry.keychain.not-found")
                                                         : QStringLiteral("localregistry.keychain"),
                 Tr::tr("%1: %2").arg(what, job.errorString()), key,
                 Tr::tr("Unlock or start the system keychain (on Linux a Secret Service such as gnome-keyring)."));
}

} // namespace

QString PasswordKeychain::service()
{
    return QStringLiteral("manifold-local-registry");
}

QString PasswordKeychain::key(const QString &user, const QString &hostPort)
{
    return user + QLatin1Char('@') + hostPort;
}

Status PasswordKeychain::store(const QString &user, const QString &hostPort, const QString &password)
{
    return Registry::KeychainThread::run([&]() -> Status {
        QKeychain::WritePasswordJob job(service());
        job.setKey(key(user, hostPort));
        job.setTextData(password);
        if (std::optional<Error> error = runJob(job, Tr::tr("Cannot store the registry password in the keychain"), job.key()))
            return *error;
        return {};
    });
}

Result<QString> PasswordKeychain::read(const QString &user, const QString &hostPort)
{
    return Registry::KeychainThread::run([&]() -> Result<QString> {
        QKeychain::ReadPasswordJob job(service());
        job.setKey(key(user, hostPort));
        if (std::optional<Error> error = runJob(job, Tr::tr("Cannot read the registry password from the keychain"), job.key()))
            return *error;
        return job.textData();
    });
}

Status PasswordKeychain::remove(const QString &user, const QString &hostPort)
{
    return Registry::KeychainThread::run([&]() -> Status {
        QKeychain::DeletePasswordJob job(service());
        job.setKey(key(user, hostPort));
        if (std::optional<Error> error = runJob(job, Tr::tr("Cannot remove the registry password from the keychain"), job.key()))
            return *error;
        return {};
    });
}

} // namespace Manifold::LocalRegistry
