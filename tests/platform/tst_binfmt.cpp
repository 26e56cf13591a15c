#include "core/platform/binfmt.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Manifold;

static QString sampleDir(const char *name)
{
    return QStringLiteral(MANIFOLD_TEST_DATA_DIR "/platform/binfmt/") + QLatin1String(name);
}

class tst_Binfmt : public QObject
{
    Q_OBJECT

private slots:
    void parseHandler_data();
    void parseHandler();
    void parseInvalid_data();
    void parseInvalid();
    void readDirectory();
    void missingDirectory();
    void liveProc();
};

void tst_Binfmt::parseHandler_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("platform");

    QTest::newRow("aarch64") << "qemu-full/qemu-aarch64" << true << "POCF" << "linux/arm64";
    QTest::newRow("arm") << "qemu-full/qemu-arm" << true << "POCF" << "linux/arm/v7";
    QTest::newRow("ppc64le") << "qemu-full/qemu-ppc64le" << true << "POCF" << "linux/ppc64le";
    QTest::newRow("s390x big endian") << "qemu-full/qemu-s390x" << true << "POCF" << "linux/s390x";
    QTest::newRow("x86_64") << "qemu-full/qemu-x86_64" << true << "POCF" << "linux/amd64";
    QTest::newRow("not ELF") << "qemu-full/python3.11" << true << "" << "";
    QTest::newRow("disabled") << "disabled/qemu-aarch64" << false << "PF" << "linux/arm64";
    QTest::newRow("no fix-binary") << "no-fix-binary/qemu-aarch64" << true << "OC" << "linux/arm64";
}

void tst_Binfmt::parseHandler()
{
    QFETCH(QString, file);
    QFETCH(bool, enabled);
    QFETCH(QString, flags);
    QFETCH(QString, platform);
    QFile input(QStringLiteral(MANIFOLD_TEST_DATA_DIR "/platform/binfmt/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const Result<BinfmtHandler> handler =
        BinfmtParser::parseHandler(file.section(QLatin1Char('/'), -1), QString::fromLatin1(input.readAll()));
    QVERIFY2(handler.ok(), qPrintable(handler.ok() ? QString() : handler.error().toString()));
    QCOMPARE(handler->enabled, enabled);
    QCOMPARE(handler->flags, flags);
    QCOMPARE(handler->platform.isEmpty() ? QString() : handler->platform.toString(), platform);
    QCOMPARE(handler->isFixBinary(), flags.contains(QLatin1Char('F')));
    QVERIFY(!handler->interpreter.isEmpty());
}

void tst_Binfmt::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << "" << "interpreter";
    QTest::newRow("no interpreter") << "enabled\nflags: F\n" << "interpreter";
    QTest::newRow("bad magic") << "enabled\ninterpreter /x\nmagic 7g\n" << "magic";
    QTest::newRow("odd mask") << "enabled\ninterpreter /x\nmask fff\n" << "mask";
}

void tst_Binfmt::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const Result<BinfmtHandler> handler = BinfmtParser::parseHandler(QStringLiteral("bad"), text);
    QVERIFY(!handler.ok());
    QVERIFY2(handler.error().message.contains(mentions), qPrintable(handler.error().message));
    QCOMPARE(handler.error().location, QStringLiteral("bad"));
}

void tst_Binfmt::readDirectory()
{
    const BinfmtStatus status = BinfmtParser::readDirectory(sampleDir("qemu-full"));
    QVERIFY(status.mounted);
    QVERIFY(status.enabled);
    QCOMPARE(status.handlers.size(), 6);
    QStringList names;
    for (const BinfmtHandler &handler : status.handlers)
        names << handler.name;
    QVERIFY(!names.contains(QLatin1String("status")));
    QVERIFY(!names.contains(QLatin1String("register")));
    QVERIFY(names.contains(QLatin1String("qemu-s390x")));
}

void tst_Binfmt::missingDirectory()
{
    const BinfmtStatus status = BinfmtParser::readDirectory(QStringLiteral("/nonexistent/binfmt"));
    QVERIFY(!status.mounted);
    QVERIFY(status.handlers.isEmpty());
}

void tst_Binfmt::liveProc()
{
    const QString live = QStringLiteral("/proc/sys/fs/binfmt_misc");
    if (!QFile::exists(live + QStringLiteral("/register")))
        QSKIP("binfmt_misc is not mounted on this machine");
    const BinfmtStatus status = BinfmtParser::readDirectory(live);
    QVERIFY(status.mounted);
    // Every handler file on the live system must parse (registration writes this format).
    const QStringList entries = QDir(live).entryList(QDir::Files);
    QCOMPARE(status.handlers.size(), entries.size() - 2);
    // The handlers QEMU registers for the platforms Manifold builds map to those platforms.
    const QHash<QString, QString> expected{{"qemu-aarch64", "linux/arm64"},
                                           {"qemu-arm", "linux/arm/v7"},
                                           {"qemu-ppc64le", "linux/ppc64le"},
                                           {"qemu-s390x", "linux/s390x"},
                                           {"qemu-riscv64", "linux/riscv64"},
                                           {"qemu-x86_64", "linux/amd64"}};
    for (const BinfmtHandler &handler : status.handlers) {
        if (expected.contains(handler.name))
            QCOMPARE(handler.platform.toString(), expected.value(handler.name));
    }
}

QTEST_GUILESS_MAIN(tst_Binfmt)
#include "tst_binfmt.moc"
