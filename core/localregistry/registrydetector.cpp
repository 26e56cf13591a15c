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

struct ListTest
{
    std::optional<bool> accepted; // nullopt: could not be tested
    std::optional<bool> deleteAllowed;
    QString detail;
};

// Pushes {} + a one-entry image manifest + a list of it (an OCI index, or a Docker manifest list
// of a Docker schema2 manifest), reads the list back byte for byte and deletes what it pushed
// (when deletion is on).
ListTest pushListAndReadBack(Registry::RegistryClient &client, bool docker)
{
    using namespace Oci;
    ListTest test;
    const QString manifestType = docker ? MediaType::DockerManifest : MediaType::OciManifest;
    const QString listType = docker ? MediaType::DockerManifestList : MediaType::OciIndex;
    const QString listName = docker ? Tr::tr("Docker manifest list") : Tr::tr("OCI image index");
    const QByteArray config = "{}";
    const Descriptor configDescriptor =
        Descriptor::forContent(docker ? MediaType::DockerConfig : MediaType::OciEmpty, config);
    if (Status uploaded = client.uploadBlob(ProbeRepository, configDescriptor, config); !uploaded) {
        test.detail = Tr::tr("could not push a test blob: %1").arg(uploaded.error().message);
        return test;
    }
    // The same blob doubles as the single layer: some registries refuse layerless manifests.
    const Descriptor layer =
        Descriptor::forContent(docker ? MediaType::DockerLayerGzip : MediaType::OciEmpty, config);
    const ImageManifest manifest = ImageManifest::create(configDescriptor, {layer}, {}, manifestType);
    if (Status pushed = client.putManifest(ProbeRepository, manifest.digest().toString(), manifestType, manifest.rawBytes());
        !pushed) {
        test.detail = Tr::tr("could not push a test image manifest: %1").arg(pushed.error().message);
        return test;
    }
    Descriptor entry = manifest.descriptor();
    entry.platform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
    const ImageIndex list = ImageIndex::create({entry}, {}, listType);
    const QString tag = QStringLiteral("probe-%1-%2").arg(docker ? QStringLiteral("list") : QStringLiteral("index"))
                            .arg(QCoreApplication::applicationPid());
    if (Status pushed = client.putManifest(ProbeRepository, tag, listType, list.rawBytes()); !pushed) {
        test.accepted = false;
        test.detail = Tr::tr("the registry refused a %1: %2").arg(listName, pushed.error().message);
    } else {
        Result<Registry::ManifestResponse> readBack = client.getManifest(ProbeRepository, tag);
        if (!readBack) {
            test.accepted = false;
            test.detail = Tr::tr("the %1 was accepted but cannot be read back: %2").arg(listName, readBack.error().message);
        } else if (Digest::of(readBack->bytes) != list.digest()
                   || MediaTypes::withoutParameters(readBack->descriptor.mediaType) != listType) {
            test.accepted = false;
            test.detail = Tr::tr("the %1 read back differs from what was pushed (%2, media type %3): "
                             "the registry rewrites it")
                              .arg(listName, Digest::of(readBack->bytes).shortString(), readBack->descriptor.mediaType);
        } else {
            test.accepted = true;
            test.detail = Tr::tr("accepts a %1 and returns it unchanged").arg(listName);
        }
        Status deleted = client.deleteManifest(ProbeRepository, list.digest().toString());
        test.deleteAllowed = deleted.ok();
        if (!deleted.ok())
            test.detail += QStringLiteral("; ") + Tr::tr("deletion is off, the test list stays in %1").arg(ProbeRepository);
    }
    if (test.deleteAllowed.value_or(true))
        (void)client.deleteManifest(ProbeRepository, manifest.digest().toString());
    return test;
}

