#include "app/commands/registrycli.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

#include <QJsonArray>

namespace Manifold::Cli {

// `manifold tags REF`: every tag of a repository (following pagination).
class TagsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override { return QStringLiteral("List the tags of a registry repository"); }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("repository"), QStringLiteral("e.g. 127.0.0.1:5000/busybox"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Ask for N tags per request."),
                                          QStringLiteral("n"), QStringLiteral("0"));
        parser.addOptions({json, pageSize, RegistryCli::insecureOption(), RegistryCli::caCertOption()});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        if (parser.positionalArguments().size() != 1) {
            printError(streams.err, name(), Error(QStringLiteral("cli.usage"), QStringLiteral("expected one repository"),
                                                  {}, QStringLiteral("manifold tags 127.0.0.1:5000/busybox")));
            return ExitUsage;
        }
        Result<Registry::ImageReference> ref = Registry::ImageReference::parse(parser.positionalArguments().constFirst());
        if (!ref)
            return RegistryCli::fail(streams, name(), ref.error(), parser.isSet(json), ExitUsage);
        const Registry::RegistryConfig config = RegistryCli::configFrom(parser);
        RegistryCli::printTlsExceptions(streams.err, config);
        auto session = std::make_shared<Registry::RegistrySession>(config);
        Registry::RegistryClient client(session, ref->domain);
        Result<QStringList> tags = client.listTags(ref->path, parser.value(pageSize).toInt());
        if (!tags)
            return RegistryCli::fail(streams, name(), tags.error(), parser.isSet(json));
        if (parser.isSet(json)) {
            printJson(streams.out, QJsonObject{{QStringLiteral("repository"), ref->name()},
                                               {QStringLiteral("tags"), QJsonArray::fromStringList(*tags)},
                                               {QStringLiteral("plainHttp"), client.isPlainHttp()},
                                               {QStringLiteral("tlsExceptions"), RegistryCli::tlsExceptionsJson(config)}});
            return ExitOk;
        }
        for (const QString &tag : *tags)
            streams.out << tag << '\n';
        streams.out.flush();
        return ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(TagsCommand);

} // namespace Manifold::Cli
