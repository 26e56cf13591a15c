#include "core/oci/imageverifier.h"

#include "core/oci/documentjson.h"
#include "core/platform/platformmatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

Finding makeFinding(Finding::Severity severity, const QString &id, const QString &subject, const QString &message,
                    const QStringList &evidence = {}, const QString &fix = {})
{
    Finding finding;
    finding.severity = severity;
    finding.id = id;
    finding.subject = subject;
    finding.message = message;
    finding.evidence = evidence;
    finding.fix = fix;
    return finding;
}

QString imageSubject(const ImageNode &node)
{
    const Platform platform = node.declaredPlatform();
    if (!platform.isEmpty())
        return platform.toString();
    return node.indexPath.isEmpty() ? node.descriptor.digest.toString() : node.indexPath;
}

bool samePlatform(const Platform &a, const Platform &b)
{
    const Platform x = a.normalized();
    const Platform y = b.normalized();
    return x.os == y.os && x.architecture == y.architecture && x.variant == y.variant;
}

// Final-filesystem view of the binaries: later layers' whiteouts and opaque directories hide
// what lower layers added, and a later file replaces an earlier one at the same path.
QMap<QString, BinaryInfo> effectiveBinaries(const ImageNode &node, bool &scanned)
{
    QMap<QString, BinaryInfo> binaries;
    scanned = false;
    auto removeUnder = [&binaries](const QString &path) {
        const QString prefix = path + QLatin1Char('/');
        for (auto it = binaries.begin(); it != binaries.end();) {
            if (it.key() == path || it.key().startsWith(prefix))
                it = binaries.erase(it);
            else
                ++it;
        }
    };
    for (const LayerNode &layer : node.layers) {
        if (!layer.scan)
            continue;
        scanned = true;
        for (const QString &directory : layer.scan->opaqueDirectories) {
            if (directory == QLatin1String("."))
                binaries.clear();
            else
                removeUnder(directory);
        }
        for (const QString &path : layer.scan->whiteouts)
            removeUnder(path);
        for (const LayerBinary &binary : layer.scan->binaries)
            binaries.insert(binary.path, binary.info);
    }
    return binaries;
}

// Foreign-architecture files that belong to cross toolchains or emulators are expected.
bool isCrossToolchainPath(const QString &path)
{
    static const QStringList markers = {QStringLiteral("-linux-gnu/"), QStringLiteral("-linux-gnueabi"),
                                        QStringLiteral("-linux-musl"), QStringLiteral("gcc-cross/"),
                                        QStringLiteral("/firmware/"), QStringLiteral("/qemu/"),
                                        QStringLiteral("/go/pkg/mod/"), QStringLiteral("/testdata/")};
    for (const QString &marker : markers) {
        if (path.contains(marker))
            return true;
    }
    return false;
}

