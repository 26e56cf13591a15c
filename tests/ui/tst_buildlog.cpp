#include "ui/buildlog/ansitext.h"
#include "ui/buildlog/buildlogview.h"
#include "ui/buildlog/loglinestore.h"
#include "ui/buildlog/logtextview.h"
#include "ui/style/palettes.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

using namespace Manifold;
using namespace Manifold::Ui;

class tst_BuildLog : public QObject
{
    Q_OBJECT
private slots:
    void ansi_data();
    void ansi();
    void ansiStyles();
    void storeKeepsTextSpansAndPlatforms();
    void storeCrossesChunksAndBlocks();
    void millionLinesArriveInFewFrames();
    void search_data();
    void search();
    void searchWidgetsHighlightAndStep();
    void platformTabsAndCopy();
    void keyboardNavigationAndSelection_data();
    void keyboardNavigationAndSelection();
    void followPausesWhenScrolledUp();
    void paintsColoursOfVisibleLines();
    void buildEventsBecomeLines();
};

void tst_BuildLog::ansi_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("spans");

    QTest::newRow("plain") << "step 1/3 : RUN make" << "step 1/3 : RUN make" << 0;
    QTest::newRow("one colour") << "\x1b[31merror\x1b[0m: boom" << "error: boom" << 2;
    QTest::newRow("reset only") << "\x1b[0mplain" << "plain" << 0;
    QTest::newRow("bold and colour") << "\x1b[1;32mok\x1b[m" << "ok" << 1;
    QTest::newRow("256 colour") << "\x1b[38;5;208mX\x1b[0m" << "X" << 1;
    QTest::newRow("true colour") << "\x1b[38;2;10;20;30mX" << "X" << 1;
    QTest::newRow("cursor codes dropped") << "\x1b[2K\x1b[1Gdownloading" << "downloading" << 0;
    QTest::newRow("osc title dropped") << "\x1b]0;title\x07" "after" << "after" << 0;
    QTest::newRow("carriage return redraw") << "10%\r50%\r100%" << "100%" << 0;
    QTest::newRow("crlf ending") << "line\r" << "line" << 0;
    QTest::newRow("truncated escape") << "abc\x1b[" << "abc" << 0;
}

void tst_BuildLog::ansi()
{
    QFETCH(QString, raw);
    QFETCH(QString, text);
    QFETCH(int, spans);
    const AnsiLine line = parseAnsi(raw);
    QCOMPARE(line.text, text);
    QCOMPARE(int(line.spans.size()), spans);
    QCOMPARE(stripAnsi(raw), text);
    int covered = 0;
    for (const AnsiSpan &span : line.spans)
        covered += span.length;
    if (spans > 0)
        QCOMPARE(covered, int(text.size()));
}

void tst_BuildLog::ansiStyles()
{
    const AnsiLine line = parseAnsi(QStringLiteral("\x1b[1;31mA\x1b[22;94mB\x1b[39;4mC\x1b[38;2;1;2;3mD"));
    QCOMPARE(line.text, QString("ABCD"));
    QCOMPARE(line.spans.size(), 4);
    QVERIFY(line.spans[0].style.bold);
    QCOMPARE(line.spans[0].style.foreground, 1);
    QVERIFY(!line.spans[1].style.bold);
    QCOMPARE(line.spans[1].style.foreground, 12);
    QCOMPARE(line.spans[2].style.foreground, -1);
    QVERIFY(line.spans[2].style.underline);
    QCOMPARE(ansiColor(line.spans[3].style.foreground, false), QColor(1, 2, 3));
    QCOMPARE(ansiColor(196, true), QColor(255, 0, 0));
    QCOMPARE(ansiColor(232, true), QColor(8, 8, 8));
}

