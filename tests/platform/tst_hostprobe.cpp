#include "core/platform/hostprobe.h"

#include <QJsonArray>
#include <QTest>

using namespace Manifold;

static QString sampleDir(const char *name)
{
    return QStringLiteral(MANIFOLD_TEST_DATA_DIR "/platform/binfmt/") + QLatin1String(name);
}

class tst_HostProbe : public QObject
{
    Q_OBJECT

private slots:
    void machines_data();
    void machines();
    void amd64Level_data();
    void amd64Level();
    void support_data();
    void support();
    void warningsAndFixes();
    void json();
    void live();
};

void tst_HostProbe::machines_data()
{
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("platform");
    QTest::newRow("x86_64") << "x86_64" << "linux/amd64";
    QTest::newRow("aarch64") << "aarch64" << "linux/arm64";
    QTest::newRow("arm64 (macOS)") << "arm64" << "linux/arm64";
    QTest::newRow("armv7l") << "armv7l" << "linux/arm/v7";
    QTest::newRow("armv6l") << "armv6l" << "linux/arm/v6";
    QTest::newRow("i686") << "i686" << "linux/386";
    QTest::newRow("ppc64le") << "ppc64le" << "linux/ppc64le";
    QTest::newRow("s390x") << "s390x" << "linux/s390x";
    QTest::newRow("riscv64") << "riscv64" << "linux/riscv64";
    QTest::newRow("loongarch64") << "loongarch64" << "linux/loong64";
}

void tst_HostProbe::machines()
{
    QFETCH(QString, machine);
    QFETCH(QString, platform);
    QCOMPARE(HostProbe::platformForMachine(machine).toString(), platform);
}

void tst_HostProbe::amd64Level_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<int>("level");
    const QString v2 = QStringLiteral("fpu cx16 lahf_lm popcnt sse4_1 sse4_2 ssse3");
    const QString v3 = v2 + QStringLiteral(" avx avx2 bmi1 bmi2 f16c fma abm movbe xsave");
    const QString v4 = v3 + QStringLiteral(" avx512f avx512bw avx512cd avx512dq avx512vl");
    QTest::newRow("no flags") << QString() << 0;
    QTest::newRow("baseline") << QStringLiteral("fpu sse sse2") << 1;
    QTest::newRow("v2") << v2 << 2;
    QTest::newRow("v3") << v3 << 3;
    QTest::newRow("v4") << v4 << 4;
}

void tst_HostProbe::amd64Level()
{
    QFETCH(QString, flags);
    QFETCH(int, level);
    const QString cpuinfo = flags.isEmpty()
                                ? QStringLiteral("processor\t: 0\n")
                                : QStringLiteral("processor\t: 0\nflags\t\t: ") + flags +
                                      QStringLiteral("\n");
    QCOMPARE(HostProbe::amd64LevelFromCpuinfo(cpuinfo), level);
}

void tst_HostProbe::support_data()
{
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("binfmt");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("kind");

    QTest::newRow("amd64 host, amd64") << "x86_64" << "qemu-full" << "linux/amd64" << "native";
    QTest::newRow("amd64 host, 386") << "x86_64" << "qemu-full" << "linux/386" << "native";
    QTest::newRow("amd64 host, arm64 by qemu") << "x86_64" << "qemu-full" << "linux/arm64" << "emulated";
    QTest::newRow("amd64 host, arm/v7 by qemu-arm") << "x86_64" << "qemu-full" << "linux/arm/v7" << "emulated";
    QTest::newRow("amd64 host, ppc64le") << "x86_64" << "qemu-full" << "linux/ppc64le" << "emulated";
    QTest::newRow("amd64 host, s390x") << "x86_64" << "qemu-full" << "linux/s390x" << "emulated";
    QTest::newRow("amd64 host, riscv64 missing") << "x86_64" << "qemu-full" << "linux/riscv64" << "unavailable";
    QTest::newRow("no binfmt_misc") << "x86_64" << "absent" << "linux/arm64" << "unavailable";
    QTest::newRow("disabled handler") << "x86_64" << "disabled" << "linux/arm64" << "unavailable";
    QTest::newRow("arm64 host, arm64") << "aarch64" << "qemu-full" << "linux/arm64" << "native";
    QTest::newRow("arm64 host, arm/v7 compat") << "aarch64" << "qemu-full" << "linux/arm/v7" << "native";
    QTest::newRow("arm64 host, amd64 by qemu") << "aarch64" << "qemu-full" << "linux/amd64" << "emulated";
    QTest::newRow("arm/v7 host, arm64 by qemu") << "armv7l" << "qemu-full" << "linux/arm64" << "emulated";
    QTest::newRow("arm/v7 host, arm/v6") << "armv7l" << "qemu-full" << "linux/arm/v6" << "native";
}

