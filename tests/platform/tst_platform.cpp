#include "core/platform/hostprobe.h"
#include "core/platform/platform.h"

#include <QTest>

using namespace Manifold;

class tst_Platform : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void singleComponentUsesHost();
    void parseList();
    void displayString();
    void validate_data();
    void validate();
    void jsonRoundTrip();
    void elfMachines_data();
    void elfMachines();
};

void tst_Platform::parse_data()
{
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("expected");

    QTest::newRow("os/arch") << "linux/amd64" << "linux/amd64";
    QTest::newRow("uppercase") << "Linux/AMD64" << "linux/amd64";
    QTest::newRow("x86_64") << "linux/x86_64" << "linux/amd64";
    QTest::newRow("x86-64") << "linux/x86-64" << "linux/amd64";
    QTest::newRow("amd64 v1 is default") << "linux/amd64/v1" << "linux/amd64";
    QTest::newRow("amd64 v3 kept") << "linux/amd64/v3" << "linux/amd64/v3";
    QTest::newRow("aarch64") << "linux/aarch64" << "linux/arm64";
    QTest::newRow("arm64 v8 default") << "linux/arm64/v8" << "linux/arm64";
    QTest::newRow("arm64 8") << "linux/arm64/8" << "linux/arm64";
    QTest::newRow("arm64 v8.0") << "linux/arm64/v8.0" << "linux/arm64";
    QTest::newRow("arm64 v9.0") << "linux/arm64/v9.0" << "linux/arm64/v9";
    QTest::newRow("armhf") << "linux/armhf" << "linux/arm/v7";
    QTest::newRow("armel") << "linux/armel" << "linux/arm/v6";
    QTest::newRow("arm default v7") << "linux/arm" << "linux/arm/v7";
    QTest::newRow("arm 7") << "linux/arm/7" << "linux/arm/v7";
    QTest::newRow("arm 6") << "linux/arm/6" << "linux/arm/v6";
    QTest::newRow("arm v5") << "linux/arm/v5" << "linux/arm/v5";
    QTest::newRow("i386") << "linux/i386" << "linux/386";
    QTest::newRow("i686") << "linux/i686" << "linux/386";
    QTest::newRow("ppc64le") << "linux/ppc64le" << "linux/ppc64le";
    QTest::newRow("ppc64el") << "linux/ppc64el" << "linux/ppc64le";
    QTest::newRow("s390x") << "linux/s390x" << "linux/s390x";
    QTest::newRow("riscv64") << "linux/riscv64" << "linux/riscv64";
    QTest::newRow("macos") << "macos/arm64" << "darwin/arm64";
    QTest::newRow("windows") << "windows/amd64" << "windows/amd64";
    QTest::newRow("surrounding space") << "  linux/arm64 " << "linux/arm64";
    QTest::newRow("attestation") << "unknown/unknown" << "unknown/unknown";
}

void tst_Platform::parse()
{
    QFETCH(QString, specifier);
    QFETCH(QString, expected);
    const Result<Platform> platform = Platform::parse(specifier);
    QVERIFY2(platform.ok(), qPrintable(platform.ok() ? QString() : platform.error().toString()));
    QCOMPARE(platform->toString(), expected);
}

void tst_Platform::parseInvalid_data()
{
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("too many parts") << "linux/arm/v7/extra" << "more than three";
    QTest::newRow("empty part") << "linux//v7" << "part 2";
    QTest::newRow("bad character") << "linux/arm 64" << "part 2";
    QTest::newRow("unknown word") << "toaster" << "neither";
    QTest::newRow("unknown os") << "plan10/amd64" << "unknown operating system";
    QTest::newRow("unknown arch") << "linux/z80" << "unknown architecture";
    QTest::newRow("unclosed os.version") << "windows(10.0/amd64" << "not closed";
}

void tst_Platform::parseInvalid()
{
    QFETCH(QString, specifier);
    QFETCH(QString, mentions);
    const Result<Platform> platform = Platform::parse(specifier);
    QVERIFY(!platform.ok());
    QCOMPARE(platform.error().code, QStringLiteral("platform.parse"));
    QVERIFY2(platform.error().message.contains(mentions), qPrintable(platform.error().message));
    // The error always says what was expected.
    QVERIFY(platform.error().hint.contains(QLatin1String("linux/arm64")));
}

void tst_Platform::singleComponentUsesHost()
{
    const Platform host = HostProbe::hostPlatform();
    const Result<Platform> os = Platform::parse(QStringLiteral("linux"));
    QVERIFY(os.ok());
    QCOMPARE(os->architecture, host.architecture);

    const Result<Platform> arch = Platform::parse(QStringLiteral("aarch64"));
    QVERIFY(arch.ok());
    QCOMPARE(arch->os, host.os);
    QCOMPARE(arch->architecture, QStringLiteral("arm64"));

    const Result<Platform> withVersion = Platform::parse(QStringLiteral("windows(10.0.17763)/amd64"));
    QVERIFY(withVersion.ok());
    QCOMPARE(withVersion->osVersion, QStringLiteral("10.0.17763"));
    QCOMPARE(withVersion->toString(), QStringLiteral("windows/amd64"));
}

