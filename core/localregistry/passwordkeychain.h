#pragma once

#include "core/utils/result.h"

#include <QString>

namespace Manifold::LocalRegistry {

// The local registry's password in the system keychain (Secret Service, macOS Keychain,
// Windows Credential Manager through QtKeychain). Never in a plain file: only the bcrypt hash
// is written (htpasswd). Blocking calls with a local event loop; run them off the UI thread.
class PasswordKeychain
{
public:
    static QString service(); // "manifold-local-registry"
    // "user@localhost:5002"
    static QString key(const QString &user, const QString &hostPort);

    static Status store(const QString &user, const QString &hostPort, const QString &password);
    static Result<QString> read(const QString &user, const QString &hostPort);
    static Status remove(const QString &user, const QString &hostPort);
};

} // namespace Manifold::LocalRegistry
