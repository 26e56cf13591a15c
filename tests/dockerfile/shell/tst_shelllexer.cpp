#include "core/dockerfile/shell/shelllexer.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QObject>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Dockerfile;

namespace {

QString corpusDir()
{
    return QStringLiteral("/work/shared/reference/buildkit-corpus/shell");
}

Variables vars(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Variables v;
    for (const auto &[name, value] : list)
        v.set(QString::fromUtf8(name), QString::fromUtf8(value));
    return v;
}

} // namespace

class TestShellLexer : public QObject
{
    Q_OBJECT

private slots:
    // BuildKit's envVarTest: "A|input|expected" rows run with PWD, SHELL, KOREAN and NULL set.
    void buildkitEnvVarTest_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QFile file(corpusDir() + QStringLiteral("/envVarTest"));
        if (!file.open(QIODevice::ReadOnly)) {
            QTest::newRow("corpus-missing") << QString() << QStringLiteral("<missing>");
            return;
        }
        int lineNumber = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            ++lineNumber;
            if (raw.startsWith('#'))
                continue;
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList parts = line.split(QLatin1Char('|'));
            QVERIFY2(parts.size() == 3, qPrintable(line));
            const QString tag = parts.at(0).trimmed();
            if (tag != QLatin1String("A") && tag != QLatin1String("U"))
                continue; // Windows rows: case-insensitive names
            QTest::addRow("line-%d", lineNumber) << parts.at(1).trimmed() << parts.at(2).trimmed();
        }
    }

    void buildkitEnvVarTest()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        MANIFOLD_REQUIRE(expected != QLatin1String("<missing>"),
                         corpusDir() + QStringLiteral("/envVarTest"));
        const Variables env = vars({{"PWD", "/home"}, {"SHELL", "bash"}, {"KOREAN", "한국어"},
                                    {"NULL", ""}});
        const Result<QString> result = ShellLexer().processWord(input, env);
        if (expected == QLatin1String("error")) {
            QVERIFY2(!result, qPrintable(result ? *result : QString()));
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            QCOMPARE(*result, expected);
        }
    }

    // BuildKit's wordsTest: "input | w1,w2" rows, with "ENV k=v" lines adding variables. (Its Go
    // test also loops over a raw-quotes mode, but reuses the exhausted scanner, so only the plain
    // mode ever runs; the file's expectations are for that mode.)
    void buildkitWordsTest_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<bool>("rawMode");
        QFile file(corpusDir() + QStringLiteral("/wordsTest"));
        if (!file.open(QIODevice::ReadOnly)) {
            QTest::newRow("corpus-missing") << QString() << QStringList{QStringLiteral("<missing>")}
                                            << QStringList() << false;
            return;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (bool rawMode : {false}) {
            QStringList env;
            int lineNumber = 0;
            for (const QByteArray &raw : lines) {
                ++lineNumber;
                QString line = QString::fromUtf8(raw);
                if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
                    continue;
                if (line.startsWith(QLatin1String("ENV "))) {
                    line = line.mid(3);
                    while (line.startsWith(QLatin1Char(' ')))
                        line.remove(0, 1);
                    env.append(line);
                    continue;
                }
                const QStringList parts = line.split(QLatin1Char('|'));
                QVERIFY2(parts.size() == 2, qPrintable(line));
                QString expected = parts.at(1);
                while (expected.startsWith(QLatin1Char(' ')))
                    expected.remove(0, 1);
                QTest::addRow("%s-line-%d", rawMode ? "raw" : "plain", lineNumber)
                    << parts.at(0).trimmed() << expected.split(QLatin1Char(',')) << env << rawMode;
            }
        }
    }

    void buildkitWordsTest()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, env);
        QFETCH(bool, rawMode);
        MANIFOLD_REQUIRE(expected != QStringList{QStringLiteral("<missing>")},
                         corpusDir() + QStringLiteral("/wordsTest"));
        ShellLexer lexer;
        lexer.setRawQuotes(rawMode);
        lexer.setSkipUnsetVariables(rawMode);
        const Result<QStringList> result = lexer.processWords(input, Variables::fromEnvList(env));
        const QStringList actual = result ? *result : QStringList{QStringLiteral("error")};
        QCOMPARE(actual, expected);
    }

    void expansion_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error"); // substring of the error message; empty: success
        QTest::addColumn<QStringList>("unmatched");

        const QStringList fooBar{"FOO=xxx", "BAR="};
        QTest::newRow("default-unset-or-empty")
            << "${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}" << fooBar << "xxx bbb ccc" << "" << QStringList{"BAZ"};
        QTest::newRow("default-unset-only")
            << "${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}" << fooBar << "xxx  ccc" << "" << QStringList{"BAZ"};
        QTest::newRow("alternate-set-or-empty")
            << "${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}" << fooBar << "aaa  " << "" << QStringList{"BAZ"};
        QTest::newRow("alternate-set")
            << "${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}" << fooBar << "aaa bbb " << "" << QStringList{"BAZ"};
        QTest::newRow("required-empty-allowed") << "${BAR?bbb}" << fooBar << "" << "" << QStringList{};
        QTest::newRow("required-unset-message")
            << "${BAZ?must be set $FOO}" << fooBar << "" << "BAZ: must be set xxx" << QStringList{"BAZ"};
        QTest::newRow("required-empty-default-message")
            << "${BAR:?}" << fooBar << "" << "BAR: is not allowed to be empty" << QStringList{};
        QTest::newRow("required-unset-default-message")
            << "${BAZ?}" << fooBar << "" << "BAZ: is not allowed to be unset" << QStringList{"BAZ"};
        QTest::newRow("assign-unsupported")
            << "${FOO:=aaa}" << fooBar << "" << "unsupported modifier (:=) in substitution" << QStringList{};
        QTest::newRow("substring-unsupported")
            << "${FOO:1}" << fooBar << "" << "unsupported modifier (:1) in substitution" << QStringList{};
        QTest::newRow("colon-hash-unsupported")
            << "${FOO:#x}" << fooBar << "" << "unsupported modifier (:#)" << QStringList{};
        QTest::newRow("bad-substitution") << "a${}b" << fooBar << "" << "bad substitution" << QStringList{};
        QTest::newRow("missing-brace") << "${FOO" << fooBar << "" << "missing '}'" << QStringList{};
        QTest::newRow("error-names-word")
            << "x${:}" << fooBar << "" << "failed to process \"x${:}\"" << QStringList{};
        QTest::newRow("prefix-shortest") << "${V#*x}" << QStringList{"V=xxyy"} << "xyy" << "" << QStringList{};
        QTest::newRow("prefix-longest") << "${V##*x}" << QStringList{"V=xxyy"} << "yy" << "" << QStringList{};
        QTest::newRow("prefix-question") << "${V#?\\?}" << QStringList{"V=???y"} << "?y" << "" << QStringList{};
        QTest::newRow("prefix-regex-chars")
            << "${V#()[]{\\}^$.\\*\\?|\\\\}" << QStringList{"V=()[]{}^$.*?|\\x"} << "x" << "" << QStringList{};
        QTest::newRow("suffix-shortest") << "${V%.*}" << QStringList{"V=a.tar.gz"} << "a.tar" << "" << QStringList{};
        QTest::newRow("suffix-longest") << "${V%%.*}" << QStringList{"V=a.tar.gz"} << "a" << "" << QStringList{};
        QTest::newRow("suffix-escaped-star")
            << "${V%%\\**\\*}" << QStringList{"V=a***yy*"} << "a" << "" << QStringList{};
        QTest::newRow("pattern-bad-escape")
            << "${V#\\a}" << QStringList{"V=x"} << "" << "invalid pattern" << QStringList{};
        QTest::newRow("replace-first")
            << "${V/\\*\\//.}" << QStringList{"V=/foo*/*/*.txt"} << "/foo.*/*.txt" << "" << QStringList{};
        QTest::newRow("replace-all")
            << "${V//$N/.}" << QStringList{"V=/foo*/*/*.txt", "N=\\*/"} << "/foo..*.txt" << "" << QStringList{};
        QTest::newRow("replace-question")
            << "${V//\\/?\\//\\/}" << QStringList{"V=/a/foo/b/c.txt"} << "\\/foo\\/c.txt" << "" << QStringList{};
        QTest::newRow("replace-empty-pattern")
            << "${V/$E/ww}" << QStringList{"V=xxyy", "E="} << "wwxxyy" << "" << QStringList{};
        QTest::newRow("replace-missing-slash")
            << "${V//ww}" << QStringList{"V=xxyy"} << "" << "missing '/' in ${}" << QStringList{};
        QTest::newRow("replace-all-empty") << "${V///}" << QStringList{"V=xxyy"} << "xxyy" << "" << QStringList{};
        QTest::newRow("platform-filename")
            << "tool-${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tgz"
            << QStringList{"TARGETOS=linux", "TARGETARCH=arm", "TARGETVARIANT=v7"}
            << "tool-linux-arm-v7.tgz" << "" << QStringList{};
        QTest::newRow("platform-filename-no-variant")
            << "tool-${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tgz"
            << QStringList{"TARGETOS=linux", "TARGETARCH=arm64"} << "tool-linux-arm64.tgz" << ""
            << QStringList{"TARGETVARIANT"};
        QTest::newRow("unmatched-collected-once")
            << "$A ${A} ${B:-x} $FOO" << fooBar << "  x xxx" << "" << QStringList{"A", "B"};
        QTest::newRow("single-quotes-literal") << "'$FOO'" << fooBar << "$FOO" << "" << QStringList{};
        QTest::newRow("double-quotes-expand") << "\"$FOO bar\"" << fooBar << "xxx bar" << "" << QStringList{};
    }

    void expansion()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, env);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        QFETCH(QStringList, unmatched);
        const Result<ShellExpansion> result = ShellLexer().process(input, Variables::fromEnvList(env));
        if (!error.isEmpty()) {
            QVERIFY(!result);
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
            return;
        }
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->word, expected);
        QCOMPARE(result->unmatched, unmatched);
    }

    void escapeToken_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("backtick-escapes-dollar") << "`$FOO" << "$FOO";
        QTest::newRow("backslash-is-literal") << "C:\\dir\\$FOO" << "C:\\dir\\xxx";
        QTest::newRow("backtick-in-double-quotes") << "\"a`\"b\"" << "a\"b";
    }

    void escapeToken()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> result =
            ShellLexer(QLatin1Char('`')).processWord(input, Variables::fromEnvList({"FOO=xxx"}));
        QVERIFY(result);
        QCOMPARE(*result, expected);
    }
};

QTEST_GUILESS_MAIN(TestShellLexer)
#include "tst_shelllexer.moc"
