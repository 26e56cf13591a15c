#include "core/oci/digest.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace Manifold::Oci {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Oci)
};

const EVP_MD *mdFor(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Sha512 ? EVP_sha512() : EVP_sha256();
}

bool isLowerHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QString Digest::algorithmName(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Sha512 ? QStringLiteral("sha512") : QStringLiteral("sha256");
}

int Digest::hexLength(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Sha512 ? 128 : 64;
}

QString Digest::algorithmName() const
{
    return algorithmName(m_algorithm);
}

Result<Digest> Digest::parse(const QString &text, const QString &location)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString hint = Tr::tr("A digest is \"sha256:\" followed by 64 lowercase hex digits (or \"sha512:\" and 128).");
    if (colon <= 0)
        return Error(QStringLiteral("oci.digest.invalid"),
                     Tr::tr("\"%1\" is not a digest: it has no algorithm prefix").arg(text.left(80)), location, hint);
    const QStringView algorithm = QStringView(text).left(colon);
    const QStringView encoded = QStringView(text).mid(colon + 1);
    DigestAlgorithm id;
    if (algorithm == QLatin1String("sha256"))
        id = DigestAlgorithm::Sha256;
    else if (algorithm == QLatin1String("sha512"))
        id = DigestAlgorithm::Sha512;
    else
        return Error(QStringLiteral("oci.digest.unsupported-algorithm"),
                     Tr::tr("Digest algorithm \"%1\" is not supported").arg(algorithm.left(32).toString()),
                     location, Tr::tr("Use sha256 or sha512 digests."));
    if (encoded.size() != hexLength(id) || !isLowerHex(encoded))
        return Error(QStringLiteral("oci.digest.invalid"),
                     Tr::tr("\"%1\" is not a valid %2 digest: expected %3 lowercase hex digits")
                         .arg(text.left(140), algorithmName(id))
                         .arg(hexLength(id)),
                     location, hint);
    Digest digest;
    digest.m_algorithm = id;
    digest.m_encoded = encoded.toLatin1();
    return digest;
}

bool Digest::isValid(const QString &text)
{
    return parse(text).ok();
}

Digest Digest::of(const QByteArray &bytes, DigestAlgorithm algorithm)
{
    DigestHasher hasher(algorithm);
    hasher.addData(bytes);
    return hasher.result();
}

Digest Digest::fromHex(DigestAlgorithm algorithm, const QByteArray &hex)
{
    Digest digest;
    digest.m_algorithm = algorithm;
    digest.m_encoded = hex.toLower();
    return digest;
}

QString Digest::toString() const
{
    if (isEmpty())
        return {};
    return algorithmName() + QLatin1Char(':') + QString::fromLatin1(m_encoded);
}

QString Digest::shortString() const
{
    return QString::fromLatin1(m_encoded.left(12));
}

QString Digest::blobPath() const
{
    return QStringLiteral("blobs/") + algorithmName() + QLatin1Char('/') + QString::fromLatin1(m_encoded);
}

size_t qHash(const Digest &digest, size_t seed)
{
    return qHashMulti(seed, int(digest.algorithm()), digest.encoded());
}

struct DigestHasher::State
{
    EVP_MD_CTX *context = nullptr;
    ~State() { EVP_MD_CTX_free(context); }
};

DigestHasher::DigestHasher(DigestAlgorithm algorithm)
    : m_state(std::make_unique<State>())
    , m_algorithm(algorithm)
{
    m_state->context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_state->context, mdFor(algorithm), nullptr);
}

DigestHasher::~DigestHasher() = default;
DigestHasher::DigestHasher(DigestHasher &&other) noexcept = default;
DigestHasher &DigestHasher::operator=(DigestHasher &&other) noexcept = default;

void DigestHasher::addData(const char *data, qint64 length)
{
    if (length <= 0)
        return;
    EVP_DigestUpdate(m_state->context, data, size_t(length));
    m_bytes += length;
}

Digest DigestHasher::result()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context, out, &length);
    EVP_DigestInit_ex(m_state->context, mdFor(m_algorithm), nullptr);
    m_bytes = 0;
    return Digest::fromHex(m_algorithm, QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex());
}

ContentVerifier::ContentVerifier(const Digest &expected, qint64 expectedSize, QString location)
    : m_expected(expected)
    , m_expectedSize(expectedSize)
    , m_location(std::move(location))
    , m_hasher(expected.algorithm())
{}

Status ContentVerifier::addData(const char *data, qint64 length)
{
    if (m_expectedSize >= 0 && m_hasher.bytesHashed() + length > m_expectedSize)
        return Error(QStringLiteral("oci.content.size-mismatch"),
                     Tr::tr("Content of %1 is larger than the %2 bytes its descriptor declares")
                         .arg(m_expected.toString())
                         .arg(m_expectedSize),
                     m_location, Tr::tr("The source serves different content than its manifest describes; re-push or re-pull the image."));
    m_hasher.addData(data, length);
    return {};
}

Status ContentVerifier::finish()
{
    if (m_expectedSize >= 0 && m_hasher.bytesHashed() != m_expectedSize)
        return Error(QStringLiteral("oci.content.size-mismatch"),
                     Tr::tr("Content of %1 has %2 bytes, its descriptor declares %3")
                         .arg(m_expected.toString())
                         .arg(m_hasher.bytesHashed())
                         .arg(m_expectedSize),
                     m_location, Tr::tr("The content is truncated or the descriptor is wrong; fetch it again or fix the manifest."));
    const Digest actual = m_hasher.result();
    if (actual != m_expected)
        return Error(QStringLiteral("oci.content.digest-mismatch"),
                     Tr::tr("Content digest %1 does not match the expected %2").arg(actual.toString(), m_expected.toString()),
                     m_location, Tr::tr("The content is corrupt or was replaced; fetch it again from a trusted source."));
    return {};
}

Status verifyContent(const QByteArray &bytes, const Digest &expected, qint64 expectedSize,
                     const QString &location)
{
    ContentVerifier verifier(expected, expectedSize, location);
    if (Status status = verifier.addData(bytes); !status) {
        // Report the full size rather than "larger than": it is known here.
        return Error(QStringLiteral("oci.content.size-mismatch"),
                     Tr::tr("Content of %1 has %2 bytes, its descriptor declares %3")
                         .arg(expected.toString())
                         .arg(bytes.size())
                         .arg(expectedSize),
                     location, status.error().hint);
    }
    return verifier.finish();
}

} // namespace Manifold::Oci
