#pragma once

#include "core/build/imagereference.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class QIODevice;

namespace Manifold::Build {

struct FetchedManifest
{
    QByteArray bytes;
    QString mediaType;
    QString digest; // sha256 of bytes
};

// The few OCI distribution calls index publishing still needs: upload an OCI
// layout's image by digest, put an index with tags, read back for verification. Anonymous or
// anonymous-token access only. It blocks: create and use it on a worker thread.
class DistributionClient
{
public:
    explicit DistributionClient(QStringList insecureRegistries = {});
    ~DistributionClient();

    Result<FetchedManifest> getManifest(const ImageReference &reference);
    Result<QByteArray> getBlob(const ImageReference &repository, const QString &digest);

    Status putManifest(const ImageReference &repository, const QString &reference, const QString &mediaType,
                       const QByteArray &bytes);
    bool hasBlob(const ImageReference &repository, const QString &digest);
    Status uploadBlob(const ImageReference &repository, const QString &digest, const QString &path);

    // Uploads blobs and the manifest `manifestDigest` from an OCI image layout, by digest.
    Status pushFromLayout(const QString &layoutDir, const QString &manifestDigest, const ImageReference &repository);

private:
    struct Response;
    Response send(const QByteArray &verb, const ImageReference &repository, const QString &pathOrUrl,
                  const QMap<QByteArray, QByteArray> &headers, QIODevice *body, const QByteArray &bodyBytes,
                  const QString &scope);
    QString baseUrl(const ImageReference &reference) const;
    Status fetchToken(const QByteArray &challenge, const QString &scope, const QString &registry);

    QStringList m_insecure;
    QMap<QString, QByteArray> m_tokens; // registry + scope -> bearer token
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// sha256:<hex> of bytes.
QString sha256Digest(const QByteArray &bytes);

} // namespace Manifold::Build
