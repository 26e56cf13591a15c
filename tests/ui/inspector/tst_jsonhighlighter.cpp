// The raw JSON view's highlighter: token classes on the exact text, including escaped quotes,
// digests and one-line manifests.

#include "ui/inspector/jsonhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Manifold::Ui;
using Token = JsonHighlighter::Token;

class tst_JsonHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void textIsNotChanged();
};

Q_DECLARE_METATYPE(JsonHighlighter::Token)

namespace {

// The format the highlighter gave to `offset` in the first block.
QTextCharFormat formatAt(QTextDocument *document, int offset)
{
    const QTextBlock block = document->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

void tst_JsonHighlighter::tokens_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("probe"); // the text whose first character is checked
    QTest::addColumn<Token>("token");
    const QString manifest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"digest":"sha256:)"
                             + QString(64, 'a') + R"(","size":1469},"annotations":{"x":"say \"hi\": ok","empty":null,"flag":true}})";
    QTest::newRow("key") << manifest << "\"schemaVersion\"" << Token::Key;
    QTest::newRow("number") << manifest << "2," << Token::Number;
    QTest::newRow("string value") << manifest << "\"application/vnd.oci" << Token::String;
    QTest::newRow("digest") << manifest << "\"sha256:" << Token::Digest;
    QTest::newRow("size number") << manifest << "1469" << Token::Number;
    QTest::newRow("escaped quote stays a string") << manifest << "hi\\\": ok" << Token::String;
    QTest::newRow("null") << manifest << "null" << Token::Literal;
    QTest::newRow("true") << manifest << "true" << Token::Literal;
    QTest::newRow("brace") << manifest << "{" << Token::Punctuation;
}

void tst_JsonHighlighter::tokens()
{
    QFETCH(QString, json);
    QFETCH(QString, probe);
    QFETCH(Token, token);
    QPlainTextEdit edit;
    auto highlighter = new JsonHighlighter(edit.document());
    edit.setPlainText(json);
    highlighter->rehighlight();
    const int offset = int(json.indexOf(probe));
    QVERIFY(offset >= 0);
    QCOMPARE(formatAt(edit.document(), offset).foreground().color(), highlighter->format(token).foreground().color());
}

void tst_JsonHighlighter::textIsNotChanged()
{
    const QString json = "{\"a\" : [1, 2.5e3, -4]}";
    QPlainTextEdit edit;
    new JsonHighlighter(edit.document());
    edit.setPlainText(json);
    QCOMPARE(edit.toPlainText(), json);
}

QTEST_MAIN(tst_JsonHighlighter)
#include "tst_jsonhighlighter.moc"
