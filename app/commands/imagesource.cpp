#include "app/commands/imagesource.h"

#include "core/oci/dockerarchivesource.h"
#include "core/oci/filestore.h"
#include "core/oci/ocilayoutsource.h"
#include "core/registry/registrycontentsource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QFileInfo>

namespace Manifold::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli)
};

template<typename T>
Result<ImageSource> wrap(Result<std::shared_ptr<T>> opened, const QString &reference, const QString &kind)
{
    if (!opened)
        return opened.error();
    return ImageSource{std::shared_ptr<Oci::ContentSource>(*opened), reference, kind};
}

Result<ImageSource> openArchive(const QString &path, const QString &reference)
{
    Result<std::unique_ptr<Oci::TarStore>> tar = Oci::TarStore::open(path);
    if (!tar)
        return tar.error();
    std::shared_ptr<Oci::FileStore> store(std::move(*tar));
    if (store->exists(QStringLiteral("oci-layout")))
        return wrap(Oci::OciLayoutSource::open(store, QStringLiteral("oci-archive")), reference, QStringLiteral("oci-archive"));
    if (store->exists(QStringLiteral("manifest.json")))
        return wrap(Oci::DockerArchiveSource::open(store), reference, QStringLiteral("docker-archive"));
    return Error(QStringLiteral("cli.image-source.unknown-archive"),
                 Tr::tr("The archive is neither an OCI archive (oci-layout) nor a `docker save` archive (manifest.json)"), path,
                 Tr::tr("Create one with `skopeo copy ... oci-archive:FILE` or `docker save -o FILE IMAGE`."));
}

} // namespace

void ImageSourceResolver::splitPathAndReference(const QString &text, QString &path, QString &reference)
{
    path = text;
    reference.clear();
    if (QFileInfo::exists(text))
        return;
    // The reference may contain colons itself ("REPO:TAG", "sha256:…"): the shortest existing
    // path prefix wins.
    for (qsizetype colon = text.indexOf(QLatin1Char(':')); colon > 0; colon = text.indexOf(QLatin1Char(':'), colon + 1)) {
        if (QFileInfo::exists(text.left(colon))) {
            path = text.left(colon);
            reference = text.mid(colon + 1);
            return;
        }
    }
}

Result<ImageSource> ImageSourceResolver::resolve(const QString &argument)
{
    QString path;
    QString reference;
    if (argument.startsWith(QLatin1String("oci:"))) {
        splitPathAndReference(argument.mid(4), path, reference);
        return wrap(Oci::OciLayoutSource::openDirectory(path), reference, QStringLiteral("oci-layout"));
    }
    if (argument.startsWith(QLatin1String("oci-archive:"))) {
        splitPathAndReference(argument.mid(12), path, reference);
        return wrap(Oci::OciLayoutSource::openArchive(path), reference, QStringLiteral("oci-archive"));
    }
    if (argument.startsWith(QLatin1String("docker-archive:"))) {
        splitPathAndReference(argument.mid(15), path, reference);
        return wrap(Oci::DockerArchiveSource::open(path), reference, QStringLiteral("docker-archive"));
    }

    const QFileInfo info(argument);
    if (info.isDir())
        return wrap(Oci::OciLayoutSource::openDirectory(argument), QString(), QStringLiteral("oci-layout"));
    if (info.isFile())
        return openArchive(argument, QString());

    // ---- Registry references (docker://HOST/REPO:TAG, HOST/REPO@DIGEST, REPO:TAG) ----------
    // Paths ("./x", "/x") that do not exist are reported as missing files below.
    if (!argument.startsWith(QLatin1Char('/')) && !argument.startsWith(QLatin1Char('.'))) {
        QString text = argument;
        if (text.startsWith(QLatin1String("docker://")))
            text = text.mid(9);
        Result<Registry::ImageReference> ref = Registry::ImageReference::parse(text);
        if (!ref)
            return ref.error();
        auto session = std::make_shared<Registry::RegistrySession>();
        auto source = std::make_shared<Registry::RegistryContentSource>(session, ref->repositoryOnly());
        return ImageSource{source, ref->manifestReference(), QStringLiteral("registry")};
    }
    // ------------------------------------------------------------------------------------------

    return Error(QStringLiteral("cli.image-source.not-found"),
                 Tr::tr("\"%1\" is not an OCI layout directory, an archive, or a supported reference").arg(argument), argument,
                 Tr::tr("Use a layout directory (oci:DIR[:TAG]), oci-archive:FILE[:TAG] or docker-archive:FILE[:REPO:TAG]."));
}

Result<Oci::ImageTree> loadImageTree(const ImageSource &image, const Oci::ImageTreeOptions &options)
{
    QFuture<Result<Oci::ImageTree>> future = Oci::ImageTreeLoader::load(image.source, image.reference, options);
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<Oci::ImageTree>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

QString formatSize(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

} // namespace Manifold::Cli