void checkBinaries(const ImageNode &node, const VerifyOptions &options, QList<Finding> &findings)
{
    const Platform declared = node.config ? node.config->platform() : node.declaredPlatform();
    if (declared.isEmpty())
        return;
    bool scanned = false;
    const QMap<QString, BinaryInfo> binaries = effectiveBinaries(node, scanned);
    if (!scanned)
        return;
    QMap<QString, QStringList> foreign;     // platform -> paths
    QMap<QString, QStringList> compatible;
    QMap<QString, QStringList> crossTools;
    QMap<QString, QStringList> otherOs;
    QHash<QString, QString> machineNames;
    int native = 0;
    for (auto it = binaries.begin(); it != binaries.end(); ++it) {
        const BinaryInfo &info = it.value();
        if (info.format != BinaryInfo::Format::Elf) {
            otherOs[info.machineName].append(it.key());
            continue;
        }
        if (info.elfType == BinaryInfo::ElfType::Relocatable || info.elfType == BinaryInfo::ElfType::Core)
            continue;
        const QString key = info.platform.isEmpty() ? info.machineName : info.platform.toString();
        machineNames.insert(key, info.machineName);
        switch (ImageVerifier::binaryFit(declared, info.platform)) {
        case ImageVerifier::BinaryFit::Native: ++native; break;
        case ImageVerifier::BinaryFit::Compatible: compatible[key].append(it.key()); break;
        case ImageVerifier::BinaryFit::Foreign:
        case ImageVerifier::BinaryFit::Unknown:
            (isCrossToolchainPath(QLatin1Char('/') + it.key()) ? crossTools : foreign)[key].append(it.key());
            break;
        }
    }
    const QString subject = imageSubject(node);
    auto evidence = [&options](const QStringList &paths) {
        QStringList list = paths.mid(0, options.maxEvidence);
        if (paths.size() > options.maxEvidence)
            list.append(Tr::tr("… and %1 more").arg(paths.size() - options.maxEvidence));
        return list;
    };
    for (auto it = foreign.begin(); it != foreign.end(); ++it) {
        const QString machine = machineNames.value(it.key());
        QString message = Tr::tr("The image is labelled %1 but contains %2 %3 (%4) binaries; they fail with \"exec format error\" on %1 hosts")
                              .arg(declared.toString())
                              .arg(it.value().size())
                              .arg(machine, it.key());
        if (native == 0)
            message += Tr::tr("; it contains no %1 binaries at all, so it is mislabelled").arg(declared.architecture);
        findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("foreign-binaries"), subject, message,
                                    evidence(it.value()),
                                    Tr::tr("Rebuild this platform with `--platform %1` (the build stage must produce %1 binaries; with cross-compilation, "
                                       "use $TARGETARCH, not $BUILDARCH), or label the image %2.")
                                        .arg(declared.toString(), it.key())));
    }
    for (auto it = compatible.begin(); it != compatible.end(); ++it)
        findings.append(makeFinding(Finding::Severity::Warning, QStringLiteral("compat-binaries"), subject,
                                    Tr::tr("The %1 image contains %2 %3 binaries; they run only where the kernel supports %3 (32-bit compatibility)")
                                        .arg(declared.toString())
                                        .arg(it.value().size())
                                        .arg(it.key()),
                                    evidence(it.value()),
                                    Tr::tr("Prefer %1 builds of these programs; some hosts (many arm64 servers, Apple Silicon VMs) lack 32-bit support.")
                                        .arg(declared.architecture)));
    for (auto it = crossTools.begin(); it != crossTools.end(); ++it)
        findings.append(makeFinding(Finding::Severity::Info, QStringLiteral("cross-toolchain-binaries"), subject,
                                    Tr::tr("%1 %2 files sit in cross-toolchain or data paths; they are not run directly")
                                        .arg(it.value().size())
                                        .arg(it.key()),
                                    evidence(it.value())));
    for (auto it = otherOs.begin(); it != otherOs.end(); ++it)
        findings.append(makeFinding(Finding::Severity::Info, QStringLiteral("non-linux-binaries"), subject,
                                    Tr::tr("%1 %2 files are present (not runnable by a Linux container)").arg(it.value().size()).arg(it.key()),
                                    evidence(it.value())));
}

void checkIndex(const ImageTree &tree, QList<Finding> &findings)
{
    if (!tree.index)
        return;
    static const QHash<QString, QPair<QString, Finding::Severity>> mapping = {
        {QStringLiteral("oci.index.duplicate-platform"), {QStringLiteral("duplicate-platform"), Finding::Severity::Error}},
        {QStringLiteral("oci.index.invalid-platform"), {QStringLiteral("invalid-platform"), Finding::Severity::Error}},
        {QStringLiteral("oci.index.missing-platform"), {QStringLiteral("entry-without-platform"), Finding::Severity::Warning}},
        {QStringLiteral("oci.index.dangling-attestation"), {QStringLiteral("dangling-attestation"), Finding::Severity::Warning}},
        {QStringLiteral("oci.index.nested-index"), {QStringLiteral("nested-index"), Finding::Severity::Warning}},
    };
    for (const Error &problem : tree.index->problems()) {
        const auto kind = mapping.value(problem.code, {problem.code, Finding::Severity::Warning});
        findings.append(makeFinding(kind.second, kind.first, problem.location, problem.message, {}, problem.hint));
    }
}

