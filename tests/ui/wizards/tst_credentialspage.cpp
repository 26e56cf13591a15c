// The Push wizard's credentials page with the real Secret Service (gnome-keyring under
// scripts/with-keyring.sh) and a real registry that requires an htpasswd login: a new login
// entered in the wizard is stored in the keychain, and a later run with a fresh session finds
// it there and pushes with it.

#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/wizards/wizarddriver.h"
#include "ui/wizards/pushwizard.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;
using namespace Manifold::Test::WizardDriver;

class tst_CredentialsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void newLoginIsStoredThenReused();

private:
    // Drives one push of the busybox layout to `repository`; on the credentials page either
    // types a new login (remembered in the keychain) or keeps "stored credentials".
    void push(const QString &repository, bool newLogin, bool *ok);

    std::unique_ptr<Test::RegistryProcess> m_registry;
    const QString m_user = QStringLiteral("pushuser");
    const QString m_password = QStringLiteral("s3cret-for-keychain");
};

void tst_CredentialsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ManifoldTest");
    QCoreApplication::setApplicationName("tst_credentialspage");
    QSettings().clear();
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    Test::RegistryOptions options;
    options.auth = Test::RegistryOptions::Auth::Htpasswd;
    options.username = m_user;
    options.password = m_password;
    m_registry = std::make_unique<Test::RegistryProcess>(options);
    const Status started = m_registry->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

    // A keychain to talk to: store and erase a probe entry.
    Registry::KeychainCredentials keychain;
    const Status probe = keychain.store(m_registry->hostPort() + QStringLiteral("-probe"), {QStringLiteral("u"), QStringLiteral("p")});
    MANIFOLD_REQUIRE(probe.ok(), QStringLiteral("a Secret Service on the session bus (run under scripts/with-keyring.sh): ")
                                     + (probe.ok() ? QString() : probe.error().toString()));
    QVERIFY(keychain.erase(m_registry->hostPort() + QStringLiteral("-probe")).ok());
    const Status cleared = keychain.erase(m_registry->hostPort()); // nothing left from an earlier run
    Q_UNUSED(cleared) // missing is fine
}

void tst_CredentialsPage::cleanupTestCase()
{
    if (m_registry)
        QVERIFY(Registry::KeychainCredentials().erase(m_registry->hostPort()).ok());
}

void tst_CredentialsPage::push(const QString &repository, bool newLogin, bool *ok)
{
    *ok = false;
    // A fresh session each run: nothing the first run logged in with can carry over.
    PushWizard wizard(std::make_shared<Registry::RegistrySession>(), nullptr);
    wizard.setSource(PushWizard::SourceKind::Local, Test::BusyboxImage::layoutDir() + QStringLiteral(":latest"));
    wizard.show();
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::DestinationPageId));
    typeInto(&wizard, "pushRegistryEdit", m_registry->hostPort());
    typeInto(&wizard, "pushRepositoryEdit", repository);
    typeInto(&wizard, "pushTagsEdit", QStringLiteral("latest"));
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::CredentialsPageId));

    auto stored = wizard.findChild<QRadioButton *>(QStringLiteral("pushCredentialsStored"));
    QVERIFY(stored);
    QVERIFY2(stored->isChecked(), "stored credentials are what the page offers first");
    if (newLogin) {
        QTest::mouseClick(wizard.findChild<QRadioButton *>(QStringLiteral("pushCredentialsNew")), Qt::LeftButton);
        typeInto(&wizard, "pushUsernameEdit", m_user);
        typeInto(&wizard, "pushPasswordEdit", m_password);
        auto remember = wizard.findChild<QCheckBox *>(QStringLiteral("pushStoreInKeychainCheck"));
        QVERIFY(remember && remember->isEnabled() && remember->isChecked());
    }
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isReviewReady(), 60000);
    clickNext(wizard); // "Push"
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isPushFinished(), 120000);
    QVERIFY2(wizard.result()->ok(), qPrintable(wizard.result()->ok() ? QString() : wizard.result()->error().toString()));
    *ok = true;
}

void tst_CredentialsPage::newLoginIsStoredThenReused()
{
    Registry::KeychainCredentials keychain;
    Result<std::optional<Registry::Credential>> before = keychain.lookup(m_registry->hostPort());
    QVERIFY(before.ok() && !before->has_value());

    bool ok = false;
    push(QStringLiteral("team/first"), true, &ok);
    QVERIFY(ok);

    // In the Secret Service now, read back through a separate lookup.
    Result<std::optional<Registry::Credential>> after = keychain.lookup(m_registry->hostPort());
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().toString()));
    QVERIFY(after->has_value());
    QCOMPARE((*after)->username, m_user);
    QCOMPARE((*after)->secret, m_password);

    // Second run: no typing, the stored login is used against the protected registry.
    push(QStringLiteral("team/second"), false, &ok);
    QVERIFY(ok);
    Registry::RegistryConfig config = Registry::RegistryConfig::fromEnvironment();
    config.credentials = std::make_shared<Registry::StaticCredentials>(m_registry->hostPort(), Registry::Credential{m_user, m_password});
    Registry::RegistryClient client(std::make_shared<Registry::RegistrySession>(config), m_registry->hostPort());
    Result<QStringList> tags = client.listTags(QStringLiteral("team/second"));
    QVERIFY2(tags.ok(), qPrintable(tags.ok() ? QString() : tags.error().toString()));
    QVERIFY(tags->contains(QStringLiteral("latest")));
}

QTEST_MAIN(tst_CredentialsPage)
#include "tst_credentialspage.moc"
