#include "app/commands/registrycli.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

#include <QJsonArray>

namespace Manifold::Cli {

// `manifold catalog HOST`: the repositories of a registry (/v2/_catalog, paginated).
class CatalogCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override { return QStringLiteral("List the repositories of a registry"); }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("e.g. 127.0.0.1:5000"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Ask for N names per request."),
                                          QStringLiteral("n"), QStringLiteral("0"));
        parser.addOptions({json, pageSize, RegistryCli::insecureOption(), RegistryCli::caCertOption()});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        if (parser.positionalArguments().size() != 1) {
            printError(streams.err, name(), Error(QStringLiteral("cli.usage"), QStringLiteral("expected one registry host"),
                                                  {}, QStringLiteral("manifold catalog 127.0.0.1:5000")));
            return ExitUsage;
        }
        // Reuse the reference grammar for the host: "HOST/x" must parse with HOST as its domain.
        const QString host = parser.positionalArguments().constFirst();
        Result<Registry::ImageReference> probe = Registry::ImageReference::parse(host + QStringLiteral("/x"));
        if (!probe || probe->domain != host)
            return RegistryCli::fail(streams, name(),
                                     Error(QStringLiteral("registry.reference.domain"),
                                           QStringLiteral("\"%1\" is not a registry host").arg(host), host,
                                           QStringLiteral("Give HOST[:PORT], e.g. 127.0.0.1:5000.")),
                                     parser.isSet(json), ExitUsage);
        const Registry::RegistryConfig config = RegistryCli::configFrom(parser);
        RegistryCli::printTlsExceptions(streams.err, config);
        auto session = std::make_shared<Registry::RegistrySession>(config);
        Registry::RegistryClient client(session, host);
        Result<QStringList> repositories = client.catalog(parser.value(pageSize).toInt());
        if (!repositories)
            return RegistryCli::fail(streams, name(), repositories.error(), parser.isSet(json));
        if (parser.isSet(json)) {
            printJson(streams.out, QJsonObject{{QStringLiteral("registry"), host},
                                               {QStringLiteral("repositories"), QJsonArray::fromStringList(*repositories)},
                                               {QStringLiteral("plainHttp"), client.isPlainHttp()},
                                               {QStringLiteral("tlsExceptions"), RegistryCli::tlsExceptionsJson(config)}});
            return ExitOk;
        }
        for (const QString &repository : *repositories)
            streams.out << repository << '\n';
        streams.out.flush();
        return ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(CatalogCommand);

} // namespace Manifold::Cli
