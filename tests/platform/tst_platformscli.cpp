#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTest>

using namespace Manifold;

// End to end: the real CLI on this machine's live binfmt_misc. The foundation promise is that
// arm64, arm/v7, ppc64le and s390x run here by QEMU (scripts/setup-qemu.sh sets that up).
class tst_PlatformsCli : public QObject
{
    Q_OBJECT

private slots:
    void emulatedPlatforms_data();
    void emulatedPlatforms();
    void textTable();
    void badPlatform();
};

static QJsonObject supportFor(const QJsonArray &platforms, const QString &name)
{
    for (const QJsonValue &value : platforms) {
        if (value.toObject().value(QLatin1String("platform")).toString() == name)
            return value.toObject();
    }
    return {};
}

void tst_PlatformsCli::emulatedPlatforms_data()
{
    QTest::addColumn<QString>("platform");
    QTest::newRow("arm64") << "linux/arm64";
    QTest::newRow("arm/v7") << "linux/arm/v7";
    QTest::newRow("ppc64le") << "linux/ppc64le";
    QTest::newRow("s390x") << "linux/s390x";
}

void tst_PlatformsCli::emulatedPlatforms()
{
    QFETCH(QString, platform);
    MANIFOLD_REQUIRE(QFile::exists(QStringLiteral("/proc/sys/fs/binfmt_misc/register")),
                     QStringLiteral("binfmt_misc is not mounted (run scripts/setup-qemu.sh)"));
    if (QSysInfo::currentCpuArchitecture() != QLatin1String("x86_64"))
        QSKIP("the emulated set is checked on x86_64 hosts");
    QByteArray out;
    QCOMPARE(Test::runManifold({QStringLiteral("platforms"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    const QJsonObject support =
        supportFor(json.value(QLatin1String("platforms")).toArray(), platform);
    QVERIFY2(!support.isEmpty(), out.constData());
    QCOMPARE(support.value(QLatin1String("support")).toString(), QStringLiteral("emulated"));
    QVERIFY(support.value(QLatin1String("interpreter")).toString().contains(QLatin1String("qemu")));
}

void tst_PlatformsCli::textTable()
{
    QByteArray out;
    QCOMPARE(Test::runManifold({QStringLiteral("platforms")}, &out), 0);
    QVERIFY(out.contains("PLATFORM"));
    QVERIFY(out.contains("linux/amd64") || out.contains("linux/arm64"));
}

void tst_PlatformsCli::badPlatform()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(Test::runManifold({QStringLiteral("platforms"), QStringLiteral("--platform"),
                                QStringLiteral("linux/z80")},
                               &out, &err),
             2);
    QVERIFY(err.contains("unknown architecture"));
    QVERIFY(err.contains("hint:"));
}

QTEST_GUILESS_MAIN(tst_PlatformsCli)
#include "tst_platformscli.moc"
