#include "tests/build/buildtestsupport.h"

#include "core/oci/manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace Manifold::Test {

using Build::BuildEvent;

int BuildRun::count(BuildEvent::Kind kind) const
{
    int n = 0;
    for (const BuildEvent &event : events)
        n += event.kind == kind ? 1 : 0;
    return n;
}

QStringList BuildRun::texts(BuildEvent::Kind kind) const
{
    QStringList out;
    for (const BuildEvent &event : events) {
        if (event.kind == kind)
            out.append(event.toPlainText());
    }
    return out;
}

BuildRun runBuildJob(Build::BuildJob &job, int timeoutMs,
                     const std::function<void(Build::BuildJob &, const BuildEvent &)> &onEvent)
{
    BuildRun out;
    bool done = false;
    QObject::connect(&job, &Build::BuildJob::event, &job, [&](const BuildEvent &event) {
        out.events.append(event);
        if (onEvent)
            onEvent(job, event);
    });
    QObject::connect(&job, &Build::BuildJob::finished, &job, [&](const Build::BuildResult &result) {
        out.result = result;
        done = true;
    });
    job.start();
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        out.result.error = Error(QStringLiteral("test.timeout"), QStringLiteral("the build did not finish in time"));
    return out;
}

QString fileInImage(Registry::RegistryClient &client, const Registry::ImageReference &repository,
                    const QString &manifestDigest, const QString &path)
{
    const Result<Registry::ManifestResponse> response = client.getManifest(repository.path, manifestDigest);
    if (!response)
        return QStringLiteral("<%1>").arg(response.error().toString());
    const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(response->bytes);
    if (!manifest)
        return QStringLiteral("<%1>").arg(manifest.error().toString());
    QString content;
    for (const Oci::Descriptor &layer : manifest->layers()) {
        const Result<QByteArray> blob = client.getBlob(repository.path, layer);
        if (!blob)
            continue;
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzOf"), QStringLiteral("-"), path});
        tar.write(*blob);
        tar.closeWriteChannel();
        tar.waitForFinished(30000);
        if (tar.exitCode() == 0)
            content = QString::fromUtf8(tar.readAllStandardOutput()).trimmed();
    }
    return content;
}

QString lastDiffId(Registry::RegistryClient &client, const Registry::ImageReference &repository,
                   const QString &manifestDigest)
{
    const Result<Registry::ManifestResponse> response = client.getManifest(repository.path, manifestDigest);
    if (!response)
        return QString();
    const Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(response->bytes);
    if (!manifest)
        return QString();
    const Result<QByteArray> config = client.getBlob(repository.path, manifest->config());
    if (!config)
        return QString();
    const QJsonArray diffIds = QJsonDocument::fromJson(*config).object().value(QLatin1String("rootfs")).toObject()
                                   .value(QLatin1String("diff_ids")).toArray();
    return diffIds.isEmpty() ? QString() : diffIds.last().toString();
}

QStringList sampleArtifactProblems(const QString &tag, const QString &indexDigest)
{
    QStringList problems;
    const Result<Registry::ImageReference> reference = Registry::ImageReference::parse(tag);
    if (!reference)
        return {reference.error().toString()};
    Registry::RegistryClient client(std::make_shared<Registry::RegistrySession>(), reference->domain);
    const Result<Registry::ManifestResponse> index = client.getManifest(reference->path, reference->manifestReference());
    if (!index)
        return {index.error().toString()};
    if (index->descriptor.digest.toString() != indexDigest)
        problems.append(QStringLiteral("%1 serves %2, expected %3").arg(tag, index->descriptor.digest.toString(), indexDigest));
    if (index->descriptor.mediaType != QLatin1String("application/vnd.oci.image.index.v1+json"))
        problems.append(QStringLiteral("media type %1").arg(index->descriptor.mediaType));
    const QJsonArray manifests = QJsonDocument::fromJson(index->bytes).object().value(QLatin1String("manifests")).toArray();
    if (manifests.size() != 2)
        problems.append(QStringLiteral("%1 manifests, expected 2").arg(manifests.size()));
    const QMap<QString, QString> machine{{QStringLiteral("amd64"), QStringLiteral("x86_64")},
                                         {QStringLiteral("arm64"), QStringLiteral("aarch64")}};
    for (const QJsonValue &value : manifests) {
        const QJsonObject descriptor = value.toObject();
        const Platform platform = Platform::fromJson(descriptor.value(QLatin1String("platform")).toObject());
        const QString digest = descriptor.value(QLatin1String("digest")).toString();
        const QMap<QString, QString> expected{
            {QStringLiteral("artifacts/arm64_arch.txt"), QStringLiteral("aarch64")},
            {QStringLiteral("artifacts/amd64_arch.txt"), QStringLiteral("x86_64")},
            {QStringLiteral("artifacts/built_on.txt"),
             QStringLiteral("built for %1 on %2").arg(platform.toString(), machine.value(platform.architecture))}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString actual = fileInImage(client, *reference, digest, it.key());
            if (actual != it.value())
                problems.append(QStringLiteral("%1 %2: \"%3\", expected \"%4\"")
                                    .arg(platform.toString(), it.key(), actual, it.value()));
        }
    }
    return problems;
}

bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    return stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
}

} // namespace Manifold::Test
