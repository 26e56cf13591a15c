// TLS exceptions are never silent in the studio. From the environment the shared registry
// session reads (MANIFOLD_INSECURE_REGISTRIES, MANIFOLD_PLAIN_HTTP_CREDENTIALS): the model lists
// each host with its source and the main window's status bar shows a standing warning (hidden
// when there is none). Real docker-registry processes, one on loopback plain HTTP and one
// serving HTTPS with a self-signed certificate and listed in MANIFOLD_INSECURE_REGISTRIES: the
// inspector and the registry browser say how they reach each; an OCI layout gets no notice.

#include "core/registry/registrysession.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "ui/inspector/manifestinspector.h"
#include "ui/inspector/registrysessions.h"
#include "ui/inspector/tlsexceptionsmodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/tlsexceptionsindicator.h"
#include "ui/registrybrowser/registrybrowsermodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Manifold;
using namespace Manifold::Ui;

namespace {

// Sets (or, empty, removes) an environment variable for one scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QString &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value.toUtf8());
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class tst_TlsExceptionsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void environmentIsListed_data();
    void environmentIsListed();
    void transportNotice_data();
    void transportNotice();
    void viewsNameTheTransport_data();
    void viewsNameTheTransport();
    void cleanupTestCase();

private:
    std::unique_ptr<Test::RegistryProcess> m_registry;
    std::unique_ptr<Test::RegistryProcess> m_tlsRegistry; // self-signed, marked insecure
    QTemporaryDir m_dir;
};

void tst_TlsExceptionsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ManifoldTest");
    QCoreApplication::setApplicationName("tst_tlsexceptionsmodel");
    QSettings().clear();
    // The self-signed registry is marked insecure before the shared session reads the
    // environment (as a user's shell would), so the inspector reaches it with TLS unverified.
    if (!Test::RegistryProcess::isAvailable() || QStandardPaths::findExecutable("openssl").isEmpty()
        || !Test::BusyboxImage::isAvailable())
        return;
    QByteArray output;
    QCOMPARE(Test::runProgram("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                                          "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", m_dir.filePath("server.key"),
                                          "-out", m_dir.filePath("server.pem")},
                             &output),
             0);
    Test::RegistryOptions options;
    options.tlsCertificate = m_dir.filePath("server.pem");
    options.tlsKey = m_dir.filePath("server.key");
    m_tlsRegistry = std::make_unique<Test::RegistryProcess>(options);
    const Status started = m_tlsRegistry->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    const Status pushed = Test::BusyboxImage::pushTo(*m_tlsRegistry);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    qputenv("MANIFOLD_INSECURE_REGISTRIES", m_tlsRegistry->hostPort().toUtf8());
    (void)sharedRegistrySession();
}

void tst_TlsExceptionsModel::environmentIsListed_data()
{
    QTest::addColumn<QString>("insecure");    // MANIFOLD_INSECURE_REGISTRIES
    QTest::addColumn<QString>("credentials"); // MANIFOLD_PLAIN_HTTP_CREDENTIALS
    QTest::addColumn<QStringList>("expected"); // "host|variable", in order
    QTest::newRow("no exception") << QString() << QString() << QStringList();
    QTest::newRow("blank variable") << QStringLiteral(" , ") << QString() << QStringList();
    QTest::newRow("one host") << QStringLiteral("registry.lan:5000") << QString()
                              << QStringList{"registry.lan:5000|MANIFOLD_INSECURE_REGISTRIES"};
    QTest::newRow("two hosts, spaces, a duplicate")
        << QStringLiteral("registry.lan:5000, 10.0.0.7:443,registry.lan:5000") << QString()
        << QStringList{"registry.lan:5000|MANIFOLD_INSECURE_REGISTRIES", "10.0.0.7:443|MANIFOLD_INSECURE_REGISTRIES"};
    QTest::newRow("credentials over plain HTTP") << QString() << QStringLiteral("build.lan:5000")
                                                 << QStringList{"build.lan:5000|MANIFOLD_PLAIN_HTTP_CREDENTIALS"};
    QTest::newRow("both variables") << QStringLiteral("a.lan:5000") << QStringLiteral("a.lan:5000")
                                    << QStringList{"a.lan:5000|MANIFOLD_INSECURE_REGISTRIES",
                                                   "a.lan:5000|MANIFOLD_PLAIN_HTTP_CREDENTIALS"};
}

void tst_TlsExceptionsModel::environmentIsListed()
{
    QFETCH(QString, insecure);
    QFETCH(QString, credentials);
    QFETCH(QStringList, expected);
    const ScopedEnvironment insecureVariable("MANIFOLD_INSECURE_REGISTRIES", insecure);
    const ScopedEnvironment credentialsVariable("MANIFOLD_PLAIN_HTTP_CREDENTIALS", credentials);

    TlsExceptionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        listed.append(index.data(TlsExceptionsModel::HostRole).toString() + QLatin1Char('|')
                      + index.data(TlsExceptionsModel::SourceRole).toString());
        // What people read names the host and where the exception comes from.
        const QString text = index.data().toString();
        QVERIFY2(text.contains(index.data(TlsExceptionsModel::HostRole).toString())
                     && text.contains(index.data(TlsExceptionsModel::SourceRole).toString()),
                 qPrintable(text));
    }
    QCOMPARE(listed, expected);

    // The main window: a standing warning in the status bar exactly when there is an exception.
    MainWindow window;
    auto indicator = window.findChild<TlsExceptionsIndicator *>(QStringLiteral("tlsExceptionsIndicator"));
    QVERIFY(indicator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(indicator->isVisible(), !expected.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY(indicator->toolTip().isEmpty());
        return;
    }
    QVERIFY(!indicator->findChild<QLabel *>(QStringLiteral("tlsExceptionsIcon"))->pixmap().isNull());
    for (const QString &entry : std::as_const(expected)) {
        const QString host = entry.section(QLatin1Char('|'), 0, 0);
        const QString variable = entry.section(QLatin1Char('|'), 1);
        QVERIFY2(indicator->text().contains(host), qPrintable(indicator->text()));
        QVERIFY2(indicator->toolTip().contains(host) && indicator->toolTip().contains(variable), qPrintable(indicator->toolTip()));
    }
}

