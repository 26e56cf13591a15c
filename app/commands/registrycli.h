#pragma once

// Shared helpers of the registry subcommands (copy, tags, catalog, login).
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/registry/registrysession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QMutex>

namespace Manifold::Cli::RegistryCli {

inline QCommandLineOption insecureOption()
{
    return QCommandLineOption(QStringLiteral("insecure"),
                              QStringLiteral("Allow plain HTTP and unverified TLS for the registry HOST[:PORT] "
                                             "(repeatable). Loopback registries may use HTTP without it."),
                              QStringLiteral("host"));
}

inline QCommandLineOption caCertOption()
{
    return QCommandLineOption(QStringLiteral("ca-cert"),
                              QStringLiteral("Trust the CA certificates in FILE for HOST (HOST=FILE, repeatable)."),
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

struct TrustTr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::RegistryCli)
};

// Hosts listed in MANIFOLD_INSECURE_REGISTRIES (RegistryConfig::fromEnvironment reads the same).
inline QStringList environmentInsecureRegistries()
{
    QStringList hosts;
    for (const QString &host : qEnvironmentVariable("MANIFOLD_INSECURE_REGISTRIES").split(QLatin1Char(','), Qt::SkipEmptyParts))
        hosts << host.trimmed();
    return hosts;
}

// Every registry whose TLS handling differs from the default (verified against the system CAs),
// with where that comes from: JSON outputs carry it as "tlsExceptions" so that relaxed
// verification is never silent, whether it came from a flag or the environment.
inline QJsonArray tlsExceptionsJson(const Registry::RegistryConfig &config)
{
    const QStringList fromEnvironment = environmentInsecureRegistries();
    QJsonArray list;
    QStringList seen;
    for (const QString &host : config.insecureRegistries) {
        if (seen.contains(host, Qt::CaseInsensitive))
            continue;
        seen << host;
        list.append(QJsonObject{{QStringLiteral("host"), host},
                                {QStringLiteral("tlsVerify"), false},
                                {QStringLiteral("plainHttpAllowed"), true},
                                {QStringLiteral("source"), fromEnvironment.contains(host, Qt::CaseInsensitive)
                                                               ? QStringLiteral("MANIFOLD_INSECURE_REGISTRIES")
                                                               : QStringLiteral("command line")}});
    }
    for (auto it = config.caCertificateFiles.cbegin(); it != config.caCertificateFiles.cend(); ++it)
        list.append(QJsonObject{{QStringLiteral("host"), it.key()},
                                {QStringLiteral("tlsVerify"), true},
                                {QStringLiteral("caCertificate"), it.value()},
                                {QStringLiteral("source"), QStringLiteral("--ca-cert")}});
    return list;
}

// The same on stderr for people: one line per registry, printed before the command talks to it.
inline void printTlsExceptions(QTextStream &err, const Registry::RegistryConfig &config)
{
    for (const QJsonValue &value : tlsExceptionsJson(config)) {
        const QJsonObject entry = value.toObject();
        const QString host = entry.value(QStringLiteral("host")).toString();
        if (entry.value(QStringLiteral("tlsVerify")).toBool())
            err << "note: " << TrustTr::tr("TLS certificates of %1 are verified against %2 (--ca-cert).")
                                   .arg(host, entry.value(QStringLiteral("caCertificate")).toString()) << '\n';
        else
            err << "warning: " << TrustTr::tr("TLS certificates of %1 are NOT verified and plain HTTP is allowed (%2).")
                                      .arg(host, entry.value(QStringLiteral("source")).toString()) << '\n';
    }
    err.flush();
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
