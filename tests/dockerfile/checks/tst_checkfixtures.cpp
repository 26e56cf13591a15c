#include "core/dockerfile/checks/dockerfilechecker.h"
#include "core/dockerfile/parser/parser.h"

#include <QDir>
#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

// Realistic Dockerfiles in tests/data/dockerfile/checks: each says in its header comments which
// platforms it is checked for ("# platforms: ...") and every finding expected ("# expect: Id@line");
// the test requires exactly those findings.
class TestCheckFixtures : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(MANIFOLD_TEST_DATA_DIR "/dockerfile/checks"));
        const QStringList files = dir.entryList({QStringLiteral("*.Dockerfile")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void fixtures()
    {
        QFETCH(QString, path);
        const Result<ParsedDockerfile> parsed = Parser::parseFile(path);
        QVERIFY(parsed);
        PlanOptions options;
        options.buildPlatform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        QStringList expected;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(QLatin1String("# platforms:")))
                options.platforms = *Platform::parseList(line.mid(12).trimmed());
            else if (line.startsWith(QLatin1String("# expect:")))
                expected.append(line.mid(9).trimmed());
        }
        const CheckResult result = DockerfileChecker::check(*parsed, options);
        QStringList actual;
        for (const Diagnostic &d : result.diagnostics)
            actual.append(QStringLiteral("%1@%2").arg(d.id).arg(d.range.start.line));
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestCheckFixtures)
#include "tst_checkfixtures.moc"
