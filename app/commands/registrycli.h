#pragma once

// Shared helpers of the registry subcommands (copy, tags, catalog, login).
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/registry/registrysession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMutex>

namespace Manifold::Cli::RegistryCli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::RegistryCli)
};

inline QCommandLineOption insecureOption()
{
    return QCommandLineOption(QStringLiteral("insecure"),
                              Tr::tr("Allow plain HTTP and unverified TLS for the registry HOST[:PORT] "
                                     "(repeatable). Loopback registries may use HTTP without it."),
                              QStringLiteral("host"));
}

inline QCommandLineOption caCertOption()
{
    return QCommandLineOption(QStringLiteral("ca-cert"),
                              Tr::tr("Trust the CA certificates in FILE for HOST (HOST=FILE, repeatable)."),
                              QStringLiteral("host=file"));
}

inline Registry::RegistryConfig configFrom(const QCommandLineParser &parser)
{
    Registry::RegistryConfig config = Registry::RegistryConfig::fromEnvironment();
    config.insecureRegistries += parser.values(QStringLiteral("insecure"));
    for (const QString &pair : parser.values(QStringLiteral("ca-cert"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            config.caCertificateFiles.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return config;
}

// Prints errors as JSON with --json, else as text; returns the exit code.
inline int fail(Streams streams, const QString &command, const Error &error, bool json, int code = ExitFindings)
{
    if (json)
        printJson(streams.out, errorToJson(error));
    printError(streams.err, command, error);
    return code;
}

} // namespace Manifold::Cli::RegistryCli
