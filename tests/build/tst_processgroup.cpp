#include "core/build/processgroup.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Manifold::Build;

// A real process tree (a shell with background children, one of which starts its own session,
// as engine helpers do) must be gone entirely after terminateTree.
class TestProcessGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killsWholeTree_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("expectedChildren");
        QTest::newRow("background children") << "sleep 300 & sleep 300 & wait" << 2;
        QTest::newRow("grandchild in own session") << "sh -c 'setsid sleep 300 & sleep 300' & sleep 300 & wait" << 4;
        QTest::newRow("ignores SIGTERM") << "trap '' TERM; sleep 300 & wait; sleep 300" << 1;
    }

    void killsWholeTree()
    {
        QFETCH(QString, script);
        QFETCH(int, expectedChildren);
        QProcess process;
        ProcessGroup::placeInOwnGroup(process);
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted());
        const qint64 pid = process.processId();
        QTRY_VERIFY_WITH_TIMEOUT(ProcessGroup::descendantsOf(pid).size() >= expectedChildren, 5000);
        const QList<qint64> tree = ProcessGroup::descendantsOf(pid);
        QVERIFY(ProcessGroup::membersOf(pid).contains(pid)); // setsid made it a group leader

        QVERIFY(ProcessGroup::terminateTree(pid, 500));
        QVERIFY(process.waitForFinished(3000));
        for (qint64 child : tree) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
            const bool alive = stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z ");
            QVERIFY2(!alive, qPrintable(QStringLiteral("process %1 survived").arg(child)));
        }
        QVERIFY(ProcessGroup::membersOf(pid).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProcessGroup)
#include "tst_processgroup.moc"
