#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Manifold::Registry {

// One challenge of a WWW-Authenticate header (RFC 7235): `Bearer realm="…",service="…"`.
struct AuthChallenge
{
    QString scheme;                 // lowercased: "bearer", "basic"
    QMap<QString, QString> params;  // names lowercased, values unquoted and unescaped

    QString param(const QString &name) const { return params.value(name); }
    bool isBearer() const { return scheme == QLatin1String("bearer"); }
    bool isBasic() const { return scheme == QLatin1String("basic"); }

    // Parses every challenge of every header value (a response may carry several headers and a
    // header several challenges). Malformed trailing input is ignored, never fatal.
    static QList<AuthChallenge> parse(const QList<QByteArray> &headerValues);
    // The challenge a client should answer: Bearer when offered, else Basic; nullptr when none.
    static const AuthChallenge *preferred(const QList<AuthChallenge> &challenges);

    bool operator==(const AuthChallenge &other) const = default;
};

// Token scopes ("repository:team/app:pull,push"): the resource name may contain ':' (a port),
// so the actions are what follows the last colon.
struct TokenScope
{
    static QString repository(const QString &path, const QStringList &actions);
    // Normalizes a scope set: actions sorted and merged per resource, resources sorted.
    static QStringList normalized(const QStringList &scopes);
    // True when every action of `needed` is in `granted` (both normalized).
    static bool covers(const QStringList &granted, const QStringList &needed);
};

// RFC 8288 Link header: the target of rel="next" (as written, possibly relative), or empty.
struct LinkHeader
{
    static QString nextTarget(const QList<QByteArray> &headerValues);
};

} // namespace Manifold::Registry
