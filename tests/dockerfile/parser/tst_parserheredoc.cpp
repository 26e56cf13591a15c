#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;
using Manifold::Dockerfile::Test::rangeText;

namespace {

// `NAME "content" expand chomp fd` per heredoc, joined with " | ".
QString describe(const Node &node)
{
    QStringList parts;
    for (const Heredoc &heredoc : node.heredocs) {
        parts << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(heredoc.name, goQuote(heredoc.content))
                     .arg(heredoc.expand ? QStringLiteral("expand") : QStringLiteral("literal"))
                     .arg(heredoc.chomp ? QStringLiteral("chomp") : QStringLiteral("keep"))
                     .arg(heredoc.fileDescriptor);
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

// Here-documents: which words open one, what the body is, and what follows it.
class TestParserHeredoc : public QObject
{
    Q_OBJECT

private slots:
    void heredocs_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");     // describe() of the second instruction
        QTest::addColumn<QString>("followingDump"); // dump of the instruction after it, if any

        QTest::newRow("run") << QByteArray("FROM a\nRUN <<EOF\necho hi\nEOF\nUSER x\n")
                             << "EOF \"echo hi\\n\" expand keep 0" << R"((user "x"))";
        QTest::newRow("empty-body") << QByteArray("FROM a\nRUN <<END\nEND\n") << R"(END "" expand keep 0)" << "";
        QTest::newRow("file-descriptor") << QByteArray("FROM a\nRUN cat 3<<X\nx\nX\n")
                                         << "X \"x\\n\" expand keep 3" << "";
        QTest::newRow("single-quoted-no-expand") << QByteArray("FROM a\nRUN <<'EOF'\n$HOME\nEOF\n")
                                                 << "EOF \"$HOME\\n\" literal keep 0" << "";
        QTest::newRow("double-quoted-no-expand") << QByteArray("FROM a\nRUN <<\"EOF\"\n$HOME\nEOF\n")
                                                 << "EOF \"$HOME\\n\" literal keep 0" << "";
        QTest::newRow("partly-quoted-no-expand") << QByteArray("FROM a\nRUN <<E\"O\"F\nx\nEOF\n")
                                                 << "EOF \"x\\n\" literal keep 0" << "";
        QTest::newRow("escaped-quote-keeps-expand") << QByteArray("FROM a\nRUN <<E\\'F\nx\nE'F\n")
                                                    << "E'F \"x\\n\" expand keep 0" << "";
        QTest::newRow("dollar-name") << QByteArray("FROM a\nRUN <<$X\nbody\n$X\n")
                                     << "$X \"body\\n\" expand keep 0" << "";
        QTest::newRow("chomp-strips-tabs-only-for-terminator")
            << QByteArray("FROM a\nRUN <<-EOF\n\tindented\n\tEOF\nUSER x\n")
            << "EOF \"\\tindented\\n\" expand chomp 0" << R"((user "x"))";
        QTest::newRow("without-chomp-indented-terminator-is-body")
            << QByteArray("FROM a\nRUN <<EOF\n\tEOF\nEOF\n") << "EOF \"\\tEOF\\n\" expand keep 0" << "";
        QTest::newRow("space-after-marker") << QByteArray("FROM a\nRUN <<  EOF  > /out\nx\nEOF\n")
                                            << "EOF \"x\\n\" expand keep 0" << "";
        QTest::newRow("two-heredocs-in-order")
            << QByteArray("FROM a\nCOPY <<ONE <<TWO /dst/\n1\nONE\n2\nTWO\nRUN ls\n")
            << "ONE \"1\\n\" expand keep 0 | TWO \"2\\n\" expand keep 0" << R"((run "ls"))";
        QTest::newRow("names-cross") << QByteArray("FROM a\nCOPY <<A <<B /d\nB\nA\nA\nB\n")
                                     << "A \"B\\n\" expand keep 0 | B \"A\\n\" expand keep 0" << "";
        QTest::newRow("body-is-raw")
            << QByteArray("FROM a\nRUN <<EOF\n# not a comment \\\n\nRUN not an instruction\nEOF\n")
            << "EOF \"# not a comment \\\\\\n\\nRUN not an instruction\\n\" expand keep 0" << "";
        QTest::newRow("crlf-body-keeps-line-endings") << QByteArray("FROM a\r\nRUN <<EOF\r\nx\r\nEOF\r\nUSER u\r\n")
                                                      << "EOF \"x\\r\\n\" expand keep 0" << R"((user "u"))";
        QTest::newRow("add") << QByteArray("FROM a\nADD <<conf.ini /etc/\nk=v\nconf.ini\n")
                             << "conf.ini \"k=v\\n\" expand keep 0" << "";
        QTest::newRow("with-flags") << QByteArray("FROM a\nRUN --mount=type=cache,target=/c <<EOF\nx\nEOF\n")
                                    << "EOF \"x\\n\" expand keep 0" << "";
        QTest::newRow("marker-after-continuation")
            << QByteArray("FROM a\nRUN python3 \\\n  <<EOF\nprint(1)\nEOF\n")
            << "EOF \"print(1)\\n\" expand keep 0" << "";
        QTest::newRow("onbuild") << QByteArray("FROM a\nONBUILD RUN <<EOF\nx\nEOF\n")
                                 << "EOF \"x\\n\" expand keep 0" << "";
        // Not heredocs
        QTest::newRow("json-form") << QByteArray("FROM a\nRUN [\"<<EOF\"]\nUSER x\n") << "" << R"((user "x"))";
        QTest::newRow("quoted-marker") << QByteArray("FROM a\nRUN echo '<<EOF'\nUSER x\n") << ""
                                       << R"((user "x"))";
        QTest::newRow("not-run-copy-add") << QByteArray("FROM a\nUSER <<EOF\nUSER x\n") << ""
                                          << R"((user "x"))";
        QTest::newRow("three-angles") << QByteArray("FROM a\nRUN cat <<<word\nUSER x\n") << ""
                                      << R"((user "x"))";
        QTest::newRow("chomp-with-space-is-not-heredoc")
            << QByteArray("FROM a\nRUN <<- EOF\nUSER x\n") << "" << R"((user "x"))";
        QTest::newRow("two-words-after-marker") << QByteArray("FROM a\nRUN <<'A B'\nx\nA B\n")
                                                << "A B \"x\\n\" literal keep 0" << "";
        QTest::newRow("unbalanced-quote-on-line") << QByteArray("FROM a\nRUN echo \"x <<EOF\nUSER x\n") << ""
                                                  << R"((user "x"))";
    }

    void heredocs()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QFETCH(QString, followingDump);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY2(!parsed.hasErrors(), qPrintable(Test::diagnosticSummary(parsed).join(QLatin1Char('\n'))));
        QVERIFY(parsed.instructions.size() >= 2);
        QCOMPARE(describe(parsed.instructions.at(1)), expected);
        if (!followingDump.isEmpty()) {
            QCOMPARE(parsed.instructions.size(), 3);
            QCOMPARE(dumpNode(parsed.instructions.at(2)), followingDump);
        } else {
            QCOMPARE(parsed.instructions.size(), 2);
        }
    }

    void dumpKeepsTheLineOnly()
    {
        const ParsedDockerfile parsed = Parser::parse("FROM a\nCOPY --chmod=644 <<EOF /x\nbody\nEOF\n");
        QCOMPARE(Test::dumpText(parsed),
                 QStringLiteral("(from \"a\")\n(copy [\"--chmod=644\"] \"<<EOF\" \"/x\")"));
    }

    void ranges()
    {
        const ParsedDockerfile parsed = Parser::parse("FROM a\nRUN cat <<A <<-B\na\nA\n\tb\n\tB\nUSER x\n");
        QCOMPARE(parsed.instructions.size(), 3);
        const Node &run = parsed.instructions.at(1);
        QCOMPARE(rangeText(run.range), QStringLiteral("2:1-6:3"));
        QCOMPARE(run.heredocs.size(), 2);
        QCOMPARE(rangeText(run.heredocs.at(0).markerRange), QStringLiteral("2:9-2:12"));
        QCOMPARE(rangeText(run.heredocs.at(0).range), QStringLiteral("3:1-4:2"));
        QCOMPARE(rangeText(run.heredocs.at(1).markerRange), QStringLiteral("2:13-2:17"));
        QCOMPARE(rangeText(run.heredocs.at(1).range), QStringLiteral("5:1-6:3"));
        QCOMPARE(parsed.instructions.at(2).range.start.line, 7);
    }

    void unterminated_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("heredocs");
        QTest::newRow("eof-in-body") << QByteArray("FROM a\nRUN <<EOF\necho hi\n") << 1;
        QTest::newRow("eof-right-after") << QByteArray("FROM a\nRUN <<EOF") << 1;
        QTest::newRow("second-unterminated") << QByteArray("FROM a\nCOPY <<A <<B /\na\nA\nb\n") << 2;
        QTest::newRow("terminator-with-trailing-space") << QByteArray("FROM a\nRUN <<EOF\nx\nEOF \n") << 1;
    }

    void unterminated()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, heredocs);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY(parsed.hasErrors());
        QCOMPARE(parsed.diagnostics.size(), 1);
        const Diagnostic &error = parsed.diagnostics.first();
        QCOMPARE(error.id, QString(ParseDiagnostic::UnterminatedHeredoc));
        QVERIFY(error.message.startsWith(QStringLiteral("unterminated heredoc")));
        QCOMPARE(error.range.start.line, 2);
        QVERIFY(!error.fix.isEmpty());
        // The instruction is kept with what was read, so later stages still see it.
        QCOMPARE(parsed.instructions.size(), 2);
        QCOMPARE(parsed.instructions.at(1).heredocs.size(), heredocs);
    }
};

QTEST_GUILESS_MAIN(TestParserHeredoc)
#include "tst_parserheredoc.moc"
