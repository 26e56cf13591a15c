#include "app/commands/registrycli.h"
#include "core/registry/credentials.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Manifold::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::LoginCommand)
};

Result<QString> hostArgument(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return Error(QStringLiteral("cli.usage"), Tr::tr("expected one registry host"), {},
                     QStringLiteral("manifold login 127.0.0.1:5000 -u USER --password-stdin"));
    const QString host = parser.positionalArguments().constFirst();
    Result<Registry::ImageReference> probe = Registry::ImageReference::parse(host + QStringLiteral("/x"));
    if (!probe || probe->domain != Registry::ImageReference::parse(host + QStringLiteral("/x"))->domain
        || (probe->domain != host && host != QLatin1String("docker.io")))
        return Error(QStringLiteral("registry.reference.domain"), Tr::tr("\"%1\" is not a registry host").arg(host),
                     host, Tr::tr("Give HOST[:PORT], e.g. ghcr.io or 127.0.0.1:5000."));
    return probe->domain;
}

} // namespace

// `manifold login HOST`: checks the credentials against the registry, then keeps them in the
// OS keychain (never in a plain file).
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::LoginCommand)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override { return tr("Store registry credentials in the OS keychain"); }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("host"), tr("Registry host[:port]."));
        const QCommandLineOption user({QStringLiteral("u"), QStringLiteral("username")}, tr("User name."),
                                      QStringLiteral("user"));
        const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                               tr("Read the password (or token) from standard input."));
        const QCommandLineOption noVerify(QStringLiteral("no-verify"),
                                          tr("Store without checking the credentials against the registry."));
        parser.addOptions({user, passwordStdin, noVerify});
        parser.addOptions(RegistryCli::trustOptions());
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        Result<QString> host = hostArgument(parser);
        if (!host)
            return RegistryCli::fail(streams, name(), host.error(), false, ExitUsage);
        if (!parser.isSet(user) || !parser.isSet(passwordStdin))
            return RegistryCli::fail(streams, name(),
                                     Error(QStringLiteral("cli.usage"), tr("give -u USER and --password-stdin"),
                                           {}, QStringLiteral("echo \"$TOKEN\" | manifold login %1 -u USER --password-stdin").arg(*host)),
                                     false, ExitUsage);
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return RegistryCli::fail(streams, name(), Error(QStringLiteral("cli.stdin"), tr("cannot read standard input")), false);
        QString password = QString::fromUtf8(input.readAll());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (password.isEmpty())
            return RegistryCli::fail(streams, name(), Error(QStringLiteral("cli.password"), tr("the password on standard input is empty")), false, ExitUsage);
        const Registry::Credential credential{parser.value(user), password};

        if (!parser.isSet(noVerify)) {
            Registry::RegistryConfig config = RegistryCli::configFrom(parser);
            config.credentials = std::make_shared<Registry::StaticCredentials>(*host, credential);
            RegistryCli::printTlsExceptions(streams.err, config);
            auto session = std::make_shared<Registry::RegistrySession>(config);
            Registry::RegistryClient client(session, *host);
            // The catalog scope makes token servers check the credentials; /v2/ alone may not.
            if (Status pinged = client.ping(); !pinged)
                return RegistryCli::fail(streams, name(), pinged.error(), false);
        }
        Registry::KeychainCredentials keychain;
        if (Status stored = keychain.store(*host, credential); !stored)
            return RegistryCli::fail(streams, name(), stored.error(), false);
        streams.out << tr("Login succeeded; credentials for %1 are in the OS keychain.").arg(*host) << '\n';
        streams.out.flush();
        return ExitOk;
    }
};

// `manifold logout HOST`: removes the keychain entry.
class LogoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::LogoutCommand)

public:
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override { return tr("Remove registry credentials from the OS keychain"); }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("host"), tr("Registry host[:port]."));
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        Result<QString> host = hostArgument(parser);
        if (!host)
            return RegistryCli::fail(streams, name(), host.error(), false, ExitUsage);
        Registry::KeychainCredentials keychain;
        if (Status erased = keychain.erase(*host); !erased)
            return RegistryCli::fail(streams, name(), erased.error(), false);
        streams.out << tr("Removed credentials for %1.").arg(*host) << '\n';
        streams.out.flush();
        return ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(LoginCommand);
MANIFOLD_REGISTER_COMMAND(LogoutCommand);

} // namespace Manifold::Cli
