#include "core/registry/credentials.h"

#include "core/registry/imagereference.h"
#include "core/registry/keychainthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace Manifold::Registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Registry::Credentials)
};

const QString DockerHubKey = QStringLiteral("https://index.docker.io/v1/");

// "https://host:port/v1/" -> "host:port" (docker/cli ConvertToHostname).
QString hostnameOf(const QString &key)
{
    QString host = key;
    if (host.startsWith(QLatin1String("http://")))
        host = host.mid(7);
    else if (host.startsWith(QLatin1String("https://")))
        host = host.mid(8);
    return host.section(QLatin1Char('/'), 0, 0);
}

bool isDockerHub(const QString &host)
{
    return host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io")
        || host == QLatin1String("registry-1.docker.io");
}

} // namespace

CredentialProvider::~CredentialProvider() = default;

QString dockerConfigKey(const QString &registryHost)
{
    return isDockerHub(registryHost) ? DockerHubKey : registryHost;
}

DockerConfigCredentials::DockerConfigCredentials(QString configDirectory, int helperTimeoutMs)
    : m_directory(configDirectory.isEmpty() ? defaultConfigDirectory() : std::move(configDirectory))
    , m_timeoutMs(helperTimeoutMs)
{}

QString DockerConfigCredentials::defaultConfigDirectory()
{
    const QString env = qEnvironmentVariable("DOCKER_CONFIG");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.docker");
}

Result<std::optional<Credential>> DockerConfigCredentials::lookup(const QString &registryHost)
{
    const QString path = m_directory + QStringLiteral("/config.json");
    QFile file(path);
    if (!file.exists())
        return std::optional<Credential>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("registry.credentials.read"), Tr::tr("cannot read the Docker configuration"),
                     path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(QStringLiteral("registry.credentials.json"),
                     Tr::tr("the Docker configuration is not valid JSON: %1").arg(parseError.errorString()), path,
                     Tr::tr("Fix or remove the file; `docker login` rewrites it."));
    const QJsonObject root = document.object();
    const QString key = dockerConfigKey(registryHost);

    // credHelpers overrides credsStore for its hosts; auths entries are the fallback.
    QString helper = root.value(QStringLiteral("credHelpers")).toObject().value(key).toString();
    if (helper.isEmpty())
        helper = root.value(QStringLiteral("credHelpers")).toObject().value(registryHost).toString();
    if (helper.isEmpty())
        helper = root.value(QStringLiteral("credsStore")).toString();
    if (!helper.isEmpty()) {
        Result<std::optional<Credential>> fromHelper = CredentialHelper(helper, m_timeoutMs).get(key);
        if (!fromHelper || fromHelper->has_value())
            return fromHelper;
    }

    const QJsonObject auths = root.value(QStringLiteral("auths")).toObject();
    QJsonObject entry = auths.value(key).toObject();
    if (entry.isEmpty()) {
        for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
            const QString host = hostnameOf(it.key());
            if (host == registryHost || (isDockerHub(registryHost) && isDockerHub(host))) {
                entry = it.value().toObject();
                break;
            }
        }
    }
    if (entry.isEmpty())
        return std::optional<Credential>();
    Credential credential;
    const QString identityToken = entry.value(QStringLiteral("identitytoken")).toString();
    const QByteArray auth = QByteArray::fromBase64(entry.value(QStringLiteral("auth")).toString().toLatin1());
    if (!auth.isEmpty()) {
        const qsizetype colon = auth.indexOf(':');
        if (colon < 0)
            return Error(QStringLiteral("registry.credentials.auth"),
                         Tr::tr("the \"auth\" entry for %1 is not base64 of user:password").arg(key), path,
                         Tr::tr("Log in again with `manifold login %1` or `docker login`.").arg(registryHost));
        credential.username = QString::fromUtf8(auth.left(colon));
        credential.secret = QString::fromUtf8(auth.mid(colon + 1));
    } else {
        credential.username = entry.value(QStringLiteral("username")).toString();
        credential.secret = entry.value(QStringLiteral("password")).toString();
    }
    if (!identityToken.isEmpty()) {
        credential.username = QStringLiteral("<token>");
        credential.secret = identityToken;
    }
    if (credential.secret.isEmpty())
        return std::optional<Credential>();
    return std::optional<Credential>(credential);
}

CredentialHelper::CredentialHelper(QString suffixOrProgram, int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    if (suffixOrProgram.contains(QLatin1Char('/')))
        m_program = std::move(suffixOrProgram);
    else
        m_program = QStringLiteral("docker-credential-") + suffixOrProgram;
}

Result<QByteArray> CredentialHelper::run(const QString &action, const QByteArray &input) const
{
    QString executable = m_program;
    if (!executable.contains(QLatin1Char('/')))
        executable = QStandardPaths::findExecutable(m_program);
    if (executable.isEmpty())
        return Error(QStringLiteral("registry.credentials.helper-missing"),
                     Tr::tr("credential helper %1 is not installed").arg(m_program), m_program,
                     Tr::tr("Install it, or remove it from credsStore/credHelpers in the Docker configuration."));
    QProcess process;
    process.setProgram(executable);
    process.setArguments({action});
    process.start();
    if (!process.waitForStarted(m_timeoutMs))
        return Error(QStringLiteral("registry.credentials.helper-start"),
                     Tr::tr("credential helper %1 did not start: %2").arg(m_program, process.errorString()), executable);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error(QStringLiteral("registry.credentials.helper-timeout"),
                     Tr::tr("credential helper %1 did not answer within %2 s").arg(m_program).arg(m_timeoutMs / 1000),
                     executable, Tr::tr("Unlock the keychain the helper uses, or check the helper."));
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Helpers put their error message on stdout.
        const QString message = QString::fromUtf8(output).trimmed();
        return Error(QStringLiteral("registry.credentials.helper-failed"),
                     Tr::tr("credential helper %1 %2 failed: %3").arg(m_program, action, message), executable);
    }
    return output;
}