void checkPlatformImage(const ImageNode &node, const VerifyOptions &options, QList<Finding> &findings)
{
    const QString subject = imageSubject(node);
    for (const Error &error : node.errors)
        findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("fetch-failed"), subject, error.message,
                                    error.location.isEmpty() ? QStringList() : QStringList{error.location}, error.hint));
    if (node.manifest) {
        for (const Error &problem : node.manifest->problems())
            findings.append(makeFinding(Finding::Severity::Warning, QStringLiteral("manifest-problem"), subject,
                                        problem.message, {problem.location}, problem.hint));
    }
    if (!node.config)
        return;
    const Platform configPlatform = node.config->platform();
    for (const QString &problem : configPlatform.validate())
        findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("invalid-platform"), subject,
                                    Tr::tr("The image config declares %1: %2").arg(configPlatform.toDisplayString(), problem),
                                    {node.config->digest().toString()},
                                    Tr::tr("Rebuild with a valid --platform (e.g. linux/amd64, linux/arm64, linux/arm/v7).")));
    if (node.descriptor.platform && !samePlatform(*node.descriptor.platform, configPlatform))
        findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("platform-mismatch"), subject,
                                    Tr::tr("The index says %1 but the image config says %2; runtimes pick by the index and then run a %2 image")
                                        .arg(node.descriptor.platform->toDisplayString(), configPlatform.toDisplayString()),
                                    {node.indexPath + QStringLiteral(" platform: ") + node.descriptor.platform->toDisplayString(),
                                     QStringLiteral("config ") + node.config->digest().shortString() + QStringLiteral(": ")
                                         + configPlatform.toDisplayString()},
                                    Tr::tr("Recreate the index from the images' own configs (`docker buildx imagetools create`), or rebuild the entry for %1.")
                                        .arg(node.descriptor.platform->toString())));
    checkBinaries(node, options, findings);
}

void checkExpectations(const ImageTree &tree, const VerifyOptions &options, QList<Finding> &findings)
{
    if (options.expectPlatforms.isEmpty())
        return;
    const QList<const ImageNode *> images = tree.platformImages();
    if (!tree.index) {
        const Platform actual = images.isEmpty() ? Platform() : images.first()->declaredPlatform();
        const bool onlyThat = options.expectPlatforms.size() == 1 && samePlatform(options.expectPlatforms.first(), actual);
        if (!onlyThat) {
            QStringList expected;
            for (const Platform &platform : options.expectPlatforms)
                expected.append(platform.toString());
            findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("single-arch-tag"), tree.reference,
                                        Tr::tr("The reference is a single-platform image (%1), not a multi-platform index with %2")
                                            .arg(actual.toString(), expected.join(QStringLiteral(", "))),
                                        {tree.root.mediaType + QStringLiteral(" ") + tree.root.digest.toString()},
                                        Tr::tr("Push a multi-platform index: build with `--platform %1` and push, or copy the original with "
                                           "`skopeo copy --all` / `docker buildx imagetools create`.")
                                            .arg(expected.join(QLatin1Char(',')))));
        }
        return;
    }
    QStringList present;
    for (const ImageNode *image : images)
        present.append(image->declaredPlatform().toString());
    for (const Platform &expected : options.expectPlatforms) {
        bool found = false;
        for (const ImageNode *image : images)
            found = found || samePlatform(image->declaredPlatform(), expected);
        if (!found)
            findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("missing-platform"), expected.toString(),
                                        Tr::tr("The index has no %1 image (it has: %2)")
                                            .arg(expected.toString(), present.isEmpty() ? Tr::tr("none") : present.join(QStringLiteral(", "))),
                                        {tree.root.digest.toString()},
                                        Tr::tr("Copy every platform (`skopeo copy --all`, `crane copy`, `docker buildx imagetools create`) "
                                           "or rebuild with `--platform` including %1.")
                                            .arg(expected.toString())));
    }
}

void explainAttestations(const ImageTree &tree, QList<Finding> &findings)
{
    for (const ImageNode *node : tree.attestations()) {
        const QString subjectDigest = node->descriptor.attestationSubject();
        QString describes = subjectDigest;
        if (Result<Digest> digest = Digest::parse(subjectDigest); digest) {
            if (const ImageNode *image = tree.find(*digest))
                describes = image->declaredPlatform().toString() + QStringLiteral(" (") + digest->shortString() + QLatin1Char(')');
        }
        findings.append(makeFinding(
            Finding::Severity::Info, QStringLiteral("attestation"), node->indexPath,
            Tr::tr("%1 (platform unknown/unknown) is a BuildKit attestation manifest (provenance/SBOM) for %2; runtimes never pick it and it is not a platform")
                .arg(node->indexPath, describes.isEmpty() ? Tr::tr("an image") : describes),
            {node->descriptor.digest.toString()},
            Tr::tr("`docker manifest create` and some older tools reject indexes with attestations: use "
               "`docker buildx imagetools create`, or build with `--provenance=false --sbom=false` if you must.")));
    }
}

