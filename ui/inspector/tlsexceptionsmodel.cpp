#include "ui/inspector/tlsexceptionsmodel.h"

#include "core/registry/imagereference.h"
#include "core/registry/registrycontentsource.h"

namespace Manifold::Ui {

TlsExceptionsModel::TlsExceptionsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_exceptions(fromEnvironment())
{
}

QList<TlsException> TlsExceptionsModel::fromEnvironment()
{
    QList<TlsException> exceptions;
    for (const QString &host : Registry::RegistryConfig::hostsFromEnvironment("MANIFOLD_INSECURE_REGISTRIES"))
        exceptions.append(TlsException{host, TlsException::Kind::NotVerified, QStringLiteral("MANIFOLD_INSECURE_REGISTRIES")});
    for (const QString &host : Registry::RegistryConfig::hostsFromEnvironment("MANIFOLD_PLAIN_HTTP_CREDENTIALS"))
        exceptions.append(TlsException{host, TlsException::Kind::PlainHttpCredentials, QStringLiteral("MANIFOLD_PLAIN_HTTP_CREDENTIALS")});
    return exceptions;
}

QString TlsExceptionsModel::describe(const TlsException &exception)
{
    switch (exception.kind) {
    case TlsException::Kind::NotVerified:
        return tr("%1: TLS not verified, plain HTTP allowed (environment variable %2)").arg(exception.host, exception.variable);
    case TlsException::Kind::PlainHttpCredentials:
        return tr("%1: credentials may be sent over plain HTTP (environment variable %2)").arg(exception.host, exception.variable);
    }
    return {};
}

QStringList TlsExceptionsModel::descriptions() const
{
    QStringList lines;
    for (const TlsException &exception : m_exceptions)
        lines.append(describe(exception));
    return lines;
}

QString TlsExceptionsModel::summary() const
{
    QStringList hosts;
    for (const TlsException &exception : m_exceptions) {
        if (!hosts.contains(exception.host, Qt::CaseInsensitive))
            hosts.append(exception.host);
    }
    if (hosts.isEmpty())
        return {};
    return tr("TLS not verified for %1").arg(hosts.join(QStringLiteral(", ")));
}

QString TlsExceptionsModel::transportNotice(const Registry::RegistryConfig &config, const QString &host, const QString &scheme)
{
    if (scheme == QLatin1String("http"))
        return Registry::ImageReference::isLoopbackHost(host) ? tr("insecure (plain HTTP, loopback)") : tr("insecure (plain HTTP)");
    if (config.isInsecure(host))
        return scheme.isEmpty() ? tr("marked insecure: TLS not verified, plain HTTP allowed") : tr("TLS not verified");
    const auto ca = config.caCertificateFiles.constFind(host);
    if (ca != config.caCertificateFiles.constEnd())
        return tr("TLS verified against %1").arg(*ca);
    return {};
}

QString TlsExceptionsModel::transportNotice(const Registry::RegistrySession &session, const QString &registry)
{
    Registry::ImageReference reference;
    reference.domain = registry;
    const QString host = reference.apiHost();
    QString notice = transportNotice(session.config(), host, session.cachedScheme(host));
    if (notice.isEmpty() && host != registry)
        notice = transportNotice(session.config(), registry, session.cachedScheme(host));
    return notice;
}

QString TlsExceptionsModel::sourceTransportNotice(const std::shared_ptr<Oci::ContentSource> &source)
{
    const auto registry = std::dynamic_pointer_cast<Registry::RegistryContentSource>(source);
    if (!registry)
        return {};
    const QString domain = registry->reference().domain;
    const QString notice = transportNotice(*registry->client().session(), domain);
    return notice.isEmpty() ? QString() : tr("Registry %1: %2").arg(domain, notice);
}

int TlsExceptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exceptions.size());
}

QVariant TlsExceptionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_exceptions.size())
        return {};
    const TlsException &exception = m_exceptions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return describe(exception);
    case HostRole: return exception.host;
    case KindRole: return int(exception.kind);
    case SourceRole: return exception.variable;
    default: return {};
    }
}

} // namespace Manifold::Ui
