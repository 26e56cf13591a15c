#include "ui/buildlog/ansitext.h"
#include "ui/buildlog/buildlogmodel.h"
#include "ui/buildlog/buildlogview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;

class tst_BuildLog : public QObject
{
    Q_OBJECT
private slots:
    void ansi_data();
    void ansi();
    void ansiStyles();
    void modelUnderTester();
    void millionLinesArriveInFewBatches();
    void search_data();
    void search();
    void platformTabsAndCopy();
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

void tst_BuildLog::modelUnderTester()
{
    BuildLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlatformNames({"linux/amd64"});
    for (int i = 0; i < 1000; ++i)
        model.appendLine(QStringLiteral("\x1b[33mline %1\x1b[0m").arg(i), i % 2 ? 0 : -1);
    QCOMPARE(model.rowCount(), 0); // queued until the flush
    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(model.index(7).data().toString(), QString("line 7"));
    QCOMPARE(model.index(7).data(BuildLogModel::RawTextRole).toString(), QString("\x1b[33mline 7\x1b[0m"));
    QCOMPARE(model.index(7).data(BuildLogModel::PlatformNameRole).toString(), QString("linux/amd64"));
    QCOMPARE(model.index(8).data(BuildLogModel::PlatformRole).toInt(), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// Speed is measured by bench/ui; this checks the structure that keeps the window responsive:
// a million appends reach the view in a bounded number of insert notifications, across chunk
// boundaries, with every line intact.
void tst_BuildLog::millionLinesArriveInFewBatches()
{
    BuildLogView view;
    view.setPlatforms({"linux/amd64", "linux/arm64"});
    view.resize(800, 400);
    view.show();
    QVERIFY(view.listView()->uniformItemSizes());
    BuildLogModel *all = view.allModel();
    QSignalSpy inserted(all, &QAbstractItemModel::rowsInserted);

    const int total = 1000000;
    const int batch = 20000;
    for (int i = 0; i < total; i += batch) {
        for (int k = i; k < i + batch; ++k)
            view.appendLine(k % 2 ? "linux/arm64" : "linux/amd64", QStringLiteral("#%1 \x1b[32mok\x1b[0m").arg(k));
        QCoreApplication::processEvents();
    }
    view.flush();
    QCOMPARE(all->rowCount(), total);
    QCOMPARE(view.platformModel("linux/arm64")->rowCount(), total / 2);
    QVERIFY2(inserted.count() <= total / batch + 1, qPrintable(QString::number(inserted.count())));
    QCOMPARE(all->plainText(LogLineStore::ChunkSize), QStringLiteral("#%1 ok").arg(LogLineStore::ChunkSize));
    QCOMPARE(all->plainText(total - 1), QStringLiteral("#%1 ok").arg(total - 1));
    // Following keeps the newest line in view.
    QVERIFY(view.follow());
    const QModelIndex last = all->index(total - 1);
    QTRY_VERIFY(view.listView()->viewport()->rect().intersects(view.listView()->visualRect(last)));
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
    BuildLogModel model;
    const QStringList lines = {"a", "b", "error one", "c", "d", "\x1b[31mred\x1b[0m text error", "e"};
    for (const QString &line : lines)
        model.appendLine(line);
    model.flush();
    QCOMPARE(model.find(needle, from, backwards), expected);
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
    QCOMPARE(view.allModel()->rowCount(), 3);
    QCOMPARE(view.platformModel("linux/amd64")->rowCount(), 1);

    view.listView()->selectAll();
    QCOMPARE(view.selectedText(), QString("linux/amd64 one\nlinux/arm64 two\nwhole build"));
    view.tabBar()->setCurrentIndex(2);
    QCOMPARE(view.listView()->model(), view.platformModel("linux/arm64"));
    view.listView()->selectAll();
    view.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), QString("two"));

    QVERIFY(view.find("two"));
    QVERIFY(!view.follow()); // a search result stays in view
    QVERIFY(!view.find("absent"));
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
    BuildLogModel *model = view.platformModel("linux/arm64");
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->plainText(0), QString("[arm64_builder 2/2] RUN uname -m > arm64_arch.txt"));
    QCOMPARE(model->plainText(1), QString("aarch64"));
    QVERIFY(model->plainText(2).contains("FAILED: exit code 1"));
    QVERIFY(!parseAnsi(model->index(2).data(BuildLogModel::RawTextRole).toString()).spans.isEmpty());
}

QTEST_MAIN(tst_BuildLog)
#include "tst_buildlog.moc"