void explainHost(const ImageTree &tree, const HostDescription &host, VerifyReport &report)
{
    if (host.native.isEmpty())
        return;
    QList<Platform> candidates;
    QList<int> candidateNodes;
    for (qsizetype i = 0; i < tree.images.size(); ++i) {
        const ImageNode &node = tree.images.at(i);
        if (node.isAttestation())
            continue;
        candidates.append(node.declaredPlatform());
        candidateNodes.append(int(i));
    }
    auto canRun = [](const QList<Platform> &platforms, const Platform &platform) {
        for (const Platform &candidate : platforms) {
            if (PlatformMatcher(candidate).matches(platform))
                return true;
        }
        return false;
    };
    const Platform request = host.native.first();
    RuntimeSelection selection;
    selection.requested = request;
    if (!tree.index) {
        // A single manifest is run whatever its platform (docker only warns).
        if (!candidates.isEmpty()) {
            selection.entryIndex = candidateNodes.first();
            selection.selected = candidates.first();
            if (canRun(host.native, selection.selected)) {
                selection.how = RuntimeSelection::How::Native;
                selection.explanation = Tr::tr("single-platform image; runs natively");
            } else if (canRun(host.emulated, selection.selected)) {
                selection.how = RuntimeSelection::How::Emulated;
                selection.explanation = Tr::tr("single-platform %1 image; docker warns that the platform does not match and runs it under emulation")
                                            .arg(selection.selected.toString());
                report.findings.append(makeFinding(Finding::Severity::Warning, QStringLiteral("runs-emulated"), selection.selected.toString(),
                                                   Tr::tr("This host (%1) runs the %2 image only through emulation (slow)")
                                                       .arg(request.toString(), selection.selected.toString()),
                                                   {}, Tr::tr("Publish a multi-platform index that includes %1.").arg(request.toString())));
            } else {
                selection.explanation = Tr::tr("single-platform %1 image; this host fails with \"exec format error\"").arg(selection.selected.toString());
                report.findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("not-runnable"), selection.selected.toString(),
                                                   Tr::tr("This host (%1) cannot run the %2 image: \"exec format error\"")
                                                       .arg(request.toString(), selection.selected.toString()),
                                                   {}, Tr::tr("Install QEMU user emulation (`docker run --privileged --rm tonistiigi/binfmt --install all`) "
                                                          "or publish a %1 image.").arg(request.toString())));
            }
        }
        report.selections.append(selection);
        return;
    }
    const int picked = PlatformMatcher(request).select(candidates);
    if (picked >= 0) {
        selection.entryIndex = candidateNodes.at(picked);
        selection.selected = candidates.at(picked);
        selection.how = RuntimeSelection::How::Native;
        selection.explanation = Tr::tr("a runtime on this host picks %1 (%2) and runs it natively")
                                    .arg(tree.images.at(selection.entryIndex).indexPath, selection.selected.toDisplayString());
        report.selections.append(selection);
    } else {
        selection.explanation = Tr::tr("no entry matches %1: `docker run` without --platform fails with \"no matching manifest\"").arg(request.toString());
        report.selections.append(selection);
    }
    bool emulatedAvailable = false;
    for (const Platform &emulated : host.emulated) {
        const int index = PlatformMatcher(emulated, PlatformMatcher::Mode::Strict).select(candidates);
        if (index < 0)
            continue;
        emulatedAvailable = true;
        RuntimeSelection extra;
        extra.requested = emulated;
        extra.entryIndex = candidateNodes.at(index);
        extra.selected = candidates.at(index);
        extra.how = RuntimeSelection::How::Emulated;
        extra.explanation = Tr::tr("with --platform %1 a runtime picks %2 and runs it under emulation")
                                .arg(emulated.toString(), tree.images.at(extra.entryIndex).indexPath);
        report.selections.append(extra);
    }
    if (picked < 0) {
        if (emulatedAvailable)
            report.findings.append(makeFinding(Finding::Severity::Warning, QStringLiteral("no-native-platform"), request.toString(),
                                               Tr::tr("The index has no image this host (%1) runs natively; only emulated platforms are available").arg(request.toString()),
                                               {}, Tr::tr("Add a %1 image to the index (build with `--platform` including it), or run with an explicit --platform under emulation.").arg(request.toString())));
        else
            report.findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("not-runnable"), request.toString(),
                                               Tr::tr("Nothing in the index runs on this host (%1), natively or emulated").arg(request.toString()),
                                               {}, Tr::tr("Add a %1 image, or install QEMU user emulation for one of the image's platforms.").arg(request.toString())));
    }
}

} // namespace

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: break;
    }
    return QStringLiteral("info");
}

