#include "ui/inspector/manifestinspector.h"

#include "ui/inspector/configmodel.h"
#include "ui/inspector/findingsmodel.h"
#include "ui/inspector/imagetreemodel.h"
#include "ui/inspector/jsonhighlighter.h"
#include "ui/inspector/tlsexceptionsmodel.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Manifold::Ui {

ManifestInspector::ManifestInspector(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImageTreeModel(this))
    , m_findings(new FindingsModel(this))
    , m_config(new ConfigModel(this))
    , m_location(new QLineEdit(this))
    , m_openButton(new QPushButton(tr("Inspect"), this))
    , m_browseButton(new QPushButton(tr("Open Layout or Archive…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_title(new QLabel(this))
    , m_hostLine(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_transport(new QLabel(this))
    , m_error(new QLabel(this))
    , m_nodeNote(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_rawJson(new QPlainTextEdit(this))
    , m_prettyJson(new QCheckBox(tr("Pretty-print (not the digested bytes)"), this))
    , m_highlighter(new JsonHighlighter(m_rawJson->document()))
    , m_configView(new QTreeView(this))
    , m_findingsView(new QTreeView(this))
{
    setObjectName(QStringLiteral("manifestInspector"));
    setAcceptDrops(true);
    m_location->setObjectName(QStringLiteral("inspectorLocationEdit"));
    m_location->setPlaceholderText(tr("Registry reference (127.0.0.1:5000/app:latest), OCI layout folder or image archive"));
    m_location->setClearButtonEnabled(true);
    m_openButton->setObjectName(QStringLiteral("inspectorOpenButton"));
    m_openButton->setDefault(true);
    m_browseButton->setObjectName(QStringLiteral("inspectorBrowseButton"));
    m_cancelButton->setObjectName(QStringLiteral("inspectorCancelButton"));
    m_cancelButton->setEnabled(false);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostLine->setObjectName(QStringLiteral("inspectorHostLine"));
    m_hostLine->setWordWrap(true);
    m_hostLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setObjectName(QStringLiteral("inspectorPlatformWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; padding: 4px; }"));
    m_warning->hide();
    m_transport->setObjectName(QStringLiteral("inspectorTransport"));
    m_transport->setWordWrap(true);
    m_transport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transport->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; padding: 4px; }"));
    m_transport->hide();
    m_error->setObjectName(QStringLiteral("inspectorError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_error->hide();
    m_nodeNote->setObjectName(QStringLiteral("inspectorNodeNote"));
    m_nodeNote->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("inspectorProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ImageTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ImageTreeModel::NameColumn, 220);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_rawJson->setObjectName(QStringLiteral("inspectorRawJson"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setFont(fixed);
    m_rawJson->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_prettyJson->setObjectName(QStringLiteral("inspectorPrettyJson"));
    m_configView->setObjectName(QStringLiteral("inspectorConfigView"));
    m_configView->setModel(m_config);
    m_configView->setUniformRowHeights(true);
    m_findingsView->setObjectName(QStringLiteral("inspectorFindingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setWordWrap(true);
    m_findingsView->header()->setStretchLastSection(true);

    auto rawPage = new QWidget(this);
    rawPage->setObjectName(QStringLiteral("inspectorRawPage"));
    auto rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_prettyJson);
    rawLayout->addWidget(m_rawJson);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(rawPage, tr("Raw JSON"));
    m_tabs->addTab(m_configView, tr("Config"));
    m_tabs->addTab(m_findingsView, tr("Findings"));

    auto detail = new QWidget(this);
    auto detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_nodeNote);
    detailLayout->addWidget(m_tabs, 1);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto bar = new QHBoxLayout;
    bar->addWidget(m_location, 1);
    bar->addWidget(m_openButton);
    bar->addWidget(m_browseButton);
    bar->addWidget(m_cancelButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addWidget(m_transport);
    layout->addWidget(m_hostLine);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);

    connect(m_openButton, &QPushButton::clicked, this, [this] { openReference(m_location->text()); });
    connect(m_location, &QLineEdit::returnPressed, this, [this] { openReference(m_location->text()); });
    connect(m_browseButton, &QPushButton::clicked, this, &ManifestInspector::browse);
    connect(m_cancelButton, &QPushButton::clicked, this, &ManifestInspector::cancel);
    connect(m_prettyJson, &QCheckBox::toggled, this, &ManifestInspector::showSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ManifestInspector::showSelection);
    connect(m_model, &ImageTreeModel::modelReset, this, [this] {
        m_tree->expandToDepth(0);
        if (m_model->rootIndex().isValid())
            m_tree->setCurrentIndex(m_model->rootIndex());
        showSelection();
    });
    connect(m_model, &ImageTreeModel::reportChanged, this, &ManifestInspector::updateReport);
    connect(m_model, &ImageTreeModel::loadingChanged, this, [this](bool) { setBusy(isBusy()); });
    connect(m_model, &ImageTreeModel::loadProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setFormat(tr("Loading manifests and configs: %v of %m"));
        m_progress->setRange(0, int(qMax<qint64>(total, 0)));
        m_progress->setValue(int(done));
    });
    connect(m_model, &ImageTreeModel::loadFinished, this, [this](bool ok, const QString &errorText) {
        if (!ok) {
            setError(errorText);
            emit openFailed(errorText);
            return;
        }
        m_title->setText(tr("%1 — %2").arg(m_pendingTitle, m_model->tree().source));
        const QString transport = TlsExceptionsModel::sourceTransportNotice(m_model->source());
        m_transport->setText(transport);
        m_transport->setVisible(!transport.isEmpty());
        emit opened(m_pendingTitle);
    });
    connect(m_model, &ImageTreeModel::scanProgress, this, [this](const QString &digest, qint64 done, qint64 total) {
        m_progress->show();
        m_cancelButton->setEnabled(true);
        m_progress->setFormat(tr("Reading layer %1: %p%").arg(digest.mid(7, 12)));
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_model, &ImageTreeModel::scanFinished, this, [this](const QString &, bool ok, const QString &errorText) {
        if (!ok)
            setError(errorText);
        setBusy(isBusy());
    });
    connect(&m_openWatcher, &QFutureWatcher<Result<OpenedImageSource>>::finished, this, [this] {
        const Result<OpenedImageSource> opened = m_openWatcher.result();
        if (!opened) {
            setBusy(isBusy());
            setError(opened.error().toString());
            emit openFailed(opened.error().toString());
            return;
        }
        m_pendingTitle = opened->title;
        m_model->load(opened->source, opened->reference);
    });
}

ManifestInspector::~ManifestInspector()
{
    m_openCancel.cancel();
    m_openWatcher.waitForFinished();
}

bool ManifestInspector::isBusy() const
{
    return m_openWatcher.isRunning() || m_model->isLoading() || m_model->activeScans() > 0;
}

void ManifestInspector::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Opening…"));
    }
    m_cancelButton->setEnabled(busy);
    m_openButton->setEnabled(!busy || m_model->activeScans() > 0);
    emit busyChanged(busy);
}

void ManifestInspector::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ManifestInspector::openReference(const QString &refOrPath)
{
    const QString text = refOrPath.trimmed();
    if (m_location->text() != text)
        m_location->setText(text);
    m_openCancel.cancel();
    m_openWatcher.waitForFinished();
    m_model->cancel();
    m_model->clear();
    setError({});
    m_title->clear();
    m_transport->clear();
    m_transport->hide();
    m_currentReference = text;
    m_openCancel = Oci::CancelToken();
    const Oci::CancelToken cancel = m_openCancel;
    m_openWatcher.setFuture(QtConcurrent::run([text, cancel] { return ImageSourceOpener::open(text, cancel); }));
    setBusy(true);
}

void ManifestInspector::setHostDescription(const Oci::HostDescription &host)
{
    m_model->setHost(host);
    updateReport();
}

void ManifestInspector::cancel()
{
    m_openCancel.cancel();
    m_model->cancel();
}

void ManifestInspector::browse()
{
    QFileDialog dialog(this, tr("Open an OCI Layout or Image Archive"));
    dialog.setObjectName(QStringLiteral("inspectorBrowseDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Image archives (*.tar *.tar.gz *.tgz)"), tr("OCI layout index (index.json)"), tr("All files (*)")});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString path = dialog.selectedFiles().first();
    if (QFileInfo(path).fileName() == QLatin1String("index.json") || QFileInfo(path).fileName() == QLatin1String("oci-layout"))
        path = QFileInfo(path).absolutePath(); // the layout folder itself
    openReference(path);
}

void ManifestInspector::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void ManifestInspector::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QString target;
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().first();
        target = url.isLocalFile() ? url.toLocalFile() : url.toString();
    } else if (mime->hasText()) {
        target = mime->text().trimmed();
    }
    if (target.isEmpty())
        return;
    event->acceptProposedAction();
    openReference(target);
}

void ManifestInspector::showSelection()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    const QByteArray raw = m_model->rawBytes(current);
    if (raw.isEmpty()) {
        m_rawJson->clear();
        if (const Oci::LayerNode *layer = m_model->layerNode(current))
            m_rawJson->setPlainText(QString::fromUtf8(QJsonDocument(layer->descriptor.toJson()).toJson(QJsonDocument::Indented)));
    } else if (m_prettyJson->isChecked()) {
        m_rawJson->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(raw).toJson(QJsonDocument::Indented)));
    } else {
        m_rawJson->setPlainText(QString::fromUtf8(raw));
    }
    const Oci::ImageNode *image = m_model->imageNode(current);
    if (image && image->config)
        m_config->setConfig(*image->config);
    else
        m_config->clearConfig();
    m_configView->expandAll();

    QString note;
    switch (m_model->kind(current)) {
    case ImageTreeModel::Kind::Index:
        note = tr("An index lists one manifest per platform; a runtime picks the entry that matches its machine.");
        break;
    case ImageTreeModel::Kind::Image:
        if (image && image->isAttestation())
            note = tr("Attestation manifest (platform unknown/unknown): BuildKit stores provenance and SBOM statements here "
                      "(`docker buildx build` adds them by default). Runtimes skip it, but `docker manifest create` and "
                      "older registries/tools reject an index that contains it: use `docker buildx imagetools create`, "
                      "or build with --provenance=false --sbom=false.");
        break;
    case ImageTreeModel::Kind::Layer:
        note = m_model->canFetchMore(current) ? tr("Expand the layer to list its files and the architecture of each binary.") : QString();
        break;
    case ImageTreeModel::Kind::File:
        if (!m_model->data(current.siblingAtColumn(ImageTreeModel::StatusColumn)).toString().isEmpty())
            note = m_model->data(current.siblingAtColumn(ImageTreeModel::StatusColumn)).toString();
        break;
    default:
        break;
    }
    m_nodeNote->setText(note);
    m_nodeNote->setVisible(!note.isEmpty());
}

