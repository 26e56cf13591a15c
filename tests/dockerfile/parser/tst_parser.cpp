#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold::Dockerfile;
using Manifold::Dockerfile::Test::dumpText;

// Every instruction form and flag form BuildKit's parser distinguishes, checked through the
// dump (BuildKit's own notation) and through the Node fields the later stages read.
class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void instructionForms_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");

        // FROM and stage names
        QTest::newRow("from") << QByteArray("FROM alpine:3.20") << R"((from "alpine:3.20"))";
        QTest::newRow("from-as") << QByteArray("FROM golang:1.22 AS build")
                                 << R"((from "golang:1.22" "AS" "build"))";
        QTest::newRow("from-platform-flag")
            << QByteArray("FROM --platform=$BUILDPLATFORM golang AS build")
            << R"((from ["--platform=$BUILDPLATFORM"] "golang" "AS" "build"))";
        QTest::newRow("from-platform-flag-space-separated")
            << QByteArray("FROM --platform linux/arm64 alpine")
            << R"((from ["--platform"] "linux/arm64" "alpine"))";
        QTest::newRow("keyword-lowercase") << QByteArray("from alpine") << R"((from "alpine"))";
        QTest::newRow("keyword-mixed-case") << QByteArray("FrOm alpine") << R"((from "alpine"))";
        QTest::newRow("keyword-unicode-lowercasing")
            << QByteArray("HEALTHCHEC\xE2\x84\xAA NONE") << "(healthcheck \"NONE\")";
        QTest::newRow("tabs-and-extra-spaces") << QByteArray("FROM\t\talpine   AS\tx  ")
                                               << R"((from "alpine" "AS" "x"))";

        // RUN, CMD, ENTRYPOINT, SHELL: JSON or the whole rest as one string
        QTest::newRow("run-shell") << QByteArray("RUN apk add --no-cache curl && echo  done")
                                   << R"((run "apk add --no-cache curl && echo  done"))";
        QTest::newRow("run-json") << QByteArray(R"(RUN ["sh", "-c", "echo hi"])")
                                  << R"((run "sh" "-c" "echo hi"))";
        QTest::newRow("run-empty") << QByteArray("RUN") << "(run)";
        QTest::newRow("run-mount-flags")
            << QByteArray("RUN --mount=type=cache,target=/root/.cache --network=none --security=insecure make")
            << R"((run ["--mount=type=cache,target=/root/.cache" "--network=none" "--security=insecure"] "make"))";
        QTest::newRow("run-json-trailing-garbage-is-shell")
            << QByteArray(R"(RUN ["echo", "a"] && ls)") << "(run \"[\\\"echo\\\", \\\"a\\\"] && ls\")";
        QTest::newRow("run-json-single-quotes-is-shell")
            << QByteArray("RUN ['echo']") << "(run \"['echo']\")";
        QTest::newRow("cmd-empty-json") << QByteArray("CMD []") << "(cmd)";
        QTest::newRow("cmd-json-escapes")
            << QByteArray("CMD [\"a\\tb\", \"\\u00e9\\u2603\", \"\\ud83d\\ude00\", \"x\\/y\"]")
            << "(cmd \"a\\tb\" \"é☃\" \"😀\" \"x/y\")";
        QTest::newRow("cmd-json-lone-surrogate") << QByteArray("CMD [\"\\ud800\"]")
                                                 << "(cmd \"\uFFFD\")";
        QTest::newRow("cmd-json-nested-object-is-valid-json-but-not-strings-elsewhere")
            << QByteArray("CMD [\"a\", \"{\\\"k\\\": 1}\"]") << "(cmd \"a\" \"{\\\"k\\\": 1}\")";
        QTest::newRow("cmd-json-bad-number-is-shell") << QByteArray("CMD [01]") << R"((cmd "[01]"))";
        QTest::newRow("entrypoint-json") << QByteArray(R"(ENTRYPOINT ["/bin/app", "--flag"])")
                                         << R"((entrypoint "/bin/app" "--flag"))";
        QTest::newRow("entrypoint-flag-like-args-after-json")
            << QByteArray("ENTRYPOINT --x [\"a\"]") << R"((entrypoint ["--x"] "a"))";
        QTest::newRow("shell-json") << QByteArray(R"(SHELL ["pwsh", "-Command"])")
                                    << R"((shell "pwsh" "-Command"))";

        // COPY, ADD, VOLUME: JSON or whitespace-separated
        QTest::newRow("copy-from-chmod-link")
            << QByteArray("COPY --from=build --chmod=0755 --link /out/app /usr/local/bin/")
            << R"((copy ["--from=build" "--chmod=0755" "--link"] "/out/app" "/usr/local/bin/"))";
        QTest::newRow("copy-quoted-flag-value")
            << QByteArray(R"(COPY --chown="app user" a b)") << R"((copy ["--chown=app user"] "a" "b"))";
        QTest::newRow("copy-escaped-flag-value")
            << QByteArray("COPY --chown=a\\ b x y") << R"((copy ["--chown=a b"] "x" "y"))";
        QTest::newRow("copy-double-dash-ends-flags")
            << QByteArray("COPY --link -- --weird-name /dst") << R"((copy ["--link"] "--weird-name" "/dst"))";
        QTest::newRow("copy-json") << QByteArray(R"(COPY ["my file", "/dst dir/"])")
                                   << R"((copy "my file" "/dst dir/"))";
        QTest::newRow("copy-single-dash-is-argument")
            << QByteArray("COPY -x a b") << R"((copy "-x" "a" "b"))";
        QTest::newRow("add-checksum")
            << QByteArray("ADD --checksum=sha256:abc https://example.com/a.tgz /")
            << R"((add ["--checksum=sha256:abc"] "https://example.com/a.tgz" "/"))";
        QTest::newRow("volume-list") << QByteArray("VOLUME /data /cache") << R"((volume "/data" "/cache"))";
        QTest::newRow("volume-json") << QByteArray(R"(VOLUME ["/data"])") << R"((volume "/data"))";

        // ENV and LABEL: key, value, separator triples; values keep quotes
        QTest::newRow("env-equals") << QByteArray("ENV A=1 B=\"two words\" C=three\\ four")
                                    << "(env \"A\" \"1\" \"=\" \"B\" \"\\\"two words\\\"\" \"=\" \"C\" \"three\\\\ four\" \"=\")";
        QTest::newRow("env-legacy") << QByteArray("ENV PATH /usr/local/bin:$PATH  x")
                                    << R"((env "PATH" "/usr/local/bin:$PATH  x" ""))";
        QTest::newRow("env-empty-value") << QByteArray("ENV EMPTY=") << R"((env "EMPTY" "" "="))";
        QTest::newRow("env-no-args") << QByteArray("ENV") << "(env)";
        QTest::newRow("label-multiple")
            << QByteArray(R"(LABEL org.opencontainers.image.title="Manifold" version=1)")
            << "(label \"org.opencontainers.image.title\" \"\\\"Manifold\\\"\" \"=\" \"version\" \"1\" \"=\")";
        QTest::newRow("label-legacy") << QByteArray("LABEL maintainer someone <a@b.c>")
                                      << R"((label "maintainer" "someone <a@b.c>" ""))";

        // ARG: parseWords, quotes kept
        QTest::newRow("arg-name") << QByteArray("ARG TARGETARCH") << R"((arg "TARGETARCH"))";
        QTest::newRow("arg-defaults") << QByteArray(R"(ARG A=1 B="x y" C)")
                                      << "(arg \"A=1\" \"B=\\\"x y\\\"\" \"C\")";
        QTest::newRow("arg-single-quotes-no-escape") << QByteArray("ARG A='x\\' y")
                                                     << "(arg \"A='x\\\\'\" \"y\")";

        // Single-string instructions
        QTest::newRow("workdir") << QByteArray("WORKDIR /src/my app") << R"((workdir "/src/my app"))";
        QTest::newRow("user") << QByteArray("USER 65532:65532") << R"((user "65532:65532"))";
        QTest::newRow("stopsignal") << QByteArray("STOPSIGNAL SIGTERM") << R"((stopsignal "SIGTERM"))";
        QTest::newRow("maintainer") << QByteArray("MAINTAINER Jane <j@x.y>") << R"((maintainer "Jane <j@x.y>"))";
        QTest::newRow("expose") << QByteArray("EXPOSE 80/tcp 443 9000-9010/udp")
                                << R"((expose "80/tcp" "443" "9000-9010/udp"))";

        // HEALTHCHECK: type word, then CMD-like rest
        QTest::newRow("healthcheck-none") << QByteArray("HEALTHCHECK NONE") << R"((healthcheck "NONE"))";
        QTest::newRow("healthcheck-cmd-flags")
            << QByteArray("HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/")
            << R"((healthcheck ["--interval=30s" "--retries=3"] "CMD" "curl -f http://localhost/"))";
        QTest::newRow("healthcheck-cmd-json") << QByteArray(R"(HEALTHCHECK CMD ["/bin/check"])")
                                              << R"((healthcheck "CMD" "/bin/check"))";

        // ONBUILD: the rest is an instruction of its own
        QTest::newRow("onbuild-run") << QByteArray("ONBUILD RUN make") << R"((onbuild (run "make")))";
        QTest::newRow("onbuild-copy-flags") << QByteArray("ONBUILD COPY --from=base a b")
                                            << R"((onbuild (copy ["--from=base"] "a" "b")))";
        QTest::newRow("onbuild-json") << QByteArray(R"(ONBUILD CMD ["x"])") << R"((onbuild (cmd "x")))";
        QTest::newRow("onbuild-empty") << QByteArray("ONBUILD") << "(onbuild)";

        // Dump quoting (Go's strconv.Quote)
        QTest::newRow("quote-non-printable")
            << QByteArray("USER x\xc2\xa0y\x7f\x01") << "(user \"x\\u00a0y\\x7f\\x01\")";
        QTest::newRow("quote-printable-unicode") << QByteArray("USER ünïcødé") << "(user \"ünïcødé\")";

        // Several instructions, blank lines and a byte-order mark
        QTest::newRow("bom-and-blank-lines")
            << QByteArray("\xEF\xBB\xBF" "FROM a\n\n\nRUN b\n")
            << "(from \"a\")\n(run \"b\")";
        QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN b c\r\n") << "(from \"a\")\n(run \"b c\")";
    }

    void instructionForms()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(dumpText(parsed), expected);
    }

    void unknownInstructionDumpsLikeBuildkit()
    {
        const ParsedDockerfile parsed = Parser::parse("FROM a\nFORM b c\n");
        QCOMPARE(dumpText(parsed), QStringLiteral("(from \"a\")\n(form \"\")"));
        QVERIFY(parsed.hasErrors());
    }

    void jsonFlag_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("json");
        QTest::newRow("cmd-json") << QByteArray(R"(CMD ["a"])") << true;
        QTest::newRow("cmd-empty-json") << QByteArray("CMD []") << true;
        QTest::newRow("cmd-shell") << QByteArray("CMD a") << false;
        QTest::newRow("copy-json") << QByteArray(R"(COPY ["a", "b"])") << true;
        QTest::newRow("copy-list") << QByteArray("COPY a b") << false;
        QTest::newRow("healthcheck-json") << QByteArray(R"(HEALTHCHECK CMD ["x"])") << true;
        QTest::newRow("env-never") << QByteArray(R"(ENV A=["x"])") << false;
    }

    void jsonFlag()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, json);
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(parsed.instructions.size(), 1);
        QCOMPARE(parsed.instructions.first().json, json);
    }

    void flagFields_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<QString>("value");
        QTest::newRow("platform") << QByteArray("FROM --platform=linux/arm64/v8 a") << "--platform=linux/arm64/v8"
                                  << "platform" << true << "linux/arm64/v8";
        QTest::newRow("variable") << QByteArray("FROM --platform=$TARGETPLATFORM a")
                                  << "--platform=$TARGETPLATFORM" << "platform" << true << "$TARGETPLATFORM";
        QTest::newRow("boolean") << QByteArray("COPY --link a b") << "--link" << "link" << false << "";
        QTest::newRow("explicit-false") << QByteArray("COPY --link=false a b") << "--link=false" << "link"
                                        << true << "false";
        QTest::newRow("empty-value") << QByteArray("COPY --from= a b") << "--from=" << "from" << true << "";
        QTest::newRow("value-with-equals") << QByteArray("RUN --mount=type=secret,id=x cat")
                                           << "--mount=type=secret,id=x" << "mount" << true
                                           << "type=secret,id=x";
        QTest::newRow("quoted") << QByteArray(R"(COPY --chmod="755" a b)") << "--chmod=755" << "chmod"
                                << true << "755";
        QTest::newRow("non-ascii") << QByteArray("COPY --from=bäse a b") << "--from=bäse" << "from" << true
                                   << "bäse";
    }

    void flagFields()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, raw);
        QFETCH(QString, name);
        QFETCH(bool, hasValue);
        QFETCH(QString, value);
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(parsed.instructions.size(), 1);
        const QList<Flag> &flags = parsed.instructions.first().flags;
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().raw, raw);
        QCOMPARE(flags.first().name, name);
        QCOMPARE(flags.first().hasValue, hasValue);
        QCOMPARE(flags.first().value, value);
    }

    void keywordFields()
    {
        const ParsedDockerfile parsed = Parser::parse("From alpine\nrun x\nCOPY a b\n");
        QCOMPARE(parsed.instructions.size(), 3);
        QCOMPARE(parsed.instructions.at(0).keyword, QStringLiteral("from"));
        QCOMPARE(parsed.instructions.at(0).keywordAsWritten, QStringLiteral("From"));
        QCOMPARE(parsed.instructions.at(1).keywordAsWritten, QStringLiteral("run"));
        QCOMPARE(parsed.instructions.at(2).keywordAsWritten, QStringLiteral("COPY"));
        QCOMPARE(parsed.instructions.at(2).original, QStringLiteral("COPY a b"));
    }

    void onbuildChild()
    {
        const ParsedDockerfile parsed = Parser::parse("ONBUILD  copy --from=x a b");
        QCOMPARE(parsed.instructions.size(), 1);
        const Node &node = parsed.instructions.first();
        QCOMPARE(node.keyword, QStringLiteral("onbuild"));
        QVERIFY(node.args.isEmpty());
        QVERIFY(node.child);
        QCOMPARE(node.child->keyword, QStringLiteral("copy"));
        QCOMPARE(node.child->keywordAsWritten, QStringLiteral("copy"));
        QCOMPARE(node.child->original, QStringLiteral("copy --from=x a b"));
        QCOMPARE(node.child->flags.size(), 1);
        QCOMPARE(node.child->args, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void comments_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("firstComments");
        QTest::addColumn<QStringList>("secondComments");
        QTest::newRow("before-each") << QByteArray("# one\nFROM a\n# two\n#  three  \nRUN b\n")
                                     << Test::strings({"one"}) << Test::strings({"two", "three"});
        QTest::newRow("blank-line-keeps-comment") << QByteArray("# desc\n\nFROM a\nRUN b\n")
                                                  << Test::strings({"desc"}) << QStringList();
        QTest::newRow("empty-comment-resets") << QByteArray("# lost\n#\n# kept\nFROM a\nRUN b\n")
                                              << Test::strings({"kept"}) << QStringList();
        QTest::newRow("indented-comment-keeps-hash") << QByteArray("FROM a\n  # indented\nRUN b\n")
                                                     << QStringList() << Test::strings({"# indented"});
        QTest::newRow("comment-inside-continuation-not-attached")
            << QByteArray("FROM a\nRUN b \\\n# inside\n c\nRUN d\n") << QStringList() << QStringList();
        QTest::newRow("directive-is-not-a-comment")
            << QByteArray("# syntax=docker/dockerfile:1\n# about a\nFROM a\nRUN b\n")
            << Test::strings({"about a"}) << QStringList();
        QTest::newRow("check-comment-before-instruction")
            << QByteArray("FROM a\n# check=skip=JSONArgsRecommended\nRUN b\n") << QStringList()
            << Test::strings({"check=skip=JSONArgsRecommended"});
    }

    void comments()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, firstComments);
        QFETCH(QStringList, secondComments);
        const ParsedDockerfile parsed = Parser::parse(source);
        QVERIFY(parsed.instructions.size() >= 2);
        QCOMPARE(parsed.instructions.at(0).comments, firstComments);
        QCOMPARE(parsed.instructions.at(1).comments, secondComments);
    }

    void argsAndRangesStayParallel_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("env-triples") << QByteArray("ENV A=1 B=2");
        QTest::newRow("env-legacy") << QByteArray("ENV A 1");
        QTest::newRow("json") << QByteArray(R"(CMD ["a", "b"])");
        QTest::newRow("unknown") << QByteArray("WHATEVER x");
        QTest::newRow("healthcheck") << QByteArray("HEALTHCHECK CMD a b");
        QTest::newRow("arg") << QByteArray("ARG a b=c");
    }

    void argsAndRangesStayParallel()
    {
        QFETCH(QByteArray, source);
        const ParsedDockerfile parsed = Parser::parse(source);
        QCOMPARE(parsed.instructions.size(), 1);
        QCOMPARE(parsed.instructions.first().argRanges.size(), parsed.instructions.first().args.size());
    }

    void goQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "abc" << R"("abc")";
        QTest::newRow("quote-backslash") << "a\"b\\c" << "\"a\\\"b\\\\c\"";
        QTest::newRow("controls") << QStringLiteral("\a\b\f\n\r\t\v") << "\"\\a\\b\\f\\n\\r\\t\\v\"";
        QTest::newRow("nul-and-del") << QString(QChar(0)) + QChar(0x7f) << "\"\\x00\\x7f\"";
        QTest::newRow("c1-control") << QString(QChar(0x85)) << "\"\\u0085\"";
        QTest::newRow("nbsp") << QString(QChar(0xa0)) << "\"\\u00a0\"";
        QTest::newRow("soft-hyphen") << QString(QChar(0xad)) << "\"\\u00ad\"";
        QTest::newRow("printable") << QStringLiteral("♥ é") << QStringLiteral("\"♥ é\"");
        QTest::newRow("astral-printable") << QStringLiteral("😀") << QStringLiteral("\"😀\"");
        QTest::newRow("astral-private-use") << QString::fromUcs4(U"\U000F0000") << "\"\\U000f0000\"";
        QTest::newRow("lone-surrogate-is-replaced") << QString(QChar(0xd800)) << "\"\uFFFD\"";
    }

    void goQuote()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QCOMPARE(Manifold::Dockerfile::goQuote(text), quoted);
    }

    void parseFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM scratch\n");
        file.close();
        const auto parsed = Parser::parseFile(path);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->fileName, path);
        QCOMPARE(parsed->instructions.size(), 1);

        const auto missing = Parser::parseFile(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("dockerfile.read"));
        QVERIFY(missing.error().location.endsWith(QStringLiteral("nope")));
        QVERIFY(!missing.error().hint.isEmpty());
    }

    void goldenDumps_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(MANIFOLD_TEST_DATA_DIR "/dockerfile/parser"));
        const QStringList dumps = dir.entryList({QStringLiteral("*.Dockerfile.dump")}, QDir::Files);
        QVERIFY(dumps.size() >= 2);
        for (const QString &dumpName : dumps) {
            const QString name = dumpName.chopped(5);
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void goldenDumps()
    {
        QFETCH(QString, path);
        const auto parsed = Parser::parseFile(path);
        QVERIFY(parsed.ok());
        QVERIFY2(!parsed->hasErrors(), qPrintable(Test::diagnosticSummary(*parsed).join(QLatin1Char('\n'))));
        QFile expected(path + QStringLiteral(".dump"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(dump(*parsed), QString::fromUtf8(expected.readAll()));
    }

    void dataFileMultiStage()
    {
        const auto parsed = Parser::parseFile(QStringLiteral(MANIFOLD_TEST_DATA_DIR "/dockerfile/parser/multistage.Dockerfile"));
        QVERIFY(parsed.ok());
        QVERIFY2(!parsed->hasErrors(), qPrintable(Test::diagnosticSummary(*parsed).join(QLatin1Char('\n'))));
        QCOMPARE(parsed->directives.syntax, QStringLiteral("docker/dockerfile:1.7"));
        int stages = 0;
        for (const Node &node : parsed->instructions)
            stages += node.keyword == QLatin1String("from") ? 1 : 0;
        QCOMPARE(stages, 3);
        QCOMPARE(dumpNode(parsed->instructions.at(1)),
                 QStringLiteral(R"((from ["--platform=$BUILDPLATFORM"] "golang:1.22-alpine" "AS" "build"))"));
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
