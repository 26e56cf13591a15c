// Who holds a port: /proc/net/tcp{,6} + /proc/<pid>/fd, checked against real sockets this test
// opens itself (the e2e manager test covers a port held by a real registry process).

#include "core/localregistry/portprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;

class TestPortProbe : public QObject
{
    Q_OBJECT

private slots:
    void namesTheOccupant_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("ipv4 loopback") << "127.0.0.1";
        QTest::newRow("ipv4 any") << "0.0.0.0";
        QTest::newRow("ipv6 loopback") << "::1";
    }
    void namesTheOccupant()
    {
        QFETCH(QString, address);
        QTcpServer server;
        if (!server.listen(QHostAddress(address), 0))
            QSKIP(qPrintable(QStringLiteral("cannot listen on %1 here").arg(address)));
        const quint16 port = server.serverPort();
        const std::optional<PortOccupant> occupant = PortProbe::occupant(port);
        QVERIFY(occupant.has_value());
        QCOMPARE(occupant->port, port);
        QCOMPARE(occupant->pid, QCoreApplication::applicationPid());
        QFile comm(QStringLiteral("/proc/self/comm"));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QCOMPARE(occupant->command, QString::fromLocal8Bit(comm.readAll()).trimmed());
        QVERIFY(!PortProbe::isFree(port));

        const Error error = PortProbe::portInUse(*occupant);
        QCOMPARE(error.code, QStringLiteral("localregistry.port-in-use"));
        QVERIFY2(error.message.contains(QString::number(port)), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(QLatin1String("--port")), qPrintable(error.hint));
    }

    void freePortHasNoOccupant()
    {
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        QVERIFY(!PortProbe::occupant(port).has_value());
        QVERIFY(PortProbe::isFree(port));
        QVERIFY(PortProbe::nextFree(port) >= port);
    }

    void unknownOwnerIsSaidPlainly()
    {
        PortOccupant occupant;
        occupant.port = 5002;
        QVERIFY(occupant.describe().contains(QLatin1String("cannot see")));
    }
};

QTEST_GUILESS_MAIN(TestPortProbe)
#include "tst_portprobe.moc"
