#pragma once

#include "core/registry/imagecopier.h"
#include "core/registry/registrysession.h"
#include "ui/inspector/imagesourceopener.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStandardItemModel;

namespace Manifold::Ui {

// Copies an image between registries (or from a layout/archive into a registry): all platforms
// or a chosen subset, with or without their attestations, optionally with per-arch tags.
// Copying a subset writes a new index (its digest differs from the source's); the dialog says so.
class MirrorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MirrorDialog(QWidget *parent = nullptr);
    MirrorDialog(std::shared_ptr<Registry::RegistrySession> session, QWidget *parent);
    ~MirrorDialog() override;

    void setSource(const QString &reference);
    void setDestination(const QString &reference);
    // Reads the source's index and lists its platforms (all checked).
    void loadPlatforms();
    void startCopy();
    void cancel();

    QStringList availablePlatforms() const;
    // Checks exactly `platforms` (display strings as listed).
    void setSelectedPlatforms(const QStringList &platforms);
    QStringList selectedPlatforms() const;
    bool isBusy() const;
    const std::optional<Result<Registry::CopyResult>> &result() const { return m_result; }

signals:
    void platformsLoaded(bool ok);
    void copyFinished(bool ok);

private:
    void setBusy(bool busy);
    void updateButtons();

    std::shared_ptr<Registry::RegistrySession> m_session;
    QLineEdit *m_source;
    QPushButton *m_load;
    QListView *m_platformView;
    QStandardItemModel *m_platforms;
    QCheckBox *m_attestations;
    QCheckBox *m_perArch;
    QLineEdit *m_destination;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QPushButton *m_close;
    std::optional<OpenedImageSource> m_opened;
    int m_attestationCount = 0;
    bool m_loading = false;
    Oci::CancelToken m_loadCancel;
    Registry::CopyJob *m_job = nullptr;
    std::optional<Result<Registry::CopyResult>> m_result;
};

// Opens the Mirror dialog (modeless) for the main window's Image menu.
MirrorDialog *showMirrorDialog(QWidget *parent, const QString &sourceReference = {});

} // namespace Manifold::Ui
