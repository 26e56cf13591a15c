#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;
using Manifold::Dockerfile::Test::dumpText;

// Line continuations as BuildKit joins them: the escape and trailing blanks go, the next
// line's indentation stays, comment lines inside are skipped, blank lines warn.
class TestParserContinuation : public QObject
{
    Q_OBJECT

private slots:
    void joining_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("lastLine");

        QTest::newRow("simple") << QByteArray("RUN a \\\n  b") << R"((run "a   b"))" << 2;
        QTest::newRow("no-space-before-escape") << QByteArray("RUN a\\\nb") << R"((run "ab"))" << 2;
        QTest::newRow("blanks-after-escape") << QByteArray("RUN a \\ \t \nb") << R"((run "a b"))" << 2;
        QTest::newRow("escaped-escape-does-not-continue")
            << QByteArray("RUN a\\\\\nRUN b") << "(run \"a\\\\\\\\\")\n(run \"b\")" << 1;
        QTest::newRow("escape-alone-on-a-line") << QByteArray("RUN a \\\n\\\nb") << R"((run "a b"))" << 3;
        QTest::newRow("comment-inside") << QByteArray("RUN a \\\n  # note \\\n  b")
                                        << R"((run "a   b"))" << 3;
        QTest::newRow("continuation-at-eof") << QByteArray("RUN a \\") << R"((run "a"))" << 1;
        QTest::newRow("continuation-then-blank-at-eof") << QByteArray("RUN a \\\n\n")
                                                        << R"((run "a"))" << 2;
        QTest::newRow("crlf") << QByteArray("RUN a \\\r\n  b\r\nRUN c\r\n")
                              << "(run \"a   b\")\n(run \"c\")" << 2;
        QTest::newRow("json-across-lines") << QByteArray("CMD [\"a\", \\\n  \"b\"]")
                                           << R"((cmd "a" "b"))" << 2;
        QTest::newRow("flags-across-lines")
            << QByteArray("COPY --from=x \\\n     --link \\\n     a b")
            << R"((copy ["--from=x" "--link"] "a" "b"))" << 3;
        QTest::newRow("comment-ending-in-escape-does-not-continue")
            << QByteArray("# comment \\\nRUN a") << R"((run "a"))" << 2;
        QTest::newRow("backtick-escape")
            << QByteArray("# escape=`\nRUN dir `\n  C:\\x\\") << "(run \"dir   C:\\\\x\\\\\")" << 3;
        QTest::newRow("backslash-is-literal-with-backtick-escape")
            << QByteArray("# escape=`\nRUN a \\\nRUN b") << "(run \"a \\\\\")\n(run \"b\")" << 2;
    }

    void joining()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QFETCH(int, lastLine);
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(dumpText(parsed), expected);
        QVERIFY(!parsed.instructions.isEmpty());
        QCOMPARE(parsed.instructions.first().range.end.line, lastLine);
    }

    void emptyContinuationLineWarns_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("warningLine");
        QTest::newRow("one-empty-line") << QByteArray("FROM a\nRUN a \\\n\n  b\n") << 1 << 4;
        QTest::newRow("whitespace-only-line") << QByteArray("FROM a\nRUN a \\\n \t \n  b\n") << 1 << 4;
        QTest::newRow("two-empty-lines-one-warning") << QByteArray("FROM a\nRUN a \\\n\n\n  b\n") << 1 << 5;
        QTest::newRow("two-instructions") << QByteArray("FROM a\nRUN a \\\n\nb\nRUN c \\\n\nd\n") << 2 << 4;
        QTest::newRow("comment-line-is-fine") << QByteArray("FROM a\nRUN a \\\n# x\n  b\n") << 0 << 0;
        QTest::newRow("blank-line-between-instructions-is-fine") << QByteArray("FROM a\n\nRUN b\n") << 0 << 0;
    }

    void emptyContinuationLineWarns()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, warnings);
        QFETCH(int, warningLine);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.diagnostics.size(), warnings);
        for (const Diagnostic &diagnostic : parsed.diagnostics) {
            QCOMPARE(diagnostic.severity, Severity::Warning);
            QCOMPARE(diagnostic.id, QString(ParseDiagnostic::NoEmptyContinuation));
            QVERIFY(diagnostic.message.startsWith(QStringLiteral("Empty continuation line found in: RUN")));
            QVERIFY(diagnostic.url.contains(QStringLiteral("no-empty-continuation")));
            QVERIFY(!diagnostic.fix.isEmpty());
        }
        if (warnings > 0)
            QCOMPARE(parsed.diagnostics.first().range.start.line, warningLine);
    }

    void emptyLineNumbersInFix()
    {
        const ParsedDockerfile parsed = Parser::parse("FROM a\nRUN a \\\n\n  b \\\n\n  c\n");
        QCOMPARE(parsed.diagnostics.size(), 1);
        QVERIFY2(parsed.diagnostics.first().fix.contains(QStringLiteral("3, 5")),
                 qPrintable(parsed.diagnostics.first().fix));
    }
};

QTEST_GUILESS_MAIN(TestParserContinuation)
#include "tst_parsercontinuation.moc"
