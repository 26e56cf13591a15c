#include "ui/inspector/imagesourceopener.h"

#include "core/oci/dockerarchivesource.h"
#include "core/oci/ocilayoutsource.h"
#include "core/registry/imagereference.h"
#include "core/registry/registrycontentsource.h"
#include "ui/inspector/registrysessions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Manifold::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Ui::ImageSourceOpener)
};

struct LocalTarget
{
    QString scheme; // "oci-layout", "oci-archive", "docker-archive" or "" (sniff)
    QString path;
    QString reference;
};

// "scheme:/path[:ref]" or "/path[:ref]": the longest prefix that exists on disk is the path.
std::optional<LocalTarget> splitLocal(const QString &text)
{
    LocalTarget target;
    QString rest = text;
    for (const QString &scheme : {QStringLiteral("oci-layout"), QStringLiteral("oci-archive"), QStringLiteral("docker-archive"),
                                  QStringLiteral("oci")}) {
        if (rest.startsWith(scheme + QLatin1Char(':'))) {
            target.scheme = scheme == QLatin1String("oci") ? QStringLiteral("oci-layout") : scheme;
            rest = rest.mid(scheme.size() + 1);
            break;
        }
    }
    if (rest.startsWith(QLatin1String("file://")))
        rest = QUrl(rest).toLocalFile();
    if (QFileInfo::exists(rest)) {
        target.path = rest;
        return target;
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && QFileInfo::exists(rest.left(colon))) {
        target.path = rest.left(colon);
        target.reference = rest.mid(colon + 1);
        return target;
    }
    if (!target.scheme.isEmpty()) {
        target.path = rest;
        return target; // explicit scheme: report the missing path instead of trying a registry
    }
    return std::nullopt;
}

Result<OpenedImageSource> openLocal(const LocalTarget &target, const Oci::CancelToken &cancel)
{
    const QFileInfo info(target.path);
    if (!info.exists())
        return Error(QStringLiteral("ui.inspector.not-found"), Tr::tr("Nothing to inspect at this path"), target.path,
                     Tr::tr("Check the path, or enter a registry reference such as 127.0.0.1:5000/busybox:latest."));
    OpenedImageSource opened;
    opened.reference = target.reference;
    opened.title = target.reference.isEmpty() ? info.fileName() : info.fileName() + QLatin1Char(':') + target.reference;
    if (info.isDir()) {
        if (!QFileInfo::exists(QDir(target.path).filePath(QStringLiteral("oci-layout"))))
            return Error(QStringLiteral("ui.inspector.not-a-layout"), Tr::tr("This folder is not an OCI image layout (no oci-layout file)"),
                         target.path, Tr::tr("Choose the folder that holds oci-layout, index.json and blobs/."));
        Result<std::shared_ptr<Oci::OciLayoutSource>> layout = Oci::OciLayoutSource::openDirectory(target.path);
        if (!layout)
            return layout.error();
        opened.source = *layout;
        return opened;
    }
    if (target.scheme != QLatin1String("docker-archive")) {
        Result<std::shared_ptr<Oci::OciLayoutSource>> archive = Oci::OciLayoutSource::openArchive(target.path);
        if (archive) {
            opened.source = *archive;
            return opened;
        }
        if (target.scheme == QLatin1String("oci-archive"))
            return archive.error();
    }
    Result<std::shared_ptr<Oci::DockerArchiveSource>> docker = Oci::DockerArchiveSource::open(target.path, cancel);
    if (!docker)
        return docker.error();
    opened.source = *docker;
    return opened;
}

} // namespace

bool ImageSourceOpener::looksLikeLocalPath(const QString &text)
{
    return splitLocal(text.trimmed()).has_value();
}

Result<OpenedImageSource> ImageSourceOpener::open(const QString &refOrPath, const Oci::CancelToken &cancel)
{
    const QString text = refOrPath.trimmed();
    if (text.isEmpty())
        return Error(QStringLiteral("ui.inspector.empty"), Tr::tr("Nothing to inspect"), {},
                     Tr::tr("Enter a registry reference, or choose an OCI layout folder or an image archive."));
    if (std::optional<LocalTarget> local = splitLocal(text))
        return openLocal(*local, cancel);
    return openRegistryReference(text);
}

Result<OpenedImageSource> ImageSourceOpener::openRegistryReference(const QString &text)
{
    Result<Registry::ImageReference> reference = Registry::ImageReference::parse(text);
    if (!reference) {
        Error error = reference.error();
        if (error.hint.isEmpty())
            error.hint = Tr::tr("Enter a reference such as 127.0.0.1:5000/busybox:latest, or the path of an OCI layout or archive.");
        return error;
    }
    OpenedImageSource opened;
    opened.source = std::make_shared<Registry::RegistryContentSource>(sharedRegistrySession(), reference->repositoryOnly());
    opened.reference = reference->manifestReference();
    opened.title = reference->toString();
    return opened;
}

} // namespace Manifold::Ui
