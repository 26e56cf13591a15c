#pragma once

#include "core/registry/registrysession.h"

#include <QAbstractListModel>

#include <memory>

namespace Manifold::Oci {
class ContentSource;
}

namespace Manifold::Ui {

// One registry whose TLS handling differs from the default (TLS verified against the system CAs).
struct TlsException
{
    enum class Kind {
        NotVerified,          // plain HTTP allowed, TLS certificates not verified
        PlainHttpCredentials, // credentials may be sent over plain HTTP
    };
    QString host;
    Kind kind = Kind::NotVerified;
    QString variable; // the environment variable it comes from

    bool operator==(const TlsException &other) const = default;
};

// Every TLS exception the studio runs with, so that none is silent: the main window lists them
// in its status bar, and the views that talk to a registry say how they reach it. The studio
// takes them from the environment only (MANIFOLD_INSECURE_REGISTRIES,
// MANIFOLD_PLAIN_HTTP_CREDENTIALS, read by the shared registry session); no view, wizard or
// project setting relaxes TLS. Loopback registries over plain HTTP are the default, not an
// exception: the views name them where they are used.
class TlsExceptionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { HostRole = Qt::UserRole + 1, KindRole, SourceRole };

    // Reads the environment, as Registry::RegistryConfig::fromEnvironment() does.
    explicit TlsExceptionsModel(QObject *parent = nullptr);

    static QList<TlsException> fromEnvironment();
    const QList<TlsException> &exceptions() const { return m_exceptions; }
    bool isEmpty() const { return m_exceptions.isEmpty(); }

    // One line for a status bar, and one line per registry (what, and where it comes from).
    QString summary() const;
    QStringList descriptions() const;
    static QString describe(const TlsException &exception);

    // What a view shows beside a registry it reached over `scheme` ("http" / "https"; empty:
    // not contacted yet): "insecure (plain HTTP)", "TLS not verified", ... or empty when TLS is
    // verified as by default.
    static QString transportNotice(const Registry::RegistryConfig &config, const QString &host, const QString &scheme);
    // The same for the registry behind a session (reads what the session learned, no network).
    static QString transportNotice(const Registry::RegistrySession &session, const QString &registry);
    // "Registry 127.0.0.1:5000: insecure (plain HTTP, loopback)" for an opened image; empty for
    // layouts and archives, and for registries reached with verified TLS.
    static QString sourceTransportNotice(const std::shared_ptr<Oci::ContentSource> &source);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<TlsException> m_exceptions;
};

} // namespace Manifold::Ui
