#include "core/registry/imagereference.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Manifold::Registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Registry::ImageReference)
};

constexpr int MaxNameLength = 255;
const QString DockerHubDomain = QStringLiteral("docker.io");

const QRegularExpression &domainPattern()
{
    // host components, optional port; or a bracketed IPv6 literal with optional port
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*"
        "|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$"));
    return re;
}

const QRegularExpression &pathComponentPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$"));
    return re;
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral("^[\\w][\\w.-]{0,127}$"));
    return re;
}

const QRegularExpression &digestPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$"));
    return re;
}

Error referenceError(const QString &code, const QString &message, const QString &text, const QString &hint)
{
    return Error(QStringLiteral("registry.reference.") + code, message, text, hint);
}

// Splits "name[:tag][@digest]" into its parts without validating them.
struct RawParts
{
    QString name, tag, digest;
    bool hasTag = false, hasDigest = false;
};

RawParts split(const QString &text)
{
    RawParts parts;
    QString rest = text;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        parts.digest = rest.mid(at + 1);
        parts.hasDigest = true;
        rest.truncate(at);
    }
    // A tag colon comes after the last slash; a colon before it is a port.
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        parts.tag = rest.mid(colon + 1);
        parts.hasTag = true;
        rest.truncate(colon);
    }
    parts.name = rest;
    return parts;
}

Result<ImageReference> parseName(const QString &name, const QString &text)
{
    ImageReference ref;
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    const QString first = slash < 0 ? QString() : name.left(slash);
    // Docker's rule: the first component is a registry when it looks like a host.
    const bool hasDomain = slash >= 0
        && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
            || first == QLatin1String("localhost") || first.toLower() != first);
    if (hasDomain) {
        ref.domain = first;
        ref.path = name.mid(slash + 1);
    } else {
        ref.domain = DockerHubDomain;
        ref.path = name;
    }
    if (ref.domain == QLatin1String("index.docker.io") || ref.domain == QLatin1String("registry-1.docker.io"))
        ref.domain = DockerHubDomain;
    if (!domainPattern().match(ref.domain).hasMatch())
        return referenceError(QStringLiteral("domain"), Tr::tr("invalid registry host \"%1\"").arg(ref.domain), text,
                              Tr::tr("Write the registry as host[:port], e.g. ghcr.io or 127.0.0.1:5000."));
    if (ref.path.isEmpty())
        return referenceError(QStringLiteral("empty-path"), Tr::tr("the reference names no repository"), text,
                              Tr::tr("Add a repository after the registry, e.g. %1/team/app.").arg(ref.domain));
    if (ref.domain == DockerHubDomain && !ref.path.contains(QLatin1Char('/')))
        ref.path.prepend(QStringLiteral("library/"));
    const QStringList components = ref.path.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (pathComponentPattern().match(component).hasMatch())
            continue;
        if (component.toLower() != component
            && pathComponentPattern().match(component.toLower()).hasMatch())
            return referenceError(QStringLiteral("uppercase"),
                                  Tr::tr("repository name must be lowercase: \"%1\"").arg(component), text,
                                  Tr::tr("Use \"%1\" instead.").arg(component.toLower()));
        if (component.isEmpty())
            return referenceError(QStringLiteral("path"), Tr::tr("the repository path has an empty component"),
                                  text, Tr::tr("Remove the doubled or trailing \"/\"."));
        return referenceError(
            QStringLiteral("path"), Tr::tr("invalid repository path component \"%1\"").arg(component), text,
            Tr::tr("Path components use a-z, 0-9 and single separators (., _, __, -), and start and end "
               "with a letter or digit."));
    }
    if (ref.name().size() > MaxNameLength)
        return referenceError(QStringLiteral("too-long"),
                              Tr::tr("repository name is %1 characters long; at most %2 are allowed")
                                  .arg(ref.name().size())
                                  .arg(MaxNameLength),
                              text, Tr::tr("Shorten the repository path."));
    return ref;
}

} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return referenceError(QStringLiteral("empty"), Tr::tr("the image reference is empty"), text,
                              Tr::tr("Give a reference such as busybox:latest or 127.0.0.1:5000/app:1.0."));
    if (trimmed.contains(QLatin1String("://")))
        return referenceError(QStringLiteral("scheme"), Tr::tr("an image reference has no URL scheme"), text,
                              Tr::tr("Drop the scheme: write %1.").arg(trimmed.section(QLatin1String("://"), 1)));
    static const QRegularExpression anonymousId(QStringLiteral("^[a-f0-9]{64}$"));
    if (anonymousId.match(trimmed).hasMatch())
        return referenceError(QStringLiteral("id"),
                              Tr::tr("a 64-character hexadecimal string is an image ID, not a reference"), text,
                              Tr::tr("Use a repository with a digest: name@sha256:%1.").arg(trimmed));
    const RawParts parts = split(trimmed);
    Result<ImageReference> ref = parseName(parts.name, text);
    if (!ref)
        return ref;
    if (parts.hasTag) {
        if (parts.tag.isEmpty())
            return referenceError(QStringLiteral("tag"), Tr::tr("the tag after \":\" is empty"), text,
                                  Tr::tr("Add a tag (e.g. :latest) or remove the colon."));
        if (!tagPattern().match(parts.tag).hasMatch())
            return referenceError(QStringLiteral("tag"), Tr::tr("invalid tag \"%1\"").arg(parts.tag), text,
                                  Tr::tr("Tags use letters, digits, _, . and - (at most 128, not starting "
                                     "with . or -)."));
        ref->tag = parts.tag;
    }
    if (parts.hasDigest) {
        if (!digestPattern().match(parts.digest).hasMatch())
            return referenceError(QStringLiteral("digest"), Tr::tr("invalid digest \"%1\"").arg(parts.digest), text,
                                  Tr::tr("Digests look like sha256:<64 hexadecimal digits>."));
        const QString algorithm = parts.digest.section(QLatin1Char(':'), 0, 0);
        const QString hex = parts.digest.section(QLatin1Char(':'), 1);
        const int expected = algorithm == QLatin1String("sha256") ? 64 : algorithm == QLatin1String("sha512") ? 128 : -1;
        if (expected < 0)
            return referenceError(QStringLiteral("digest-algorithm"),
                                  Tr::tr("unsupported digest algorithm \"%1\"").arg(algorithm), text,
                                  Tr::tr("Use a sha256 or sha512 digest."));
        if (hex.size() != expected || hex.toLower() != hex)
            return referenceError(QStringLiteral("digest"),
                                  Tr::tr("a %1 digest has %2 lowercase hexadecimal digits").arg(algorithm).arg(expected),
                                  text, Tr::tr("Copy the digest exactly as the registry printed it."));
        ref->digest = parts.digest;
    }
    return ref;
}

