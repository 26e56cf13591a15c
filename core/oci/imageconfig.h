#pragma once

#include "core/oci/digest.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Manifold::Oci {

struct HistoryEntry
{
    QString created;
    QString createdBy;
    QString comment;
    bool emptyLayer = false;
    QJsonObject toJson() const;
};

// An image configuration (OCI image config / Docker container config), keeping its exact bytes.
class ImageConfig
{
public:
    ImageConfig() = default;

    // Errors: oci.config.json, oci.config.missing-field (architecture, os), oci.config.too-large.
    static Result<ImageConfig> parse(const QByteArray &bytes, const QString &location = {});

    const QByteArray &rawBytes() const { return m_raw; }
    Digest digest() const { return Digest::of(m_raw); }

    // os/architecture/variant (+ os.version/os.features) as the config declares them, unnormalized
    // except for case.
    Platform platform() const { return m_platform; }
    QString created() const { return m_created; }
    QString author() const { return m_author; }
    QStringList env() const { return m_env; }
    QStringList entrypoint() const { return m_entrypoint; }
    QStringList cmd() const { return m_cmd; }
    QString workingDir() const { return m_workingDir; }
    QString user() const { return m_user; }
    QMap<QString, QString> labels() const { return m_labels; }
    QStringList exposedPorts() const { return m_exposedPorts; }
    QStringList diffIds() const { return m_diffIds; }
    QList<HistoryEntry> history() const { return m_history; }

    // A summary for JSON output (not the raw config).
    QJsonObject toJson() const;

private:
    QByteArray m_raw;
    Platform m_platform;
    QString m_created;
    QString m_author;
    QStringList m_env;
    QStringList m_entrypoint;
    QStringList m_cmd;
    QString m_workingDir;
    QString m_user;
    QMap<QString, QString> m_labels;
    QStringList m_exposedPorts;
    QStringList m_diffIds;
    QList<HistoryEntry> m_history;
};

} // namespace Manifold::Oci
