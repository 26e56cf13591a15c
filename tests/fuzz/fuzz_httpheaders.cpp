// Fuzzes the registry's HTTP header parsers: WWW-Authenticate challenges and Link (pagination).
// Input lines are separate header values, as QNetworkReply may deliver several.
#include "core/registry/authchallenge.h"

#include <cstddef>
#include <cstdint>

using namespace Manifold::Registry;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> values = bytes.split('\n');

    const QList<AuthChallenge> challenges = AuthChallenge::parse(values);
    if (const AuthChallenge *preferred = AuthChallenge::preferred(challenges)) {
        if (!challenges.contains(*preferred))
            __builtin_trap();
        (void)preferred->param(QStringLiteral("realm"));
    }
    for (const AuthChallenge &challenge : challenges)
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it)
            if (it.key() != it.key().toLower())
                __builtin_trap(); // names are documented as lowercased
    (void)LinkHeader::nextTarget(values);
    (void)TokenScope::normalized(QString::fromUtf8(bytes).split(QLatin1Char(' ')));
    return 0;
}