// Fills acceptsIndex, acceptsManifestList, deleteAllowed and indexDetail.
void testIndexSupport(Registry::RegistryClient &client, DetectedRegistry &found)
{
    const ListTest index = pushListAndReadBack(client, false);
    found.acceptsIndex = index.accepted;
    found.deleteAllowed = index.deleteAllowed;
    found.indexDetail = index.detail;
    const ListTest list = pushListAndReadBack(client, true);
    found.acceptsManifestList = list.accepted;
    found.manifestListDetail = list.detail;
    if (!found.deleteAllowed)
        found.deleteAllowed = list.deleteAllowed;
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
    object.insert(QStringLiteral("tlsVerified"), tlsVerified);
    object.insert(QStringLiteral("authRequired"), authRequired);
    object.insert(QStringLiteral("credentialsWithheld"), credentialsWithheld);
    object.insert(QStringLiteral("credentialsDetail"), credentialsDetail);
    object.insert(QStringLiteral("authChallenge"), authChallenge);
    object.insert(QStringLiteral("acceptsIndex"), acceptsIndex ? QJsonValue(*acceptsIndex) : QJsonValue());
    object.insert(QStringLiteral("deleteAllowed"), deleteAllowed ? QJsonValue(*deleteAllowed) : QJsonValue());
    object.insert(QStringLiteral("indexDetail"), indexDetail);
    object.insert(QStringLiteral("acceptsManifestList"),
                  acceptsManifestList ? QJsonValue(*acceptsManifestList) : QJsonValue());
    object.insert(QStringLiteral("manifestListDetail"), manifestListDetail);
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
    const bool hasCredentials = !options.username.isEmpty();
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
        // Finding out what answers needs no credentials: the first probe is anonymous and goes
        // on past TLS errors (it trusts nothing it learns from an unverified peer).
        RegistryEndpoint anonymous;
        anonymous.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port));
        anonymous.caCertificatePath = options.caCertificatePath;
        anonymous.skipTlsVerification = true;
        ProbeAnswer response = probeRegistryRoot(anonymous, options.timeoutMs);
        if (response.status == 0)
            continue;
        // Go's TLS server answers plain HTTP with 400 "Client sent an HTTP request to an HTTPS server".
        if (scheme == QLatin1String("http") && response.status == 400
            && response.body.contains("HTTPS server"))
            continue;
        found.answering = true;
        found.url = anonymous.baseUrl.toString();
        found.tls = scheme == QLatin1String("https");
        found.tlsVerified = found.tls && response.tlsVerified;

        // Credentials go only where nobody else can read them: plain HTTP on loopback (every
        // probe here is), or TLS whose certificate was verified.
        const bool mayUseCredentials = !found.tls || found.tlsVerified;
        RegistryEndpoint trusted = anonymous;
        trusted.skipTlsVerification = found.tls && !found.tlsVerified;
        if (hasCredentials && mayUseCredentials) {
            trusted.username = options.username;
            trusted.password = options.password;
            if (response.status == 401)
                response = probeRegistryRoot(trusted, options.timeoutMs);
        } else if (hasCredentials) {
            found.credentialsWithheld = true;
            found.credentialsDetail =
                Tr::tr("the TLS certificate of 127.0.0.1:%1 could not be verified (%2), so the credentials were not "
                       "sent. Give the registry's CA certificate (or trust it system-wide) and detect again.")
                    .arg(port)
                    .arg(response.tlsErrors.join(QStringLiteral("; ")));
        }
        found.status = response.status;
        found.apiVersion = QString::fromLatin1(response.header("Docker-Distribution-Api-Version"));
        found.authChallenge = QString::fromLatin1(response.header("WWW-Authenticate"));
        found.authRequired = response.status == 401;
        found.isRegistry = !found.apiVersion.isEmpty() || (found.authRequired && !found.authChallenge.isEmpty());
        if (options.testIndexSupport && found.isRegistry && response.status == 200)
            testIndexSupport(*registryClientFor(trusted, options.timeoutMs, 1), found);
        else if (found.authRequired && found.credentialsWithheld)
            found.indexDetail = Tr::tr("not tested: the registry requires credentials, which were withheld (TLS not verified)");
        else if (found.authRequired && hasCredentials)
            found.indexDetail = Tr::tr("not tested: the registry refused the credentials");
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
