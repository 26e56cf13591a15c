// The registry browser against a real docker-registry holding the busybox fixture: catalog ->
// repositories -> tags, every tag listing all of its platforms with digests and sizes, lazy
// listing, delete with confirmation, and errors for an unreachable registry.

#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "ui/inspector/registrysessions.h"
#include "ui/registrybrowser/registrybrowser.h"
#include "ui/registrybrowser/registrybrowsermodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Manifold;
using namespace Manifold::Ui;
using Kind = RegistryBrowserModel::Kind;
using State = RegistryBrowserModel::State;

class tst_RegistryBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tagsListAllTheirPlatforms_data();
    void tagsListAllTheirPlatforms();
    void listingIsLazy();
    void addedRegistriesAreRemembered();
    void inspectEmitsTheReference();
    void deleteAsksThenRemovesEveryTagOfTheManifest();
    void unreachableRegistryExplainsItself();

private:
    QModelIndex openTag(RegistryBrowserModel &model, const QString &tag);

    std::unique_ptr<Test::RegistryProcess> m_registry;
};

void tst_RegistryBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ManifoldTest");
    QCoreApplication::setApplicationName("tst_registrybrowser");
    QSettings().clear();
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    m_registry = std::make_unique<Test::RegistryProcess>();
    const Status started = m_registry->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    const Status pushed = Test::BusyboxImage::pushTo(*m_registry);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
}

void tst_RegistryBrowser::cleanupTestCase()
{
    m_registry.reset();
    QSettings().clear();
}

QModelIndex tst_RegistryBrowser::openTag(RegistryBrowserModel &model, const QString &tag)
{
    const QModelIndex registry = model.addRegistry(m_registry->hostPort());
    if (model.canFetchMore(registry))
        model.fetchMore(registry);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(model.state(registry) == State::Loaded, 30000); }();
    const QModelIndex repository = model.find(registry, "busybox");
    if (!repository.isValid())
        return {};
    if (model.canFetchMore(repository))
        model.fetchMore(repository);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(model.state(repository) == State::Loaded, 30000); }();
    const QModelIndex tagIndex = model.find(repository, tag);
    if (!tagIndex.isValid())
        return {};
    [&] { QTRY_VERIFY_WITH_TIMEOUT(model.state(tagIndex) != State::Loading, 30000); }();
    return tagIndex;
}

void tst_RegistryBrowser::tagsListAllTheirPlatforms_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("platforms");
    QTest::newRow("latest") << "latest"
                            << QStringList{"linux/amd64", "linux/arm64/v8", "linux/arm/v7", "linux/ppc64le", "linux/s390x"};
    QTest::newRow("amd64-only") << "amd64-only" << QStringList{"linux/amd64"};
    QTest::newRow("arm64 single manifest") << "arm64" << QStringList{"linux/arm64/v8"};
    QTest::newRow("s390x single manifest") << "s390x" << QStringList{"linux/s390x"};
}

void tst_RegistryBrowser::tagsListAllTheirPlatforms()
{
    QFETCH(QString, tag);
    QFETCH(QStringList, platforms);
    RegistryBrowserModel model(sharedRegistrySession());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex tagIndex = openTag(model, tag);
    QVERIFY(tagIndex.isValid());
    QCOMPARE(model.state(tagIndex), State::Loaded);
    QCOMPARE(tagIndex.data(RegistryBrowserModel::PlatformListRole).toStringList(), platforms);
    QCOMPARE(tagIndex.siblingAtColumn(RegistryBrowserModel::PlatformsColumn).data().toString(), platforms.join(", "));
    QCOMPARE(tagIndex.data(RegistryBrowserModel::DigestRole).toString(), *Test::BusyboxImage::digestOf(tag));
    QCOMPARE(model.rowCount(tagIndex), platforms.size());
    for (int row = 0; row < model.rowCount(tagIndex); ++row) {
        const QModelIndex platform = model.index(row, 0, tagIndex);
        QCOMPARE(platform.data().toString(), platforms.at(row));
        QVERIFY(platform.data(RegistryBrowserModel::DigestRole).toString().startsWith("sha256:"));
        QVERIFY(!platform.siblingAtColumn(RegistryBrowserModel::SizeColumn).data().toString().isEmpty());
        QVERIFY(platform.data(RegistryBrowserModel::ReferenceRole).toString().contains("/busybox@sha256:"));
    }
    QVERIFY(!tagIndex.siblingAtColumn(RegistryBrowserModel::SizeColumn).data().toString().isEmpty());
    // Per-arch tags point at the same manifests as the index entries.
    if (platforms.size() == 1 && tag != "amd64-only")
        QCOMPARE(model.index(0, 0, tagIndex).data(RegistryBrowserModel::DigestRole).toString(), *Test::BusyboxImage::digestOf(tag));
}