Result<std::optional<Credential>> CredentialHelper::get(const QString &serverUrl) const
{
    Result<QByteArray> output = run(QStringLiteral("get"), serverUrl.toUtf8());
    if (!output) {
        if (output.error().message.contains(QLatin1String("credentials not found")))
            return std::optional<Credential>();
        return output.error();
    }
    const QJsonObject object = QJsonDocument::fromJson(*output).object();
    if (object.isEmpty())
        return Error(QStringLiteral("registry.credentials.helper-output"),
                     Tr::tr("credential helper %1 printed no JSON object").arg(m_program), m_program);
    Credential credential{object.value(QStringLiteral("Username")).toString(),
                          object.value(QStringLiteral("Secret")).toString()};
    if (credential.secret.isEmpty())
        return std::optional<Credential>();
    return std::optional<Credential>(credential);
}

Status CredentialHelper::store(const QString &serverUrl, const Credential &credential) const
{
    const QJsonObject object{{QStringLiteral("ServerURL"), serverUrl},
                             {QStringLiteral("Username"), credential.username},
                             {QStringLiteral("Secret"), credential.secret}};
    Result<QByteArray> output = run(QStringLiteral("store"), QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!output)
        return output.error();
    return {};
}

Status CredentialHelper::erase(const QString &serverUrl) const
{
    Result<QByteArray> output = run(QStringLiteral("erase"), serverUrl.toUtf8());
    if (!output)
        return output.error();
    return {};
}

KeychainCredentials::KeychainCredentials(QString service)
    : m_service(std::move(service))
{}

namespace {

// Runs a QtKeychain job to completion on the calling (keychain) thread.
template<typename Job>
void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QString &what, const QKeychain::Job &job, const QString &host)
{
    return Error(QStringLiteral("registry.keychain"), what.arg(job.errorString()), host,
                 Tr::tr("Make sure a Secret Service keyring (GNOME Keyring, KWallet) is running and unlocked."));
}

} // namespace

Result<std::optional<Credential>> KeychainCredentials::lookup(const QString &registryHost)
{
    Result<std::optional<Credential>> result = std::optional<Credential>();
    KeychainThread::run([&] {
        QKeychain::ReadPasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(registryHost);
        runJob(job);
        if (job.error() == QKeychain::EntryNotFound)
            return;
        if (job.error() != QKeychain::NoError) {
            result = keychainError(Tr::tr("cannot read credentials from the keychain: %1"), job, registryHost);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(job.binaryData()).object();
        Credential credential{object.value(QStringLiteral("username")).toString(),
                              object.value(QStringLiteral("secret")).toString()};
        if (!credential.secret.isEmpty())
            result = std::optional<Credential>(credential);
    });
    return result;
}

Status KeychainCredentials::store(const QString &registryHost, const Credential &credential)
{
    Status status;
    KeychainThread::run([&] {
        QKeychain::WritePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(registryHost);
        const QJsonObject object{{QStringLiteral("username"), credential.username},
                                 {QStringLiteral("secret"), credential.secret}};
        job.setBinaryData(QJsonDocument(object).toJson(QJsonDocument::Compact));
        runJob(job);
        if (job.error() != QKeychain::NoError)
            status = keychainError(Tr::tr("cannot store credentials in the keychain: %1"), job, registryHost);
    });
    return status;
}

Status KeychainCredentials::erase(const QString &registryHost)
{
    Status status;
    KeychainThread::run([&] {
        QKeychain::DeletePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(registryHost);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            status = keychainError(Tr::tr("cannot remove credentials from the keychain: %1"), job, registryHost);
    });
    return status;
}

CredentialChain::CredentialChain(QList<std::shared_ptr<CredentialProvider>> providers)
    : m_providers(std::move(providers))
{}

Result<std::optional<Credential>> CredentialChain::lookup(const QString &registryHost)
{
    std::optional<Error> firstError;
    for (const std::shared_ptr<CredentialProvider> &provider : m_providers) {
        Result<std::optional<Credential>> found = provider->lookup(registryHost);
        if (!found) {
            if (!firstError)
                firstError = found.error();
            continue;
        }
        if (found->has_value())
            return found;
    }
    // A keychain that cannot start must not block anonymous pulls: report only when asked.
    Q_UNUSED(firstError)
    return std::optional<Credential>();
}

std::shared_ptr<CredentialProvider> CredentialChain::defaultChain()
{
    QList<std::shared_ptr<CredentialProvider>> providers;
    if (qEnvironmentVariableIntValue("MANIFOLD_NO_KEYCHAIN") != 1)
        providers.append(std::make_shared<KeychainCredentials>());
    providers.append(std::make_shared<DockerConfigCredentials>());
    return std::make_shared<CredentialChain>(providers);
}

StaticCredentials::StaticCredentials(QString host, Credential credential)
    : m_host(std::move(host))
    , m_credential(std::move(credential))
{}

Result<std::optional<Credential>> StaticCredentials::lookup(const QString &registryHost)
{
    if (registryHost != m_host)
        return std::optional<Credential>();
    return std::optional<Credential>(m_credential);
}

} // namespace Manifold::Registry
