#pragma once

#include "core/utils/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Manifold {

// A target platform as OCI and containerd describe it: os/architecture[/variant], plus the
// optional os.version and os.features of image indexes.
//
// Text form (containerd's specifier syntax):
//   "linux/arm64/v8"   os/arch/variant
//   "linux/amd64"      os/arch
//   "arm64"            an architecture alone: the host's OS is assumed
//   "linux"            an OS alone: the host's architecture is assumed
//   "windows(10.0.17763)/amd64"  os with os.version
// Components are case-insensitive and normalized: aarch64 -> arm64, x86_64 -> amd64,
// armhf -> arm/v7, armel -> arm/v6, i386/i686 -> 386, macos -> darwin.
class Platform
{
public:
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;
    QStringList osFeatures;

    Platform() = default;
    Platform(QString os, QString architecture, QString variant = {})
        : os(std::move(os))
        , architecture(std::move(architecture))
        , variant(std::move(variant))
    {}

    // Parses and normalizes a specifier; the error says what was expected.
    static Result<Platform> parse(const QString &specifier);
    // Parses a comma-separated list ("linux/amd64,linux/arm64"); duplicates are kept once.
    static Result<QList<Platform>> parseList(const QString &specifiers);

    // containerd's normalization; arm64's default variant v8 becomes empty, arm's default v7.
    Platform normalized() const;

    // "os/arch[/variant]" (os.version is not part of it).
    QString toString() const;
    // Like toString() but spells arm64's implied variant: "linux/arm64/v8".
    QString toDisplayString() const;

    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }
    // The platform buildx gives attestation manifests.
    bool isUnknown() const;
    static Platform unknown() { return Platform(QStringLiteral("unknown"), QStringLiteral("unknown")); }

    // Problems with an already-parsed platform (unknown architecture, a variant that the
    // architecture does not have such as amd64 + v8); empty when valid.
    QStringList validate() const;

    // OCI descriptor "platform" object (architecture, os, variant, os.version, os.features).
    QJsonObject toJson() const;
    static Platform fromJson(const QJsonObject &object);

    bool operator==(const Platform &other) const;
    bool operator!=(const Platform &other) const { return !(*this == other); }
};

// The platform an ELF header describes (e_ident class/data + e_machine), e.g. 183 -> arm64.
// Returns an empty Platform for machines Manifold does not map.
Platform platformForElf(int elfClass, int elfData, int machine, quint32 flags = 0);
// Human name for an ELF e_machine value ("AArch64", "x86-64", ...).
QString elfMachineName(int machine);

size_t qHash(const Platform &platform, size_t seed = 0);

} // namespace Manifold
