#pragma once

// Shared helpers of the registry subcommands (copy, tags, catalog, login, inspect, verify).
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

namespace Manifold::Cli::RegistryCli {

// Option descriptions and notices are defined in registrycli.cpp, where lupdate sees them.
QCommandLineOption insecureOption();
QCommandLineOption caCertOption();
QCommandLineOption plainHttpCredentialsOption();

// The trust and credential options every registry-reading command offers.
inline QList<QCommandLineOption> trustOptions()
{
    return {insecureOption(), caCertOption(), plainHttpCredentialsOption()};
}

inline Registry::RegistryConfig configFrom(const QCommandLineParser &parser)
{
    Registry::RegistryConfig config = Registry::RegistryConfig::fromEnvironment();
    // Only options this command defined and the user gave are read (values() warns otherwise).
    const QStringList given = parser.optionNames();
    if (given.contains(QStringLiteral("insecure")))
        config.insecureRegistries += parser.values(QStringLiteral("insecure"));
    if (given.contains(QStringLiteral("allow-plain-http-credentials")))
        config.plainHttpCredentialRegistries += parser.values(QStringLiteral("allow-plain-http-credentials"));
    if (given.contains(QStringLiteral("ca-cert"))) {
        for (const QString &pair : parser.values(QStringLiteral("ca-cert"))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                config.caCertificateFiles.insert(pair.left(eq), pair.mid(eq + 1));
        }
    }
    return config;
}

// Every registry whose TLS handling differs from the default (verified against the system CAs),
// with where that comes from: JSON outputs carry it as "tlsExceptions" so that relaxed
// verification is never silent, whether it came from a flag or the environment.
inline QJsonArray tlsExceptionsJson(const Registry::RegistryConfig &config)
{
    const QStringList fromEnvironment = Registry::RegistryConfig::hostsFromEnvironment("MANIFOLD_INSECURE_REGISTRIES");
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
void printTlsExceptions(QTextStream &err, const Registry::RegistryConfig &config);

// Prints errors as JSON with --json, else as text; returns the exit code.
inline int fail(Streams streams, const QString &command, const Error &error, bool json, int code = ExitFindings)
{
    if (json)
        printJson(streams.out, errorToJson(error));
    printError(streams.err, command, error);
    return code;
}

// What results read over plain HTTP say about it (loopback, or a registry marked insecure).
QString plainHttpNotice(const QString &domain);

// "transport" ("http" / "https"), "plainHttp" and, over plain HTTP, the notice in "warnings".
inline void addTransport(QJsonObject &object, bool plainHttp, const QString &domain)
{
    object.insert(QStringLiteral("plainHttp"), plainHttp);
    object.insert(QStringLiteral("transport"), plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    if (plainHttp) {
        QJsonArray warnings = object.value(QStringLiteral("warnings")).toArray();
        warnings.append(plainHttpNotice(domain));
        object.insert(QStringLiteral("warnings"), warnings);
    }
}

// A name listing (tags of a repository, repositories of a registry): --json, --page-size and
// the trust options, one positional argument, and the output either way.
class Listing
{
public:
    Listing(const QString &summary, const QString &argument, const QString &example, const QString &pageSizeHelp);

    // The single positional argument, or nullopt with `exitCode` set (usage printed).
    std::optional<QString> parse(const QString &command, const QStringList &arguments, Streams streams,
                                 const QString &usageMessage, const QString &usageHint, int &exitCode)
    {
        exitCode = ExitOk;
        if (!parseArguments(m_parser, arguments, streams, exitCode))
            return std::nullopt;
        if (m_parser.positionalArguments().size() != 1) {
            printError(streams.err, command, Error(QStringLiteral("cli.usage"), usageMessage, {}, usageHint));
            exitCode = ExitUsage;
            return std::nullopt;
        }
        printTlsExceptions(streams.err, configFrom(m_parser));
        return m_parser.positionalArguments().constFirst();
    }

    bool json() const { return m_parser.isSet(m_json); }
    int pageSize() const { return m_parser.value(m_pageSize).toInt(); }
    std::shared_ptr<Registry::RegistrySession> session() const
    {
        return std::make_shared<Registry::RegistrySession>(configFrom(m_parser));
    }

    // One name per line on stdout (the plain-HTTP notice on stderr, so scripts read clean
    // names), or one JSON object {nameKey: name, listKey: [...], transport…}.
    int print(Streams streams, const Registry::RegistryClient &client, const QString &nameKey, const QString &name,
              const QString &listKey, const QStringList &items) const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_json;
    QCommandLineOption m_pageSize;
};

} // namespace Manifold::Cli::RegistryCli
