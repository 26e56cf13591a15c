#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;
using Manifold::Dockerfile::Test::rangeText;

// Source ranges (1-based line:column, end exclusive, UTF-16 columns) of nodes, keywords,
// flags and arguments, including arguments on continuation lines.
class TestParserRanges : public QObject
{
    Q_OBJECT

private slots:
    void nodeAndKeyword_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("first-line") << QByteArray("FROM alpine\n") << 0 << "1:1-1:12" << "1:1-1:5";
        QTest::newRow("indented") << QByteArray("FROM a\n   RUN  x \n") << 1 << "2:4-2:11" << "2:4-2:7";
        QTest::newRow("continued") << QByteArray("FROM a\nRUN a \\\n  b \\\n  c\n") << 1 << "2:1-4:4" << "2:1-2:4";
        QTest::newRow("trailing-comment-in-continuation")
            << QByteArray("FROM a\nRUN a \\\n# c\n  b\n") << 1 << "2:1-4:4" << "2:1-2:4";
        QTest::newRow("after-bom") << QByteArray("\xEF\xBB\xBF" "FROM a\n") << 0 << "1:1-1:7" << "1:1-1:5";
        QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN b\r\n") << 1 << "2:1-2:6" << "2:1-2:4";
    }

    void nodeAndKeyword()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, index);
        QFETCH(QString, node);
        QFETCH(QString, keyword);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY(index < parsed.instructions.size());
        QCOMPARE(rangeText(parsed.instructions.at(index).range), node);
        QCOMPARE(rangeText(parsed.instructions.at(index).keywordRange), keyword);
    }

    void arguments_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("ranges");
        QTest::newRow("from-as") << QByteArray("FROM  golang AS  build")
                                 << Test::strings({"1:7-1:13", "1:14-1:16", "1:18-1:23"});
        QTest::newRow("shell-form-is-one-argument") << QByteArray("RUN echo a && echo b")
                                                    << Test::strings({"1:5-1:21"});
        QTest::newRow("json-elements-with-quotes") << QByteArray(R"(CMD ["a", "bc"])")
                                                   << Test::strings({"1:6-1:9", "1:11-1:15"});
        QTest::newRow("env-key-value-separator") << QByteArray("ENV KEY=value")
                                                 << Test::strings({"1:5-1:8", "1:9-1:14", "1:8-1:9"});
        QTest::newRow("env-legacy-has-no-separator-range") << QByteArray("ENV KEY a b")
                                                           << Test::strings({"1:5-1:8", "1:9-1:12", "0:0-0:0"});
        QTest::newRow("argument-on-continuation-line") << QByteArray("COPY a \\\n     b")
                                                       << Test::strings({"1:6-1:7", "2:6-2:7"});
        QTest::newRow("shell-form-across-lines") << QByteArray("RUN a \\\n  b")
                                                 << Test::strings({"1:5-2:4"});
        QTest::newRow("non-ascii-counts-utf16") << QByteArray("LABEL d=é😀 x=1")
                                                << Test::strings({"1:7-1:8", "1:9-1:12", "1:8-1:9",
                                                                  "1:13-1:14", "1:15-1:16", "1:14-1:15"});
        QTest::newRow("tab-is-one-column") << QByteArray("USER\tme") << Test::strings({"1:6-1:8"});
        QTest::newRow("healthcheck-type-and-command") << QByteArray("HEALTHCHECK CMD  curl x")
                                                      << Test::strings({"1:13-1:16", "1:18-1:24"});
        QTest::newRow("arg-words") << QByteArray(R"(ARG A="x y" B)")
                                   << Test::strings({"1:5-1:12", "1:13-1:14"});
    }

    void arguments()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, ranges);
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(parsed.instructions.size(), 1);
        QStringList got;
        for (const SourceRange &range : parsed.instructions.first().argRanges)
            got << rangeText(range);
        QCOMPARE(got, ranges);
    }

    void flags()
    {
        const ParsedDockerfile parsed =
            Parser::parse("COPY --from=build \\\n  --chmod=\"0755\" --link a b\n");
        QCOMPARE(parsed.instructions.size(), 1);
        const QList<Flag> &flags = parsed.instructions.first().flags;
        QCOMPARE(flags.size(), 3);
        QCOMPARE(rangeText(flags.at(0).range), QStringLiteral("1:6-1:18"));
        QCOMPARE(rangeText(flags.at(0).valueRange), QStringLiteral("1:13-1:18"));
        QCOMPARE(rangeText(flags.at(1).range), QStringLiteral("2:3-2:17"));
        QCOMPARE(rangeText(flags.at(1).valueRange), QStringLiteral("2:11-2:17"));
        QCOMPARE(rangeText(flags.at(2).range), QStringLiteral("2:18-2:24"));
        QVERIFY(!flags.at(2).valueRange.isValid());
    }

    void onbuildChild()
    {
        const ParsedDockerfile parsed = Parser::parse("ONBUILD COPY --from=x a b\n");
        const Node &node = parsed.instructions.first();
        QVERIFY(node.child);
        QCOMPARE(rangeText(node.child->keywordRange), QStringLiteral("1:9-1:13"));
        QCOMPARE(rangeText(node.child->range), QStringLiteral("1:9-1:26"));
        QCOMPARE(rangeText(node.child->flags.first().range), QStringLiteral("1:14-1:22"));
        QCOMPARE(rangeText(node.child->argRanges.last()), QStringLiteral("1:25-1:26"));
    }
};

QTEST_GUILESS_MAIN(TestParserRanges)
#include "tst_parserranges.moc"
