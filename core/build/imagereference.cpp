#include "core/build/imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Manifold::Build {

Result<ImageReference> ImageReference::parse(const QString &text)
{
    const QString input = text.trimmed();
    auto invalid = [&input](const QString &why) {
        return Error(QStringLiteral("build.reference"),
                     QCoreApplication::translate("Manifold::Build", "\"%1\" is not a valid image reference: %2")
                         .arg(input, why),
                     input,
                     QCoreApplication::translate("Manifold::Build",
                                                 "Write [registry[:port]/]repository[:tag][@sha256:digest]."));
    };
    if (input.isEmpty())
        return invalid(QCoreApplication::translate("Manifold::Build", "it is empty"));
    ImageReference reference;
    QString rest = input;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        reference.digest = rest.mid(at + 1);
        rest = rest.left(at);
        static const QRegularExpression digestPattern(QStringLiteral("^[a-z0-9]+:[a-f0-9]{32,}$"));
        if (!digestPattern.match(reference.digest).hasMatch())
            return invalid(QCoreApplication::translate("Manifold::Build", "the digest is malformed"));
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString first = slash >= 0 ? rest.left(slash) : QString();
    if (slash >= 0 && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
                       || first == QLatin1String("localhost"))) {
        reference.registry = first;
        rest = rest.mid(slash + 1);
    } else {
        reference.registry = QStringLiteral("registry-1.docker.io");
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        reference.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    if (reference.registry == QLatin1String("docker.io") || reference.registry == QLatin1String("index.docker.io"))
        reference.registry = QStringLiteral("registry-1.docker.io");
    if (reference.registry == QLatin1String("registry-1.docker.io") && !rest.contains(QLatin1Char('/')))
        rest.prepend(QStringLiteral("library/"));
    static const QRegularExpression repositoryPattern(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"));
    if (!repositoryPattern.match(rest).hasMatch())
        return invalid(QCoreApplication::translate("Manifold::Build", "the repository name \"%1\" is not allowed").arg(rest));
    static const QRegularExpression tagPattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (!reference.tag.isEmpty() && !tagPattern.match(reference.tag).hasMatch())
        return invalid(QCoreApplication::translate("Manifold::Build", "the tag \"%1\" is not allowed").arg(reference.tag));
    reference.repository = rest;
    return reference;
}

QString ImageReference::repositoryName() const
{
    const QString host = registry == QLatin1String("registry-1.docker.io") ? QStringLiteral("docker.io") : registry;
    return host + QLatin1Char('/') + repository;
}

QString ImageReference::toString() const
{
    QString text = repositoryName();
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        text += QLatin1Char('@') + digest;
    return text;
}

QString ImageReference::manifestReference() const
{
    if (!digest.isEmpty())
        return digest;
    return tag.isEmpty() ? QStringLiteral("latest") : tag;
}

ImageReference ImageReference::withDigest(const QString &newDigest) const
{
    ImageReference copy = *this;
    copy.digest = newDigest;
    return copy;
}

ImageReference ImageReference::withTag(const QString &newTag) const
{
    ImageReference copy = *this;
    copy.tag = newTag;
    copy.digest.clear();
    return copy;
}

bool ImageReference::isInsecure(const QStringList &insecure) const
{
    const QString host = registry.section(QLatin1Char(':'), 0, 0);
    if (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("[::1]"))
        return true;
    return insecure.contains(registry) || insecure.contains(host);
}

} // namespace Manifold::Build
