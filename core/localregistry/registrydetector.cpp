#include "core/localregistry/registrydetector.h"

#include "core/localregistry/registryprobe.h"
#include "core/registry/registryclient.h"
#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

const QString ProbeRepository = QStringLiteral("manifold-probe/index-test");

// Pushes {} + a one-entry image manifest + an OCI index, reads the index back and deletes what
// it pushed (when deletion is on). Fills acceptsIndex, deleteAllowed and indexDetail.
void testIndexSupport(Registry::RegistryClient &client, DetectedRegistry &found)
{
    using namespace Oci;
    const QByteArray config = "{}";
    const Descriptor configDescriptor = Descriptor::forContent(MediaType::OciEmpty, config);
    if (Status uploaded = client.uploadBlob(ProbeRepository, configDescriptor, config); !uploaded) {
        found.acceptsIndex = std::nullopt;
        found.indexDetail = Tr::tr("could not push a test blob: %1").arg(uploaded.error().message);
        return;
    }
    // The empty blob doubles as the single layer: some registries refuse layerless manifests.
    Descriptor layer = configDescriptor;
    const ImageManifest manifest = ImageManifest::create(configDescriptor, {layer});
    Status pushedManifest = client.putManifest(ProbeRepository, manifest.digest().toString(),
                                                        MediaType::OciManifest, manifest.rawBytes());
    if (!pushedManifest) {
        found.acceptsIndex = std::nullopt;
        found.indexDetail = Tr::tr("could not push a test image manifest: %1").arg(pushedManifest.error().message);
        return;
    }
    Descriptor entry = manifest.descriptor();
    entry.platform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
    const ImageIndex index = ImageIndex::create({entry});
    const QString tag = QStringLiteral("probe-%1").arg(QCoreApplication::applicationPid());
    Status pushedIndex = client.putManifest(ProbeRepository, tag, MediaType::OciIndex, index.rawBytes());
    if (!pushedIndex) {
        found.acceptsIndex = false;
        found.indexDetail = Tr::tr("the registry refused an OCI image index: %1").arg(pushedIndex.error().message);
    } else {
        Result<Registry::ManifestResponse> readBack = client.getManifest(ProbeRepository, tag);
        if (!readBack) {
            found.acceptsIndex = false;
            found.indexDetail = Tr::tr("the index was accepted but cannot be read back: %1").arg(readBack.error().message);
        } else if (Digest::of(readBack->bytes) != index.digest()) {
            found.acceptsIndex = false;
            found.indexDetail = Tr::tr("the index read back differs from what was pushed (%1, media type %2): "
                                   "the registry rewrites indexes")
                                    .arg(Digest::of(readBack->bytes).shortString(), readBack->descriptor.mediaType);
        } else {
            found.acceptsIndex = true;
            found.indexDetail = Tr::tr("accepts OCI image indexes and returns them unchanged");
        }
        Status deleted = client.deleteManifest(ProbeRepository, index.digest().toString());
        found.deleteAllowed = deleted.ok();
        if (!deleted.ok())
            found.indexDetail += QStringLiteral("; ") + Tr::tr("deletion is off, the test index stays in %1").arg(ProbeRepository);
    }
    if (found.deleteAllowed.value_or(true))
        (void)client.deleteManifest(ProbeRepository, manifest.digest().toString());
}

} // namespace

QJsonObject DetectedRegistry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("port"), port);
    object.insert(QStringLiteral("url"), url);
    object.insert(QStringLiteral("answering"), answering);
    object.insert(QStringLiteral("isRegistry"), isRegistry);
    object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("apiVersion"), apiVersion);
    object.insert(QStringLiteral("tls"), tls);
    object.insert(QStringLiteral("authRequired"), authRequired);
    object.insert(QStringLiteral("authChallenge"), authChallenge);
    object.insert(QStringLiteral("acceptsIndex"), acceptsIndex ? QJsonValue(*acceptsIndex) : QJsonValue());
    object.insert(QStringLiteral("deleteAllowed"), deleteAllowed ? QJsonValue(*deleteAllowed) : QJsonValue());
    object.insert(QStringLiteral("indexDetail"), indexDetail);
    if (owner) {
        QJsonObject process;
        process.insert(QStringLiteral("pid"), owner->pid);
        process.insert(QStringLiteral("command"), owner->command);
        process.insert(QStringLiteral("commandLine"), owner->commandLine);
        object.insert(QStringLiteral("owner"), process);
    }
    return object;
}

DetectedRegistry RegistryDetector::probe(quint16 port, const DetectOptions &options)
{
    DetectedRegistry found;
    found.port = port;
    found.owner = PortProbe::occupant(port);
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
        RegistryEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port));
        endpoint.username = options.username;
        endpoint.password = options.password;
        endpoint.caCertificatePath = options.caCertificatePath;
        endpoint.skipTlsVerification = options.caCertificatePath.isEmpty();
        const ProbeAnswer response = probeRegistryRoot(endpoint, options.timeoutMs);
        if (response.status == 0)
            continue;
        // Go's TLS server answers plain HTTP with 400 "Client sent an HTTP request to an HTTPS server".
        if (scheme == QLatin1String("http") && response.status == 400
            && response.body.contains("HTTPS server"))
            continue;
        found.answering = true;
        found.url = endpoint.baseUrl.toString();
        found.tls = scheme == QLatin1String("https");
        found.status = response.status;
        found.apiVersion = QString::fromLatin1(response.header("Docker-Distribution-Api-Version"));
        found.authChallenge = QString::fromLatin1(response.header("WWW-Authenticate"));
        found.authRequired = response.status == 401;
        found.isRegistry = !found.apiVersion.isEmpty() || (found.authRequired && !found.authChallenge.isEmpty());
        if (options.testIndexSupport && found.isRegistry && response.status == 200)
            testIndexSupport(*registryClientFor(endpoint, options.timeoutMs, 1), found);
        else if (found.authRequired)
            found.indexDetail = Tr::tr("not tested: the registry requires credentials");
        break;
    }
    return found;
}

QList<DetectedRegistry> RegistryDetector::detect(const DetectOptions &options)
{
    QList<DetectedRegistry> found;
    QList<quint16> seen;
    for (quint16 port : options.ports) {
        if (seen.contains(port))
            continue;
        seen.append(port);
        DetectedRegistry registry = probe(port, options);
        if (registry.answering || registry.owner)
            found.append(registry);
    }
    return found;
}

QFuture<QList<DetectedRegistry>> RegistryDetector::detectAsync(const DetectOptions &options)
{
    return QtConcurrent::run([options] { return detect(options); });
}

} // namespace Manifold::LocalRegistry