void tst_BuildLog::storeKeepsTextSpansAndPlatforms()
{
    LogLineStore store;
    store.append(u"plain line", 0);
    store.append(u"\x1b[33mwarning\x1b[0m: x", 1);
    store.append(u"whole build", -1);
    store.append(u"10%\r100%", 0);
    QCOMPARE(store.size(), 4);
    QCOMPARE(store.text(0).toString(), QString("plain line"));
    QVERIFY(store.spans(0).empty());
    QCOMPARE(store.text(1).toString(), QString("warning: x"));
    QCOMPARE(int(store.spans(1).size()), 2);
    QCOMPARE(store.spans(1)[0].style.foreground, 3);
    QCOMPARE(store.text(3).toString(), QString("100%"));
    QCOMPARE(store.platform(2), -1);
    QCOMPARE(store.count(LogLineStore::AllPlatforms), 4);
    QCOMPARE(store.count(0), 2);
    QCOMPARE(store.count(1), 1);
    QCOMPARE(store.count(7), 0);
    QCOMPARE(store.lineAt(0, 1), 3);
    QCOMPARE(store.lineAt(0, 2), -1);
    QCOMPARE(store.longestLine(), 11);
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.count(0), 0);
    QVERIFY(store.text(0).isNull());
}

// Lines across text-chunk and record-block boundaries (and one longer than a chunk) stay intact.
void tst_BuildLog::storeCrossesChunksAndBlocks()
{
    LogLineStore store;
    const int lines = int(LogLineStore::RecordsPerBlock) + 10;
    const QString huge(LogLineStore::ChunkChars + 5, QLatin1Char('x'));
    for (int i = 0; i < lines; ++i) {
        if (i == 1000)
            store.append(huge, 0);
        else
            store.append(QStringLiteral("line %1 \x1b[32mok\x1b[0m").arg(i), i % 3 == 0 ? 0 : 1);
    }
    QCOMPARE(store.size(), lines);
    QCOMPARE(store.text(999).toString(), QString("line 999 ok"));
    QCOMPARE(store.text(1000).size(), huge.size());
    QCOMPARE(store.text(1001).toString(), QString("line 1001 ok"));
    QCOMPARE(store.text(lines - 1).toString(), QStringLiteral("line %1 ok").arg(lines - 1));
    QCOMPARE(store.spans(lines - 1)[1].style.foreground, 2);
    QCOMPARE(store.longestLine(), huge.size());
    QVERIFY(store.memoryBytes() > 0);
}

// Speed is measured by bench/ui; this checks the structure that keeps the window responsive:
// a million appends reach the screen in a bounded number of frame updates, with every line
// intact and the newest line in view.
void tst_BuildLog::millionLinesArriveInFewFrames()
{
    BuildLogView view;
    view.setPlatforms({"linux/amd64", "linux/arm64"});
    view.resize(800, 400);
    view.show();
    LogTextView *text = view.textView();

    const int total = 1000000;
    const int batch = 20000;
    for (int i = 0; i < total; i += batch) {
        for (int k = i; k < i + batch; ++k)
            view.appendLine(k % 2 ? "linux/arm64" : "linux/amd64", QStringLiteral("#%1 \x1b[32mok\x1b[0m").arg(k));
        QCoreApplication::processEvents();
    }
    view.flush();
    QCOMPARE(view.lineCount(), total);
    QCOMPARE(view.lineCount("linux/arm64"), total / 2);
    QVERIFY2(text->frameUpdates() <= total / batch + 1, qPrintable(QString::number(text->frameUpdates())));
    QCOMPARE(view.lineText({}, LogLineStore::RecordsPerBlock), QStringLiteral("#%1 ok").arg(LogLineStore::RecordsPerBlock));
    QCOMPARE(view.lineText({}, total - 1), QStringLiteral("#%1 ok").arg(total - 1));
    QCOMPARE(view.lineText("linux/arm64", 0), QString("#1 ok"));
    QVERIFY(view.follow());
    QVERIFY(text->isRowVisible(total - 1));
    QCOMPARE(text->verticalScrollBar()->value(), text->verticalScrollBar()->maximum());
}

void tst_BuildLog::search_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << "error" << 0 << false << 2;
    QTest::newRow("next") << "error" << 3 << false << 5;
    QTest::newRow("wraps") << "error" << 6 << false << 2;
    QTest::newRow("backwards") << "error" << 4 << true << 2;
    QTest::newRow("case insensitive") << "ERROR" << 0 << false << 2;
    QTest::newRow("ignores escapes") << "red text" << 0 << false << 5;
    QTest::newRow("not found") << "nothing" << 0 << false << -1;
}

