#include "core/localregistry/enginetrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

QString underRoot(const QString &rootDir, const QString &path)
{
    return QDir::cleanPath(rootDir + QLatin1Char('/') + path);
}

QString tomlString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<QByteArray> readCa(const TrustInput &input)
{
    QFile file(input.caCertificatePath);
    if (input.caCertificatePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("localregistry.trust.ca"), Tr::tr("The registry's CA certificate cannot be read"),
                     input.caCertificatePath, Tr::tr("Start the registry with --tls first; it writes the CA."));
    return file.readAll();
}

Result<QByteArray> mergedDaemonJson(const TrustInput &input)
{
    const QString path = underRoot(input.rootDir, QStringLiteral("/etc/docker/daemon.json"));
    QJsonObject object;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("localregistry.trust.daemon-json"), Tr::tr("Cannot read Docker's daemon.json"), path,
                         Tr::tr("Run with permission to read it (sudo), or add \"%1\" to insecure-registries by hand.")
                             .arg(input.hostPort));
        const QByteArray bytes = file.readAll();
        if (!bytes.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return Error(QStringLiteral("localregistry.trust.daemon-json"),
                             Tr::tr("Docker's daemon.json is not a valid JSON object (%1 at offset %2); "
                                "Manifold will not overwrite it")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset),
                             path, Tr::tr("Fix the file, then run the trust step again."));
            object = document.object();
        }
    }
    QJsonArray insecure = object.value(QStringLiteral("insecure-registries")).toArray();
    if (!insecure.contains(input.hostPort))
        insecure.append(input.hostPort);
    object.insert(QStringLiteral("insecure-registries"), insecure);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QString trustEngineName(TrustEngine engine)
{
    switch (engine) {
    case TrustEngine::Buildah: return QStringLiteral("buildah");
    case TrustEngine::Podman: return QStringLiteral("podman");
    case TrustEngine::Docker: return QStringLiteral("docker");
    }
    return {};
}

std::optional<TrustEngine> trustEngineFromName(const QString &name)
{
    for (TrustEngine engine : {TrustEngine::Buildah, TrustEngine::Podman, TrustEngine::Docker}) {
        if (trustEngineName(engine).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return engine;
    }
    return std::nullopt;
}

QString EngineTrust::dropInName(const QString &hostPort)
{
    QString name = hostPort;
    name.replace(QLatin1Char(':'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('-'));
    return QStringLiteral("50-manifold-%1.conf").arg(name);
}

Result<TrustPlan> EngineTrust::plan(TrustEngine engine, const TrustInput &input)
{
    TrustPlan plan;
    plan.engine = engine;
    plan.hostPort = input.hostPort;
    if (engine == TrustEngine::Docker) {
        if (input.tls) {
            Result<QByteArray> ca = readCa(input);
            if (!ca)
                return ca.error();
            plan.files.append({QStringLiteral("/etc/docker/certs.d/%1/ca.crt").arg(input.hostPort), *ca,
                               Tr::tr("Docker trusts this CA for %1 (read per connection, no restart needed)").arg(input.hostPort)});
        } else {
            Result<QByteArray> merged = mergedDaemonJson(input);
            if (!merged)
                return merged.error();
            plan.files.append({QStringLiteral("/etc/docker/daemon.json"), *merged,
                               Tr::tr("allow plain HTTP to %1 (existing settings kept)").arg(input.hostPort), true});
            plan.afterCommands.append(QStringLiteral("sudo systemctl reload docker"));
            plan.notes.append(Tr::tr("Docker already treats 127.0.0.0/8 as insecure, so localhost usually works without "
                                 "this; the entry makes it explicit and covers a host name that resolves elsewhere."));
        }
        plan.notes.append(Tr::tr("Docker Desktop (macOS/Windows): put the same setting in Settings > Docker Engine."));
        return plan;
    }
    // Buildah and Podman share containers/image configuration.
    if (input.tls) {
        Result<QByteArray> ca = readCa(input);
        if (!ca)
            return ca.error();
        plan.files.append({QStringLiteral("/etc/containers/certs.d/%1/ca.crt").arg(input.hostPort), *ca,
                           Tr::tr("%1 trusts this CA for %2").arg(trustEngineName(engine), input.hostPort)});
        plan.notes.append(Tr::tr("Rootless alternative: ~/.config/containers/certs.d/%1/ca.crt").arg(input.hostPort));
    } else {
        QString toml = Tr::tr("# Generated by Manifold: the local registry at %1 speaks plain HTTP.\n").arg(input.hostPort);
        toml += QStringLiteral("[[registry]]\nlocation = %1\ninsecure = true\n").arg(tomlString(input.hostPort));
        plan.files.append({QStringLiteral("/etc/containers/registries.conf.d/%1").arg(dropInName(input.hostPort)),
                           toml.toUtf8(), Tr::tr("allow plain HTTP to %1").arg(input.hostPort)});
        plan.notes.append(Tr::tr("Rootless alternative: ~/.config/containers/registries.conf.d/%1")
                              .arg(dropInName(input.hostPort)));
        plan.notes.append(Tr::tr("Per command instead: --tls-verify=false"));
    }
    return plan;
}

QString TrustPlan::shellScript() const
{
    QString script;
    for (const TrustFile &file : files) {
        script += QStringLiteral("sudo mkdir -p '%1'\n").arg(QFileInfo(file.path).path());
        script += QStringLiteral("sudo tee '%1' > /dev/null <<'MANIFOLD_EOF'\n%2%3MANIFOLD_EOF\n")
                      .arg(file.path, QString::fromUtf8(file.contents),
                           file.contents.endsWith('\n') ? QString() : QStringLiteral("\n"));
    }
    for (const QString &command : afterCommands)
        script += command + QLatin1Char('\n');
    return script;
}

QJsonObject TrustPlan::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("engine"), trustEngineName(engine));
    object.insert(QStringLiteral("hostPort"), hostPort);
    QJsonArray fileArray;
    for (const TrustFile &file : files) {
        QJsonObject entry;
        entry.insert(QStringLiteral("path"), file.path);
        entry.insert(QStringLiteral("contents"), QString::fromUtf8(file.contents));
        entry.insert(QStringLiteral("purpose"), file.purpose);
        entry.insert(QStringLiteral("mergedWithExisting"), file.replacesExisting);
        fileArray.append(entry);
    }
    object.insert(QStringLiteral("files"), fileArray);
    object.insert(QStringLiteral("afterCommands"), QJsonArray::fromStringList(afterCommands));
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    object.insert(QStringLiteral("script"), shellScript());
    return object;
}

Status EngineTrust::apply(const TrustPlan &plan, const QString &rootDir)
{
    for (const TrustFile &file : plan.files) {
        const QString path = underRoot(rootDir, file.path);
        const QString directory = QFileInfo(path).path();
        QSaveFile out(path);
        if (!QDir().mkpath(directory) || !out.open(QIODevice::WriteOnly) || out.write(file.contents) < 0
            || !out.commit())
            return Error(QStringLiteral("localregistry.trust.permission"),
                         Tr::tr("Cannot write %1 (%2)").arg(path, out.errorString().isEmpty() ? Tr::tr("permission denied")
                                                                                           : out.errorString()),
                         path, Tr::tr("Run these commands as an administrator:\n%1").arg(plan.shellScript()));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther);
    }
    return {};
}

} // namespace Manifold::LocalRegistry
