// BlobConnection: the HTTP/1.1 exchange that carries blob bodies. Uploads and downloads against
// the real registry are covered by tst_registryclient, tst_imagecopier and the TLS tests; this
// test drives the framings and failures the registry never produces on its own (chunked and
// connection-framed bodies, an interim 100, an answer before the upload ended, a silent peer)
// with a scripted server on loopback - a test double, as no real component sends them on demand.

#include "core/registry/blobconnection.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Manifold;
using namespace Manifold::Registry;

namespace {

// Reads one request (head and Content-Length body, unless told to answer after the head) and
// writes `answer` as given, then closes; with an empty answer it stays silent.
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QByteArray answer, bool answerAfterHead = false)
        : m_answer(std::move(answer)), m_answerAfterHead(answerAfterHead)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QByteArray head() const { return m_head; }
    QByteArray body() const { return m_body; }

private:
    void read(QTcpSocket *socket)
    {
        m_received += socket->readAll();
        if (m_head.isEmpty()) {
            const qsizetype end = m_received.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_head = m_received.left(end);
            m_received.remove(0, end + 4);
            const qsizetype at = m_head.toLower().indexOf("content-length:");
            m_length = at < 0 ? 0 : m_head.mid(at + 15, m_head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (m_answerAfterHead)
                return answer(socket);
        }
        if (m_received.size() >= m_length) {
            m_body = m_received.left(m_length);
            answer(socket);
        }
    }
    void answer(QTcpSocket *socket)
    {
        if (m_answer.isEmpty() || m_answered)
            return;
        m_answered = true;
        socket->write(m_answer);
        // An early answer leaves the connection open (the rest of the body is read and
        // dropped): closing with unread data would reset it before the client reads the answer.
        if (!m_answerAfterHead)
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_answer;
    bool m_answerAfterHead;
    bool m_answered = false;
    QByteArray m_received;
    QByteArray m_head;
    QByteArray m_body;
    qint64 m_length = 0;
};

struct CollectingSink : BodySink
{
    Status begin(qint64 length) override
    {
        announced = length;
        bytes.clear();
        ++begun;
        return {};
    }
    Status write(const char *data, qint64 size) override
    {
        bytes.append(data, size);
        if (refuseAfter >= 0 && bytes.size() > refuseAfter)
            return Error(QStringLiteral("test.sink"), QStringLiteral("enough"));
        return {};
    }
    QByteArray bytes;
    qint64 announced = -2;
    int begun = 0;
    qint64 refuseAfter = -1;
};

QByteArray pattern(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 7919) >> 3);
    return data;
}

QByteArray chunked(const QByteArray &body, qint64 piece)
{
    QByteArray out;
    for (qint64 at = 0; at < body.size(); at += piece) {
        const QByteArray part = body.mid(at, piece);
        out += QByteArray::number(part.size(), 16) + ";ext=1\r\n" + part + "\r\n";
    }
    return out + "0\r\n\r\n";
}

} // namespace

