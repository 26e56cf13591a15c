#include "core/registry/authchallenge.h"
#include "core/registry/registryclient.h"

#include <QTest>

using namespace Manifold::Registry;

class TestAuthChallenge : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("error");
        QTest::newRow("docker hub") << QList<QByteArray>{"Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/busybox:pull\""}
                                    << QStringList{"bearer"} << "https://auth.docker.io/token" << "registry.docker.io" << "repository:library/busybox:pull" << "";
        QTest::newRow("basic") << QList<QByteArray>{"Basic realm=\"Registry Realm\""} << QStringList{"basic"} << "Registry Realm" << "" << "" << "";
        QTest::newRow("case and spaces") << QList<QByteArray>{"bEaReR   Realm = \"https://a/t\" ,  Service=svc"} << QStringList{"bearer"} << "https://a/t" << "svc" << "" << "";
        QTest::newRow("two in one header") << QList<QByteArray>{"Basic realm=\"r1\", Bearer realm=\"https://t/token\",service=\"s\""}
                                           << QStringList{"basic", "bearer"} << "https://t/token" << "s" << "" << "";
        QTest::newRow("two headers") << QList<QByteArray>{"Basic realm=\"r1\"", "Bearer realm=\"https://t/x\",scope=\"repository:a:pull,push\""}
                                     << QStringList{"basic", "bearer"} << "https://t/x" << "" << "repository:a:pull,push" << "";
        // (plain literals: moc mis-reads backslashes inside raw strings)
        QTest::newRow("escaped quotes") << QList<QByteArray>{"Bearer realm=\"https://t/\\\"q\\\"\",service=\"a\\\\b\""} << QStringList{"bearer"} << "https://t/\"q\"" << "a\\b" << "" << "";
        QTest::newRow("insufficient scope") << QList<QByteArray>{"Bearer realm=\"https://t\",service=\"s\",scope=\"repository:a:pull,push\",error=\"insufficient_scope\""}
                                            << QStringList{"bearer"} << "https://t" << "s" << "repository:a:pull,push" << "insufficient_scope";
        QTest::newRow("comma inside quotes") << QList<QByteArray>{"Bearer realm=\"https://t\",scope=\"repository:a:pull,push repository:b:pull\""}
                                             << QStringList{"bearer"} << "https://t" << "" << "repository:a:pull,push repository:b:pull" << "";
        QTest::newRow("port in scope") << QList<QByteArray>{"Bearer realm=\"http://127.0.0.1:5001/token\",scope=\"repository:host:5000/a:pull\""}
                                       << QStringList{"bearer"} << "http://127.0.0.1:5001/token" << "" << "repository:host:5000/a:pull" << "";
        QTest::newRow("empty") << QList<QByteArray>{""} << QStringList{} << "" << "" << "" << "";
    }
    void parse()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QStringList, schemes);
        QFETCH(QString, realm);
        QFETCH(QString, service);
        QFETCH(QString, scope);
        QFETCH(QString, error);
        const QList<AuthChallenge> challenges = AuthChallenge::parse(headers);
        QStringList got;
        for (const AuthChallenge &c : challenges)
            got.append(c.scheme);
        QCOMPARE(got, schemes);
        const AuthChallenge *preferred = AuthChallenge::preferred(challenges);
        if (schemes.isEmpty()) {
            QVERIFY(!preferred);
            return;
        }
        QVERIFY(preferred);
        if (schemes.contains("bearer"))
            QVERIFY(preferred->isBearer());
        QCOMPARE(preferred->param("realm"), realm);
        QCOMPARE(preferred->param("service"), service);
        QCOMPARE(preferred->param("scope"), scope);
        QCOMPARE(preferred->param("error"), error);
    }

    void scopes_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("normalized");
        QTest::newRow("merge actions") << QStringList{"repository:a:push", "repository:a:pull"} << QStringList{"repository:a:pull,push"};
        QTest::newRow("sorted resources") << QStringList{"repository:b:pull", "repository:a:pull"} << QStringList{"repository:a:pull", "repository:b:pull"};
        QTest::newRow("port kept") << QStringList{"repository:h:5000/x:pull"} << QStringList{"repository:h:5000/x:pull"};
        QTest::newRow("space separated") << QStringList{"repository:a:pull repository:a:delete"} << QStringList{"repository:a:delete,pull"};
    }
    void scopes()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, normalized);
        QCOMPARE(TokenScope::normalized(input), normalized);
        QVERIFY(TokenScope::covers(normalized, input));
    }

    void link_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("next");
        QTest::newRow("registry relative") << QList<QByteArray>{"</v2/busybox/tags/list?last=b&n=2>; rel=\"next\""} << "/v2/busybox/tags/list?last=b&n=2";
        QTest::newRow("unquoted rel") << QList<QByteArray>{"<https://r/v2/_catalog?last=x>; rel=next"} << "https://r/v2/_catalog?last=x";
        QTest::newRow("several links") << QList<QByteArray>{"<https://r/prev>; rel=\"prev\", <https://r/next>; rel=\"next\""} << "https://r/next";
        QTest::newRow("several rels") << QList<QByteArray>{"<https://r/n>; rel=\"last next\""} << "https://r/n";
        QTest::newRow("no next") << QList<QByteArray>{"<https://r/p>; rel=\"prev\""} << "";
        QTest::newRow("none") << QList<QByteArray>{} << "";
    }
    void link()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, next);
        QCOMPARE(LinkHeader::nextTarget(headers), next);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QUrl>("a");
        QTest::addColumn<QUrl>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << QUrl("https://r.io/v2/") << QUrl("https://r.io/v2/x") << true;
        QTest::newRow("default port") << QUrl("https://r.io/") << QUrl("https://r.io:443/") << true;
        QTest::newRow("other host") << QUrl("https://r.io/") << QUrl("https://s3.amazonaws.com/") << false;
        QTest::newRow("other port") << QUrl("http://127.0.0.1:5000/") << QUrl("http://127.0.0.1:5001/") << false;
        QTest::newRow("other scheme") << QUrl("https://r.io/") << QUrl("http://r.io:443/") << false;
        QTest::newRow("other loopback") << QUrl("http://127.0.0.1:5000/") << QUrl("http://127.0.0.2:5000/") << false;
    }
    void sameOrigin()
    {
        QFETCH(QUrl, a);
        QFETCH(QUrl, b);
        QFETCH(bool, same);
        QCOMPARE(RegistryClient::sameOrigin(a, b), same);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        QCOMPARE(RegistryClient::retryAfterMs(value), ms);
    }

    void referrersTag_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("tag");
        const QString hex(64, QLatin1Char('b'));
        QTest::newRow("sha256") << "sha256:" + hex << "sha256-" + hex;
        QTest::newRow("sha512 truncated") << "sha512:" + QString(128, QLatin1Char('c')) << "sha512-" + QString(64, QLatin1Char('c'));
    }
    void referrersTag()
    {
        QFETCH(QString, digest);
        QFETCH(QString, tag);
        QCOMPARE(RegistryClient::referrersFallbackTag(digest), tag);
    }
};

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
