#include "app/commands/imagesource.h"

#include "app/cli/output.h"
#include "app/commands/registrycli.h"
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
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::ImageSourceResolver)
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

Result<ImageSource> ImageSourceResolver::resolve(const QString &argument, const Registry::RegistryConfig &config)
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
        auto session = std::make_shared<Registry::RegistrySession>(config);
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

QString ImageSource::plainHttpDomain() const
{
    auto *registry = dynamic_cast<Registry::RegistryContentSource *>(source.get());
    if (!registry || !registry->client().isPlainHttp())
        return {};
    return registry->reference().domain;
}

ImageCommand::ImageCommand(QString command, Streams streams, const QString &summary, const QString &platformHelp)
    : m_command(std::move(command))
    , m_streams(streams)
    , m_json(QStringLiteral("json"), tr("Print JSON."))
    , m_platform(QStringLiteral("platform"), platformHelp, QStringLiteral("list"))
{
    m_parser.setApplicationDescription(summary);
    m_parser.addPositionalArgument(QStringLiteral("image"),
                                   tr("DIR, oci:DIR[:REF], oci-archive:FILE[:REF], docker-archive:FILE[:REF], or a "
                                      "registry reference HOST/REPO[:TAG|@DIGEST]"));
    m_parser.addOptions({m_json, m_platform});
    m_parser.addOptions(RegistryCli::trustOptions());
}

bool ImageCommand::parse(const QStringList &arguments, int &exitCode)
{
    exitCode = ExitOk;
    if (!parseArguments(m_parser, arguments, m_streams, exitCode))
        return false;
    if (m_parser.positionalArguments().size() != 1) {
        exitCode = fail(Error(QStringLiteral("cli.usage"), tr("expected exactly one image"), {},
                              tr("usage: manifold %1 PATH|REF [--json] [--platform P,P…]").arg(m_command)),
                        ExitUsage);
        return false;
    }
    return true;
}

Result<QList<Platform>> ImageCommand::platforms() const
{
    if (!m_parser.isSet(m_platform))
        return QList<Platform>();
    return Platform::parseList(m_parser.value(m_platform));
}

int ImageCommand::fail(const Error &error, int code) const
{
    if (json())
        printJson(m_streams.out, errorToJson(error));
    else
        printError(m_streams.err, m_command, error);
    return code;
}

Result<Oci::ImageTree> ImageCommand::load(const Oci::ImageTreeOptions &options)
{
    const Registry::RegistryConfig config = RegistryCli::configFrom(m_parser);
    Result<ImageSource> image = ImageSourceResolver::resolve(m_parser.positionalArguments().constFirst(), config);
    if (!image)
        return image.error();
    m_image = *image;
    // Relaxed TLS is never silent: say so before talking to the registry.
    if (m_image.kind == QLatin1String("registry"))
        RegistryCli::printTlsExceptions(m_streams.err, config);
    return loadImageTree(m_image, options);
}

void ImageCommand::addTransport(QJsonObject &object) const
{
    if (m_image.kind != QLatin1String("registry"))
        return;
    const QString domain = m_image.plainHttpDomain();
    RegistryCli::addTransport(object, !domain.isEmpty(), domain);
    object.insert(QStringLiteral("tlsExceptions"), RegistryCli::tlsExceptionsJson(RegistryCli::configFrom(m_parser)));
}

void ImageCommand::printTransport(QTextStream &out) const
{
    const QString domain = m_image.plainHttpDomain();
    if (!domain.isEmpty())
        out << tr("Transport: %1").arg(RegistryCli::plainHttpNotice(domain)) << '\n';
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
