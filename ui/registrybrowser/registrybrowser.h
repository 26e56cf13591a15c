#pragma once

#include "core/registry/registrysession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Manifold::Ui {

class RegistryBrowserModel;

// Browses registries: those the user added (kept in QSettings) and those detected on this
// machine's loopback ports. Catalog -> repositories -> tags, where each tag lists all its
// platforms with digests and sizes. Inspect opens the selection in the Manifest Inspector
// (inspectRequested); Delete removes a tag's manifest after a confirmation that names every
// tag going with it.
class RegistryBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit RegistryBrowser(QWidget *parent = nullptr);
    RegistryBrowser(std::shared_ptr<Registry::RegistrySession> session, QWidget *parent);

    RegistryBrowserModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Adds a registry and remembers it; the text is "host[:port]" (a scheme or path is dropped).
    void addRegistry(const QString &hostPort);
    // Probes the usual loopback ports (5000-5002 and the managed registry's) in the background.
    void detectLocalRegistries();
    // Asks for confirmation (unless `confirmed`), then deletes the current tag.
    void deleteCurrentTag(bool confirmed = false);

    // QSettings key of the added registries.
    static QString settingsKey();

signals:
    // A tag or platform row to open in the inspector ("127.0.0.1:5000/busybox:latest").
    void inspectRequested(const QString &reference);

private:
    void updateActions();
    void showError(const QString &text);
    void saveRegistries();

    RegistryBrowserModel *m_model;
    QLineEdit *m_addEdit;
    QPushButton *m_addButton;
    QPushButton *m_detectButton;
    QPushButton *m_refreshButton;
    QPushButton *m_inspectButton;
    QPushButton *m_deleteButton;
    QPushButton *m_removeButton;
    QTreeView *m_view;
    QLabel *m_status;
};

} // namespace Manifold::Ui
