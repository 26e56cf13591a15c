#include "app/commands/registrycli.h"
#include "core/oci/ocilayoutsource.h"
#include "core/platform/platform.h"
#include "core/registry/imagecopier.h"
#include "core/registry/imagereference.h"
#include "core/registry/registrycontentsource.h"

#include <QElapsedTimer>

namespace Manifold::Cli {

namespace {

// "oci:DIR[:TAG]" names an OCI layout; anything else is a registry reference.
struct Endpoint
{
    bool layout = false;
    QString directory, tag;
    Registry::ImageReference reference;
};

Result<Endpoint> parseEndpoint(const QString &text)
{
    Endpoint endpoint;
    if (text.startsWith(QLatin1String("oci:")) || text.startsWith(QLatin1String("oci-layout:"))) {
        endpoint.layout = true;
        QString rest = text.section(QLatin1Char(':'), 1);
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && !rest.mid(colon + 1).contains(QLatin1Char('/'))) {
            endpoint.tag = rest.mid(colon + 1);
            rest.truncate(colon);
        }
        endpoint.directory = rest;
        return endpoint;
    }
    Result<Registry::ImageReference> ref = Registry::ImageReference::parse(text);
    if (!ref)
        return ref.error();
    endpoint.reference = *ref;
    return endpoint;
}

} // namespace

// `manifold copy SRC DST`: copies an image or a multi-arch index between registries and OCI
// layouts, all platforms or a subset, with or without attestations.
class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override
    {
        return tr("Copy an image or multi-arch index between registries and OCI layouts");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary() + QStringLiteral(
            "\nSRC and DST are registry references (127.0.0.1:5000/app:1.0) or oci:DIR[:TAG]."));
        parser.addPositionalArgument(QStringLiteral("source"), tr("What to copy."));
        parser.addPositionalArgument(QStringLiteral("destination"), tr("Where to copy it."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
        const QCommandLineOption platform(QStringLiteral("platform"),
                                          tr("Copy only these platforms (comma-separated); writes a new index."),
                                          QStringLiteral("list"));
        const QCommandLineOption all(QStringLiteral("all"), tr("Copy every platform (the default)."));
        const QCommandLineOption noAttestations(QStringLiteral("no-attestations"),
                                                tr("Drop attestation manifests (SBOM, provenance)."));
        const QCommandLineOption perArch(QStringLiteral("per-arch-tags"),
                                         tr("Also tag each platform image (:amd64, :arm64, …)."));
        const QCommandLineOption destInsecure(QStringLiteral("dest-insecure"),
                                              tr("Allow plain HTTP / unverified TLS for the destination registry."));
        const QCommandLineOption srcInsecure(QStringLiteral("src-insecure"),
                                             tr("Allow plain HTTP / unverified TLS for the source registry."));
        parser.addOptions({json, platform, all, noAttestations, perArch, destInsecure, srcInsecure});
        parser.addOptions(RegistryCli::trustOptions());
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        const bool asJson = parser.isSet(json);
        if (parser.positionalArguments().size() != 2) {
            printError(streams.err, name(), Error(QStringLiteral("cli.usage"), tr("expected SRC and DST"), {},
                                                  QStringLiteral("manifold copy docker.io/library/busybox:latest 127.0.0.1:5000/busybox:latest")));
            return ExitUsage;
        }
        if (parser.isSet(platform) && parser.isSet(all)) {
            printError(streams.err, name(), Error(QStringLiteral("cli.usage"), tr("--platform and --all exclude each other")));
            return ExitUsage;
        }
        Registry::CopyOptions options;
        if (parser.isSet(platform)) {
            Result<QList<Platform>> platforms = Platform::parseList(parser.value(platform));
            if (!platforms)
                return RegistryCli::fail(streams, name(), platforms.error(), asJson, ExitUsage);
            options.platforms = *platforms;
        }
        options.includeAttestations = !parser.isSet(noAttestations);
        options.perArchTags = parser.isSet(perArch);

        Result<Endpoint> source = parseEndpoint(parser.positionalArguments().at(0));
        if (!source)
            return RegistryCli::fail(streams, name(), source.error(), asJson, ExitUsage);
        Result<Endpoint> destination = parseEndpoint(parser.positionalArguments().at(1));
        if (!destination)
            return RegistryCli::fail(streams, name(), destination.error(), asJson, ExitUsage);

        Registry::RegistryConfig config = RegistryCli::configFrom(parser);
        if (parser.isSet(destInsecure) && !destination->layout)
            config.insecureRegistries.append(destination->reference.domain);
        if (parser.isSet(srcInsecure) && !source->layout)
            config.insecureRegistries.append(source->reference.domain);
        RegistryCli::printTlsExceptions(streams.err, config);
        auto session = std::make_shared<Registry::RegistrySession>(config);

        std::shared_ptr<Oci::ContentSource> contentSource;
        QString sourceReference;
        if (source->layout) {
            Result<std::shared_ptr<Oci::OciLayoutSource>> layout = Oci::OciLayoutSource::openDirectory(source->directory);
            if (!layout)
                return RegistryCli::fail(streams, name(), layout.error(), asJson);
            contentSource = *layout;
            sourceReference = source->tag;
        } else {
            contentSource = std::make_shared<Registry::RegistryContentSource>(session, source->reference);
            sourceReference = source->reference.manifestReference();
        }
        std::shared_ptr<Registry::CopyDestination> copyDestination;
        QString destinationTag;
        if (destination->layout) {
            copyDestination = std::make_shared<Registry::LayoutDestination>(destination->directory);
            destinationTag = destination->tag.isEmpty() ? (source->layout ? source->tag : source->reference.tag)
                                                        : destination->tag;
        } else {
            if (!destination->reference.digest.isEmpty() && !options.platforms.isEmpty())
                return RegistryCli::fail(streams, name(),
                                         Error(QStringLiteral("registry.copy.digest-destination"),
                                               tr("a subset copy writes a new index, so it cannot go to a digest reference"),
                                               destination->reference.toString(), tr("Give the destination a tag.")),
                                         asJson, ExitUsage);
            copyDestination = std::make_shared<Registry::RegistryDestination>(session, destination->reference.repositoryOnly());
            destinationTag = destination->reference.tag;
            if (destinationTag.isEmpty() && destination->reference.digest.isEmpty())
                destinationTag = source->layout ? (source->tag.isEmpty() ? QStringLiteral("latest") : source->tag)
                                                : (source->reference.tag.isEmpty() ? QStringLiteral("latest") : source->reference.tag);
        }

        Registry::ImageCopier copier(contentSource, sourceReference, copyDestination, destinationTag, options);
        QMutex outputMutex;
        QString lastStage;
        QElapsedTimer sinceLast;
        sinceLast.start();
        Result<Registry::CopyResult> result = copier.run([&](qint64 done, qint64 total, const QString &stage) {
            QMutexLocker lock(&outputMutex);
            if (stage == lastStage && sinceLast.elapsed() < 500)
                return;
            lastStage = stage;
            sinceLast.restart();
            if (total > 0)
                streams.err << stage << ' ' << done / 1024 << '/' << total / 1024 << " KiB\n";
            else
                streams.err << stage << '\n';
            streams.err.flush();
        });
        if (!result)
            return RegistryCli::fail(streams, name(), result.error(), asJson);
        // Either end may have been reached over plain HTTP: say so, as every registry command does.
        QStringList plainHttpNotices;
        if (auto *registrySource = dynamic_cast<Registry::RegistryContentSource *>(contentSource.get());
            registrySource && registrySource->client().isPlainHttp())
            plainHttpNotices << RegistryCli::plainHttpNotice(source->reference.domain);
        if (result->destinationPlainHttp && destination->reference.domain != source->reference.domain)
            plainHttpNotices << RegistryCli::plainHttpNotice(destination->reference.domain);
        if (asJson) {
            QJsonObject document = result->toJson();
            document.insert(QStringLiteral("tlsExceptions"), RegistryCli::tlsExceptionsJson(config));
            document.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plainHttpNotices));
            printJson(streams.out, document);
            return ExitOk;
        }
        printSummary(streams.out, *result);
        for (const QString &notice : plainHttpNotices)
            streams.out << "  " << tr("warning: %1").arg(notice) << '\n';
        streams.out.flush();
        return ExitOk;
    }