void tst_RegistryBrowser::listingIsLazy()
{
    // No QAbstractItemModelTester here: it fetches every parent, and this test checks that
    // nothing is listed before the view expands a row.
    RegistryBrowserModel model(sharedRegistrySession());
    const QModelIndex registry = model.addRegistry(m_registry->hostPort());
    QCOMPARE(model.rowCount(registry), 0);
    QVERIFY(model.hasChildren(registry));
    QVERIFY(model.canFetchMore(registry));
    QCOMPARE(model.pendingJobs(), 0); // nothing requested before the expansion
    QTreeView view;
    view.setModel(&model);
    view.show(); // a hidden tree view does not fetch on expand
    view.expand(registry);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(registry), State::Loaded, 30000);
    QVERIFY(model.find(registry, "busybox").isValid());
    QVERIFY(!model.canFetchMore(registry));
    const QModelIndex repository = model.find(registry, "busybox");
    QCOMPARE(model.rowCount(repository), 0); // tags wait for their own expansion
    QVERIFY(model.canFetchMore(repository));
}

void tst_RegistryBrowser::addedRegistriesAreRemembered()
{
    QSettings().clear();
    {
        RegistryBrowser browser(sharedRegistrySession(), nullptr);
        auto edit = browser.findChild<QLineEdit *>("registryAddEdit");
        QTest::keyClicks(edit, "http://" + m_registry->hostPort() + "/v2/");
        QTest::mouseClick(browser.findChild<QPushButton *>("registryAddButton"), Qt::LeftButton);
        QCOMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.model()->index(0, 0).data().toString(), m_registry->hostPort());
    }
    QCOMPARE(QSettings().value(RegistryBrowser::settingsKey()).toStringList(), QStringList{m_registry->hostPort()});
    RegistryBrowser reopened(sharedRegistrySession(), nullptr);
    QCOMPARE(reopened.model()->rowCount(), 1);
    reopened.view()->setCurrentIndex(reopened.model()->index(0, 0));
    QTest::mouseClick(reopened.findChild<QPushButton *>("registryRemoveButton"), Qt::LeftButton);
    QCOMPARE(reopened.model()->rowCount(), 0);
    QVERIFY(QSettings().value(RegistryBrowser::settingsKey()).toStringList().isEmpty());
}

void tst_RegistryBrowser::inspectEmitsTheReference()
{
    QSettings().clear();
    RegistryBrowser browser(sharedRegistrySession(), nullptr);
    browser.addRegistry(m_registry->hostPort());
    const QModelIndex tag = openTag(*browser.model(), "latest");
    QVERIFY(tag.isValid());
    QSignalSpy inspect(&browser, &RegistryBrowser::inspectRequested);
    browser.view()->setCurrentIndex(tag);
    auto button = browser.findChild<QPushButton *>("registryInspectButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(inspect.size(), 1);
    QCOMPARE(inspect.first().first().toString(), m_registry->hostPort() + "/busybox:latest");
}

void tst_RegistryBrowser::deleteAsksThenRemovesEveryTagOfTheManifest()
{
    QSettings().clear();
    // A repository of its own, so other tests keep their tags.
    const Status pushed = Test::BusyboxImage::pushTo(*m_registry, "deleteme");
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    RegistryBrowser browser(sharedRegistrySession(), nullptr);
    RegistryBrowserModel *model = browser.model();
    const QModelIndex registry = model->addRegistry(m_registry->hostPort());
    model->fetchMore(registry);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(registry), State::Loaded, 30000);
    const QModelIndex repository = model->find(registry, "deleteme");
    QVERIFY(repository.isValid());
    model->fetchMore(repository);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(repository), State::Loaded, 30000);
    QModelIndex tag = model->find(repository, "amd64");
    QTRY_COMPARE_WITH_TIMEOUT(model->state(tag), State::Loaded, 30000);
    const int tagsBefore = model->rowCount(repository);
    browser.view()->setCurrentIndex(tag);

    // Cancel in the confirmation: nothing is deleted.
    QTimer::singleShot(0, this, [] {
        auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QString("registryDeleteConfirmation"));
        QVERIFY(box->informativeText().contains("every tag"));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(browser.findChild<QPushButton *>("registryDeleteTagButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(repository), tagsBefore);

    // Confirm: the manifest goes away at the registry and in the model.
    QSignalSpy deleted(model, &RegistryBrowserModel::tagDeleted);
    QTimer::singleShot(0, this, [] {
        auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->findChild<QPushButton *>("registryDeleteConfirmButton")->click();
    });
    QTest::mouseClick(browser.findChild<QPushButton *>("registryDeleteTagButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 30000);
    QVERIFY(!model->find(repository, "amd64").isValid());
    QCOMPARE(model->rowCount(repository), tagsBefore - 1);
    // The registry agrees: listing again no longer shows the tag.
    model->reload(repository);
    model->fetchMore(repository);
    QTRY_COMPARE_WITH_TIMEOUT(model->state(repository), State::Loaded, 30000);
    QVERIFY(!model->find(repository, "amd64").isValid());
    QVERIFY(model->find(repository, "latest").isValid());
}

void tst_RegistryBrowser::unreachableRegistryExplainsItself()
{
    RegistryBrowserModel model(sharedRegistrySession());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A port nothing listens on (the registry fixture's, after a stop, is not reusable here).
    const QModelIndex registry = model.addRegistry("127.0.0.1:1");
    QSignalSpy failed(&model, &RegistryBrowserModel::operationFailed);
    model.fetchMore(registry);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(registry), State::Failed, 60000);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!model.errorText(registry).isEmpty());
    QVERIFY(model.errorText(registry).contains("127.0.0.1:1"));
    QVERIFY(!model.hasChildren(registry));
}

QTEST_MAIN(tst_RegistryBrowser)
#include "tst_registrybrowser.moc"
