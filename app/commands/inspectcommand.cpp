#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/commands/imagesource.h"
#include "app/commands/registrycli.h"
#include "core/oci/mediatypes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace Manifold::Cli {

using namespace Manifold::Oci;

// `manifold inspect PATH|REF [--json] [--layers] [--files] [--platform P]`: the image tree
// (index -> platform manifests -> config -> layers), attestations marked and explained.
class InspectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override
    {
        return tr("Show an image's platforms, configs and layers (registry, OCI layout, OCI or docker archive)");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        ImageCommand command(name(), streams, summary(), tr("Only these platforms (comma-separated)."));
        const QCommandLineOption layers(QStringLiteral("layers"),
                                        tr("Scan the layers: binaries by machine, whiteouts, sizes."));
        const QCommandLineOption files(QStringLiteral("files"),
                                       tr("With --layers: list every file (capped) in the output."));
        command.parser().addOptions({layers, files});
        int exitCode = ExitOk;
        if (!command.parse(arguments, exitCode))
            return exitCode;
        const QCommandLineParser &parser = command.parser();
        ImageTreeOptions options;
        options.scanLayers = parser.isSet(layers) || parser.isSet(files);
        Result<QList<Platform>> platforms = command.platforms();
        if (!platforms)
            return command.fail(platforms.error(), ExitUsage);
        options.platforms = *platforms;
        Result<ImageTree> tree = command.load(options);
        if (!tree)
            return command.fail(tree.error(), ExitFindings);
        if (command.json()) {
            QJsonObject object;
            object.insert(QStringLiteral("tree"), tree->toJson(parser.isSet(files)));
            command.addTransport(object);
            printJson(streams.out, object);
        } else {
            printTree(streams.out, *tree, parser.isSet(files), command);
        }
        bool failed = !tree->errors.isEmpty();
        for (const ImageNode &node : tree->images)
            failed = failed || !node.errors.isEmpty();
        return failed ? ExitFindings : ExitOk;
    }

private:
    static QString binarySummary(const LayerScan &scan)
    {
        QMap<QString, int> counts;
        for (const LayerBinary &binary : scan.binaries)
            counts[binary.info.platform.isEmpty() ? binary.info.machineName : binary.info.platform.toString()] += 1;
        QStringList parts;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            parts.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
        return parts.isEmpty() ? tr("no binaries") : parts.join(QStringLiteral(", "));
    }

    static void printTree(QTextStream &out, const ImageTree &tree, bool files, const ImageCommand &command)
    {
        out << tr("Source:    %1").arg(tree.source) << '\n';
        if (!tree.reference.isEmpty())
            out << tr("Reference: %1").arg(tree.reference) << '\n';
        command.printTransport(out);
        out << tr("Root:      %1 %2 (%3)").arg(tree.root.mediaType, tree.root.digest.toString(), formatSize(tree.root.size))
            << '\n';
        if (tree.index)
            out << tr("Index:     %1, %2")
                       .arg(tr("%n platform image(s)", nullptr, int(tree.platformImages().size())),
                            tr("%n attestation(s)", nullptr, int(tree.attestations().size())))
                << '\n';
        for (const Error &error : tree.errors)
            out << tr("error: %1").arg(error.toString()) << '\n';
        out << '\n';
        for (const ImageNode *node : tree.platformImages()) {
            out << node->declaredPlatform().toDisplayString().leftJustified(18) << ' ' << node->descriptor.digest.shortString();
            if (node->manifest)
                out << "  " << tr("%n layer(s)", nullptr, int(node->manifest->layers().size())) << ", "
                    << formatSize(node->manifest->totalLayerSize());
            out << '\n';
            for (const Error &error : node->errors)
                out << "    " << tr("error: %1").arg(error.toString()) << '\n';
            if (node->config) {
                const ImageConfig &config = *node->config;
                out << "    config   " << config.platform().toDisplayString() << "  " << config.digest().shortString();
                if (!config.created().isEmpty())
                    out << "  " << tr("created %1").arg(config.created());
                out << '\n';
                if (!config.entrypoint().isEmpty())
                    out << "    entrypoint " << config.entrypoint().join(QLatin1Char(' ')) << '\n';
                if (!config.cmd().isEmpty())
                    out << "    cmd      " << config.cmd().join(QLatin1Char(' ')) << '\n';
                for (const QString &env : config.env())
                    out << "    env      " << env << '\n';
            }
            for (const LayerNode &layer : node->layers) {
                out << "    layer    " << layer.descriptor.digest.shortString() << "  " << formatSize(layer.descriptor.size).rightJustified(10)
                    << "  " << layer.descriptor.mediaType << '\n';
                if (layer.scanError)
                    out << "             " << tr("scan failed: %1").arg(layer.scanError->toString()) << '\n';
                if (!layer.scan)
                    continue;
                const LayerScan &scan = *layer.scan;
                out << "             "
                    << tr("%n entry(ies), %1 uncompressed", nullptr, int(scan.entryCount)).arg(formatSize(scan.uncompressedSize))
                    << "; " << binarySummary(scan);
                if (!scan.whiteouts.isEmpty() || !scan.opaqueDirectories.isEmpty())
                    out << "; " << tr("%n whiteout(s)", nullptr, int(scan.whiteouts.size())) << ", "
                        << tr("%n opaque dir(s)", nullptr, int(scan.opaqueDirectories.size()));
                if (!scan.unsafeEntries.isEmpty())
                    out << "; " << tr("%n unsafe path(s)", nullptr, int(scan.unsafeEntries.size()));
                out << '\n';
                if (files) {
                    for (const LayerEntry &entry : scan.entries) {
                        out << "               " << LayerEntry::typeName(entry.type).leftJustified(8) << ' '
                            << QStringLiteral("%1").arg(entry.mode, 4, 8, QLatin1Char('0')) << ' '
                            << QString::number(entry.size).rightJustified(10) << ' ' << entry.path;
                        if (!entry.linkTarget.isEmpty())
                            out << " -> " << entry.linkTarget;
                        out << '\n';
                    }
                    if (scan.truncated)
                        out << "               " << tr("(list truncated)") << '\n';
                }
            }
        }
        const QList<const ImageNode *> attestations = tree.attestations();
        if (!attestations.isEmpty()) {
            out << '\n' << tr("Attestations (BuildKit provenance/SBOM; not platforms, never run):") << '\n';
            for (const ImageNode *node : attestations) {
                QString target = node->descriptor.attestationSubject();
                if (Result<Digest> digest = Digest::parse(target); digest) {
                    if (const ImageNode *image = tree.find(*digest))
                        target = image->declaredPlatform().toString() + QStringLiteral(" ") + digest->shortString();
                }
                out << "  " << node->indexPath << ' ' << node->descriptor.digest.shortString() << "  "
                    << tr("for %1").arg(target) << '\n';
            }
        }
        out.flush();
    }
};

MANIFOLD_REGISTER_COMMAND(InspectCommand);

} // namespace Manifold::Cli