private:
    static void printSummary(QTextStream &out, const Registry::CopyResult &result)
    {
        int skipped = 0, mounted = 0, uploaded = 0;
        for (const Registry::CopiedBlob &blob : result.blobs) {
            (blob.transfer == Registry::BlobTransfer::Skipped   ? skipped
             : blob.transfer == Registry::BlobTransfer::Mounted ? mounted
                                                                : uploaded)++;
        }
        const QString comma = QStringLiteral(", ");
        out << tr("Copied %1 -> %2").arg(result.source, result.destination) << '\n';
        out << "  " << tr("source digest:      %1").arg(result.sourceRoot.digest.toString()) << '\n';
        out << "  " << tr("destination digest: %1").arg(result.destinationRoot.digest.toString()) << '\n';
        if (result.digestChanged)
            out << "  "
                << tr("note: only some platforms were copied, so the destination index is new and its digest "
                      "differs from the source's")
                << '\n';
        if (!result.copiedPlatforms.isEmpty())
            out << "  " << tr("platforms: %1").arg(result.copiedPlatforms.join(comma)) << '\n';
        if (!result.droppedPlatforms.isEmpty())
            out << "  " << tr("left out:  %1").arg(result.droppedPlatforms.join(comma)) << '\n';
        if (result.copiedAttestations || result.droppedAttestations)
            out << "  " << tr("attestations: %1 copied, %2 dropped").arg(result.copiedAttestations).arg(result.droppedAttestations)
                << '\n';
        out << "  "
            << tr("blobs: %1 uploaded (%2 KiB), %3 mounted, %4 already present")
                   .arg(uploaded)
                   .arg(result.bytesUploaded() / 1024)
                   .arg(mounted)
                   .arg(skipped)
            << '\n';
        if (!result.tags.isEmpty())
            out << "  " << tr("tags: %1").arg(result.tags.join(comma)) << '\n';

    }
};

MANIFOLD_REGISTER_COMMAND(CopyCommand);

} // namespace Manifold::Cli
