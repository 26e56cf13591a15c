// `manifold registry ...` end to end, as the guide's reader runs it: up on a free port, status,
// detect (index support), trust written under a temporary root, mirror the busybox index with
// per-arch tags, a port conflict naming its occupant, and down leaving no process. The built
// binary runs with XDG_DATA_HOME in a temporary directory.

#include "core/localregistry/passwordkeychain.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryProcess;

namespace {

// Gone, or a zombie waiting for its new parent (init) to reap it: either way nothing runs.
bool processRuns(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const QByteArray state = text.mid(text.lastIndexOf(')') + 2, 1);
    return state != "Z" && state != "X";
}

QJsonObject runJson(const QStringList &arguments, int expectedExit = 0)
{
    QByteArray out, err;
    const int code = Test::runManifold(arguments, &out, &err);
    if (code != expectedExit)
        qWarning("%s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), code, err.constData());
    return code == expectedExit ? QJsonDocument::fromJson(out).object() : QJsonObject();
}

} // namespace

class TestRegistryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    quint16 m_port = 0;

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        m_port = Test::freeLoopbackPort();
    }

    void cleanupTestCase()
    {
        if (m_port)
            Test::runManifold({QStringLiteral("registry"), QStringLiteral("down")});
    }

    void upStatusDetectTrustMirrorDown()
    {
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        const QJsonObject up = runJson({QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--port"),
                                        QString::number(m_port), QStringLiteral("--json")});
        QCOMPARE(up.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const qint64 pid = up.value(QStringLiteral("pid")).toInteger();
        QVERIFY(pid > 0);
        QVERIFY(up.value(QStringLiteral("storage")).toString().startsWith(m_home.path()));

        // A new process (the CLI again) adopts it.
        const QJsonObject status = runJson({QStringLiteral("registry"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.value(QStringLiteral("pid")).toInteger(), pid);
        QCOMPARE(status.value(QStringLiteral("url")).toString(), QStringLiteral("http://localhost:%1").arg(m_port));

        const QJsonObject detected = runJson({QStringLiteral("registry"), QStringLiteral("detect"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &value : detected.value(QStringLiteral("registries")).toArray()) {
            const QJsonObject r = value.toObject();
            if (r.value(QStringLiteral("port")).toInt() != m_port)
                continue;
            found = true;
            QVERIFY(r.value(QStringLiteral("acceptsIndex")).toBool());
            QVERIFY(r.value(QStringLiteral("deleteAllowed")).toBool());
        }
        QVERIFY(found);

        QTemporaryDir root;
        const QJsonObject trust = runJson({QStringLiteral("registry"), QStringLiteral("trust"), QStringLiteral("--engine"),
                                           QStringLiteral("buildah"), QStringLiteral("--write"), QStringLiteral("--root"),
                                           root.path(), QStringLiteral("--json")});
        const QJsonObject plan = trust.value(QStringLiteral("plans")).toArray().first().toObject();
        QVERIFY(plan.value(QStringLiteral("written")).toBool());
        QFile dropIn(root.path() + QStringLiteral("/etc/containers/registries.conf.d/50-manifold-localhost-%1.conf").arg(m_port));
        QVERIFY(dropIn.open(QIODevice::ReadOnly));
        QVERIFY(dropIn.readAll().contains(QStringLiteral("location = \"localhost:%1\"").arg(m_port).toUtf8()));

        const QJsonObject mirrored = runJson({QStringLiteral("registry"), QStringLiteral("mirror"),
                                              QStringLiteral("oci:%1:latest").arg(BusyboxImage::layoutDir()),
                                              QStringLiteral("--to"), QStringLiteral("python:3.11-slim"),
                                              QStringLiteral("--platform"), QStringLiteral("linux/amd64,linux/arm64"),
                                              QStringLiteral("--per-arch-tags"), QStringLiteral("--json")});
        QStringList tags;
        for (const QJsonValue &value : mirrored.value(QStringLiteral("images")).toArray())
            tags << value.toObject().value(QStringLiteral("tag")).toString();
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("3.11-slim-amd64"), QStringLiteral("3.11-slim-arm64")}));
        QVERIFY(mirrored.value(QStringLiteral("indexTag")).toString().isEmpty());

        // The platform a source lacks is named, with what it has.
        QByteArray out, err;
        const int refused = Test::runManifold({QStringLiteral("registry"), QStringLiteral("mirror"),
                                               QStringLiteral("oci:%1:amd64-only").arg(BusyboxImage::layoutDir()),
                                               QStringLiteral("--platform"), QStringLiteral("linux/arm64")},
                                              &out, &err);
        QCOMPARE(refused, 1);
        QVERIFY2(err.contains("only linux/amd64"), err.constData());

        const QJsonObject down = runJson({QStringLiteral("registry"), QStringLiteral("down"), QStringLiteral("--json")});
        QCOMPARE(down.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(!processRuns(pid));
    }

    void busyPortNamesItsOccupant()
    {
        RegistryProcess other;
        QVERIFY(other.start().ok());
        QByteArray out, err;
        const int code = Test::runManifold({QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--port"),
                                            other.hostPort().section(QLatin1Char(':'), 1)},
                                           &out, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("pid %1").arg(other.processId()).toUtf8()), err.constData());
        QVERIFY2(err.contains("--port"), err.constData());
    }

    // `up --htpasswd` without a password generates one; it goes to the keychain (only its hash to
    // a file), Manifold's own pushes (detect's test index, mirror) read it from there, and it
    // leaves the keychain when auth is turned off or the registry is deleted (down --forget).
    void generatedPasswordLivesInTheKeychain()
    {
        MANIFOLD_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("a Secret Service (run under scripts/with-keyring.sh)"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        qunsetenv("MANIFOLD_REGISTRY_PASSWORD");
        const quint16 port = Test::freeLoopbackPort();
        const QString hostPort = QStringLiteral("localhost:%1").arg(port);
        const QJsonObject up = runJson({QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--port"),
                                        QString::number(port), QStringLiteral("--htpasswd"), QStringLiteral("builder"),
                                        QStringLiteral("--json")});
        QCOMPARE(up.value(QStringLiteral("auth")).toString(), QStringLiteral("htpasswd"));
        QVERIFY(up.value(QStringLiteral("passwordInKeychain")).toBool());
        const QString generated = up.value(QStringLiteral("generatedPassword")).toString();
        QVERIFY(generated.size() >= 32);
        const Result<QString> stored = LocalRegistry::PasswordKeychain::read(QStringLiteral("builder"), hostPort);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QCOMPARE(*stored, generated);
        // Nowhere in a file: not in Manifold's data, only as a bcrypt hash.
        QByteArray grep;
        QCOMPARE(Test::runProgram(QStringLiteral("grep"), {QStringLiteral("-rlF"), QStringLiteral("-e"), generated, m_home.path()}, &grep), 1);
        QVERIFY2(grep.isEmpty(), grep.constData());

        // detect pushes its test index with the keychain's password.
        const QJsonObject detected = runJson({QStringLiteral("registry"), QStringLiteral("detect"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &value : detected.value(QStringLiteral("registries")).toArray()) {
            const QJsonObject r = value.toObject();
            if (r.value(QStringLiteral("port")).toInt() != port)
                continue;
            found = true;
            QCOMPARE(r.value(QStringLiteral("status")).toInt(), 200);
            QVERIFY2(r.value(QStringLiteral("acceptsIndex")).toBool(), qPrintable(r.value(QStringLiteral("indexDetail")).toString()));
        }
        QVERIFY(found);
        // So does mirror.
        const QJsonObject mirrored = runJson({QStringLiteral("registry"), QStringLiteral("mirror"),
                                              QStringLiteral("oci:%1:latest").arg(BusyboxImage::layoutDir()),
                                              QStringLiteral("--to"), QStringLiteral("busybox:keychain"),
                                              QStringLiteral("--platform"), QStringLiteral("linux/amd64"),
                                              QStringLiteral("--per-arch-tags"), QStringLiteral("--json")});
        QCOMPARE(mirrored.value(QStringLiteral("images")).toArray().size(), 1);

        // Auth turned off: the password leaves the keychain.
        runJson({QStringLiteral("registry"), QStringLiteral("down"), QStringLiteral("--json")});
        const QJsonObject open = runJson({QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--port"),
                                          QString::number(port), QStringLiteral("--json")});
        QCOMPARE(open.value(QStringLiteral("auth")).toString(), QStringLiteral("none"));
        QVERIFY(!LocalRegistry::PasswordKeychain::read(QStringLiteral("builder"), hostPort).ok());

        // On again with a given password, then the registry deleted: gone from the keychain.
        runJson({QStringLiteral("registry"), QStringLiteral("down"), QStringLiteral("--json")});
        qputenv("MANIFOLD_REGISTRY_PASSWORD", "given secret");
        runJson({QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--port"), QString::number(port),
                 QStringLiteral("--htpasswd"), QStringLiteral("builder"), QStringLiteral("--json")});
        qunsetenv("MANIFOLD_REGISTRY_PASSWORD");
        QCOMPARE(LocalRegistry::PasswordKeychain::read(QStringLiteral("builder"), hostPort).valueOr(QString()),
                 QStringLiteral("given secret"));
        const QJsonObject forgotten = runJson({QStringLiteral("registry"), QStringLiteral("down"), QStringLiteral("--forget"),
                                               QStringLiteral("--json")});
        QCOMPARE(forgotten.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        const Result<QString> gone = LocalRegistry::PasswordKeychain::read(QStringLiteral("builder"), hostPort);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("localregistry.keychain.not-found"));
    }

    // `detect` sends the managed registry's password only over TLS it verified: with the CA
    // the registry was set up with it does, and with that CA gone it withholds the password and
    // says so in text and JSON (detection itself still works, anonymously).
    void detectWithholdsCredentialsOverUnverifiedTls()
    {
        MANIFOLD_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("a Secret Service (run under scripts/with-keyring.sh)"));
        const quint16 port = Test::freeLoopbackPort();
        qputenv("MANIFOLD_REGISTRY_PASSWORD", "detect-tls-secret");
        const QJsonObject up = runJson({QStringLiteral("registry"), QStringLiteral("up"), QStringLiteral("--port"),
                                        QString::number(port), QStringLiteral("--tls"), QStringLiteral("--htpasswd"),
                                        QStringLiteral("builder"), QStringLiteral("--json")});
        qunsetenv("MANIFOLD_REGISTRY_PASSWORD");
        const auto down = qScopeGuard([] {
            runJson({QStringLiteral("registry"), QStringLiteral("down"), QStringLiteral("--forget"), QStringLiteral("--json")});
        });
        const QString ca = up.value(QStringLiteral("caCertificate")).toString();
        QVERIFY2(QFile::exists(ca), qPrintable(ca));
        const auto detected = [port](const QJsonObject &document) {
            for (const QJsonValue &value : document.value(QStringLiteral("registries")).toArray()) {
                if (value.toObject().value(QStringLiteral("port")).toInt() == port)
                    return value.toObject();
            }
            return QJsonObject();
        };

        QJsonObject r = detected(runJson({QStringLiteral("registry"), QStringLiteral("detect"), QStringLiteral("--json")}));
        QVERIFY(r.value(QStringLiteral("tlsVerified")).toBool());
        QVERIFY(!r.value(QStringLiteral("credentialsWithheld")).toBool());
        QCOMPARE(r.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY2(r.value(QStringLiteral("acceptsIndex")).toBool(), qPrintable(r.value(QStringLiteral("indexDetail")).toString()));

        QVERIFY(QFile::rename(ca, ca + QStringLiteral(".away")));
        const auto restore = qScopeGuard([ca] { QFile::rename(ca + QStringLiteral(".away"), ca); });
        r = detected(runJson({QStringLiteral("registry"), QStringLiteral("detect"), QStringLiteral("--json")}));
        QVERIFY(r.value(QStringLiteral("isRegistry")).toBool());
        QVERIFY(!r.value(QStringLiteral("tlsVerified")).toBool());
        QVERIFY(r.value(QStringLiteral("credentialsWithheld")).toBool());
        QVERIFY(r.value(QStringLiteral("credentialsDetail")).toString().contains(QLatin1String("CA certificate")));
        QCOMPARE(r.value(QStringLiteral("status")).toInt(), 401);
        QVERIFY(r.value(QStringLiteral("acceptsIndex")).isNull());
        QByteArray out, err;
        QCOMPARE(Test::runManifold({QStringLiteral("registry"), QStringLiteral("detect")}, &out, &err), 0);
        QVERIFY2(out.contains("NOT verified"), out.constData());
        QVERIFY2(out.contains("credentials: withheld"), out.constData());
        QVERIFY2(!out.contains("detect-tls-secret") && !err.contains("detect-tls-secret"), out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown action") << QStringList{"registry", "launch"};
        QTest::newRow("bad port") << QStringList{"registry", "up", "--port", "70000"};
        QTest::newRow("unknown runtime") << QStringList{"registry", "up", "--runtime", "kubernetes"};
        QTest::newRow("unknown engine") << QStringList{"registry", "trust", "--engine", "rkt"};
        QTest::newRow("delete storage without forget") << QStringList{"registry", "down", "--delete-storage"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        qunsetenv("MANIFOLD_REGISTRY_PASSWORD");
        QByteArray out, err;
        QCOMPARE(Test::runManifold(arguments, &out, &err), 2);
        QVERIFY(!err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistryCli)
#include "tst_registrycli.moc"
