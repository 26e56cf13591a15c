// distribution's config.yml as Manifold writes it for each choice of the wizard. That the real
// registry accepts every variant is proven by tst_localregistrymanager (it runs them).

#include "core/localregistry/registryconfigwriter.h"

#include <QTest>

using namespace Manifold::LocalRegistry;

class TestRegistryConfigWriter : public QObject
{
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<bool>("deleteEnabled");
        QTest::addColumn<QString>("htpasswd");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList always = {"version: 0.1", "rootdirectory: \"/data/registry\"", "addr: \"127.0.0.1:5002\"",
                                    "X-Content-Type-Options: [nosniff]", "schema1:\n    enabled: false"};
        QTest::newRow("guide defaults") << true << QString() << false
                                        << (always + QStringList{"delete:\n    enabled: true"})
                                        << QStringList{"auth:", "tls:"};
        QTest::newRow("deletion off") << false << QString() << false
                                      << (always + QStringList{"delete:\n    enabled: false"})
                                      << QStringList{"auth:", "tls:"};
        QTest::newRow("htpasswd") << true << "/etc/reg/htpasswd" << false
                                  << (always + QStringList{"auth:\n  htpasswd:", "path: \"/etc/reg/htpasswd\""})
                                  << QStringList{"tls:"};
        QTest::newRow("tls") << true << QString() << true
                             << (always + QStringList{"tls:\n    certificate: \"/tls/server.crt\"", "key: \"/tls/server.key\""})
                             << QStringList{"auth:"};
        QTest::newRow("auth and tls") << true << "/h" << true << (always + QStringList{"auth:", "tls:"}) << QStringList{};
    }
    void render()
    {
        QFETCH(bool, deleteEnabled);
        QFETCH(QString, htpasswd);
        QFETCH(bool, tls);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        RegistryConfigInput input;
        input.address = QStringLiteral("127.0.0.1:5002");
        input.storageDir = QStringLiteral("/data/registry");
        input.deleteEnabled = deleteEnabled;
        input.htpasswdPath = htpasswd;
        if (tls) {
            input.certificatePath = QStringLiteral("/tls/server.crt");
            input.keyPath = QStringLiteral("/tls/server.key");
        }
        const QString yaml = QString::fromUtf8(RegistryConfigWriter::render(input));
        for (const QString &text : present)
            QVERIFY2(yaml.contains(text), qPrintable(text + QStringLiteral(" missing in:\n") + yaml));
        for (const QString &text : absent)
            QVERIFY2(!yaml.contains(text), qPrintable(text + QStringLiteral(" unexpected in:\n") + yaml));
    }

    void secretIsRandomUnlessGiven()
    {
        RegistryConfigInput input;
        const QByteArray a = RegistryConfigWriter::render(input);
        const QByteArray b = RegistryConfigWriter::render(input);
        QVERIFY(a != b);
        input.httpSecret = QStringLiteral("fixed");
        QVERIFY(RegistryConfigWriter::render(input).contains("secret: \"fixed\""));
    }

    void quotesPathsSafely_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "/a/b" << "\"/a/b\"";
        QTest::newRow("quote") << "/a\"b" << "\"/a\\\"b\"";
        QTest::newRow("backslash") << "C:\\reg" << "\"C:\\\\reg\"";
        QTest::newRow("colon space") << "/x: y" << "\"/x: y\"";
    }
    void quotesPathsSafely()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(RegistryConfigWriter::quoted(value), quoted);
    }
};

QTEST_GUILESS_MAIN(TestRegistryConfigWriter)
#include "tst_registryconfigwriter.moc"