class TestBlobConnection : public QObject
{
    Q_OBJECT
private slots:
    // A 2xx body reaches the sink whatever its framing; other bodies are kept for the caller.
    void downloadFramings_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("toSink");
        const QByteArray big = pattern(3 * 1024 * 1024 + 17);
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(big.size()) + "\r\n\r\n" + big)
                                        << 200 << big << true;
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(big, 100000))
                                 << 200 << big << true;
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n" + big) << 200 << big << true;
        QTest::newRow("interim 100 first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
                                           << 200 << QByteArray("hello") << true;
        QTest::newRow("empty body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 200 << QByteArray() << true;
        QTest::newRow("error kept") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot here!")
                                    << 404 << QByteArray("not here!") << false;
        QTest::newRow("redirect kept") << QByteArray("HTTP/1.1 307 Temporary Redirect\r\nLocation: /x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
                                       << 307 << QByteArray("abc") << false;
    }
    void downloadFramings()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        QFETCH(bool, toSink);
        ScriptedServer server(answer);
        CollectingSink sink;
        BlobConnection::Request request;
        request.url = server.url("/v2/a/blobs/sha256:x");
        request.headers = {{"Accept-Encoding", "identity"}};
        request.sink = &sink;
        const BlobConnection::Response response = BlobConnection::send(request);
        QCOMPARE(response.error, QNetworkReply::NoError);
        QCOMPARE(response.status, status);
        QCOMPARE(toSink ? sink.bytes : response.body, expected);
        QCOMPARE(sink.begun, toSink ? 1 : 0);
        QVERIFY(server.head().startsWith("GET /v2/a/blobs/sha256:x HTTP/1.1\r\n"));
        QVERIFY(server.head().contains("\r\nAccept-Encoding: identity"));
        QVERIFY(!server.head().toLower().contains("content-length")); // a GET has no body
    }

    // Answers that are no HTTP, or end early, fail with a network error and no status.
    void brokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("error");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << int(QNetworkReply::ProtocolFailure);
        QTest::newRow("cut in the head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("cut in the body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                                         << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("cut in a chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\nabc")
                                        << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n")
                                        << int(QNetworkReply::ProtocolFailure);
        QTest::newRow("error body too large") << QByteArray("HTTP/1.1 500 Oops\r\nContent-Length: 2000000\r\n\r\n" + pattern(2000000))
                                              << int(QNetworkReply::ProtocolFailure);
    }
    void brokenAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, error);
        ScriptedServer server(answer);
        CollectingSink sink;
        BlobConnection::Request request;
        request.url = server.url("/v2/a/blobs/sha256:x");
        request.sink = &sink;
        const BlobConnection::Response response = BlobConnection::send(request);
        QCOMPARE(response.status, 0);
        QCOMPARE(int(response.error), error);
        QVERIFY(!response.errorString.isEmpty());
    }

    // The body goes up byte for byte, with its length; an answer that comes before the body
    // is complete (the registry refusing it) ends the exchange with that answer.
    void upload_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("answerAfterHead");
        QTest::newRow("small") << qint64(10) << false;
        QTest::newRow("several write steps") << qint64(5 * 1024 * 1024 + 3) << false;
        QTest::newRow("refused before the body") << qint64(40 * 1024 * 1024) << true;
    }
    void upload()
    {
        QFETCH(qint64, size);
        QFETCH(bool, answerAfterHead);
        const QByteArray answer = answerAfterHead
            ? QByteArray("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"r\"\r\nContent-Length: 2\r\n\r\nno")
            : QByteArray("HTTP/1.1 201 Created\r\nLocation: /v2/a/blobs/sha256:x\r\nContent-Length: 0\r\n\r\n");
        ScriptedServer server(answer, answerAfterHead);
        const QByteArray body = pattern(size);
        BlobConnection::Request request;
        request.method = "PUT";
        request.url = server.url("/v2/a/blobs/uploads/u1?_state=a%2Bb%3D&digest=sha256:x");
        request.headers = {{"Content-Type", "application/octet-stream"}, {"Authorization", "Bearer t"}};
        request.body = body.constData();
        request.bodySize = body.size();
        const BlobConnection::Response response = BlobConnection::send(request);
        QCOMPARE(response.error, QNetworkReply::NoError);
        // The query of an upload location is sent exactly as the registry gave it.
        QVERIFY2(server.head().startsWith("PUT /v2/a/blobs/uploads/u1?_state=a%2Bb%3D&digest=sha256:x HTTP/1.1\r\n"),
                 server.head().constData());
        QVERIFY(server.head().contains(QByteArray(QByteArray("\r\nContent-Length: ") + QByteArray::number(size))));
        QVERIFY(server.head().contains("\r\nAuthorization: Bearer t"));
        if (answerAfterHead) {
            QCOMPARE(response.status, 401);
            QCOMPARE(response.body, QByteArray("no"));
            return;
        }
        QCOMPARE(response.status, 201);
        QCOMPARE(QCryptographicHash::hash(server.body(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    }

    // A sink that refuses the bytes (a digest mismatch, a full disk) stops the download.
    void sinkRefusal()
    {
        const QByteArray big = pattern(4 * 1024 * 1024);
        ScriptedServer server(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(big.size()) + "\r\n\r\n" + big));
        CollectingSink sink;
        sink.refuseAfter = 1000;
        BlobConnection::Request request;
        request.url = server.url("/v2/a/blobs/sha256:x");
        request.sink = &sink;
        const BlobConnection::Response response = BlobConnection::send(request);
        QVERIFY(response.sinkError.has_value());
        QCOMPARE(response.sinkError->code, QStringLiteral("test.sink"));
        QVERIFY(sink.bytes.size() < big.size());
    }

    // A peer that never answers: a cancel ends the wait at once, the idle timeout otherwise.
    void silentPeer_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("cancelled") << true;
        QTest::newRow("timed out") << false;
    }
    void silentPeer()
    {
        QFETCH(bool, cancel);
        ScriptedServer server({});
        BlobConnection::Request request;
        request.url = server.url("/v2/a/blobs/sha256:x");
        request.timeoutMs = cancel ? 60000 : 300;
        if (cancel)
            QTimer::singleShot(200, [token = request.cancel] { token.cancel(); });
        QElapsedTimer clock;
        clock.start();
        const BlobConnection::Response response = BlobConnection::send(request);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.cancelled(), cancel);
        QCOMPARE(response.error, cancel ? QNetworkReply::OperationCanceledError : QNetworkReply::TimeoutError);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        BlobConnection::Request request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v2/").arg(port));
        const BlobConnection::Response response = BlobConnection::send(request);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error, QNetworkReply::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestBlobConnection)
#include "tst_blobconnection.moc"