Result<ImageReference> ImageReference::parseRepository(const QString &text)
{
    Result<ImageReference> ref = parse(text);
    if (!ref)
        return ref;
    if (!ref->tag.isEmpty() || !ref->digest.isEmpty())
        return referenceError(QStringLiteral("not-repository"), Tr::tr("expected a repository without tag or digest"),
                              text, Tr::tr("Drop the tag or digest: %1.").arg(ref->name()));
    return ref;
}

QString ImageReference::name() const
{
    return domain + QLatin1Char('/') + path;
}

QString ImageReference::toString() const
{
    QString text = name();
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        text += QLatin1Char('@') + digest;
    return text;
}

QString ImageReference::familiarString() const
{
    QString text = toString();
    if (domain == DockerHubDomain) {
        text = text.mid(DockerHubDomain.size() + 1);
        if (text.startsWith(QLatin1String("library/")) && path.count(QLatin1Char('/')) == 1)
            text = text.mid(8);
    }
    return text;
}

QString ImageReference::manifestReference() const
{
    if (!digest.isEmpty())
        return digest;
    return tag.isEmpty() ? QStringLiteral("latest") : tag;
}

QString ImageReference::apiHost() const
{
    return domain == DockerHubDomain ? QStringLiteral("registry-1.docker.io") : domain;
}

ImageReference ImageReference::withTag(const QString &newTag) const
{
    ImageReference copy = *this;
    copy.tag = newTag;
    copy.digest.clear();
    return copy;
}

ImageReference ImageReference::withDigest(const QString &newDigest) const
{
    ImageReference copy = *this;
    copy.digest = newDigest;
    return copy;
}

ImageReference ImageReference::repositoryOnly() const
{
    ImageReference copy = *this;
    copy.tag.clear();
    copy.digest.clear();
    return copy;
}

bool ImageReference::isValidTag(const QString &tag)
{
    return tagPattern().match(tag).hasMatch();
}

QString ImageReference::hostOnly(const QString &hostPort)
{
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype end = hostPort.indexOf(QLatin1Char(']'));
        return end < 0 ? hostPort : hostPort.mid(1, end - 1);
    }
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? hostPort : hostPort.left(colon);
}

bool ImageReference::isLoopbackHost(const QString &hostPort)
{
    const QString host = hostOnly(hostPort).toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Manifold::Registry
