#include "app/commands/registrycli.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

namespace Manifold::Cli {

// `manifold catalog HOST`: the repositories of a registry (/v2/_catalog, paginated).
class CatalogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::CatalogCommand)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override { return tr("List the repositories of a registry"); }

    int run(const QStringList &arguments, Streams streams) override
    {
        RegistryCli::Listing listing(summary(), QStringLiteral("host"), tr("e.g. 127.0.0.1:5000"),
                                     tr("Ask for N names per request."));
        int exitCode = ExitOk;
        const std::optional<QString> host =
            listing.parse(name(), arguments, streams, tr("expected one registry host"),
                          QStringLiteral("manifold catalog 127.0.0.1:5000"), exitCode);
        if (!host)
            return exitCode;
        // Reuse the reference grammar for the host: "HOST/x" must parse with HOST as its domain.
        Result<Registry::ImageReference> probe = Registry::ImageReference::parse(*host + QStringLiteral("/x"));
        if (!probe || probe->domain != *host)
            return RegistryCli::fail(streams, name(),
                                     Error(QStringLiteral("registry.reference.domain"),
                                           tr("\"%1\" is not a registry host").arg(*host), *host,
                                           tr("Give HOST[:PORT], e.g. 127.0.0.1:5000.")),
                                     listing.json(), ExitUsage);
        Registry::RegistryClient client(listing.session(), *host);
        Result<QStringList> repositories = client.catalog(listing.pageSize());
        if (!repositories)
            return RegistryCli::fail(streams, name(), repositories.error(), listing.json());
        return listing.print(streams, client, QStringLiteral("registry"), *host, QStringLiteral("repositories"),
                             *repositories);
    }
};

MANIFOLD_REGISTER_COMMAND(CatalogCommand);

} // namespace Manifold::Cli