void tst_HostProbe::support()
{
    QFETCH(QString, machine);
    QFETCH(QString, binfmt);
    QFETCH(QString, platform);
    QFETCH(QString, kind);
    HostProbeInputs inputs;
    inputs.machine = machine;
    inputs.binfmtDirectory = sampleDir(binfmt.toLatin1().constData());
    inputs.candidates = {*Platform::parse(platform)};
    const HostCapabilities host = HostProbe::probe(inputs);
    QCOMPARE(host.platforms.size(), 1);
    const PlatformSupport &support = host.platforms.first();
    QCOMPARE(supportKindName(support.kind), kind);
    QCOMPARE(host.canRun(*Platform::parse(platform)), kind != QLatin1String("unavailable"));
    if (kind == QLatin1String("unavailable"))
        QVERIFY2(!support.fix.isEmpty(), "an unavailable platform must come with a fix");
    else
        QVERIFY(support.fix.isEmpty());
}

void tst_HostProbe::warningsAndFixes()
{
    HostProbeInputs inputs;
    inputs.machine = QStringLiteral("x86_64");

    inputs.binfmtDirectory = sampleDir("no-fix-binary");
    HostCapabilities host = HostProbe::probe(inputs);
    const PlatformSupport *arm64 = host.find(*Platform::parse(QStringLiteral("linux/arm64")));
    QVERIFY(arm64);
    QCOMPARE(arm64->kind, PlatformSupport::Kind::Emulated);
    QVERIFY(arm64->warnings.join(QLatin1Char(' ')).contains(QLatin1String("fix-binary")));
    QVERIFY(arm64->warnings.join(QLatin1Char(' ')).contains(QLatin1String("does not exist")));

    inputs.binfmtDirectory = sampleDir("disabled");
    host = HostProbe::probe(inputs);
    arm64 = host.find(*Platform::parse(QStringLiteral("linux/arm64")));
    QVERIFY(arm64->fix.contains(QLatin1String("update-binfmts --enable qemu-aarch64")));

    inputs.binfmtDirectory = QStringLiteral("/nonexistent/binfmt_misc");
    host = HostProbe::probe(inputs);
    arm64 = host.find(*Platform::parse(QStringLiteral("linux/arm64")));
    QVERIFY(arm64->fix.contains(QLatin1String("mount -t binfmt_misc")));

    inputs.machine = QStringLiteral("aarch64");
    inputs.binfmtDirectory = sampleDir("qemu-full");
    host = HostProbe::probe(inputs);
    const PlatformSupport *arm = host.find(*Platform::parse(QStringLiteral("linux/arm/v7")));
    QVERIFY2(!arm->warnings.isEmpty(), "arm64 hosts may lack AArch32: say so");
}

void tst_HostProbe::json()
{
    HostProbeInputs inputs;
    inputs.machine = QStringLiteral("x86_64");
    inputs.cpuinfo = QStringLiteral("flags\t: cx16 lahf_lm popcnt sse4_1 sse4_2 ssse3\n");
    inputs.binfmtDirectory = sampleDir("qemu-full");
    const QJsonObject json = HostProbe::probe(inputs).toJson();
    QCOMPARE(json.value(QLatin1String("host")).toObject().value(QLatin1String("platform")).toString(),
             QStringLiteral("linux/amd64"));
    QCOMPARE(json.value(QLatin1String("host")).toObject().value(QLatin1String("amd64Level")).toString(),
             QStringLiteral("v2"));
    QCOMPARE(json.value(QLatin1String("binfmt")).toObject().value(QLatin1String("handlers")).toArray().size(), 6);
    QCOMPARE(json.value(QLatin1String("platforms")).toArray().size(),
             HostProbe::commonPlatforms().size());
}

void tst_HostProbe::live()
{
    const HostCapabilities host = HostProbe::probe();
    QVERIFY(!host.host.isEmpty());
    QVERIFY(host.runsNatively(host.host));
    QCOMPARE(host.host, HostProbe::hostPlatform());
}

QTEST_GUILESS_MAIN(tst_HostProbe)
#include "tst_hostprobe.moc"
