#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QObject>
#include <QTest>

using namespace Manifold::Dockerfile;

// Syntax errors: what, where (line:column), how to fix; and parsing goes on after each.
class TestParserErrors : public QObject
{
    Q_OBJECT

private slots:
    void singleError_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("range");

        QTest::newRow("empty-file") << QByteArray("") << "NoInstructions" << "file with no instructions"
                                    << "1:1-1:1";
        QTest::newRow("only-comments") << QByteArray("# a\n# b\n") << "NoInstructions"
                                       << "file with no instructions" << "2:1-2:4";
        QTest::newRow("only-blank-lines") << QByteArray("\n\n  \n") << "NoInstructions"
                                          << "file with no instructions" << "3:1-3:3";
        QTest::newRow("env-without-value") << QByteArray("FROM a\nENV PATH\n") << "MissingArguments"
                                           << "ENV must have two arguments" << "2:5-2:9";
        QTest::newRow("label-without-value") << QByteArray("FROM a\nLABEL version\n") << "MissingArguments"
                                             << "LABEL must have two arguments" << "2:7-2:14";
        QTest::newRow("env-mixed-forms") << QByteArray("FROM a\nENV A=1 B\n") << "InvalidKeyValue"
                                         << "Syntax error - can't find = in \"B\". Must be of the form: name=value"
                                         << "2:9-2:10";
        QTest::newRow("json-with-number") << QByteArray("FROM a\nCMD [\"echo\", 1]\n") << "InvalidJsonArray"
                                          << "when using JSON array syntax, arrays must be comprised of strings only"
                                          << "2:14-2:15";
        QTest::newRow("json-nested") << QByteArray("FROM a\nRUN [\"a\", [\"b\"]]\n") << "InvalidJsonArray"
                                     << "when using JSON array syntax, arrays must be comprised of strings only"
                                     << "2:11-2:16";
        QTest::newRow("json-null-in-copy") << QByteArray("FROM a\nCOPY [null, \"b\"]\n") << "InvalidJsonArray"
                                           << "when using JSON array syntax, arrays must be comprised of strings only"
                                           << "2:7-2:11";
        QTest::newRow("json-in-healthcheck") << QByteArray("FROM a\nHEALTHCHECK CMD [true]\n")
                                             << "InvalidJsonArray"
                                             << "when using JSON array syntax, arrays must be comprised of strings only"
                                             << "2:18-2:22";
        QTest::newRow("json-in-onbuild") << QByteArray("FROM a\nONBUILD CMD [{}]\n") << "InvalidJsonArray"
                                         << "when using JSON array syntax, arrays must be comprised of strings only"
                                         << "2:14-2:16";
        QTest::newRow("unknown-with-suggestion") << QByteArray("FROM a\nRUNN make\n") << "UnknownInstruction"
                                                 << "unknown instruction: RUNN (did you mean RUN?)" << "2:1-2:5";
        QTest::newRow("unknown-lowercase") << QByteArray("FROM a\ncpoy a b\n") << "UnknownInstruction"
                                           << "unknown instruction: cpoy (did you mean COPY?)" << "2:1-2:5";
        QTest::newRow("unknown-without-suggestion") << QByteArray("FROM a\nFROBNICATE x\n")
                                                    << "UnknownInstruction" << "unknown instruction: FROBNICATE"
                                                    << "2:1-2:11";
        QTest::newRow("unknown-in-onbuild") << QByteArray("FROM a\nONBUILD EVN A=b\n") << "UnknownInstruction"
                                            << "unknown instruction: EVN (did you mean ENV?)" << "2:9-2:12";
        QTest::newRow("onbuild-nested-too-deeply")
            << QByteArray("FROM a\nONBUILD ONBUILD ONBUILD ONBUILD ONBUILD ONBUILD ONBUILD ONBUILD ONBUILD RUN x\n")
            << "InvalidOnbuild" << "ONBUILD instructions nested too deeply" << "2:65-2:78";
        QTest::newRow("continuation-into-nothing") << QByteArray("FROM a\n\\\n")
                                                   << "UnknownInstruction"
                                                   << "empty instruction: a line continuation is followed by nothing"
                                                   << "2:1-2:1";
        QTest::newRow("unterminated-heredoc") << QByteArray("FROM a\nRUN <<EOF\nx\n") << "UnterminatedHeredoc"
                                              << R"(unterminated heredoc: no line "EOF" closes the here-document opened here)"
                                              << "2:5-2:10";
    }

    void singleError()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, id);
        QFETCH(QString, message);
        QFETCH(QString, range);
        const ParsedDockerfile parsed = Parser::parse(source, QStringLiteral("build/Dockerfile"));
        QVERIFY(parsed.hasErrors());
        QCOMPARE(Test::diagnosticSummary(parsed).size(), 1);
        const Diagnostic &error = parsed.diagnostics.first();
        QCOMPARE(error.severity, Severity::Error);
        QCOMPARE(error.id, id);
        QCOMPARE(error.message, message);
        QCOMPARE(Test::rangeText(error.range), range);
        QCOMPARE(error.file, QStringLiteral("build/Dockerfile"));
        QVERIFY2(!error.fix.isEmpty(), "every parse error says how to fix it");
    }

    void reportsAllErrorsInOnePass()
    {
        const ParsedDockerfile parsed = Parser::parse("# escape=`\n# escape=`\nFROM a\nENV X\n"
                                                      "RUNN x\nCMD [1]\nLABEL a=b c\nRUN ok\n");
        QCOMPARE(Test::diagnosticSummary(parsed),
                 Test::strings({"error DuplicateDirective 2:1", "error MissingArguments 4:5",
                                "error UnknownInstruction 5:1", "error InvalidJsonArray 6:6",
                                "error InvalidKeyValue 7:11"}));
        // Instructions BuildKit rejects are left out; the others are all there.
        QCOMPARE(Test::dumpText(parsed), QStringLiteral("(from \"a\")\n(runn \"\")\n(run \"ok\")"));
    }

    void brokenExecFormWarns_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("reason"); // empty: no warning
        QTest::newRow("single-quotes") << QByteArray("CMD ['app', '--x']") << "need double quotes";
        QTest::newRow("single-quotes-one-element") << QByteArray("ENTRYPOINT ['app']") << "need double quotes";
        QTest::newRow("unclosed-string") << QByteArray("CMD [\"a\", \"b]") << "a string is not closed";
        QTest::newRow("missing-bracket") << QByteArray("COPY [\"a\", \"b\"") << "closing ']' is missing";
        QTest::newRow("trailing-text") << QByteArray("RUN [\"a\", \"b\"] && x") << "text after the closing ']'";
        QTest::newRow("missing-comma") << QByteArray("CMD [\"a\" \"b\"]") << "not separated by commas";
        QTest::newRow("trailing-comma") << QByteArray("CMD [\"a\",]") << "not valid JSON";
        QTest::newRow("shell-test-in-run") << QByteArray("RUN [ \"$A\" = \"x\" ] && echo") << "";
        QTest::newRow("shell-test-unquoted") << QByteArray("RUN [ -f /x ]") << "";
        QTest::newRow("valid-json") << QByteArray("CMD [\"a\"]") << "";
        QTest::newRow("plain-shell") << QByteArray("CMD echo '[x]'") << "";
    }

    void brokenExecFormWarns()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, reason);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.instructions.size(), 1);
        if (reason.isEmpty()) {
            QVERIFY(parsed.diagnostics.isEmpty());
            return;
        }
        QCOMPARE(parsed.diagnostics.size(), 1);
        const Diagnostic &warning = parsed.diagnostics.first();
        QCOMPARE(warning.severity, Severity::Warning);
        QCOMPARE(warning.id, QString(ParseDiagnostic::InvalidJsonForm));
        QVERIFY2(warning.message.contains(reason), qPrintable(warning.message));
        QVERIFY(!warning.fix.isEmpty());
    }

    void warningsAreNotErrors()
    {
        const ParsedDockerfile parsed = Parser::parse("FROM a\nRUN a \\\n\n b\n");
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.diagnostics.size(), 1);
    }

    void noInstructionsNotReportedAfterInstructionErrors()
    {
        // BuildKit stops at the ENV error; "no instructions" would only add noise.
        const ParsedDockerfile parsed = Parser::parse("ENV PATH\n");
        QCOMPARE(Test::diagnosticSummary(parsed), Test::strings({"error MissingArguments 1:5"}));
    }

    void longLine()
    {
        QByteArray source("FROM a\nRUN echo ");
        source.append(QByteArray(70000, 'x'));
        source.append("\nRUN ok\n");
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(Test::diagnosticSummary(parsed), Test::strings({"error LineTooLong 2:1"}));
        QCOMPARE(parsed.instructions.size(), 3);
    }

    void lineLengthLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("ending");
        QTest::addColumn<bool>("tooLong");
        QTest::newRow("limit-with-newline") << 65535 << QByteArray("\n") << false;
        QTest::newRow("over-with-newline") << 65536 << QByteArray("\n") << true;
        QTest::newRow("limit-at-eof") << 65535 << QByteArray() << false;
        QTest::newRow("over-at-eof") << 65536 << QByteArray() << true;
        QTest::newRow("over-with-carriage-return-at-eof") << 65535 << QByteArray("\r") << true;
    }

    void lineLengthLimit()
    {
        QFETCH(int, length);
        QFETCH(QByteArray, ending);
        QFETCH(bool, tooLong);
        QByteArray source("FROM a\nRUN ");
        source.append(QByteArray(length - 4, 'x'));
        source.append(ending);
        QCOMPARE(Parser::parse(source).hasErrors(), tooLong);
    }
};

QTEST_GUILESS_MAIN(TestParserErrors)
#include "tst_parsererrors.moc"
