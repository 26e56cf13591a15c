#pragma once

#include "core/oci/imagetree.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registrysession.h"
#include "ui/inspector/imagesourceopener.h"

#include <QWizard>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace Manifold::Ui {

class PushPlanModel;
class PushProgressModel;

// Push to Registry: source (the last build's OCI layout, a local layout or archive, or a remote
// image) -> destination registry, repository and tags (optionally per-arch tags) -> credentials
// (keychain / Docker config, or new ones stored in the keychain) -> review (platforms, which
// blobs upload, mount or are skipped, total size) -> progress per blob (a row each: queued,
// uploading, mounted, skipped, done or failed, with bytes) with cancel -> result, verified by
// reading the pushed tag back and checking every platform is there.
class PushWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, DestinationPageId, CredentialsPageId, ReviewPageId, ProgressPageId, ResultPageId };
    enum class SourceKind { LastBuild, Local, Remote };

    explicit PushWizard(QWidget *parent = nullptr);
    PushWizard(std::shared_ptr<Registry::RegistrySession> session, QWidget *parent);
    ~PushWizard() override;

    // The OCI layout of the last build (offered as the first source); empty hides the choice.
    void setLastBuildLayout(const QString &layoutDirectory);
    // Pre-fills the source (a layout, archive or reference) and the destination.
    void setSource(SourceKind kind, const QString &location);
    void setDestination(const QString &registry, const QString &repository, const QString &tags);

    // Filled by the pages, used by the later ones.
    QString sourceLocation() const;
    QString destinationRegistry() const;
    QString destinationRepository() const;
    QStringList destinationTags() const;
    bool perArchTags() const;

    bool isReviewReady() const { return m_reviewReady; }
    bool isPushFinished() const { return m_result.has_value(); }
    const std::optional<Result<Registry::CopyResult>> &result() const { return m_result; }
    // The verification of the pushed tag: empty while running, "ok" text or the problems.
    QString verification() const { return m_verification; }
    bool verified() const { return m_verified; }
    PushPlanModel *planModel() const { return m_plan; }
    // The progress page's per-blob rows (state and bytes of every blob of the running push).
    PushProgressModel *blobProgressModel() const { return m_blobs; }

    int nextId() const override;
    void initializePage(int id) override;
    bool validateCurrentPage() override;

signals:
    void reviewReady(bool ok);
    void pushFinished(bool ok);
    void verificationFinished(bool ok);

private:
    struct Review;
    QWizardPage *createSourcePage();
    QWizardPage *createDestinationPage();
    QWizardPage *createCredentialsPage();
    QWizardPage *createReviewPage();
    QWizardPage *createProgressPage();
    QWizardPage *createResultPage();
    std::shared_ptr<Registry::RegistrySession> destinationSession() const;
    void startReview();
    void startPush();
    void finishPush();
    void startVerification();
    void cancelWork();

    std::shared_ptr<Registry::RegistrySession> m_session;
    QString m_lastBuildLayout;
    PushPlanModel *m_plan;
    PushProgressModel *m_blobs;

    QRadioButton *m_sourceLastBuild = nullptr;
    QRadioButton *m_sourceLocal = nullptr;
    QRadioButton *m_sourceRemote = nullptr;
    QLineEdit *m_localPath = nullptr;
    QLineEdit *m_remoteReference = nullptr;
    QLabel *m_lastBuildLabel = nullptr;
    QComboBox *m_registry = nullptr;
    QLineEdit *m_repository = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_perArch = nullptr;
    QRadioButton *m_credentialsStored = nullptr;
    QRadioButton *m_credentialsNew = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_storeInKeychain = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QTableView *m_reviewTable = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QTableView *m_blobTable = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_cancelPush = nullptr;
    QLabel *m_resultSummary = nullptr;
    QLabel *m_verificationLabel = nullptr;

    bool m_reviewReady = false;
    std::shared_ptr<Review> m_review;
    Oci::CancelToken m_reviewCancel;
    Registry::CopyJob *m_job = nullptr;
    std::optional<Result<Registry::CopyResult>> m_result;
    QString m_verification;
    bool m_verified = false;
};

// Opens the Push to Registry wizard (modeless) for the main window's Image menu.
PushWizard *showPushWizard(QWidget *parent, const QString &lastBuildLayout = {});

} // namespace Manifold::Ui
