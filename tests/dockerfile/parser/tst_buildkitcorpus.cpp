#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;

// BuildKit's own parser test files (frontend/dockerfile/parser/testfiles*), read in place:
// every positive file must dump exactly like BuildKit's `result`, every negative one must fail.
class TestBuildkitCorpus : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir()
    {
        return QDir::cleanPath(QStringLiteral(MANIFOLD_SOURCE_DIR "/../shared/reference/buildkit-corpus"));
    }

    static QStringList cases(const QString &folder)
    {
        return QDir(corpusDir() + QLatin1Char('/') + folder)
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void corpusIsComplete()
    {
        MANIFOLD_REQUIRE(QDir(corpusDir()).exists(), corpusDir());
        QCOMPARE(cases(QStringLiteral("testfiles")).size(), 33);
        QCOMPARE(cases(QStringLiteral("testfiles-negative")).size(), 4);
    }

    void dumpMatchesResult_data()
    {
        QTest::addColumn<QString>("directory");
        const QStringList names = cases(QStringLiteral("testfiles"));
        if (names.isEmpty())
            QTest::newRow("corpus-missing") << QString();
        for (const QString &name : names) {
            QTest::newRow(qPrintable(name))
                << corpusDir() + QStringLiteral("/testfiles/") + name;
        }
    }

    void dumpMatchesResult()
    {
        QFETCH(QString, directory);
        MANIFOLD_REQUIRE(!directory.isEmpty(), corpusDir());
        const QByteArray source = read(directory + QStringLiteral("/Dockerfile"));
        const QString expected = QString::fromUtf8(read(directory + QStringLiteral("/result")));
        QVERIFY(!expected.isEmpty());

        const ParsedDockerfile parsed = Parser::parse(source, QStringLiteral("Dockerfile"));
        QVERIFY2(!parsed.hasErrors(),
                 qPrintable(Test::diagnosticSummary(parsed).join(QLatin1Char('\n'))));
        const QStringList got = dump(parsed).split(QLatin1Char('\n'));
        const QStringList want = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMin(got.size(), want.size()); ++i)
            QVERIFY2(got.at(i) == want.at(i),
                     qPrintable(QStringLiteral("line %1:\n got: %2\nwant: %3")
                                    .arg(i + 1).arg(got.at(i), want.at(i))));
        QCOMPARE(got.size(), want.size());
    }

    void negativeFileFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<int>("expectedLine");
        QTest::newRow("empty_dockerfile") << "empty_dockerfile" << "NoInstructions" << 1;
        QTest::newRow("env_no_value") << "env_no_value" << "MissingArguments" << 3;
        QTest::newRow("only_comments") << "only_comments" << "NoInstructions" << 3;
        QTest::newRow("shykes-nested-json") << "shykes-nested-json" << "InvalidJsonArray" << 1;
    }

    void negativeFileFails()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedId);
        QFETCH(int, expectedLine);
        const QString path = corpusDir() + QStringLiteral("/testfiles-negative/") + name
            + QStringLiteral("/Dockerfile");
        MANIFOLD_REQUIRE(QFile::exists(path), path);
        const ParsedDockerfile parsed = Parser::parse(read(path), QStringLiteral("Dockerfile"));
        QVERIFY(parsed.hasErrors());
        QCOMPARE(parsed.diagnostics.size(), 1);
        QCOMPARE(parsed.diagnostics.first().id, expectedId);
        QCOMPARE(parsed.diagnostics.first().range.start.line, expectedLine);
        QCOMPARE(parsed.diagnostics.first().file, QStringLiteral("Dockerfile"));
    }

    void lineNumbers()
    {
        // testfile-line: comments, blank lines and empty continuation lines must not shift
        // where BuildKit says each instruction starts and ends.
        const QString path = corpusDir() + QStringLiteral("/testfile-line/Dockerfile");
        MANIFOLD_REQUIRE(QFile::exists(path), path);
        const ParsedDockerfile parsed = Parser::parse(read(path));
        QVERIFY(!parsed.hasErrors());
        QStringList spans;
        for (const Node &node : parsed.instructions)
            spans << QStringLiteral("%1-%2").arg(node.range.start.line).arg(node.range.end.line);
        QCOMPARE(spans, Test::strings({"5-5", "11-12", "17-31"}));
        QCOMPARE(Test::diagnosticSummary(parsed), Test::strings({"warning NoEmptyContinuation 31:1"}));
    }

    void negativeDirectoryHasNoOtherCases()
    {
        // A new upstream negative case must get an expectation above, not pass unnoticed.
        MANIFOLD_REQUIRE(QDir(corpusDir()).exists(), corpusDir());
        const QStringList names = cases(QStringLiteral("testfiles-negative"));
        QCOMPARE(names, (QStringList{QStringLiteral("empty_dockerfile"), QStringLiteral("env_no_value"),
                                     QStringLiteral("only_comments"),
                                     QStringLiteral("shykes-nested-json")}));
    }
};

QTEST_GUILESS_MAIN(TestBuildkitCorpus)
#include "tst_buildkitcorpus.moc"
