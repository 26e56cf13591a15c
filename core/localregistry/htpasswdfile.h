#pragma once

#include "core/utils/result.h"

#include <QByteArray>
#include <QString>

namespace Manifold::LocalRegistry {

// The registry's htpasswd file: one "user:$2y$..." bcrypt line (distribution accepts bcrypt
// only). The password itself is never written; it goes to the keychain (PasswordKeychain).
class HtpasswdFile
{
public:
    // "user:$2y$<cost>$..." hashed with libcrypt's crypt_gensalt/crypt.
    static Result<QByteArray> hashLine(const QString &user, const QString &password, int cost = 10);
    // True when `password` matches `line`'s hash.
    static bool matches(const QByteArray &line, const QString &password);
    // Writes the file (mode 0600), replacing any previous content atomically.
    static Status write(const QString &path, const QString &user, const QString &password, int cost = 10);
};

} // namespace Manifold::LocalRegistry