void tst_TlsExceptionsModel::transportNotice_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("insecure"); // RegistryConfig::insecureRegistries
    QTest::addColumn<QString>("expected"); // a part of the notice; empty: no notice
    QTest::newRow("https, default trust") << "ghcr.io" << "https" << QString() << QString();
    QTest::newRow("not contacted yet") << "ghcr.io" << QString() << QString() << QString();
    QTest::newRow("loopback over http") << "127.0.0.1:5000" << "http" << QString() << "plain HTTP, loopback";
    QTest::newRow("insecure over http") << "registry.lan:5000" << "http" << "registry.lan:5000" << "insecure (plain HTTP)";
    QTest::newRow("insecure over https") << "registry.lan:5000" << "https" << "registry.lan:5000" << "TLS not verified";
    QTest::newRow("insecure, not contacted yet") << "registry.lan:5000" << QString() << "registry.lan:5000" << "TLS not verified";
    QTest::newRow("another host insecure") << "ghcr.io" << "https" << "registry.lan:5000" << QString();
}

void tst_TlsExceptionsModel::transportNotice()
{
    QFETCH(QString, host);
    QFETCH(QString, scheme);
    QFETCH(QString, insecure);
    QFETCH(QString, expected);
    Registry::RegistryConfig config;
    if (!insecure.isEmpty())
        config.insecureRegistries.append(insecure);
    const QString notice = TlsExceptionsModel::transportNotice(config, host, scheme);
    if (expected.isEmpty())
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
    else
        QVERIFY2(notice.contains(expected), qPrintable(notice));
}

void tst_TlsExceptionsModel::viewsNameTheTransport_data()
{
    QTest::addColumn<QString>("source");   // "loopback", "insecure-https" or "layout"
    QTest::addColumn<QString>("expected"); // part of the notice; empty: none
    QTest::newRow("loopback plain-HTTP registry") << "loopback" << "insecure (plain HTTP, loopback)";
    QTest::newRow("self-signed HTTPS registry marked insecure") << "insecure-https" << "TLS not verified";
    QTest::newRow("OCI layout") << "layout" << QString();
}

void tst_TlsExceptionsModel::viewsNameTheTransport()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    if (source == "insecure-https")
        MANIFOLD_REQUIRE(m_tlsRegistry != nullptr, QStringLiteral("openssl CLI"));
    if (!m_registry) {
        m_registry = std::make_unique<Test::RegistryProcess>();
        const Status started = m_registry->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const Status pushed = Test::BusyboxImage::pushTo(*m_registry);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    }
    const QString host = source == "insecure-https" ? m_tlsRegistry->hostPort() : m_registry->hostPort();

    ManifestInspector inspector;
    inspector.show();
    QSignalSpy opened(&inspector, &ManifestInspector::opened);
    QSignalSpy failed(&inspector, &ManifestInspector::openFailed);
    inspector.openReference(source == "layout" ? Test::BusyboxImage::layoutDir() + QStringLiteral(":latest")
                                               : host + QStringLiteral("/busybox:latest"));
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() + failed.size() > 0, 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    auto label = inspector.findChild<QLabel *>(QStringLiteral("inspectorTransport"));
    QVERIFY(label);
    if (expected.isEmpty()) {
        QVERIFY2(inspector.transportNotice().isEmpty(), qPrintable(inspector.transportNotice()));
        QVERIFY(!label->isVisible());
        return;
    }
    QVERIFY2(inspector.transportNotice().contains(host) && inspector.transportNotice().contains(expected),
             qPrintable(inspector.transportNotice()));
    QVERIFY(label->isVisible());

    // The registry browser says the same on the registry's row once it has listed it.
    RegistryBrowserModel browser(std::make_shared<Registry::RegistrySession>(Registry::RegistryConfig::fromEnvironment()));
    const QModelIndex row = browser.addRegistry(host);
    QSignalSpy loaded(&browser, &RegistryBrowserModel::childrenLoaded);
    browser.fetchMore(row);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > 0 || browser.state(row) == RegistryBrowserModel::State::Failed, 30000);
    QCOMPARE(browser.state(row), RegistryBrowserModel::State::Loaded);
    const QString detail = row.siblingAtColumn(RegistryBrowserModel::DetailColumn).data().toString();
    QVERIFY2(detail.contains(expected), qPrintable(detail));
}

void tst_TlsExceptionsModel::cleanupTestCase()
{
    m_registry.reset();
    m_tlsRegistry.reset();
    // The registry client keeps one network manager per worker thread and frees it when the
    // thread ends: end the workers now, while that per-thread storage still exists.
    sharedRegistrySession()->pool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(tst_TlsExceptionsModel)
#include "tst_tlsexceptionsmodel.moc"
