#pragma once

#include "core/utils/result.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <memory>

namespace Manifold::Oci {

enum class DigestAlgorithm { Sha256, Sha512 };

// A content digest "algorithm:encoded" as OCI descriptors carry it. Only sha256 and sha512 are
// accepted, with lowercase hex of the exact length, so a Digest that exists is safe to put into
// a URL or a file path (blobs/sha256/<hex>).
class Digest
{
public:
    Digest() = default;

    // Parses and validates "sha256:<64 hex>" / "sha512:<128 hex>". `location` names where the
    // string came from (file, field) for the error.
    static Result<Digest> parse(const QString &text, const QString &location = {});
    static bool isValid(const QString &text);
    // Digest of `bytes` exactly as given.
    static Digest of(const QByteArray &bytes, DigestAlgorithm algorithm = DigestAlgorithm::Sha256);
    static Digest fromHex(DigestAlgorithm algorithm, const QByteArray &hex);

    bool isEmpty() const { return m_encoded.isEmpty(); }
    DigestAlgorithm algorithm() const { return m_algorithm; }
    QString algorithmName() const; // "sha256"
    QString encoded() const { return QString::fromLatin1(m_encoded); }
    QString toString() const; // "sha256:abcd…"
    QString shortString() const; // first 12 hex digits, for tables
    // Relative path inside an OCI layout: "blobs/sha256/<hex>".
    QString blobPath() const;

    bool operator==(const Digest &other) const = default;

    static QString algorithmName(DigestAlgorithm algorithm);
    static int hexLength(DigestAlgorithm algorithm);

private:
    DigestAlgorithm m_algorithm = DigestAlgorithm::Sha256;
    QByteArray m_encoded; // lowercase hex
};

size_t qHash(const Digest &digest, size_t seed = 0);

// Incremental hashing (OpenSSL EVP) for streamed content.
class DigestHasher
{
public:
    explicit DigestHasher(DigestAlgorithm algorithm = DigestAlgorithm::Sha256);
    ~DigestHasher();
    DigestHasher(DigestHasher &&other) noexcept;
    DigestHasher &operator=(DigestHasher &&other) noexcept;
    DigestHasher(const DigestHasher &) = delete;
    DigestHasher &operator=(const DigestHasher &) = delete;

    void addData(const char *data, qint64 length);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    qint64 bytesHashed() const { return m_bytes; }
    // Finishes the hash; the hasher restarts afterwards.
    Digest result();

private:
    struct State;
    std::unique_ptr<State> m_state;
    DigestAlgorithm m_algorithm;
    qint64 m_bytes = 0;
};

// Checks content against an expected size and digest as it streams: size first (an overlong
// stream fails as soon as it passes the expected size), then the digest at the end.
// `expectedSize` < 0 means unknown (only the digest is checked).
class ContentVerifier
{
public:
    ContentVerifier(const Digest &expected, qint64 expectedSize, QString location = {});

    // Returns an error as soon as more bytes than expected arrive.
    Status addData(const char *data, qint64 length);
    Status addData(const QByteArray &data) { return addData(data.constData(), data.size()); }
    // Checks the final size and the digest.
    Status finish();
    qint64 bytesSeen() const { return m_hasher.bytesHashed(); }

private:
    Digest m_expected;
    qint64 m_expectedSize;
    QString m_location;
    DigestHasher m_hasher;
};

// Verifies a complete in-memory body: size first, then digest.
Status verifyContent(const QByteArray &bytes, const Digest &expected, qint64 expectedSize,
                     const QString &location = {});

} // namespace Manifold::Oci
