// The exact configuration each engine needs for the local registry, for HTTP and TLS, written
// under a temporary root (never the machine's /etc), with Docker's daemon.json merged, not replaced.

#include "core/localregistry/enginetrust.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEngineTrust : public QObject
{
    Q_OBJECT

private slots:
    void plans_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("hostPort");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("contains");
        QTest::newRow("buildah http") << "buildah" << "localhost:5002" << false
                                      << "/etc/containers/registries.conf.d/50-manifold-localhost-5002.conf"
                                      << QStringList{"[[registry]]", "location = \"localhost:5002\"", "insecure = true"};
        QTest::newRow("podman http other port") << "podman" << "localhost:5000" << false
                                                << "/etc/containers/registries.conf.d/50-manifold-localhost-5000.conf"
                                                << QStringList{"location = \"localhost:5000\"", "insecure = true"};
        QTest::newRow("docker http") << "docker" << "localhost:5002" << false << "/etc/docker/daemon.json"
                                     << QStringList{"\"insecure-registries\"", "\"localhost:5002\""};
        QTest::newRow("buildah tls") << "buildah" << "localhost:5002" << true
                                     << "/etc/containers/certs.d/localhost:5002/ca.crt" << QStringList{"BEGIN CERTIFICATE"};
        QTest::newRow("podman tls") << "podman" << "localhost:5002" << true
                                    << "/etc/containers/certs.d/localhost:5002/ca.crt" << QStringList{"BEGIN CERTIFICATE"};
        QTest::newRow("docker tls") << "docker" << "localhost:5002" << true
                                    << "/etc/docker/certs.d/localhost:5002/ca.crt" << QStringList{"BEGIN CERTIFICATE"};
    }
    void plans()
    {
        QFETCH(QString, engine);
        QFETCH(QString, hostPort);
        QFETCH(bool, tls);
        QFETCH(QString, path);
        QFETCH(QStringList, contains);
        QTemporaryDir root;
        TrustInput input;
        input.hostPort = hostPort;
        input.tls = tls;
        input.rootDir = root.path();
        if (tls) {
            input.caCertificatePath = root.filePath(QStringLiteral("ca.crt"));
            writeFile(input.caCertificatePath, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        }
        const Result<TrustPlan> plan = EngineTrust::plan(*trustEngineFromName(engine), input);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QCOMPARE(plan->files.size(), 1);
        QCOMPARE(plan->files.first().path, path);
        for (const QString &text : contains)
            QVERIFY2(plan->files.first().contents.contains(text.toUtf8()), plan->files.first().contents.constData());
        // The script someone without permission runs does the same thing.
        const QString script = plan->shellScript();
        QVERIFY2(script.contains(QStringLiteral("sudo tee '%1'").arg(path)), qPrintable(script));
        if (engine == QLatin1String("docker") && !tls)
            QVERIFY(plan->afterCommands.contains(QStringLiteral("sudo systemctl reload docker")));

        const Status applied = EngineTrust::apply(*plan, root.path());
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        QCOMPARE(readFile(root.path() + path), plan->files.first().contents);
    }

    void dockerDaemonJsonKeepsExistingSettings()
    {
        QTemporaryDir root;
        const QString daemon = root.filePath(QStringLiteral("etc/docker/daemon.json"));
        writeFile(daemon, R"({"log-driver": "journald", "insecure-registries": ["10.0.0.5:5000"], "features": {"buildkit": true}})");
        TrustInput input;
        input.rootDir = root.path();
        const Result<TrustPlan> plan = EngineTrust::plan(TrustEngine::Docker, input);
        QVERIFY(plan.ok());
        QVERIFY(plan->files.first().replacesExisting);
        QVERIFY(EngineTrust::apply(*plan, root.path()).ok());
        const QJsonObject merged = QJsonDocument::fromJson(readFile(daemon)).object();
        QCOMPARE(merged.value(QStringLiteral("log-driver")).toString(), QStringLiteral("journald"));
        QVERIFY(merged.value(QStringLiteral("features")).toObject().value(QStringLiteral("buildkit")).toBool());
        const QJsonArray insecure = merged.value(QStringLiteral("insecure-registries")).toArray();
        QCOMPARE(insecure.size(), 2);
        QVERIFY(insecure.contains(QStringLiteral("10.0.0.5:5000")));
        QVERIFY(insecure.contains(QStringLiteral("localhost:5002")));

        // Applying twice adds nothing.
        const Result<TrustPlan> again = EngineTrust::plan(TrustEngine::Docker, input);
        QVERIFY(again.ok());
        QCOMPARE(QJsonDocument::fromJson(again->files.first().contents).object().value(QStringLiteral("insecure-registries")).toArray().size(), 2);
    }

    void invalidDaemonJsonIsNotOverwritten()
    {
        QTemporaryDir root;
        const QString daemon = root.filePath(QStringLiteral("etc/docker/daemon.json"));
        writeFile(daemon, "{ \"log-driver\": ");
        TrustInput input;
        input.rootDir = root.path();
        const Result<TrustPlan> plan = EngineTrust::plan(TrustEngine::Docker, input);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("localregistry.trust.daemon-json"));
        QCOMPARE(plan.error().location, daemon);
        QCOMPARE(readFile(daemon), QByteArray("{ \"log-driver\": "));
    }

    void tlsWithoutCaIsAnError()
    {
        TrustInput input;
        input.tls = true;
        input.caCertificatePath = QStringLiteral("/nonexistent/ca.crt");
        const Result<TrustPlan> plan = EngineTrust::plan(TrustEngine::Podman, input);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("localregistry.trust.ca"));
    }

    void noPermissionReturnsTheScript()
    {
        QTemporaryDir root;
        // A file where the directory must go: no write can succeed, whoever runs the test (root too).
        writeFile(root.filePath(QStringLiteral("etc/containers")), "not a directory");
        TrustInput input;
        input.rootDir = root.path();
        const Result<TrustPlan> plan = EngineTrust::plan(TrustEngine::Buildah, input);
        QVERIFY(plan.ok());
        const Status applied = EngineTrust::apply(*plan, root.path());
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, QStringLiteral("localregistry.trust.permission"));
        QVERIFY2(applied.error().hint.contains(QLatin1String("sudo tee")), qPrintable(applied.error().hint));
    }
};

QTEST_GUILESS_MAIN(TestEngineTrust)
#include "tst_enginetrust.moc"