void tst_Platform::parseList()
{
    const Result<QList<Platform>> list =
        Platform::parseList(QStringLiteral("linux/amd64,linux/arm64/v8,linux/aarch64,linux/arm/v7"));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3); // arm64/v8 and aarch64 are the same platform
    QCOMPARE(list->at(1).toString(), QStringLiteral("linux/arm64"));

    const Result<QList<Platform>> bad = Platform::parseList(QStringLiteral("linux/amd64,linux/zz"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QLatin1String("linux/zz")));
    QVERIFY(!Platform::parseList(QStringLiteral(",")).ok());
}

void tst_Platform::displayString()
{
    QCOMPARE(Platform(QStringLiteral("linux"), QStringLiteral("arm64")).toDisplayString(),
             QStringLiteral("linux/arm64/v8"));
    QCOMPARE(Platform(QStringLiteral("linux"), QStringLiteral("arm"), QStringLiteral("v7"))
                 .toDisplayString(),
             QStringLiteral("linux/arm/v7"));
    QVERIFY(Platform::unknown().isUnknown());
}

void tst_Platform::validate_data()
{
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("problem"); // empty: valid

    QTest::newRow("amd64") << "linux" << "amd64" << "" << "";
    QTest::newRow("amd64 v3") << "linux" << "amd64" << "v3" << "";
    QTest::newRow("amd64 v8 is invalid") << "linux" << "amd64" << "v8" << "not a variant of amd64";
    QTest::newRow("arm64 v8") << "linux" << "arm64" << "v8" << "";
    QTest::newRow("arm64 v7 is invalid") << "linux" << "arm64" << "v7" << "not a variant of arm64";
    QTest::newRow("arm v7") << "linux" << "arm" << "v7" << "";
    QTest::newRow("arm v9 is invalid") << "linux" << "arm" << "v9" << "not a variant of arm";
    QTest::newRow("s390x with variant") << "linux" << "s390x" << "v1" << "has no variants";
    QTest::newRow("missing os") << "" << "amd64" << "" << "os is missing";
    QTest::newRow("missing arch") << "linux" << "" << "" << "architecture is missing";
    QTest::newRow("unknown arch") << "linux" << "vax" << "" << "unknown architecture";
    QTest::newRow("attestation") << "unknown" << "unknown" << "" << "";
}

void tst_Platform::validate()
{
    QFETCH(QString, os);
    QFETCH(QString, architecture);
    QFETCH(QString, variant);
    QFETCH(QString, problem);
    const QStringList problems = Platform(os, architecture, variant).validate();
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(';'))));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
    }
}

void tst_Platform::jsonRoundTrip()
{
    Platform platform(QStringLiteral("windows"), QStringLiteral("amd64"));
    platform.osVersion = QStringLiteral("10.0.20348.1");
    platform.osFeatures = {QStringLiteral("win32k")};
    const QJsonObject json = platform.toJson();
    QCOMPARE(json.value(QLatin1String("os.version")).toString(), QStringLiteral("10.0.20348.1"));
    QCOMPARE(Platform::fromJson(json), platform);
    QVERIFY(!Platform(QStringLiteral("linux"), QStringLiteral("amd64")).toJson().contains(
        QLatin1String("variant")));
}

void tst_Platform::elfMachines_data()
{
    QTest::addColumn<int>("elfClass");
    QTest::addColumn<int>("elfData");
    QTest::addColumn<int>("machine");
    QTest::addColumn<QString>("expected");

    QTest::newRow("x86-64") << 2 << 1 << 62 << "linux/amd64";
    QTest::newRow("i386") << 1 << 1 << 3 << "linux/386";
    QTest::newRow("aarch64") << 2 << 1 << 183 << "linux/arm64";
    QTest::newRow("arm") << 1 << 1 << 40 << "linux/arm/v7";
    QTest::newRow("ppc64le") << 2 << 1 << 21 << "linux/ppc64le";
    QTest::newRow("ppc64 big endian") << 2 << 2 << 21 << "linux/ppc64";
    QTest::newRow("s390x") << 2 << 2 << 22 << "linux/s390x";
    QTest::newRow("riscv64") << 2 << 1 << 243 << "linux/riscv64";
    QTest::newRow("mips64le") << 2 << 1 << 8 << "linux/mips64le";
    QTest::newRow("loongarch") << 2 << 1 << 258 << "linux/loong64";
    QTest::newRow("unmapped") << 2 << 1 << 9999 << "";
}

void tst_Platform::elfMachines()
{
    QFETCH(int, elfClass);
    QFETCH(int, elfData);
    QFETCH(int, machine);
    QFETCH(QString, expected);
    const Platform platform = platformForElf(elfClass, elfData, machine);
    QCOMPARE(platform.isEmpty() ? QString() : platform.toString(), expected);
}

QTEST_GUILESS_MAIN(tst_Platform)
#include "tst_platform.moc"
