#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/commands/imagesource.h"
#include "app/commands/registrycli.h"
#include "core/oci/imageverifier.h"
#include "core/platform/hostprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace Manifold::Cli {

using namespace Manifold::Oci;

// `manifold verify PATH|REF [--json] [--platform P,P…] [--no-host]`: the platform checks —
// index vs config, invalid variants, binaries of another architecture, missing platforms,
// attestations — and what this host would run. Exit 1 on error-level findings.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return tr("Check that an image's platforms, configs and binaries agree");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        ImageCommand command(name(), streams, summary(),
                             tr("Platforms the image must provide (comma-separated)."));
        const QCommandLineOption noHost(QStringLiteral("no-host"),
                                        tr("Do not explain what this host would run."));
        const QCommandLineOption noScan(QStringLiteral("no-scan"),
                                        tr("Skip the layer scan (no binary checks)."));
        command.parser().addOptions({noHost, noScan});
        int exitCode = ExitOk;
        if (!command.parse(arguments, exitCode))
            return exitCode;
        const QCommandLineParser &parser = command.parser();
        const bool asJson = command.json();
        VerifyOptions options;
        Result<QList<Platform>> expected = command.platforms();
        if (!expected)
            return command.fail(expected.error(), ExitUsage);
        options.expectPlatforms = *expected;
        if (!parser.isSet(noHost))
            options.host = describeHost(HostProbe::probe());

        ImageTreeOptions treeOptions;
        treeOptions.scanLayers = !parser.isSet(noScan);
        treeOptions.scanOptions.listEntries = false; // only binaries and whiteouts matter here
        Result<ImageTree> tree = command.load(treeOptions);
        if (!tree)
            return command.fail(tree.error(), ExitFindings);
        const VerifyReport report = ImageVerifier::verify(*tree, options);

        if (asJson) {
            QJsonObject object;
            object.insert(QStringLiteral("source"), tree->source);
            object.insert(QStringLiteral("reference"), tree->reference);
            object.insert(QStringLiteral("root"), tree->root.digest.toString());
            QJsonArray platforms;
            for (const ImageNode *node : tree->platformImages())
                platforms.append(node->declaredPlatform().toString());
            object.insert(QStringLiteral("platforms"), platforms);
            object.insert(QStringLiteral("report"), report.toJson());
            command.addTransport(object);
            printJson(streams.out, object);
        } else {
            printReport(streams.out, *tree, report);
            command.printTransport(streams.out);
        }
        return report.hasErrors() ? ExitFindings : ExitOk;
    }

    static HostDescription describeHost(const HostCapabilities &host)
    {
        HostDescription description;
        description.native.append(host.host);
        for (const PlatformSupport &support : host.platforms) {
            if (support.kind == PlatformSupport::Kind::Native && !(support.platform == host.host))
                description.native.append(support.platform);
            else if (support.kind == PlatformSupport::Kind::Emulated)
                description.emulated.append(support.platform);
        }
        return description;
    }

private:
    static void printReport(QTextStream &out, const ImageTree &tree, const VerifyReport &report)
    {
        QStringList platforms;
        for (const ImageNode *node : tree.platformImages())
            platforms.append(node->declaredPlatform().toDisplayString());
        out << tree.source << (tree.reference.isEmpty() ? QString() : QStringLiteral(" ") + tree.reference) << '\n';
        const QString listed = platforms.isEmpty() ? tr("none") : platforms.join(QStringLiteral(", "));
        out << (tree.index ? tr("Platforms: %1").arg(listed) : tr("Platforms: %1 (single-platform manifest)").arg(listed))
            << "\n\n";
        for (const Finding &finding : report.findings) {
            out << Finding::severityName(finding.severity) << ": [" << finding.id << "] ";
            if (!finding.subject.isEmpty())
                out << finding.subject << ": ";
            out << finding.message << '\n';
            for (const QString &evidence : finding.evidence)
                out << "    " << evidence << '\n';
            if (!finding.fix.isEmpty())
                out << "    " << tr("fix: %1").arg(finding.fix) << '\n';
        }
        if (!report.selections.isEmpty()) {
            out << '\n' << tr("On this host:") << '\n';
            for (const RuntimeSelection &selection : report.selections)
                out << "  " << selection.requested.toString().leftJustified(14) << ' '
                    << RuntimeSelection::howName(selection.how).leftJustified(13) << ' ' << selection.explanation << '\n';
        }
        const QString counts = tr("%1, %2").arg(tr("%n error(s)", nullptr, report.count(Finding::Severity::Error)),
                                                tr("%n warning(s)", nullptr, report.count(Finding::Severity::Warning)));
        out << '\n' << (report.hasErrors() ? tr("FAILED: %1") : tr("OK: %1")).arg(counts) << '\n';
        out.flush();
    }
};

MANIFOLD_REGISTER_COMMAND(VerifyCommand);

} // namespace Manifold::Cli
