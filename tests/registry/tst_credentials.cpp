// Docker configuration credentials and the docker-credential-helpers protocol, with a real
// helper process (a shell script written by the test that speaks the protocol).
#include "core/registry/credentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold::Registry;

class TestCredentials : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_helper;

    void writeConfig(const QByteArray &json)
    {
        QFile file(m_dir.filePath("config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The helper answers `get` for one server URL, logs `store`/`erase` input, and fails like
        // the real helpers do ("credentials not found in native keychain" on stdout, exit 1).
        m_helper = m_dir.filePath("docker-credential-testhelper");
        QFile script(m_helper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "input=$(cat)\n"
                     "case \"$1\" in\n"
                     "get)\n"
                     "  case \"$input\" in\n"
                     "  helped.example.com) echo '{\"ServerURL\":\"helped.example.com\",\"Username\":\"bob\",\"Secret\":\"pw-from-helper\"}' ;;\n"
                     "  tokened.example.com) echo '{\"ServerURL\":\"tokened.example.com\",\"Username\":\"<token>\",\"Secret\":\"identity\"}' ;;\n"
                     "  broken.example.com) echo 'keychain is locked'; exit 1 ;;\n"
                     "  *) echo 'credentials not found in native keychain'; exit 1 ;;\n"
                     "  esac ;;\n"
                     "store) printf '%s' \"$input\" > \"$(dirname \"$0\")/stored.json\" ;;\n"
                     "erase) printf '%s' \"$input\" > \"$(dirname \"$0\")/erased.txt\" ;;\n"
                     "*) echo unknown; exit 1 ;;\n"
                     "esac\n");
        script.close();
        QVERIFY(QFile::setPermissions(m_helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void dockerConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        const QByteArray auths = "{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + QByteArray("alice:pa:ss").toBase64()
            + "\"},\"https://index.docker.io/v1/\":{\"auth\":\"" + QByteArray("hub:hubpw").toBase64()
            + "\"},\"https://legacy.example.com/v1/\":{\"auth\":\"" + QByteArray("old:oldpw").toBase64()
            + "\"},\"id.example.com\":{\"identitytoken\":\"refresh-me\"}}}";
        QTest::newRow("exact key") << auths << "127.0.0.1:5000" << true << "alice" << "pa:ss";
        QTest::newRow("docker hub key") << auths << "docker.io" << true << "hub" << "hubpw";
        QTest::newRow("url key normalized") << auths << "legacy.example.com" << true << "old" << "oldpw";
        QTest::newRow("identity token") << auths << "id.example.com" << true << "<token>" << "refresh-me";
        QTest::newRow("unknown host") << auths << "ghcr.io" << false << "" << "";
        const QByteArray helpers = "{\"credHelpers\":{\"helped.example.com\":\"HELPER\",\"broken.example.com\":\"HELPER\",\"tokened.example.com\":\"HELPER\"},\"auths\":{\"other.example.com\":{\"auth\":\"" + QByteArray("o:p").toBase64() + "\"}}}";
        QTest::newRow("credHelpers") << helpers << "helped.example.com" << true << "bob" << "pw-from-helper";
        QTest::newRow("helper identity token") << helpers << "tokened.example.com" << true << "<token>" << "identity";
        QTest::newRow("auths beside helpers") << helpers << "other.example.com" << true << "o" << "p";
        const QByteArray store = "{\"credsStore\":\"HELPER\"}";
        QTest::newRow("credsStore default") << store << "helped.example.com" << true << "bob" << "pw-from-helper";
        QTest::newRow("helper not found is anonymous") << store << "nobody.example.com" << false << "" << "";
    }
    void dockerConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, host);
        QFETCH(bool, found);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        writeConfig(QByteArray(config).replace("HELPER", m_helper.toUtf8()));
        DockerConfigCredentials credentials(m_dir.path());
        const auto result = credentials.lookup(host);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->has_value(), found);
        if (!found)
            return;
        QCOMPARE((*result)->username, username);
        QCOMPARE((*result)->secret, secret);
    }

    void helperErrors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("code");
        QTest::newRow("helper fails") << QByteArray("{\"credHelpers\":{\"broken.example.com\":\"HELPER\"}}") << "registry.credentials.helper-failed";
        QTest::newRow("helper missing") << QByteArray("{\"credsStore\":\"does-not-exist-anywhere\"}") << "registry.credentials.helper-missing";
        QTest::newRow("bad json") << QByteArray("{not json") << "registry.credentials.json";
        QTest::newRow("bad auth") << QByteArray("{\"auths\":{\"broken.example.com\":{\"auth\":\"bm9jb2xvbg==\"}}}") << "registry.credentials.auth";
    }
    void helperErrors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, code);
        writeConfig(QByteArray(config).replace("HELPER", m_helper.toUtf8()));
        DockerConfigCredentials credentials(m_dir.path());
        const auto result = credentials.lookup("broken.example.com");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        // The secret never appears in an error.
        QVERIFY(!result.error().toString().contains("pw-from-helper"));
    }

    void helperStoreAndErase()
    {
        CredentialHelper helper(m_helper);
        QVERIFY(helper.store("registry.example.com", Credential{"carol", "c-secret"}).ok());
        QFile stored(m_dir.filePath("stored.json"));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray json = stored.readAll();
        QVERIFY(json.contains("\"ServerURL\":\"registry.example.com\""));
        QVERIFY(json.contains("\"Username\":\"carol\""));
        QVERIFY(json.contains("\"Secret\":\"c-secret\""));
        QVERIFY(helper.erase("registry.example.com").ok());
        QFile erased(m_dir.filePath("erased.txt"));
        QVERIFY(erased.open(QIODevice::ReadOnly));
        QCOMPARE(erased.readAll(), QByteArray("registry.example.com"));
    }

    void chainOrder()
    {
        auto first = std::make_shared<StaticCredentials>("a.example.com", Credential{"u1", "p1"});
        auto second = std::make_shared<StaticCredentials>("b.example.com", Credential{"u2", "p2"});
        CredentialChain chain({first, second});
        QCOMPARE((*chain.lookup("b.example.com"))->username, QStringLiteral("u2"));
        QCOMPARE((*chain.lookup("a.example.com"))->username, QStringLiteral("u1"));
        QVERIFY(!chain.lookup("c.example.com")->has_value());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