void tst_BuildLog::search()
{
    QFETCH(QString, needle);
    QFETCH(int, from);
    QFETCH(bool, backwards);
    QFETCH(int, expected);
    LogLineStore store;
    const QStringList lines = {"a", "b", "error one", "c", "d", "\x1b[31mred\x1b[0m text error", "e"};
    for (const QString &line : lines)
        store.append(line);
    QCOMPARE(store.find(LogLineStore::AllPlatforms, needle, from, backwards), expected);
}

// The search box highlights, Return and the Next/Previous buttons step through matches.
void tst_BuildLog::searchWidgetsHighlightAndStep()
{
    BuildLogView view;
    view.setPlatforms({"linux/amd64"});
    for (int i = 0; i < 200; ++i)
        view.appendLine("linux/amd64", i % 50 == 7 ? QStringLiteral("match %1").arg(i) : QStringLiteral("line %1").arg(i));
    view.resize(600, 200);
    view.show();
    view.flush();
    auto search = view.findChild<QLineEdit *>("buildLogSearch");
    auto next = view.findChild<QToolButton *>("buildLogFindNext");
    auto previous = view.findChild<QToolButton *>("buildLogFindPrevious");
    QVERIFY(search && next && previous);
    QTest::keyClicks(search, "MATCH");
    QCOMPARE(view.textView()->highlight(), QString("MATCH"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view.textView()->currentRow(), 7);
    QVERIFY(view.textView()->isRowVisible(7));
    QVERIFY(!view.follow());
    next->click();
    QCOMPARE(view.textView()->currentRow(), 57);
    QVERIFY(view.textView()->isRowVisible(57));
    previous->click();
    QCOMPARE(view.textView()->currentRow(), 7);
    previous->click(); // wraps to the last match
    QCOMPARE(view.textView()->currentRow(), 157);
}

void tst_BuildLog::platformTabsAndCopy()
{
    BuildLogView view;
    view.setPlatforms({"linux/amd64"});
    view.appendLine("linux/amd64", "one");
    view.appendLine("linux/arm64", "\x1b[1mtwo\x1b[0m"); // a new platform gets its tab
    view.appendLine({}, "whole build");
    view.flush();
    QCOMPARE(view.tabBar()->count(), 3);
    QCOMPARE(view.tabBar()->tabText(2), QString("linux/arm64"));
    QCOMPARE(view.lineCount(), 3);
    QCOMPARE(view.lineCount("linux/amd64"), 1);

    view.textView()->selectAll();
    QCOMPARE(view.selectedText(), QString("linux/amd64 one\nlinux/arm64 two\nwhole build"));
    view.tabBar()->setCurrentIndex(2);
    QCOMPARE(view.textView()->rowCount(), 1);
    QCOMPARE(view.textView()->rowText(0), QString("two"));
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.textView()->setFocus();
    QTRY_VERIFY(view.textView()->hasFocus());
    QTest::keySequence(view.textView(), QKeySequence::SelectAll);
    QTest::keySequence(view.textView(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), QString("two"));

    QVERIFY(view.find("two"));
    QVERIFY(!view.follow()); // a search result stays in view
    QVERIFY(!view.find("absent"));
    view.clear();
    QCOMPARE(view.lineCount(), 0);
    QCOMPARE(view.tabBar()->count(), 3); // clearing keeps the tabs
}

void tst_BuildLog::keyboardNavigationAndSelection_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<bool>("shift");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("selected");
    QTest::newRow("down twice") << QList<int>{Qt::Key_Home, Qt::Key_Down, Qt::Key_Down} << false << 2 << 1;
    QTest::newRow("shift down extends") << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Down} << true << 3 << 4;
    QTest::newRow("end") << QList<int>{Qt::Key_End} << false << 99 << 1;
    QTest::newRow("page down") << QList<int>{Qt::Key_Home, Qt::Key_PageDown} << false << -2 << 1;
    QTest::newRow("up stops at the top") << QList<int>{Qt::Key_Home, Qt::Key_Up, Qt::Key_Up} << false << 0 << 1;
}

