#include "core/localregistry/htpasswdfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <crypt.h>

#include <memory>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

QByteArray bcrypt(const QByteArray &password, const QByteArray &setting)
{
    auto data = std::make_unique<crypt_data>(); // ~32 KiB: not on the stack
    const char *hash = crypt_r(password.constData(), setting.constData(), data.get());
    if (!hash || hash[0] == '*') // libxcrypt's failure token
        return {};
    return QByteArray(hash);
}

} // namespace

Result<QByteArray> HtpasswdFile::hashLine(const QString &user, const QString &password, int cost)
{
    if (user.isEmpty() || user.contains(QLatin1Char(':')) || user.contains(QLatin1Char('\n')))
        return Error(QStringLiteral("localregistry.htpasswd.user"),
                     Tr::tr("The user name \"%1\" cannot be used for htpasswd auth").arg(user), {},
                     Tr::tr("Use a non-empty name without ':' or line breaks."));
    if (password.isEmpty())
        return Error(QStringLiteral("localregistry.htpasswd.password"), Tr::tr("The registry password is empty"), {},
                     Tr::tr("Give a password (bcrypt hashes at most its first 72 bytes)."));
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2y$", static_cast<unsigned long>(cost), nullptr, 0, setting, sizeof setting))
        return Error(QStringLiteral("localregistry.htpasswd.salt"),
                     Tr::tr("libcrypt cannot make a bcrypt ($2y$) salt"), {},
                     Tr::tr("Install libxcrypt (Debian: libcrypt1), which supports bcrypt."));
    const QByteArray hash = bcrypt(password.toUtf8(), setting);
    if (hash.isEmpty())
        return Error(QStringLiteral("localregistry.htpasswd.hash"), Tr::tr("libcrypt cannot hash the password with bcrypt"));
    return QByteArray(user.toUtf8() + ':' + hash);
}

bool HtpasswdFile::matches(const QByteArray &line, const QString &password)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return false;
    const QByteArray stored = line.mid(colon + 1).trimmed();
    return !stored.isEmpty() && bcrypt(password.toUtf8(), stored) == stored;
}

Status HtpasswdFile::write(const QString &path, const QString &user, const QString &password, int cost)
{
    Result<QByteArray> line = hashLine(user, password, cost);
    if (!line)
        return line.error();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(*line + '\n') < 0 || !file.commit())
        return Error(QStringLiteral("localregistry.htpasswd.write"), Tr::tr("Cannot write the htpasswd file"), path,
                     file.errorString());
    return {};
}

} // namespace Manifold::LocalRegistry
