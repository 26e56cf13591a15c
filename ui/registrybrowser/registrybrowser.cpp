#include "ui/registrybrowser/registrybrowser.h"

#include "core/localregistry/registrydetector.h"
#include "ui/inspector/registrysessions.h"
#include "ui/registrybrowser/registrybrowsermodel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Manifold::Ui {

using Kind = RegistryBrowserModel::Kind;

RegistryBrowser::RegistryBrowser(QWidget *parent)
    : RegistryBrowser(sharedRegistrySession(), parent)
{
}

RegistryBrowser::RegistryBrowser(std::shared_ptr<Registry::RegistrySession> session, QWidget *parent)
    : QWidget(parent)
    , m_model(new RegistryBrowserModel(std::move(session), this))
    , m_addEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_detectButton(new QPushButton(tr("Detect Local"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_inspectButton(new QPushButton(tr("Inspect"), this))
    , m_deleteButton(new QPushButton(tr("Delete Tag…"), this))
    , m_removeButton(new QPushButton(tr("Remove Registry"), this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("registryBrowser"));
    m_addEdit->setObjectName(QStringLiteral("registryAddEdit"));
    m_addEdit->setPlaceholderText(tr("Registry host[:port], e.g. 127.0.0.1:5000 or ghcr.io"));
    m_addButton->setObjectName(QStringLiteral("registryAddButton"));
    m_detectButton->setObjectName(QStringLiteral("registryDetectButton"));
    m_refreshButton->setObjectName(QStringLiteral("registryRefreshButton"));
    m_inspectButton->setObjectName(QStringLiteral("registryInspectButton"));
    m_deleteButton->setObjectName(QStringLiteral("registryDeleteTagButton"));
    m_removeButton->setObjectName(QStringLiteral("registryRemoveButton"));
    m_status->setObjectName(QStringLiteral("registryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("registryTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(RegistryBrowserModel::NameColumn, 200);
    m_view->setColumnWidth(RegistryBrowserModel::PlatformsColumn, 320);
    m_view->header()->setStretchLastSection(true);

    auto addRow = new QHBoxLayout;
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_detectButton);
    auto actions = new QHBoxLayout;
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_inspectButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch(1);
    actions->addWidget(m_removeButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRegistry(m_addEdit->text()); });
    connect(m_addEdit, &QLineEdit::returnPressed, this, [this] { addRegistry(m_addEdit->text()); });
    connect(m_detectButton, &QPushButton::clicked, this, &RegistryBrowser::detectLocalRegistries);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] { m_model->reload(m_view->currentIndex().siblingAtColumn(0)); });
    connect(m_inspectButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
        if (current.isValid() && (m_model->kind(current) == Kind::Tag || m_model->kind(current) == Kind::Platform))
            emit inspectRequested(m_model->reference(current));
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex row = index.siblingAtColumn(0);
        if (m_model->kind(row) == Kind::Tag || m_model->kind(row) == Kind::Platform)
            emit inspectRequested(m_model->reference(row));
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrentTag(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
        if (current.isValid() && m_model->kind(current) == Kind::Registry) {
            m_model->removeRegistry(current);
            saveRegistries();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RegistryBrowser::updateActions);
    connect(m_model, &RegistryBrowserModel::dataChanged, this, &RegistryBrowser::updateActions);
    connect(m_model, &RegistryBrowserModel::operationFailed, this, [this](const QModelIndex &, const QString &text) { showError(text); });
    connect(m_model, &RegistryBrowserModel::tagDeleted, this, [this](const QString &reference) {
        m_status->setStyleSheet({});
        m_status->setText(tr("Deleted %1.").arg(reference));
    });

    for (const QString &registry : QSettings().value(settingsKey()).toStringList())
        m_model->addRegistry(registry, RegistryBrowserModel::Origin::Added);
    updateActions();
}

QString RegistryBrowser::settingsKey()
{
    return QStringLiteral("registryBrowser/registries");
}

void RegistryBrowser::saveRegistries()
{
    QSettings().setValue(settingsKey(), m_model->registries(RegistryBrowserModel::Origin::Added));
}

void RegistryBrowser::addRegistry(const QString &hostPort)
{
    QString text = hostPort.trimmed();
    if (text.contains(QLatin1String("://")))
        text = QUrl(text).authority();
    text = text.section(QLatin1Char('/'), 0, 0);
    if (text.isEmpty()) {
        showError(tr("Enter a registry host, for example 127.0.0.1:5000 or ghcr.io."));
        return;
    }
    const QModelIndex index = m_model->addRegistry(text, RegistryBrowserModel::Origin::Added);
    saveRegistries();
    m_addEdit->clear();
    m_view->setCurrentIndex(index);
    m_status->clear();
}

void RegistryBrowser::detectLocalRegistries()
{
    m_detectButton->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Looking for registries on this machine…"));
    LocalRegistry::DetectOptions options;
    options.testIndexSupport = false; // browsing must not write test manifests into someone's registry
    auto watcher = new QFutureWatcher<QList<LocalRegistry::DetectedRegistry>>(this);
    connect(watcher, &QFutureWatcher<QList<LocalRegistry::DetectedRegistry>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_detectButton->setEnabled(true);
        int found = 0;
        for (const LocalRegistry::DetectedRegistry &registry : watcher->result()) {
            if (!registry.isRegistry)
                continue;
            ++found;
            m_model->addRegistry(QStringLiteral("127.0.0.1:%1").arg(registry.port), RegistryBrowserModel::Origin::Detected);
        }
        m_status->setText(found ? tr("Found %n local registry(ies).", nullptr, found) : tr("No registry answers on this machine's usual ports."));
    });
    watcher->setFuture(LocalRegistry::RegistryDetector::detectAsync(options));
}

void RegistryBrowser::deleteCurrentTag(bool confirmed)
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    if (!current.isValid() || m_model->kind(current) != Kind::Tag)
        return;
    const QStringList going = m_model->tagsSharingDigest(current);
    if (!confirmed) {
        QMessageBox box(QMessageBox::Warning, tr("Delete Tag"),
                        tr("Delete %1?").arg(m_model->reference(current)), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("registryDeleteConfirmation"));
        box.setInformativeText(tr("Registries delete manifests, not tags: the manifest %1 is removed with every tag that points to it (%2). "
                                  "Blobs are reclaimed only by the registry's garbage collection.")
                                   .arg(current.data(RegistryBrowserModel::DigestRole).toString(), going.join(QStringLiteral(", "))));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("registryDeleteConfirmButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Deleting %1…").arg(m_model->reference(current)));
    m_model->deleteTag(current);
}

void RegistryBrowser::updateActions()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const bool valid = current.isValid();
    const Kind kind = valid ? m_model->kind(current) : Kind::Registry;
    m_inspectButton->setEnabled(valid && (kind == Kind::Tag || kind == Kind::Platform));
    m_deleteButton->setEnabled(valid && kind == Kind::Tag && !current.data(RegistryBrowserModel::DigestRole).toString().isEmpty());
    m_removeButton->setEnabled(valid && kind == Kind::Registry);
    m_refreshButton->setEnabled(valid && kind != Kind::Platform);
}

void RegistryBrowser::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_status->setText(text);
}

} // namespace Manifold::Ui
