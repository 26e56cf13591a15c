#include "ui/mirror/mirrordialog.h"

#include "core/oci/imagetree.h"
#include "core/registry/copydestination.h"
#include "core/registry/imagereference.h"
#include "ui/inspector/registrysessions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Manifold::Ui {

namespace {

struct LoadedSource
{
    std::optional<OpenedImageSource> opened;
    QStringList platforms;
    int attestations = 0;
    std::optional<Error> error;
};

QThreadPool *mirrorPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    // Threads end with their task, so the per-thread network and TLS state they built is freed
    // then, not left to the order of static destruction at exit.
    pool.setExpiryTimeout(0);
    return &pool;
}

} // namespace

MirrorDialog::MirrorDialog(QWidget *parent)
    : MirrorDialog(sharedRegistrySession(), parent)
{
}

MirrorDialog::MirrorDialog(std::shared_ptr<Registry::RegistrySession> session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_source(new QLineEdit(this))
    , m_load(new QPushButton(tr("List Platforms"), this))
    , m_platformView(new QListView(this))
    , m_platforms(new QStandardItemModel(this))
    , m_attestations(new QCheckBox(tr("Copy attestations (provenance/SBOM) of the chosen platforms"), this))
    , m_perArch(new QCheckBox(tr("Also tag each platform (:amd64, :arm64 …)"), this))
    , m_destination(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_cancel(new QPushButton(tr("Cancel Copy"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("mirrorDialog"));
    setWindowTitle(tr("Mirror Image"));
    m_source->setObjectName(QStringLiteral("mirrorSourceEdit"));
    m_source->setPlaceholderText(tr("docker.io/library/python:3.12-slim, or an OCI layout / archive"));
    m_load->setObjectName(QStringLiteral("mirrorLoadButton"));
    m_platformView->setObjectName(QStringLiteral("mirrorPlatformList"));
    m_platformView->setModel(m_platforms);
    m_attestations->setObjectName(QStringLiteral("mirrorAttestationsCheck"));
    m_attestations->setChecked(true);
    m_perArch->setObjectName(QStringLiteral("mirrorPerArchCheck"));
    m_destination->setObjectName(QStringLiteral("mirrorDestinationEdit"));
    m_destination->setPlaceholderText(tr("127.0.0.1:5000/library/python:3.12-slim"));
    m_progress->setObjectName(QStringLiteral("mirrorProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("mirrorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("mirrorCopyButton"));
    m_cancel->setObjectName(QStringLiteral("mirrorCancelButton"));
    m_close->setObjectName(QStringLiteral("mirrorCloseButton"));

    auto sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_load);
    auto form = new QFormLayout;
    form->addRow(tr("Source:"), sourceRow);
    form->addRow(tr("Platforms:"), m_platformView);
    form->addRow(QString(), m_attestations);
    form->addRow(tr("Destination:"), m_destination);
    form->addRow(QString(), m_perArch);
    auto buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_load, &QPushButton::clicked, this, &MirrorDialog::loadPlatforms);
    connect(m_source, &QLineEdit::returnPressed, this, &MirrorDialog::loadPlatforms);
    connect(m_source, &QLineEdit::textEdited, this, [this] {
        m_opened.reset();
        m_platforms->clear();
        updateButtons();
    });
    connect(m_destination, &QLineEdit::textChanged, this, &MirrorDialog::updateButtons);
    connect(m_platforms, &QStandardItemModel::itemChanged, this, &MirrorDialog::updateButtons);
    connect(m_copy, &QPushButton::clicked, this, &MirrorDialog::startCopy);
    connect(m_cancel, &QPushButton::clicked, this, &MirrorDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
}

MirrorDialog::~MirrorDialog()
{
    cancel();
}

void MirrorDialog::setSource(const QString &reference)
{
    m_source->setText(reference);
    m_opened.reset();
    m_platforms->clear();
    updateButtons();
}

void MirrorDialog::setDestination(const QString &reference)
{
    m_destination->setText(reference);
}

bool MirrorDialog::isBusy() const
{
    return m_loading || m_job != nullptr;
}

void MirrorDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    updateButtons();
}

void MirrorDialog::updateButtons()
{
    const bool busy = isBusy();
    m_load->setEnabled(!busy && !m_source->text().trimmed().isEmpty());
    m_copy->setEnabled(!busy && m_opened && !selectedPlatforms().isEmpty() && !m_destination->text().trimmed().isEmpty());
    m_cancel->setEnabled(busy);
    m_source->setEnabled(!busy);
    m_destination->setEnabled(!busy);
}

QStringList MirrorDialog::availablePlatforms() const
{
    QStringList result;
    for (int row = 0; row < m_platforms->rowCount(); ++row)
        result.append(m_platforms->item(row)->text());
    return result;
}

void MirrorDialog::setSelectedPlatforms(const QStringList &platforms)
{
    for (int row = 0; row < m_platforms->rowCount(); ++row)
        m_platforms->item(row)->setCheckState(platforms.contains(m_platforms->item(row)->text()) ? Qt::Checked : Qt::Unchecked);
}

QStringList MirrorDialog::selectedPlatforms() const
{
    QStringList result;
    for (int row = 0; row < m_platforms->rowCount(); ++row) {
        if (m_platforms->item(row)->checkState() == Qt::Checked)
            result.append(m_platforms->item(row)->text());
    }
    return result;
}

void MirrorDialog::loadPlatforms()
{
    if (isBusy())
        return;
    m_loading = true;
    m_opened.reset();
    m_platforms->clear();
    m_status->setText(tr("Reading %1…").arg(m_source->text().trimmed()));
    setBusy(true);
    m_loadCancel = Oci::CancelToken();
    const Oci::CancelToken cancel = m_loadCancel;
    const QString location = m_source->text().trimmed();
    auto watcher = new QFutureWatcher<LoadedSource>(this);
    connect(watcher, &QFutureWatcher<LoadedSource>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        const LoadedSource loaded = watcher->result();
        if (loaded.error) {
            m_status->setText(loaded.error->toString());
            setBusy(false);
            emit platformsLoaded(false);
            return;
        }
        m_opened = loaded.opened;
        m_attestationCount = loaded.attestations;
        for (const QString &platform : loaded.platforms) {
            auto item = new QStandardItem(platform);
            item->setCheckable(true);
            item->setCheckState(Qt::Checked);
            item->setEditable(false);
            m_platforms->appendRow(item);
        }
        m_attestations->setEnabled(loaded.attestations > 0);
        m_status->setText(loaded.platforms.size() > 1
                              ? tr("%n platform(s)", nullptr, int(loaded.platforms.size()))
                                    + (loaded.attestations ? tr(", %n attestation(s)", nullptr, loaded.attestations) : QString())
                                    + tr(". Copying all of them keeps the source digest; a subset gets a new index digest.")
                              : tr("A single-platform image: it is copied as is."));
        setBusy(false);
        emit platformsLoaded(true);
    });
    watcher->setFuture(QtConcurrent::run(mirrorPool(), [location, cancel] {
        LoadedSource loaded;
        Result<OpenedImageSource> opened = ImageSourceOpener::open(location, cancel);
        if (!opened) {
            loaded.error = opened.error();
            return loaded;
        }
        loaded.opened = *opened;
        Oci::ImageTreeOptions options;
        options.cancel = cancel;
        Result<Oci::ImageTree> tree = Oci::ImageTreeLoader::loadNow(opened->source, opened->reference, options);
        if (!tree) {
            loaded.error = tree.error();
            return loaded;
        }
        for (const Oci::ImageNode *image : tree->platformImages())
            loaded.platforms.append(image->declaredPlatform().toDisplayString());
        loaded.attestations = int(tree->attestations().size());
        return loaded;
    }));
}

void MirrorDialog::startCopy()
{
    if (isBusy() || !m_opened)
        return;
    Result<Registry::ImageReference> destination = Registry::ImageReference::parse(m_destination->text().trimmed());
    if (!destination) {
        m_status->setText(destination.error().toString());
        return;
    }
    Registry::CopyOptions options;
    const QStringList selected = selectedPlatforms();
    if (selected.size() != m_platforms->rowCount()) {
        for (const QString &platform : selected) {
            if (Result<Platform> parsed = Platform::parse(platform); parsed)
                options.platforms.append(*parsed);
        }
    }
    options.includeAttestations = m_attestations->isChecked();
    options.perArchTags = m_perArch->isChecked();
    const QString tag = destination->tag.isEmpty() ? QStringLiteral("latest") : destination->tag;
    auto copier = std::make_unique<Registry::ImageCopier>(
        m_opened->source, m_opened->reference,
        std::make_shared<Registry::RegistryDestination>(m_session, destination->repositoryOnly()), tag, options);
    m_result.reset();
    m_job = new Registry::CopyJob(std::move(copier), this);
    connect(m_job, &Registry::CopyJob::progress, this, [this](qint64 done, qint64 total, const QString &stage) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
        m_status->setText(stage);
    });
    connect(m_job, &Registry::CopyJob::finished, this, [this] {
        m_result = m_job->result();
        m_job->deleteLater();
        m_job = nullptr;
        setBusy(false);
        const bool ok = m_result && m_result->ok();
        if (ok) {
            const Registry::CopyResult &copied = m_result->value();
            QString text = tr("Copied %1 to %2 (%3).").arg(copied.copiedPlatforms.join(QStringLiteral(", ")), copied.destination,
                                                          copied.destinationRoot.digest.toString());
            if (copied.digestChanged)
                text += QLatin1Char(' ') + tr("Only some platforms were copied, so the destination index has a new digest.");
            if (copied.droppedAttestations)
                text += QLatin1Char(' ') + tr("%n attestation(s) left out.", nullptr, copied.droppedAttestations);
            m_status->setText(text);
        } else {
            m_status->setText(m_result ? m_result->error().toString() : tr("The copy did not finish."));
        }
        emit copyFinished(ok);
    });
    setBusy(true);
    m_status->setText(tr("Copying…"));
    m_job->start();
}

void MirrorDialog::cancel()
{
    m_loadCancel.cancel();
    if (m_job)
        m_job->cancel();
}

MirrorDialog *showMirrorDialog(QWidget *parent, const QString &sourceReference)
{
    auto dialog = new MirrorDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!sourceReference.isEmpty()) {
        dialog->setSource(sourceReference);
        dialog->loadPlatforms();
    }
    dialog->show();
    return dialog;
}

} // namespace Manifold::Ui
