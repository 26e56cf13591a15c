#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;
using Manifold::Dockerfile::Test::rangeText;

// Parser directives: only at the very top, each once, `escape` limited to \ and `.
class TestParserDirectives : public QObject
{
    Q_OBJECT

private slots:
    void directives_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("syntax");
        QTest::addColumn<QString>("escape");
        QTest::addColumn<QString>("check");

        QTest::newRow("none") << QByteArray("FROM a") << "" << "\\" << "";
        QTest::newRow("syntax") << QByteArray("# syntax=docker/dockerfile:1\nFROM a")
                                << "docker/dockerfile:1" << "\\" << "";
        QTest::newRow("escape-backtick") << QByteArray("# escape=`\nFROM a") << "" << "`" << "";
        QTest::newRow("escape-backslash") << QByteArray("# escape=\\\nFROM a") << "" << "\\" << "";
        QTest::newRow("check") << QByteArray("# check=skip=JSONArgsRecommended;error=true\nFROM a") << ""
                               << "\\" << "skip=JSONArgsRecommended;error=true";
        QTest::newRow("all-three") << QByteArray("# syntax=x/y\n# escape=`\n# check=skip=all\nFROM a")
                                   << "x/y" << "`" << "skip=all";
        QTest::newRow("case-insensitive-key") << QByteArray("# ESCAPE=`\n# Syntax=a/b\nFROM a") << "a/b"
                                              << "`" << "";
        QTest::newRow("spaces-around") << QByteArray("#   escape   =   `   \nFROM a") << "" << "`" << "";
        QTest::newRow("no-space-after-hash") << QByteArray("#escape=`\nFROM a") << "" << "`" << "";
        QTest::newRow("indented") << QByteArray("   # escape=`\nFROM a") << "" << "`" << "";
        QTest::newRow("after-instruction-is-comment") << QByteArray("FROM a\n# escape=`\n") << "" << "\\"
                                                      << "";
        QTest::newRow("after-comment-is-comment") << QByteArray("# hello\n# escape=`\nFROM a") << "" << "\\"
                                                  << "";
        QTest::newRow("after-blank-line-is-comment") << QByteArray("\n# escape=`\nFROM a") << "" << "\\" << "";
        QTest::newRow("after-unknown-directive-is-comment")
            << QByteArray("# foo=bar\n# escape=`\nFROM a") << "" << "\\" << "";
        QTest::newRow("shebang-hides-escape-but-not-syntax-or-check")
            << QByteArray("#!/usr/bin/env buildctl\n# syntax=a/b\n# check=skip=all\n# escape=`\nFROM a")
            << "a/b" << "\\" << "skip=all";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# escape=`\nFROM a") << "" << "`" << "";
        QTest::newRow("crlf") << QByteArray("# escape=`\r\n# syntax=a/b\r\nFROM a\r\n") << "a/b" << "`" << "";
    }

    void directives()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, syntax);
        QFETCH(QString, escape);
        QFETCH(QString, check);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY2(!parsed.hasErrors(), qPrintable(Test::diagnosticSummary(parsed).join(QLatin1Char('\n'))));
        QCOMPARE(parsed.directives.syntax, syntax);
        QCOMPARE(QString(parsed.directives.escape), escape);
        QCOMPARE(parsed.directives.check, check);
    }

    void slashSyntaxIsDetectedButNotAnInstruction()
    {
        // BuildKit's DetectSyntax accepts `// syntax=` (for other frontends); the Dockerfile
        // parser itself sees an unknown instruction.
        const ParsedDockerfile parsed = Parser::parse("// syntax=a/b\nFROM a");
        QCOMPARE(parsed.directives.syntax, QStringLiteral("a/b"));
        QCOMPARE(Test::diagnosticSummary(parsed), Test::strings({"error UnknownInstruction 1:1"}));
    }

    void escapeChangesParsing()
    {
        const ParsedDockerfile parsed = Parser::parse("# escape=`\nFROM mcr.microsoft.com/windows\n"
                                                      "COPY C:\\src\\ `\n  C:\\dst\\\nENV A=x`y\n");
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(Test::dumpText(parsed),
                 QStringLiteral("(from \"mcr.microsoft.com/windows\")\n"
                                "(copy \"C:\\\\src\\\\\" \"C:\\\\dst\\\\\")\n"
                                "(env \"A\" \"x`y\" \"=\")"));
    }

    void directiveRanges()
    {
        const ParsedDockerfile parsed = Parser::parse("# syntax = docker/dockerfile:1  \n# escape=`\nFROM a\n");
        QCOMPARE(rangeText(parsed.directives.syntaxRange), QStringLiteral("1:12-1:31"));
        QCOMPARE(rangeText(parsed.directives.escapeRange), QStringLiteral("2:10-2:11"));
        QVERIFY(!parsed.directives.checkRange.isValid());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("duplicate-escape") << QByteArray("# escape=`\n# escape=\\\nFROM a")
                                          << QString(ParseDiagnostic::DuplicateDirective)
                                          << "only one escape parser directive can be used" << 2;
        QTest::newRow("duplicate-syntax") << QByteArray("# syntax=a\n# SYNTAX=b\nFROM a")
                                          << QString(ParseDiagnostic::DuplicateDirective)
                                          << "only one syntax parser directive can be used" << 2;
        QTest::newRow("invalid-escape") << QByteArray("# escape=$\nFROM a")
                                        << QString(ParseDiagnostic::InvalidDirective)
                                        << "invalid escape token '$' does not match ` or \\" << 1;
        QTest::newRow("escape-with-only-blanks") << QByteArray("# escape= \nFROM a")
                                                 << QString(ParseDiagnostic::InvalidDirective)
                                                 << "invalid escape token ' ' does not match ` or \\" << 1;
    }

    void errors()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, id);
        QFETCH(QString, message);
        QFETCH(int, line);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY(parsed.hasErrors());
        QCOMPARE(parsed.diagnostics.size(), 1);
        QCOMPARE(parsed.diagnostics.first().id, id);
        QCOMPARE(parsed.diagnostics.first().message, message);
        QCOMPARE(parsed.diagnostics.first().range.start.line, line);
        QVERIFY(!parsed.diagnostics.first().fix.isEmpty());
        // Parsing goes on: the FROM is still there.
        QCOMPARE(parsed.instructions.size(), 1);
    }

    void duplicateKeepsTheFirstEscape()
    {
        const ParsedDockerfile parsed = Parser::parse("# escape=`\n# escape=\\\nRUN a `\n b\n");
        QCOMPARE(QString(parsed.directives.escape), QStringLiteral("`"));
        QCOMPARE(Test::dumpText(parsed), QStringLiteral(R"((run "a  b"))"));
    }
};

QTEST_GUILESS_MAIN(TestParserDirectives)
#include "tst_parserdirectives.moc"