QString ManifestInspector::hostLine() const
{
    return m_hostLine->text();
}

QString ManifestInspector::transportNotice() const
{
    return m_transport->text();
}

QString ManifestInspector::platformWarning() const
{
    return m_warning->isVisible() || !m_warning->isHidden() ? m_warning->text() : QString();
}

void ManifestInspector::updateReport()
{
    const Oci::VerifyReport &report = m_model->report();
    m_findings->setFindings(report.findings);
    m_findingsView->expandAll();
    const Oci::ImageTree &tree = m_model->tree();
    if (!m_model->hasTree() || report.selections.isEmpty()) {
        m_hostLine->clear();
        m_warning->hide();
    m_transport->setObjectName(QStringLiteral("inspectorTransport"));
    m_transport->setWordWrap(true);
    m_transport->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transport->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; padding: 4px; }"));
    m_transport->hide();
        m_warning->clear();
        return;
    }
    const Oci::RuntimeSelection &primary = report.selections.first();
    QString line;
    QString warning;
    if (primary.entryIndex >= 0) {
        const Oci::ImageNode &node = tree.images.at(primary.entryIndex);
        const QString entry = tree.index ? node.indexPath : tr("the image");
        if (primary.how == Oci::RuntimeSelection::How::Native)
            line = tr("This host (%1) would run %2 (%3) natively.").arg(primary.requested.toDisplayString(), entry,
                                                                       primary.selected.toDisplayString());
        else if (primary.how == Oci::RuntimeSelection::How::Emulated)
            line = tr("This host (%1) would run %2 (%3) through emulation (QEMU): expect it to be slow.")
                       .arg(primary.requested.toDisplayString(), entry, primary.selected.toDisplayString());
        else
            warning = tr("This host (%1) cannot run this %2 image: \"exec format error\".")
                          .arg(primary.requested.toDisplayString(), primary.selected.toDisplayString());
    } else {
        QStringList present;
        for (const Oci::ImageNode *image : tree.platformImages())
            present.append(image->declaredPlatform().toDisplayString());
        QStringList emulated;
        for (const Oci::RuntimeSelection &selection : report.selections) {
            if (selection.how == Oci::RuntimeSelection::How::Emulated)
                emulated.append(selection.selected.toDisplayString());
        }
        warning = tr("Missing platform: this tag has no %1 image (it has %2). `docker pull`/`run` here fails with "
                     "\"no matching manifest\".")
                      .arg(primary.requested.toDisplayString(), present.isEmpty() ? tr("none") : present.join(QStringLiteral(", ")));
        if (!emulated.isEmpty())
            warning += QLatin1Char(' ') + tr("With --platform %1 it runs under emulation (slow).").arg(emulated.first());
        warning += QLatin1Char(' ') + tr("Fix: copy every platform of the original (`skopeo copy --all`, or the Mirror dialog) or rebuild "
                                         "with --platform including %1.").arg(primary.requested.toString());
        line = tr("This host (%1) has no matching entry.").arg(primary.requested.toDisplayString());
    }
    m_hostLine->setText(line);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

} // namespace Manifold::Ui
