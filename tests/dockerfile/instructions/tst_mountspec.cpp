#include "core/dockerfile/instructions/mountspec.h"

#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

class TestMountSpec : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("error");
        QTest::newRow("bind-default-type") << "target=/src" << "bind" << "" << "/src" << true << "";
        QTest::newRow("bind-rw") << "type=bind,target=/src,rw" << "bind" << "" << "/src" << false << "";
        QTest::newRow("aliases") << "type=bind,src=/a,dst=/b,from=builder" << "bind" << "builder" << "/b" << true << "";
        QTest::newRow("cache-sharing") << "type=cache,target=/root/.cache,sharing=locked,id=go" << "cache" << "" << "/root/.cache" << false << "";
        QTest::newRow("secret-no-target") << "type=secret,id=npmrc" << "secret" << "" << "" << false << "";
        QTest::newRow("ssh") << "type=ssh" << "ssh" << "" << "" << false << "";
        QTest::newRow("unknown-type") << "type=volume,target=/x" << "" << "" << "" << false << "unsupported mount type \"volume\"";
        QTest::newRow("unknown-key") << "type=cache,target=/x,colour=red" << "" << "" << "" << false << "unexpected key 'colour' in 'colour=red'";
        QTest::newRow("missing-target") << "type=cache,id=x" << "" << "" << "" << false << "mount type cache requires a target";
        QTest::newRow("bad-sharing") << "type=cache,target=/x,sharing=all" << "" << "" << "" << false << "unsupported sharing value \"all\"";
        QTest::newRow("bad-bool") << "type=bind,target=/x,ro=maybe" << "" << "" << "" << false << "invalid value for ro: maybe";
    }

    void parse()
    {
        QFETCH(QString, value);
        QFETCH(QString, type);
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(bool, readOnly);
        QFETCH(QString, error);
        const Result<MountSpec> mount = MountSpec::parse(value);
        if (!error.isEmpty()) {
            QVERIFY(!mount);
            QCOMPARE(mount.error().message, error);
            QVERIFY(!mount.error().hint.isEmpty());
            return;
        }
        QVERIFY2(mount, qPrintable(mount ? QString() : mount.error().message));
        QCOMPARE(mount->type, type);
        QCOMPARE(mount->from, from);
        QCOMPARE(mount->target, target);
        QCOMPARE(mount->readOnly, readOnly);
    }

    void valuesAreExpanded()
    {
        const Result<MountSpec> mount = MountSpec::parse(
            QStringLiteral("type=cache,target=/cache/$ARCH"), [](const QString &v) -> Result<QString> {
                QString out = v;
                return out.replace(QStringLiteral("$ARCH"), QStringLiteral("arm64"));
            });
        QVERIFY(mount);
        QCOMPARE(mount->target, QStringLiteral("/cache/arm64"));
    }
};

QTEST_GUILESS_MAIN(TestMountSpec)
#include "tst_mountspec.moc"
