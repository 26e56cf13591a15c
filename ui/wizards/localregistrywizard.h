#pragma once

#include "core/localregistry/localregistrypaths.h"
#include "core/localregistry/registrydetector.h"
#include "core/localregistry/registrytypes.h"
#include "core/localregistry/runtimedetector.h"
#include "core/oci/canceltoken.h"
#include "core/utils/result.h"

#include <QFuture>
#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;

namespace Manifold::Ui {

class WizardPage;

// Local Registry Setup: registries already answering here -> runtime (distribution binary,
// Docker or Podman) -> port -> storage -> auth and TLS -> start -> verify (index support,
// deletes) -> engine trust (the exact files, applied or as a script) -> optional base-image
// mirroring as one index and/or per-arch tags. Every probe and start runs off the UI thread.
class LocalRegistryWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DetectPageId, RuntimePageId, PortPageId, StoragePageId, SecurityPageId, StartPageId, VerifyPageId,
                  TrustPageId, MirrorPageId };

    explicit LocalRegistryWizard(QWidget *parent = nullptr);
    LocalRegistryWizard(LocalRegistry::LocalRegistryPaths paths, QWidget *parent);
    ~LocalRegistryWizard() override;

    // Ports the detection page probes (default: 5000-5002 and the managed registry's).
    void setDetectPorts(const QList<quint16> &ports);
    // Root under which engine trust files are written ("/" normally; tests use a temporary one).
    void setTrustRoot(const QString &root);

    LocalRegistry::RegistryOptions options() const;
    const std::optional<LocalRegistry::RegistryStatus> &started() const { return m_started; }
    bool isStarting() const { return m_starting; }
    QString startError() const { return m_startError; }
    const std::optional<LocalRegistry::DetectedRegistry> &verification() const { return m_verified; }
    bool isDetecting() const { return m_detecting; }
    bool isMirrorFinished() const { return m_mirrorFinished; }
    QString mirrorSummary() const;

    int nextId() const override;
    void initializePage(int id) override;
    // Cancel (and closing the window) while the registry starts cancels the start; the wizard
    // closes once the manager has stopped what it spawned and removed what it wrote.
    void reject() override;

signals:
    void detectionFinished();
    void registryStarted(bool ok);
    void verificationFinished(bool ok);
    void trustApplied(bool ok);
    void mirrorFinished(bool ok);

private:
    QWizardPage *createDetectPage();
    QWizardPage *createRuntimePage();
    QWizardPage *createPortPage();
    QWizardPage *createStoragePage();
    QWizardPage *createSecurityPage();
    QWizardPage *createStartPage();
    QWizardPage *createVerifyPage();
    QWizardPage *createTrustPage();
    QWizardPage *createMirrorPage();
    void detect();
    void detectRuntimes();
    void updatePortStatus();
    void start();
    void cancelStart();
    void verify();
    void updateTrustPlan();
    void applyTrust();
    void startMirror();
    void refresh(int id);

    LocalRegistry::LocalRegistryPaths m_paths;
    QList<quint16> m_detectPorts = {5000, 5001, 5002};
    QString m_trustRoot = QStringLiteral("/");

    QStandardItemModel *m_detected;
    QListView *m_detectedView = nullptr;
    QLabel *m_detectStatus = nullptr;
    QComboBox *m_runtime = nullptr;
    QLabel *m_runtimeStatus = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_portStatus = nullptr;
    QLineEdit *m_storage = nullptr;
    QCheckBox *m_deleteEnabled = nullptr;
    QCheckBox *m_auth = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_tls = nullptr;
    QPlainTextEdit *m_startLog = nullptr;
    QLabel *m_verifyStatus = nullptr;
    QComboBox *m_trustEngine = nullptr;
    QPlainTextEdit *m_trustPlan = nullptr;
    QLabel *m_trustStatus = nullptr;
    QLineEdit *m_mirrorSource = nullptr;
    QLineEdit *m_mirrorRepository = nullptr;
    QLineEdit *m_mirrorTag = nullptr;
    QCheckBox *m_mirrorIndex = nullptr;
    QCheckBox *m_mirrorPerArch = nullptr;
    QLabel *m_mirrorStatus = nullptr;

    bool m_detecting = false;
    bool m_runtimesReady = false;
    QList<LocalRegistry::RuntimeInfo> m_runtimes;
    bool m_starting = false;
    bool m_closeAfterStart = false;
    bool m_discarding = false;
    Oci::CancelToken m_startCancel;
    QFuture<Result<LocalRegistry::RegistryStatus>> m_startFuture;
    QFuture<Status> m_discardFuture;
    std::optional<LocalRegistry::RegistryStatus> m_started;
    QString m_startError;
    bool m_verifying = false;
    std::optional<LocalRegistry::DetectedRegistry> m_verified;
    bool m_mirroring = false;
    bool m_mirrorFinished = false;
    QString m_mirrorSummary;
};

// Opens the Local Registry Setup wizard (modeless) for the main window's Tools menu.
LocalRegistryWizard *showLocalRegistryWizard(QWidget *parent);

} // namespace Manifold::Ui
