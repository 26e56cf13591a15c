#include "core/platform/platformmatcher.h"

#include <QTest>

using namespace Manifold;

static Platform p(const char *specifier)
{
    Result<Platform> platform = Platform::parse(QString::fromLatin1(specifier));
    if (!platform)
        qFatal("bad test platform %s", specifier);
    return *platform;
}

class tst_PlatformMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void strict();
    void ordering();
    void select_data();
    void select();
};

void tst_PlatformMatcher::matches_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("expected");

    QTest::newRow("same") << "linux/amd64" << "linux/amd64" << true;
    QTest::newRow("amd64 runs 386") << "linux/amd64" << "linux/386" << true;
    QTest::newRow("amd64 does not run arm64") << "linux/amd64" << "linux/arm64" << false;
    QTest::newRow("amd64 v1 host refuses v2 image") << "linux/amd64" << "linux/amd64/v2" << false;
    QTest::newRow("amd64 v3 host runs v2") << "linux/amd64/v3" << "linux/amd64/v2" << true;
    // Variants beyond the known ones are clamped instead of enumerated (found by fuzz_platform).
    QTest::newRow("huge arm variant runs v7") << "linux/arm/v2000000000" << "linux/arm/v7" << true;
    QTest::newRow("huge amd64 level runs v2") << "linux/amd64/v2000000000" << "linux/amd64/v2" << true;
    QTest::newRow("amd64 v3 host runs v1") << "linux/amd64/v3" << "linux/amd64" << true;
    QTest::newRow("amd64 v3 host refuses v4") << "linux/amd64/v3" << "linux/amd64/v4" << false;
    QTest::newRow("arm64 accepts arm64/v8") << "linux/arm64" << "linux/arm64/v8" << true;
    QTest::newRow("arm64/v8 accepts arm64") << "linux/arm64/v8" << "linux/arm64" << true;
    QTest::newRow("arm64 accepts aarch64") << "linux/arm64" << "linux/aarch64" << true;
    QTest::newRow("arm64 runs arm/v7") << "linux/arm64" << "linux/arm/v7" << true;
    QTest::newRow("arm64 runs arm/v5") << "linux/arm64" << "linux/arm/v5" << true;
    QTest::newRow("arm64 does not run amd64") << "linux/arm64" << "linux/amd64" << false;
    QTest::newRow("arm/v7 runs v6") << "linux/arm/v7" << "linux/arm/v6" << true;
    QTest::newRow("arm/v7 runs v5") << "linux/arm/v7" << "linux/arm/v5" << true;
    QTest::newRow("arm/v6 refuses v7") << "linux/arm/v6" << "linux/arm/v7" << false;
    QTest::newRow("arm/v7 refuses arm64") << "linux/arm/v7" << "linux/arm64" << false;
    QTest::newRow("os must match") << "linux/amd64" << "windows/amd64" << false;
    QTest::newRow("attestation never matches") << "linux/amd64" << "unknown/unknown" << false;
    QTest::newRow("ppc64le") << "linux/ppc64le" << "linux/ppc64le" << true;
    QTest::newRow("s390x refuses ppc64le") << "linux/s390x" << "linux/ppc64le" << false;
}

void tst_PlatformMatcher::matches()
{
    QFETCH(QString, host);
    QFETCH(QString, image);
    QFETCH(bool, expected);
    const PlatformMatcher matcher(*Platform::parse(host));
    QCOMPARE(matcher.matches(*Platform::parse(image)), expected);
}

void tst_PlatformMatcher::strict()
{
    const PlatformMatcher matcher(p("linux/amd64"), PlatformMatcher::Mode::Strict);
    QVERIFY(matcher.matches(p("linux/amd64")));
    QVERIFY(!matcher.matches(p("linux/386")));
    const PlatformMatcher arm64(p("linux/arm64/v8"), PlatformMatcher::Mode::Strict);
    QVERIFY(arm64.matches(p("linux/arm64")));
    QVERIFY(!arm64.matches(p("linux/arm/v7")));
}

void tst_PlatformMatcher::ordering()
{
    const PlatformMatcher matcher(p("linux/arm64"));
    QVERIFY(matcher.less(p("linux/arm64"), p("linux/arm/v7")));
    QVERIFY(matcher.less(p("linux/arm/v7"), p("linux/arm/v6")));
    QVERIFY(matcher.less(p("linux/arm/v5"), p("linux/amd64")));
    QVERIFY(!matcher.less(p("linux/amd64"), p("linux/arm/v5")));
    QCOMPARE(matcher.acceptedPlatforms().size(), 5);
    QCOMPARE(matcher.rank(p("linux/arm64/v8")), 0);
    QCOMPARE(matcher.rank(p("linux/s390x")), -1);
}

void tst_PlatformMatcher::select_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<int>("expected");

    const QStringList busybox{"linux/amd64", "linux/arm64/v8", "linux/arm/v7", "linux/ppc64le",
                              "linux/s390x"};
    QTest::newRow("amd64 host") << "linux/amd64" << busybox << 0;
    QTest::newRow("arm64 host") << "linux/arm64" << busybox << 1;
    QTest::newRow("arm/v6 host finds nothing") << "linux/arm/v6" << busybox << -1;
    QTest::newRow("amd64-only copy on arm64") << "linux/arm64" << QStringList{"linux/amd64"} << -1;
    QTest::newRow("arm64 falls back to arm/v7")
        << "linux/arm64" << QStringList{"linux/amd64", "linux/arm/v6", "linux/arm/v7"} << 2;
    QTest::newRow("attestations are skipped")
        << "linux/amd64" << QStringList{"unknown/unknown", "linux/amd64"} << 1;
    QTest::newRow("first of equals wins")
        << "linux/amd64" << QStringList{"linux/amd64", "linux/amd64"} << 0;
    QTest::newRow("amd64 v3 prefers its level")
        << "linux/amd64/v3" << QStringList{"linux/amd64", "linux/amd64/v3"} << 1;
}

void tst_PlatformMatcher::select()
{
    QFETCH(QString, host);
    QFETCH(QStringList, entries);
    QFETCH(int, expected);
    QList<Platform> platforms;
    for (const QString &entry : entries)
        platforms << *Platform::parse(entry);
    QCOMPARE(PlatformMatcher(*Platform::parse(host)).select(platforms), expected);
}

QTEST_GUILESS_MAIN(tst_PlatformMatcher)
#include "tst_platformmatcher.moc"
