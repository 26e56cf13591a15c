#pragma once

// Shared checks for OCI JSON documents (manifest, index, config); internal to manifold_oci.

#include "core/oci/descriptor.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace Manifold::Oci::Internal {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Oci)
};

// Size limit, then JSON syntax, then "must be an object". `kind` is the error-code prefix
// ("oci.manifest") and `what` the human name ("image manifest").
Result<QJsonObject> parseDocument(const QByteArray &bytes, qint64 limit, const QString &kind,
                                  const QString &what, const QString &location);

// "location: field", or the field alone when there is no location.
QString fieldAt(const QString &location, const QString &field);

// The descriptors of an array field (an index's "manifests", a manifest's "layers"), each checked
// by Descriptor::fromJson and located as "field[i]". The caller checks that the array exists.
Result<QList<Descriptor>> descriptorList(const QJsonObject &object, const QString &field, const QString &location);

// The optional "subject" descriptor of a manifest or index.
Result<std::optional<Descriptor>> optionalSubject(const QJsonObject &object, const QString &location);

QMap<QString, QString> annotationsFrom(const QJsonObject &object);
QJsonObject annotationsToJson(const QMap<QString, QString> &annotations);

// Canonical serialization for documents Manifold creates (compact, keys sorted by Qt).
QByteArray serialize(const QJsonObject &object);

} // namespace Manifold::Oci::Internal
