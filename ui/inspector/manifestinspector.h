#pragma once

#include "core/oci/imageverifier.h"
#include "ui/inspector/imagesourceopener.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QCheckBox;
class QTabWidget;
class QTreeView;

namespace Manifold::Ui {

class ConfigModel;
class FindingsModel;
class ImageTreeModel;
class JsonHighlighter;

// Inspects one image: a registry reference, an OCI layout folder or an image archive (typed,
// chosen or dropped). Shows the index -> platform manifests -> config and layers tree with
// attestations explained, the exact JSON bytes of the selected document, its config, the files
// of a layer with each binary's architecture, the `verify` findings with their evidence, and
// which entry this host would run and how.
class ManifestInspector : public QWidget
{
    Q_OBJECT
public:
    explicit ManifestInspector(QWidget *parent = nullptr);
    ~ManifestInspector() override;

    // Opens asynchronously; opened() or openFailed() follows.
    void openReference(const QString &refOrPath);
    // Explains runtime selection for another machine instead of this one (tests, "what would
    // an arm64 Mac run?").
    void setHostDescription(const Oci::HostDescription &host);
    void cancel();

    QString currentReference() const { return m_currentReference; }
    bool isBusy() const;
    ImageTreeModel *treeModel() const { return m_model; }
    FindingsModel *findingsModel() const { return m_findings; }
    ConfigModel *configModel() const { return m_config; }
    QTreeView *treeView() const { return m_tree; }
    // The text of the host line ("This host … runs …") and of the missing-platform warning.
    QString hostLine() const;
    QString platformWarning() const;
    // How the registry of the opened image was reached, when TLS is not verified as by default
    // ("Registry 127.0.0.1:5000: insecure (plain HTTP, loopback)"); empty otherwise.
    QString transportNotice() const;

signals:
    void opened(const QString &title);
    void openFailed(const QString &errorText);
    void busyChanged(bool busy);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void showSelection();
    void updateReport();
    void setError(const QString &text);
    void setBusy(bool busy);

    ImageTreeModel *m_model;
    FindingsModel *m_findings;
    ConfigModel *m_config;
    QLineEdit *m_location;
    QPushButton *m_openButton;
    QPushButton *m_browseButton;
    QPushButton *m_cancelButton;
    QLabel *m_title;
    QLabel *m_hostLine;
    QLabel *m_warning;
    QLabel *m_transport;
    QLabel *m_error;
    QLabel *m_nodeNote;
    QProgressBar *m_progress;
    QTreeView *m_tree;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_rawJson;
    QCheckBox *m_prettyJson;
    JsonHighlighter *m_highlighter;
    QTreeView *m_configView;
    QTreeView *m_findingsView;
    QFutureWatcher<Result<OpenedImageSource>> m_openWatcher;
    Oci::CancelToken m_openCancel;
    QString m_currentReference;
    QString m_pendingTitle;
};

} // namespace Manifold::Ui