QJsonObject Finding::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("severity"), severityName(severity));
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("subject"), subject);
    object.insert(QStringLiteral("message"), message);
    object.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(evidence));
    if (!fix.isEmpty())
        object.insert(QStringLiteral("fix"), fix);
    return object;
}

QString RuntimeSelection::howName(How how)
{
    switch (how) {
    case How::Native: return QStringLiteral("native");
    case How::Emulated: return QStringLiteral("emulated");
    case How::NotRunnable: break;
    }
    return QStringLiteral("not-runnable");
}

QJsonObject RuntimeSelection::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("requested"), requested.toString());
    object.insert(QStringLiteral("entry"), entryIndex);
    if (!selected.isEmpty())
        object.insert(QStringLiteral("selected"), selected.toString());
    object.insert(QStringLiteral("how"), howName(how));
    object.insert(QStringLiteral("explanation"), explanation);
    return object;
}

bool VerifyReport::hasErrors() const
{
    return count(Finding::Severity::Error) > 0;
}

int VerifyReport::count(Finding::Severity severity) const
{
    int total = 0;
    for (const Finding &finding : findings)
        total += finding.severity == severity ? 1 : 0;
    return total;
}

QJsonObject VerifyReport::toJson() const
{
    QJsonObject object;
    QJsonArray findingArray;
    for (const Finding &finding : findings)
        findingArray.append(finding.toJson());
    object.insert(QStringLiteral("findings"), findingArray);
    QJsonArray selectionArray;
    for (const RuntimeSelection &selection : selections)
        selectionArray.append(selection.toJson());
    object.insert(QStringLiteral("runtimeSelection"), selectionArray);
    object.insert(QStringLiteral("errors"), count(Finding::Severity::Error));
    object.insert(QStringLiteral("warnings"), count(Finding::Severity::Warning));
    object.insert(QStringLiteral("ok"), !hasErrors());
    return object;
}

ImageVerifier::BinaryFit ImageVerifier::binaryFit(const Platform &declared, const Platform &binary)
{
    if (binary.isEmpty())
        return BinaryFit::Unknown;
    const QString want = declared.normalized().architecture;
    const QString have = binary.normalized().architecture;
    if (want == have)
        return BinaryFit::Native;
    if ((want == QLatin1String("amd64") && (have == QLatin1String("386") || have == QLatin1String("amd64p32")))
        || (want == QLatin1String("arm64") && have == QLatin1String("arm")))
        return BinaryFit::Compatible;
    return BinaryFit::Foreign;
}

VerifyReport ImageVerifier::verify(const ImageTree &tree, const VerifyOptions &options)
{
    VerifyReport report;
    for (const Error &error : tree.errors)
        report.findings.append(makeFinding(Finding::Severity::Error, QStringLiteral("fetch-failed"), error.location,
                                           error.message, {}, error.hint));
    checkIndex(tree, report.findings);
    for (const ImageNode *node : tree.platformImages())
        checkPlatformImage(*node, options, report.findings);
    checkExpectations(tree, options, report.findings);
    explainAttestations(tree, report.findings);
    if (options.host)
        explainHost(tree, *options.host, report);
    // Errors first, then warnings, then notes; stable within a severity.
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return report;
}

} // namespace Manifold::Oci
