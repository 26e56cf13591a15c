#include "core/dockerfile/parser/astjson.h"
#include "core/dockerfile/parser/parser.h"
#include "parsertestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Manifold::Dockerfile;

namespace {

// Byte strings that mean something to the parser, so random input reaches deep paths.
const char *const Tokens[] = {
    "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "LABEL ", "ARG ", "CMD ", "ENTRYPOINT ", "SHELL ",
    "HEALTHCHECK ", "ONBUILD ", "EXPOSE ", "VOLUME ", "USER ", "WORKDIR ", "STOPSIGNAL ", "FOO ",
    "--platform=", "--from=", "--mount=type=cache,target=/x", "--link", "-- ", "--", "\\\n", "`\n",
    "\\", "`", "\n", "\r\n", "\r", " ", "\t", "#", "# escape=`\n", "# escape=\\\n", "# syntax=x\n",
    "# check=skip=all\n", "#!/bin/sh\n", "<<EOF", "<<-EOF", "<<'EOF'", "<<\"E\"OF", "3<<X", "<< ",
    "EOF\n", "\tEOF\n", "[", "]", "[\"a\", \"b\"]", "[1]", "[[", "\"", "'", "\\u00e9", "\\ud800", "=",
    "A=1", "\"x y\"", "$", "${", "${A:-b}", "${A/x/y}", "}", "{", ":", ",", "\xEF\xBB\xBF", "\xC3\xA0",
    "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\x00", "\xE2\x80\xA8", "\xC2\x85"};

QByteArray randomInput(QRandomGenerator &random)
{
    QByteArray out;
    const int pieces = int(random.bounded(60));
    for (int i = 0; i < pieces; ++i) {
        if (random.bounded(4) == 0) {
            out.append(char(random.bounded(256)));
        } else {
            const auto index = random.bounded(int(sizeof(Tokens) / sizeof(Tokens[0])));
            const char *token = Tokens[index];
            out.append(token, token[0] == '\0' ? 1 : qstrlen(token));
        }
    }
    return out;
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits; ++i) {
        const int at = input.isEmpty() ? 0 : int(random.bounded(int(input.size()) + 1));
        switch (random.bounded(4)) {
        case 0: // insert a meaningful token
            input.insert(at, Tokens[random.bounded(int(sizeof(Tokens) / sizeof(Tokens[0])))]);
            break;
        case 1: // delete a span
            if (!input.isEmpty())
                input.remove(at, int(random.bounded(16)));
            break;
        case 2: // flip a byte
            if (at < input.size())
                input[at] = char(random.bounded(256));
            break;
        default: // duplicate a span
            input.insert(at, input.mid(int(random.bounded(int(input.size()) + 1)), 32));
            break;
        }
    }
    return input;
}

void checkInvariants(const QByteArray &input)
{
    const ParsedDockerfile parsed = Parser::parse(input, QStringLiteral("fuzz"));
    const int lines = int(input.count('\n')) + 2;
    for (const Node &node : parsed.instructions) {
        QCOMPARE(node.argRanges.size(), node.args.size());
        QVERIFY(node.range.isValid());
        QVERIFY(node.range.start.line <= node.range.end.line);
        QVERIFY(node.range.end.line <= lines);
        for (const Heredoc &heredoc : node.heredocs)
            QVERIFY(heredoc.range.end.line <= lines);
    }
    for (const Diagnostic &diagnostic : parsed.diagnostics) {
        QCOMPARE(diagnostic.file, QStringLiteral("fuzz"));
        QVERIFY(!diagnostic.message.isEmpty());
        QVERIFY(diagnostic.range.isValid());
    }
    if (parsed.instructions.isEmpty())
        QVERIFY(parsed.hasErrors());
    // Output paths must cope with whatever came in, and parsing is deterministic.
    const QString first = dump(parsed);
    QCOMPARE(dump(Parser::parse(input, QStringLiteral("fuzz"))), first);
    QVERIFY(!AstJson::document(parsed).isEmpty());
}

} // namespace

// Thousands of random and mutated inputs through Parser::parse: no crash, no hang, and the
// structural promises (parallel args/ranges, valid ranges, errors when nothing parsed) hold.
// Deterministic seeds, so a failure reproduces.
class TestParserFuzz : public QObject
{
    Q_OBJECT

private slots:
    void randomInputs()
    {
        QRandomGenerator random(20240611);
        for (int i = 0; i < 2500; ++i) {
            const QByteArray input = randomInput(random);
            checkInvariants(input);
            if (QTest::currentTestFailed()) {
                qWarning() << "input" << i << input.toHex();
                return;
            }
        }
    }

    void mutatedDockerfiles()
    {
        QList<QByteArray> seeds;
        seeds << QByteArray("# syntax=docker/dockerfile:1\nFROM --platform=$BUILDPLATFORM golang AS b\n"
                            "ARG TARGETARCH\nRUN --mount=type=cache,target=/c go build \\\n  -o /x .\n"
                            "COPY <<EOF /etc/x\nk=v\nEOF\nENV A=1 B=\"2 3\"\nCMD [\"/x\"]\n");
        seeds << QByteArray("# escape=`\nFROM a\nRUN dir `\n  c:\\\nHEALTHCHECK --interval=5s CMD a\n"
                            "ONBUILD RUN <<-X\n\tbody\n\tX\nLABEL a b\n");
        const QString corpus = QDir::cleanPath(QStringLiteral(MANIFOLD_SOURCE_DIR "/../shared/reference/buildkit-corpus"));
        QDirIterator it(corpus, {QStringLiteral("Dockerfile")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                seeds << file.readAll();
        }
        QRandomGenerator random(7);
        for (int i = 0; i < 2500; ++i) {
            const QByteArray input = mutate(seeds.at(i % seeds.size()), random);
            checkInvariants(input);
            if (QTest::currentTestFailed()) {
                qWarning() << "input" << i << input.toHex();
                return;
            }
        }
    }

    void pathologicalInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("deep-json-nesting") << QByteArray("CMD ") + QByteArray(200000, '[');
        QTest::newRow("deep-valid-nesting") << QByteArray("CMD ") + QByteArray(20000, '[') + QByteArray(20000, ']');
        QTest::newRow("many-escapes") << QByteArray("RUN ") + QByteArray(100000, '\\');
        QTest::newRow("many-continuations") << QByteArray("RUN a") + QByteArray(50000, '\\').replace("\\", "\\\n");
        QTest::newRow("many-heredocs") << QByteArray("RUN ") + QByteArray("<<A ").repeated(5000) + "\nA\n";
        QTest::newRow("only-newlines") << QByteArray(100000, '\n');
        QTest::newRow("only-nul") << QByteArray(1000, '\0');
        QTest::newRow("invalid-utf8") << QByteArray("FROM \xff\xfe\xc3 --x\nRUN \xed\xa0\x80\n");
        QTest::newRow("dollar-braces") << QByteArray("RUN ") + QByteArray("${").repeated(10000) + " <<EOF\n";
        QTest::newRow("nested-substitutions")
            << QByteArray("RUN ") + QByteArray("${a:-").repeated(20000) + " <<EOF\nEOF\n";
        QTest::newRow("nested-onbuild-across-continuations")
            << QByteArray("ONBUILD \\\n").repeated(30000) + "RUN x\n";
        QTest::newRow("unterminated-quotes") << QByteArray("COPY --from=\"x <<EOF\nENV a=\"b\nARG 'c\n");
    }

    void pathologicalInputs()
    {
        QFETCH(QByteArray, input);
        checkInvariants(input);
    }
};

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "tst_parserfuzz.moc"
