#include "app/commands/registrycli.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

namespace Manifold::Cli {

// `manifold tags REF`: every tag of a repository (following pagination).
class TagsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::TagsCommand)

public:
    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override { return tr("List the tags of a registry repository"); }

    int run(const QStringList &arguments, Streams streams) override
    {
        RegistryCli::Listing listing(summary(), QStringLiteral("repository"), tr("e.g. 127.0.0.1:5000/busybox"),
                                     tr("Ask for N tags per request."));
        int exitCode = ExitOk;
        const std::optional<QString> argument =
            listing.parse(name(), arguments, streams, tr("expected one repository"),
                          QStringLiteral("manifold tags 127.0.0.1:5000/busybox"), exitCode);
        if (!argument)
            return exitCode;
        Result<Registry::ImageReference> ref = Registry::ImageReference::parse(*argument);
        if (!ref)
            return RegistryCli::fail(streams, name(), ref.error(), listing.json(), ExitUsage);
        Registry::RegistryClient client(listing.session(), ref->domain);
        Result<QStringList> tags = client.listTags(ref->path, listing.pageSize());
        if (!tags)
            return RegistryCli::fail(streams, name(), tags.error(), listing.json());
        return listing.print(streams, client, QStringLiteral("repository"), ref->name(), QStringLiteral("tags"), *tags);
    }
};

MANIFOLD_REGISTER_COMMAND(TagsCommand);

} // namespace Manifold::Cli
