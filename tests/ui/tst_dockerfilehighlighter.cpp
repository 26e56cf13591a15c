#include "ui/editor/dockerfilehighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Manifold::Ui;
using Category = DockerfileHighlighter::Category;

class tst_DockerfileHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void categories_data();
    void categories();
    void heredocEndsAtItsDelimiter();
    void escapeDirectiveChangesContinuation();
};

void tst_DockerfileHighlighter::categories_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");   // 0-based block
    QTest::addColumn<int>("column"); // 0-based
    QTest::addColumn<Category>("expected");

    QTest::newRow("instruction") << "FROM busybox" << 0 << 0 << Category::Keyword;
    QTest::newRow("lowercase instruction") << "run echo hi" << 0 << 1 << Category::Keyword;
    QTest::newRow("image is plain") << "FROM busybox" << 0 << 6 << Category::None;
    QTest::newRow("flag name") << "FROM --platform=linux/arm64 busybox AS b" << 0 << 7 << Category::Flag;
    QTest::newRow("flag value plain") << "FROM --platform=linux/arm64 busybox AS b" << 0 << 17 << Category::None;
    QTest::newRow("AS keyword") << "FROM --platform=linux/arm64 busybox AS b" << 0 << 36 << Category::Keyword;
    QTest::newRow("stage name") << "FROM --platform=linux/arm64 busybox AS b" << 0 << 39 << Category::StageName;
    QTest::newRow("variable in flag") << "FROM --platform=$BUILDPLATFORM x" << 0 << 18 << Category::Variable;
    QTest::newRow("braced variable") << "FROM ${BASE_IMAGE} AS a" << 0 << 7 << Category::Variable;
    QTest::newRow("variable in word") << "FROM final_${TARGETARCH}" << 0 << 13 << Category::Variable;
    QTest::newRow("comment") << "# a comment\nFROM x" << 0 << 4 << Category::Comment;
    QTest::newRow("directive") << "# syntax=docker/dockerfile:1\nFROM x" << 0 << 3 << Category::Directive;
    QTest::newRow("double string") << "RUN echo \"hello\"" << 0 << 11 << Category::String;
    QTest::newRow("single string") << "RUN echo 'hi $x'" << 0 << 14 << Category::String;
    QTest::newRow("variable inside double string") << "RUN echo \"a ${B} c\"" << 0 << 13 << Category::Variable;
    QTest::newRow("json form strings") << "CMD [\"cat\", \"/a\"]" << 0 << 6 << Category::String;
    QTest::newRow("continuation args not keyword") << "RUN echo a \\\n    FROM b" << 1 << 5 << Category::None;
    QTest::newRow("flag on continuation line") << "RUN \\\n  --mount=type=cache,target=/c make" << 1 << 3 << Category::Flag;
    QTest::newRow("comment inside continuation") << "RUN a \\\n# note\n  b" << 1 << 2 << Category::Comment;
    QTest::newRow("heredoc marker") << "RUN <<EOF\necho hi\nEOF" << 0 << 5 << Category::Heredoc;
    QTest::newRow("heredoc body") << "RUN <<EOF\necho hi\nEOF\nFROM x" << 1 << 2 << Category::Heredoc;
    QTest::newRow("heredoc terminator") << "RUN <<EOF\necho hi\nEOF\nFROM x" << 2 << 0 << Category::Keyword;
    QTest::newRow("after heredoc") << "RUN <<EOF\necho hi\nEOF\nFROM x" << 3 << 0 << Category::Keyword;
    QTest::newRow("onbuild child") << "ONBUILD RUN make" << 0 << 9 << Category::Keyword;
    QTest::newRow("unknown word") << "FOO bar" << 0 << 0 << Category::None;
    QTest::newRow("flags stop at first argument") << "COPY --from=a /x --y /z" << 0 << 18 << Category::None;
}

void tst_DockerfileHighlighter::categories()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Category, expected);

    QTextDocument document;
    document.documentLayout(); // edits reach the highlighter only once a layout exists, as in an editor
    DockerfileHighlighter highlighter(&document);
    document.setPlainText(text);
    const QTextBlock block = document.findBlockByNumber(line);
    QVERIFY(block.isValid());
    QCOMPARE(DockerfileHighlighter::categoryAt(block, column), expected);
}

void tst_DockerfileHighlighter::heredocEndsAtItsDelimiter()
{
    QTextDocument document;
    document.documentLayout(); // edits reach the highlighter only once a layout exists, as in an editor
    DockerfileHighlighter highlighter(&document);
    document.setPlainText("COPY <<-A <<B /out/\n\tone\n\tA\ntwo\nB\nRUN x");
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(1), 1), Category::Heredoc);
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(2), 1), Category::Keyword);
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(3), 0), Category::Heredoc);
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(4), 0), Category::Keyword);
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(5), 0), Category::Keyword);

    // Editing the terminator away turns the following lines into heredoc body.
    QTextCursor cursor(document.findBlockByNumber(4));
    cursor.select(QTextCursor::LineUnderCursor);
    cursor.insertText("not the end");
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(5), 0), Category::Heredoc);
}

void tst_DockerfileHighlighter::escapeDirectiveChangesContinuation()
{
    QTextDocument document;
    document.documentLayout(); // edits reach the highlighter only once a layout exists, as in an editor
    DockerfileHighlighter highlighter(&document);
    document.setPlainText("RUN dir c:\\ `\n    FROM x");
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(1), 4), Category::Keyword);
    highlighter.setEscapeChar(QLatin1Char('`'));
    QCOMPARE(DockerfileHighlighter::categoryAt(document.findBlockByNumber(1), 4), Category::None);
}

QTEST_MAIN(tst_DockerfileHighlighter)
#include "tst_dockerfilehighlighter.moc"
