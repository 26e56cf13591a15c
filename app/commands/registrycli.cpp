#include "app/commands/registrycli.h"

#include <QCoreApplication>

namespace Manifold::Cli::RegistryCli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::RegistryCli)
};

} // namespace

void printTlsExceptions(QTextStream &err, const Registry::RegistryConfig &config)
{
    for (const QJsonValue &value : tlsExceptionsJson(config)) {
        const QJsonObject entry = value.toObject();
        const QString host = entry.value(QStringLiteral("host")).toString();
        if (entry.value(QStringLiteral("tlsVerify")).toBool())
            err << "note: " << Tr::tr("TLS certificates of %1 are verified against %2 (--ca-cert).")
                                   .arg(host, entry.value(QStringLiteral("caCertificate")).toString()) << '\n';
        else
            err << "warning: " << Tr::tr("TLS certificates of %1 are NOT verified and plain HTTP is allowed (%2).")
                                      .arg(host, entry.value(QStringLiteral("source")).toString()) << '\n';
    }
    err.flush();
}

QCommandLineOption insecureOption()
{
    return QCommandLineOption(QStringLiteral("insecure"),
                              Tr::tr("Allow plain HTTP and unverified TLS for the registry HOST[:PORT] "
                                     "(repeatable). Loopback registries may use HTTP without it."),
                              QStringLiteral("host"));
}

QCommandLineOption caCertOption()
{
    return QCommandLineOption(QStringLiteral("ca-cert"),
                              Tr::tr("Trust the CA certificates in FILE for HOST (HOST=FILE, repeatable)."),
                              QStringLiteral("host=file"));
}

QCommandLineOption plainHttpCredentialsOption()
{
    return QCommandLineOption(QStringLiteral("allow-plain-http-credentials"),
                              Tr::tr("Allow sending credentials to the registry HOST[:PORT] over plain HTTP, "
                                     "unencrypted (repeatable; needs --insecure HOST too). Loopback needs neither."),
                              QStringLiteral("host"));
}

QString plainHttpNotice(const QString &domain)
{
    return Tr::tr("%1 was used over insecure (plain HTTP): the traffic was not encrypted").arg(domain);
}

Listing::Listing(const QString &summary, const QString &argument, const QString &example, const QString &pageSizeHelp)
    : m_json(QStringLiteral("json"), Tr::tr("Print JSON."))
    , m_pageSize(QStringLiteral("page-size"), pageSizeHelp, QStringLiteral("n"), QStringLiteral("0"))
{
    m_parser.setApplicationDescription(summary);
    m_parser.addPositionalArgument(argument, example);
    m_parser.addOptions({m_json, m_pageSize});
    m_parser.addOptions(trustOptions());
}

int Listing::print(Streams streams, const Registry::RegistryClient &client, const QString &nameKey, const QString &name,
                   const QString &listKey, const QStringList &items) const
{
    if (json()) {
        QJsonObject object{{nameKey, name}, {listKey, QJsonArray::fromStringList(items)}};
        addTransport(object, client.isPlainHttp(), client.domain());
        object.insert(QStringLiteral("tlsExceptions"), tlsExceptionsJson(configFrom(m_parser)));
        printJson(streams.out, object);
        return ExitOk;
    }
    for (const QString &item : items)
        streams.out << item << '\n';
    streams.out.flush();
    if (client.isPlainHttp()) {
        streams.err << Tr::tr("note: %1").arg(plainHttpNotice(client.domain())) << '\n';
        streams.err.flush();
    }
    return ExitOk;
}

} // namespace Manifold::Cli::RegistryCli
