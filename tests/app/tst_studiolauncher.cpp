// The command line and the studio are two executables: `manifold` (no GUI libraries) replaces
// itself with `manifold-studio` when it is not given a command. Runs the real binaries.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using Manifold::Test::runManifold;
using Manifold::Test::runProgram;

class TestStudioLauncher : public QObject
{
    Q_OBJECT
private slots:
    // Whatever the studio is given reaches it unchanged: a Dockerfile, a project, no path.
    void startsTheStudio_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString sample = QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example/Dockerfile");
        QTest::newRow("a Dockerfile") << QStringList{sample};
        QTest::newRow("the sample's folder") << QStringList{QFileInfo(sample).absolutePath()};
        QTest::newRow("no path") << QStringList{};
        QTest::newRow("the sample project") << QStringList{"--sample"};
    }
    void startsTheStudio()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString png = work.filePath("window.png");
        // Settings of this run stay in the temporary directory.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath("config")));
        QByteArray out, err;
        const int code = runManifold(arguments + QStringList{"--screenshot", png}, &out, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        const QImage image(png);
        QVERIFY2(!image.isNull(), "the studio wrote no window picture");
        QVERIFY(image.width() > 200 && image.height() > 200);
    }

    // A `manifold` without its studio says what is missing and how to fix it.
    void missingStudioIsExplained()
    {
        QTemporaryDir alone;
        QVERIFY(alone.isValid());
        const QString copy = alone.filePath("manifold");
        QVERIFY(QFile::copy(QStringLiteral(MANIFOLD_BINARY), copy));
        QByteArray output;
        const int code = runProgram(copy, {QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example")},
                                    &output);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("cannot start the studio"), output.constData());
        QVERIFY2(output.contains(QFile::encodeName(alone.filePath("manifold-studio"))), output.constData());
        QVERIFY2(output.contains("manifold-studio target"), output.constData());
        // Commands still work without it.
        QCOMPARE(runProgram(copy, {"--version"}, &output), 0);
    }

    // The command line must not pull in the GUI: it starts faster and runs on headless servers.
    void commandLineLinksNoGuiLibrary_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<bool>("gui");
        QTest::newRow("manifold") << QStringLiteral(MANIFOLD_BINARY) << false;
        QTest::newRow("manifold-studio") << QFileInfo(QStringLiteral(MANIFOLD_BINARY)).absolutePath() + "/manifold-studio"
                                         << true;
    }
    void commandLineLinksNoGuiLibrary()
    {
        QFETCH(QString, binary);
        QFETCH(bool, gui);
        QByteArray libraries;
        QCOMPARE(runProgram(QStringLiteral("ldd"), {binary}, &libraries), 0);
        QCOMPARE(libraries.contains("libQt6Widgets"), gui);
        QCOMPARE(libraries.contains("libQt6Gui"), gui);
        QVERIFY(libraries.contains("libQt6Core"));
    }
};

QTEST_GUILESS_MAIN(TestStudioLauncher)
#include "tst_studiolauncher.moc"