void tst_BuildLog::keyboardNavigationAndSelection()
{
    QFETCH(QList<int>, keys);
    QFETCH(bool, shift);
    QFETCH(int, current);
    QFETCH(int, selected);
    BuildLogView view;
    for (int i = 0; i < 100; ++i)
        view.appendLine({}, QStringLiteral("line %1").arg(i));
    view.resize(500, 220);
    view.show();
    view.flush();
    LogTextView *text = view.textView();
    text->setCurrentRow(0);
    for (int key : keys)
        QTest::keyClick(text, Qt::Key(key), shift ? Qt::ShiftModifier : Qt::NoModifier);
    if (current == -2) // one page: as many rows as fit
        current = text->visibleRowCount();
    QCOMPARE(int(text->currentRow()), current);
    QVERIFY(text->isRowVisible(current));
    QCOMPARE(int(text->selectionEnd() - text->selectionStart() + 1), selected);
    QCOMPARE(view.follow(), current == 99);
}

void tst_BuildLog::followPausesWhenScrolledUp()
{
    BuildLogView view;
    view.resize(500, 200);
    view.show();
    for (int i = 0; i < 500; ++i)
        view.appendLine({}, QStringLiteral("line %1").arg(i));
    LogTextView *text = view.textView();
    QTRY_VERIFY(text->isRowVisible(499)); // the next frame catches up on its own
    auto followButton = view.findChild<QToolButton *>("buildLogFollow");
    QVERIFY(followButton->isChecked());

    text->verticalScrollBar()->setValue(10); // the user scrolls up
    QVERIFY(!view.follow());
    QVERIFY(!followButton->isChecked());
    view.appendLine({}, "more");
    view.flush();
    QCOMPARE(text->firstVisibleRow(), 10); // stays where the user is reading

    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum()); // back at the end
    QVERIFY(view.follow());
    followButton->click();
    QVERIFY(!view.follow());
    followButton->click();
    view.appendLine({}, "newest");
    view.flush();
    QVERIFY(text->isRowVisible(501));
}

// Colours come from the parsed spans and are painted for the rows in view.
void tst_BuildLog::paintsColoursOfVisibleLines()
{
    BuildLogView view;
    view.resize(400, 120);
    view.show();
    view.appendLine({}, QStringLiteral("\x1b[41m") + QString(40, QLatin1Char(' ')) + QStringLiteral("\x1b[0m"));
    view.flush();
    view.setFollow(false);
    view.textView()->verticalScrollBar()->setValue(0);
    const QImage image = view.textView()->viewport()->grab().toImage();
    const QColor red = ansiColor(1, isDarkPalette(view.palette()));
    bool found = false;
    for (int x = 0; x < image.width() && !found; ++x)
        found = image.pixelColor(x, 5) == red;
    QVERIFY2(found, "the red background of the first line is painted");
}

void tst_BuildLog::buildEventsBecomeLines()
{
    BuildLogView view;
    Build::BuildEvent event;
    event.platform = Platform("linux", "arm64");
    event.stage = "arm64_builder";
    event.step = 2;
    event.stepCount = 2;
    event.kind = Build::BuildEvent::Kind::StepStarted;
    event.instruction = "RUN uname -m > arm64_arch.txt";
    view.appendEvent(event);
    event.kind = Build::BuildEvent::Kind::Log;
    event.text = "aarch64";
    view.appendEvent(event);
    event.kind = Build::BuildEvent::Kind::StepFailed;
    event.text = "exit code 1";
    view.appendEvent(event);
    view.flush();
    QCOMPARE(view.lineCount("linux/arm64"), 3);
    QCOMPARE(view.lineText("linux/arm64", 0), QString("[arm64_builder 2/2] RUN uname -m > arm64_arch.txt"));
    QCOMPARE(view.lineText("linux/arm64", 1), QString("aarch64"));
    QVERIFY(view.lineText("linux/arm64", 2).contains("FAILED: exit code 1"));
    const qsizetype line = view.store().lineAt(0, 2);
    QVERIFY(!view.store().spans(line).empty());
}

QTEST_MAIN(tst_BuildLog)
#include "tst_buildlog.moc"
