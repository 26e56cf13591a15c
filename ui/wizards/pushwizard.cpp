#include "ui/wizards/pushwizard.h"

#include "core/oci/imageverifier.h"
#include "core/registry/copydestination.h"
#include "core/registry/credentials.h"
#include "core/registry/imagereference.h"
#include "core/registry/registrycontentsource.h"
#include "ui/inspector/registrysessions.h"
#include "ui/inspector/tlsexceptionsmodel.h"
#include "ui/registrybrowser/registrybrowser.h"
#include "ui/wizards/pushplanmodel.h"
#include "ui/wizards/pushprogressmodel.h"
#include "ui/wizards/wizardpage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Manifold::Ui {

struct PushWizard::Review
{
    OpenedImageSource opened;
    Oci::ImageTree tree;
    QList<PushPlanModel::Row> rows;
    QStringList platforms;
    int attestations = 0;
    QString sourceTransport;      // how the source registry was reached (empty: TLS verified, or not a registry)
    QString destinationTransport; // the same for the destination
    std::optional<Error> error;
};

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QThreadPool *wizardPool()
{
    // Review and verification wait on content sources: keep them off the global pool, whose
    // threads local sources complete their futures on.
    static QThreadPool pool;
    pool.setMaxThreadCount(2);
    // Threads end with their task, so the per-thread network and TLS state they built is freed
    // then, not left to the order of static destruction at exit.
    pool.setExpiryTimeout(0);
    return &pool;
}

} // namespace

PushWizard::PushWizard(QWidget *parent)
    : PushWizard(sharedRegistrySession(), parent)
{
}

PushWizard::PushWizard(std::shared_ptr<Registry::RegistrySession> session, QWidget *parent)
    : QWizard(parent)
    , m_session(std::move(session))
    , m_plan(new PushPlanModel(this))
    , m_blobs(new PushProgressModel(this))
{
    setObjectName(QStringLiteral("pushWizard"));
    setWindowTitle(tr("Push to Registry"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(SourcePageId, createSourcePage());
    setPage(DestinationPageId, createDestinationPage());
    setPage(CredentialsPageId, createCredentialsPage());
    setPage(ReviewPageId, createReviewPage());
    setPage(ProgressPageId, createProgressPage());
    setPage(ResultPageId, createResultPage());
    setStartId(SourcePageId);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("pushNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("pushBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("pushFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("pushCancelButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("pushCommitButton"));
    connect(this, &QWizard::rejected, this, &PushWizard::cancelWork);
}

PushWizard::~PushWizard()
{
    cancelWork();
}

void PushWizard::cancelWork()
{
    m_reviewCancel.cancel();
    if (m_job)
        m_job->cancel();
}

QWizardPage *PushWizard::createSourcePage()
{
    auto page = new WizardPage(QStringLiteral("pushSourcePage"), this);
    page->setTitle(tr("Source"));
    page->setSubTitle(tr("What to push: every platform of the image is pushed, with its index."));
    m_sourceLastBuild = new QRadioButton(tr("The last build's OCI layout"), page);
    m_sourceLastBuild->setObjectName(QStringLiteral("pushSourceLastBuild"));
    m_lastBuildLabel = new QLabel(page);
    m_lastBuildLabel->setObjectName(QStringLiteral("pushLastBuildPath"));
    m_sourceLocal = new QRadioButton(tr("A local OCI layout folder or image archive"), page);
    m_sourceLocal->setObjectName(QStringLiteral("pushSourceLocal"));
    m_localPath = new QLineEdit(page);
    m_localPath->setObjectName(QStringLiteral("pushLocalPathEdit"));
    m_localPath->setPlaceholderText(tr("/path/to/layout[:tag] or image.tar"));
    auto browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("pushBrowseButton"));
    m_sourceRemote = new QRadioButton(tr("An image in a registry"), page);
    m_sourceRemote->setObjectName(QStringLiteral("pushSourceRemote"));
    m_remoteReference = new QLineEdit(page);
    m_remoteReference->setObjectName(QStringLiteral("pushRemoteReferenceEdit"));
    m_remoteReference->setPlaceholderText(tr("docker.io/library/alpine:3.20"));
    auto group = new QButtonGroup(page);
    group->addButton(m_sourceLastBuild);
    group->addButton(m_sourceLocal);
    group->addButton(m_sourceRemote);
    m_sourceLocal->setChecked(true);
    m_sourceLastBuild->setEnabled(false);

    auto localRow = new QHBoxLayout;
    localRow->addWidget(m_localPath, 1);
    localRow->addWidget(browse);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_sourceLastBuild);
    layout->addWidget(m_lastBuildLabel);
    layout->addWidget(m_sourceLocal);
    layout->addLayout(localRow);
    layout->addWidget(m_sourceRemote);
    layout->addWidget(m_remoteReference);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Choose an OCI Layout Folder"));
        if (!directory.isEmpty()) {
            m_localPath->setText(directory);
            m_sourceLocal->setChecked(true);
        }
    });
    connect(m_localPath, &QLineEdit::textEdited, this, [this] { m_sourceLocal->setChecked(true); });
    connect(m_remoteReference, &QLineEdit::textEdited, this, [this] { m_sourceRemote->setChecked(true); });
    page->setCompletePredicate([this] { return !sourceLocation().isEmpty(); });
    for (QObject *sender : {static_cast<QObject *>(m_localPath), static_cast<QObject *>(m_remoteReference)})
        connect(qobject_cast<QLineEdit *>(sender), &QLineEdit::textChanged, page, &WizardPage::refresh);
    connect(group, &QButtonGroup::buttonToggled, page, &WizardPage::refresh);
    return page;
}

QWizardPage *PushWizard::createDestinationPage()
{
    auto page = new WizardPage(QStringLiteral("pushDestinationPage"), this);
    page->setTitle(tr("Destination"));
    page->setSubTitle(tr("The registry and repository to push to, and the tags to set."));
    m_registry = new QComboBox(page);
    m_registry->setObjectName(QStringLiteral("pushRegistryCombo"));
    m_registry->setEditable(true);
    m_registry->addItems(QSettings().value(RegistryBrowser::settingsKey()).toStringList());
    m_registry->setCurrentText(QString());
    m_registry->lineEdit()->setObjectName(QStringLiteral("pushRegistryEdit"));
    m_registry->lineEdit()->setPlaceholderText(tr("127.0.0.1:5000, ghcr.io"));
    m_repository = new QLineEdit(page);
    m_repository->setObjectName(QStringLiteral("pushRepositoryEdit"));
    m_repository->setPlaceholderText(tr("team/app"));
    m_tags = new QLineEdit(QStringLiteral("latest"), page);
    m_tags->setObjectName(QStringLiteral("pushTagsEdit"));
    m_perArch = new QCheckBox(tr("Also tag each platform (:amd64, :arm64, :arm-v7 …) for tools that cannot pick from an index"), page);
    m_perArch->setObjectName(QStringLiteral("pushPerArchCheck"));
    auto error = new QLabel(page);
    error->setObjectName(QStringLiteral("pushDestinationError"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    auto form = new QFormLayout(page);
    form->addRow(tr("Registry:"), m_registry);
    form->addRow(tr("Repository:"), m_repository);
    form->addRow(tr("Tags (comma-separated):"), m_tags);
    form->addRow(m_perArch);
    form->addRow(error);
    page->setCompletePredicate([this, error] {
        QString problem;
        if (destinationRegistry().isEmpty() || destinationRepository().isEmpty() || destinationTags().isEmpty()) {
            problem = QString();
        } else if (Result<Registry::ImageReference> reference =
                       Registry::ImageReference::parseRepository(destinationRegistry() + QLatin1Char('/') + destinationRepository());
                   !reference) {
            problem = reference.error().message;
        } else {
            for (const QString &tag : destinationTags()) {
                if (!Registry::ImageReference::isValidTag(tag))
                    problem = tr("\"%1\" is not a valid tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').").arg(tag);
            }
        }
        error->setText(problem);
        return !destinationRegistry().isEmpty() && !destinationRepository().isEmpty() && !destinationTags().isEmpty() && problem.isEmpty();
    });
    connect(m_registry, &QComboBox::currentTextChanged, page, &WizardPage::refresh);
    connect(m_repository, &QLineEdit::textChanged, page, &WizardPage::refresh);
    connect(m_tags, &QLineEdit::textChanged, page, &WizardPage::refresh);
    return page;
}

QWizardPage *PushWizard::createCredentialsPage()
{
    auto page = new WizardPage(QStringLiteral("pushCredentialsPage"), this);
    page->setTitle(tr("Credentials"));
    page->setSubTitle(tr("How to log in to the destination registry."));
    m_credentialsStored = new QRadioButton(tr("Use stored credentials (Manifold's keychain, then Docker's config and helpers), or none"), page);
    m_credentialsStored->setObjectName(QStringLiteral("pushCredentialsStored"));
    m_credentialsStored->setChecked(true);
    m_credentialsNew = new QRadioButton(tr("Log in with a user name and password or token"), page);
    m_credentialsNew->setObjectName(QStringLiteral("pushCredentialsNew"));
    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("pushUsernameEdit"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("pushPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_storeInKeychain = new QCheckBox(tr("Remember in the system keychain"), page);
    m_storeInKeychain->setObjectName(QStringLiteral("pushStoreInKeychainCheck"));
    m_storeInKeychain->setChecked(true);
    auto form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password or token:"), m_password);
    form->addRow(m_storeInKeychain);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_credentialsStored);
    layout->addWidget(m_credentialsNew);
    layout->addLayout(form);
    layout->addStretch(1);
    auto sync = [this] {
        const bool manual = m_credentialsNew->isChecked();
        m_username->setEnabled(manual);
        m_password->setEnabled(manual);
        m_storeInKeychain->setEnabled(manual);
    };
    sync();
    connect(m_credentialsNew, &QRadioButton::toggled, this, sync);
    connect(m_credentialsNew, &QRadioButton::toggled, page, &WizardPage::refresh);
    connect(m_username, &QLineEdit::textChanged, page, &WizardPage::refresh);
    connect(m_password, &QLineEdit::textChanged, page, &WizardPage::refresh);
    page->setCompletePredicate([this] {
        return !m_credentialsNew->isChecked() || (!m_username->text().isEmpty() && !m_password->text().isEmpty());
    });
    return page;
}

QWizardPage *PushWizard::createReviewPage()
{
    auto page = new WizardPage(QStringLiteral("pushReviewPage"), this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("What will be pushed; blobs the registry already has are skipped, blobs in another repository of the same registry are mounted."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("Push"));
    m_reviewSummary = new QLabel(tr("Reading the source and asking the destination…"), page);
    m_reviewSummary->setObjectName(QStringLiteral("pushReviewSummary"));
    m_reviewSummary->setWordWrap(true);
    m_reviewSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewTable = new QTableView(page);
    m_reviewTable->setObjectName(QStringLiteral("pushReviewTable"));
    m_reviewTable->setModel(m_plan);
    m_reviewTable->horizontalHeader()->setStretchLastSection(true);
    m_reviewTable->verticalHeader()->hide();
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_reviewSummary);
    layout->addWidget(m_reviewTable, 1);
    page->setCompletePredicate([this] { return m_reviewReady; });
    return page;
}

QWizardPage *PushWizard::createProgressPage()
{
    auto page = new WizardPage(QStringLiteral("pushProgressPage"), this);
    page->setTitle(tr("Pushing"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("pushProgress"));
    m_stage = new QLabel(page);
    m_stage->setObjectName(QStringLiteral("pushStage"));
    m_blobTable = new QTableView(page);
    m_blobTable->setObjectName(QStringLiteral("pushBlobTable"));
    m_blobTable->setModel(m_blobs);
    m_blobTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blobTable->horizontalHeader()->setStretchLastSection(true);
    m_blobTable->verticalHeader()->hide();
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(QStringLiteral("pushLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_cancelPush = new QPushButton(tr("Cancel Push"), page);
    m_cancelPush->setObjectName(QStringLiteral("pushCancelPushButton"));
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_blobTable, 3);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_cancelPush, 0, Qt::AlignRight);
    connect(m_cancelPush, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancelPush->setEnabled(false);
        m_stage->setText(tr("Cancelling…"));
    });
    page->setCompletePredicate([this] { return m_result.has_value(); });
    return page;
}

QWizardPage *PushWizard::createResultPage()
{
    auto page = new WizardPage(QStringLiteral("pushResultPage"), this);
    page->setTitle(tr("Result"));
    m_resultSummary = new QLabel(page);
    m_resultSummary->setObjectName(QStringLiteral("pushResultSummary"));
    m_resultSummary->setWordWrap(true);
    m_resultSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verificationLabel = new QLabel(page);
    m_verificationLabel->setObjectName(QStringLiteral("pushVerification"));
    m_verificationLabel->setWordWrap(true);
    m_verificationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto table = new QTableView(page);
    table->setObjectName(QStringLiteral("pushResultTable"));
    table->setModel(m_plan);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_resultSummary);
    layout->addWidget(m_verificationLabel);
    layout->addWidget(table, 1);
    page->setFinalPage(true);
    return page;
}

void PushWizard::setLastBuildLayout(const QString &layoutDirectory)
{
    m_lastBuildLayout = layoutDirectory;
    m_sourceLastBuild->setEnabled(!layoutDirectory.isEmpty());
    m_lastBuildLabel->setText(layoutDirectory.isEmpty() ? tr("(no build yet)") : layoutDirectory);
    if (!layoutDirectory.isEmpty())
        m_sourceLastBuild->setChecked(true);
}

void PushWizard::setSource(SourceKind kind, const QString &location)
{
    switch (kind) {
    case SourceKind::LastBuild: setLastBuildLayout(location); break;
    case SourceKind::Local: m_localPath->setText(location); m_sourceLocal->setChecked(true); break;
    case SourceKind::Remote: m_remoteReference->setText(location); m_sourceRemote->setChecked(true); break;
    }
}

void PushWizard::setDestination(const QString &registry, const QString &repository, const QString &tags)
{
    m_registry->setCurrentText(registry);
    m_repository->setText(repository);
    m_tags->setText(tags);
}

QString PushWizard::sourceLocation() const
{
    if (m_sourceLastBuild->isChecked())
        return m_lastBuildLayout;
    if (m_sourceLocal->isChecked())
        return m_localPath->text().trimmed();
    return m_remoteReference->text().trimmed();
}

QString PushWizard::destinationRegistry() const
{
    return m_registry->currentText().trimmed().section(QStringLiteral("://"), -1).section(QLatin1Char('/'), 0, 0);
}

QString PushWizard::destinationRepository() const
{
    return m_repository->text().trimmed();
}

QStringList PushWizard::destinationTags() const
{
    QStringList tags;
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed()))
            tags.append(tag.trimmed());
    }
    return tags;
}

bool PushWizard::perArchTags() const
{
    return m_perArch->isChecked();
}

int PushWizard::nextId() const
{
    switch (currentId()) {
    case SourcePageId: return DestinationPageId;
    case DestinationPageId: return CredentialsPageId;
    case CredentialsPageId: return ReviewPageId;
    case ReviewPageId: return ProgressPageId;
    case ProgressPageId: return ResultPageId;
    default: return -1;
    }
}

bool PushWizard::validateCurrentPage()
{
    return QWizard::validateCurrentPage();
}

void PushWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ReviewPageId)
        startReview();
    else if (id == ProgressPageId)
        startPush();
    else if (id == ResultPageId)
        startVerification();
}

std::shared_ptr<Registry::RegistrySession> PushWizard::destinationSession() const
{
    if (!m_credentialsNew->isChecked())
        return m_session;
    Registry::RegistryConfig config = m_session->config();
    const QString host = Registry::ImageReference::parseRepository(destinationRegistry() + QStringLiteral("/x")).valueOr({}).apiHost();
    config.credentials = std::make_shared<Registry::CredentialChain>(QList<std::shared_ptr<Registry::CredentialProvider>>{
        std::make_shared<Registry::StaticCredentials>(host, Registry::Credential{m_username->text(), m_password->text()}),
        Registry::CredentialChain::defaultChain()});
    return std::make_shared<Registry::RegistrySession>(config);
}

void PushWizard::startReview()
{
    m_reviewReady = false;
    m_review.reset();
    m_plan->setRows({});
    m_reviewSummary->setText(tr("Reading the source and asking the destination…"));
    static_cast<WizardPage *>(page(ReviewPageId))->refresh();
    m_reviewCancel.cancel();
    m_reviewCancel = Oci::CancelToken();
    const Oci::CancelToken cancel = m_reviewCancel;
    const QString location = sourceLocation();
    const QString domain = destinationRegistry();
    const QString repository = destinationRepository();
    const std::shared_ptr<Registry::RegistrySession> session = destinationSession();
    auto watcher = new QFutureWatcher<std::shared_ptr<Review>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Review>>::finished, this, [this, watcher, cancel] {
        watcher->deleteLater();
        if (cancel.isCancelled())
            return;
        m_review = watcher->result();
        if (m_review->error) {
            m_reviewSummary->setText(tr("Cannot push: %1").arg(m_review->error->toString()));
            emit reviewReady(false);
            return;
        }
        m_plan->setRows(m_review->rows);
        m_reviewTable->resizeColumnsToContents();
        const qint64 total = m_plan->bytes(PushPlanModel::Action::Upload) + m_plan->bytes(PushPlanModel::Action::Mount)
                           + m_plan->bytes(PushPlanModel::Action::Skip);
        QStringList tags = destinationTags();
        if (perArchTags())
            tags.append(tr("one per platform"));
        m_reviewSummary->setText(
            tr("%1 → %2/%3 (tags: %4)\nPlatforms: %5%6\nBlobs: %7 to upload (%8), %9 to mount, %10 already there; %11 in total.")
                .arg(m_review->opened.title, destinationRegistry(), destinationRepository(), tags.join(QStringLiteral(", ")),
                     m_review->platforms.join(QStringLiteral(", ")),
                     m_review->attestations ? tr(" (+%n attestation(s))", nullptr, m_review->attestations) : QString())
                .arg(m_plan->count(PushPlanModel::Action::Upload))
                .arg(humanSize(m_plan->bytes(PushPlanModel::Action::Upload)))
                .arg(m_plan->count(PushPlanModel::Action::Mount))
                .arg(m_plan->count(PushPlanModel::Action::Skip))
                .arg(humanSize(total))
            + (m_review->sourceTransport.isEmpty() ? QString() : QString(QLatin1Char('\n') + m_review->sourceTransport))
            + (m_review->destinationTransport.isEmpty()
                   ? QString()
                   : QString(QLatin1Char('\n')
                             + tr("Destination %1: %2").arg(destinationRegistry(), m_review->destinationTransport))));
        m_reviewReady = true;
        static_cast<WizardPage *>(page(ReviewPageId))->refresh();
        emit reviewReady(true);
    });
    watcher->setFuture(QtConcurrent::run(wizardPool(), [location, domain, repository, session, cancel] {
        auto review = std::make_shared<Review>();
        Result<OpenedImageSource> opened = ImageSourceOpener::open(location, cancel);
        if (!opened) {
            review->error = opened.error();
            return review;
        }
        review->opened = *opened;
        Oci::ImageTreeOptions options;
        options.cancel = cancel;
        Result<Oci::ImageTree> tree = Oci::ImageTreeLoader::loadNow(opened->source, opened->reference, options);
        if (!tree) {
            review->error = tree.error();
            return review;
        }
        review->tree = *tree;
        QHash<QString, int> rowOf;
        for (const Oci::ImageNode &image : tree->images) {
            const QString user = image.isAttestation() ? QStringLiteral("attestation") : image.declaredPlatform().toDisplayString();
            if (image.isAttestation())
                ++review->attestations;
            else
                review->platforms.append(user);
            QList<Oci::Descriptor> blobs;
            if (image.manifest) {
                blobs.append(image.manifest->config());
                blobs.append(image.manifest->layers());
            }
            for (const Oci::Descriptor &blob : std::as_const(blobs)) {
                const QString digest = blob.digest.toString();
                if (rowOf.contains(digest)) {
                    QStringList &users = review->rows[rowOf.value(digest)].usedBy;
                    if (!users.contains(user))
                        users.append(user);
                    continue;
                }
                rowOf.insert(digest, int(review->rows.size()));
                review->rows.append(PushPlanModel::Row{digest, blob.size, PushPlanModel::Action::Upload, {user}});
            }
        }
        Registry::RegistryClient client(session, domain);
        const auto *remote = dynamic_cast<const Registry::RegistryContentSource *>(opened->source.get());
        const bool sameRegistry = remote && remote->reference().domain == domain && remote->reference().path != repository;
        for (PushPlanModel::Row &row : review->rows) {
            if (cancel.isCancelled())
                break;
            Result<std::optional<qint64>> size = client.blobSize(repository, row.digest, cancel);
            if (!size) {
                review->error = size.error();
                return review;
            }
            if (size->has_value())
                row.action = PushPlanModel::Action::Skip;
            else if (sameRegistry)
                row.action = PushPlanModel::Action::Mount;
        }
        review->sourceTransport = TlsExceptionsModel::sourceTransportNotice(opened->source);
        review->destinationTransport = TlsExceptionsModel::transportNotice(*session, domain);
        return review;
    }));
}

void PushWizard::startPush()
{
    m_result.reset();
    m_verified = false;
    m_verification.clear();
    m_log->clear();
    m_blobs->clear();
    m_cancelPush->setEnabled(true);
    if (!m_review || m_review->error) {
        m_result = Result<Registry::CopyResult>(Error(QStringLiteral("ui.push.no-review"), tr("Nothing to push"), {},
                                                      tr("Go back and choose a source that can be read.")));
        finishPush();
        return;
    }
    Result<Registry::ImageReference> destination =
        Registry::ImageReference::parseRepository(destinationRegistry() + QLatin1Char('/') + destinationRepository());
    if (!destination) {
        m_result = Result<Registry::CopyResult>(destination.error());
        finishPush();
        return;
    }
    Registry::CopyOptions options;
    options.perArchTags = perArchTags();
    auto copier = std::make_unique<Registry::ImageCopier>(
        m_review->opened.source, m_review->opened.reference,
        std::make_shared<Registry::RegistryDestination>(destinationSession(), *destination), destinationTags().first(), options);
    m_job = new Registry::CopyJob(std::move(copier), this);
    connect(m_job, &Registry::CopyJob::blobProgress, this,
            [this](const Registry::BlobProgress &blob, const Registry::CopyTotals &totals) {
        m_blobs->update(blob);
        if (blob.state == Registry::BlobState::Failed)
            m_log->appendPlainText(QStringLiteral("%1: %2").arg(blob.digest.left(19), blob.error));
        if (totals.bytesTotal > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(totals.bytesDone * 1000 / totals.bytesTotal));
        } else if (totals.blobs > 0) { // every blob already there: count them instead
            m_progress->setRange(0, totals.blobs);
            m_progress->setValue(totals.finished);
        }
        m_progress->setFormat(tr("%1 of %2 — %3 of %4 blobs finished")
                                  .arg(humanSize(totals.bytesDone), humanSize(totals.bytesTotal))
                                  .arg(totals.finished)
                                  .arg(totals.blobs));
    });
    connect(m_job, &Registry::CopyJob::progress, this, [this](qint64, qint64 total, const QString &stage) {
        if (total < 0 && m_blobs->rowCount() == 0)
            m_progress->setRange(0, 0); // resolving and reading manifests: no blob known yet
        if (m_stage->text() != stage) {
            m_stage->setText(stage);
            m_log->appendPlainText(stage);
        }
    });
    connect(m_job, &Registry::CopyJob::finished, this, [this] {
        m_result = m_job->result();
        m_job->deleteLater();
        m_job = nullptr;
        if (!m_result->ok()) {
            finishPush();
            return;
        }
        // Extra tags point at the same root: written after the copy so every tag is complete.
        const QStringList extra = destinationTags().mid(1);
        const Registry::CopyResult copied = m_result->value();
        const std::shared_ptr<Registry::RegistrySession> session = destinationSession();
        const QString domain = destinationRegistry();
        const QString repository = destinationRepository();
        const bool store = m_credentialsNew->isChecked() && m_storeInKeychain->isChecked();
        const QString username = m_username->text();
        const QString password = m_password->text();
        auto watcher = new QFutureWatcher<QStringList>(this);
        connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
            watcher->deleteLater();
            for (const QString &line : watcher->result())
                m_log->appendPlainText(line);
            finishPush();
        });
        watcher->setFuture(QtConcurrent::run(wizardPool(), [=] {
            QStringList log;
            Registry::RegistryClient client(session, domain);
            Result<Registry::ManifestResponse> root = client.getManifest(repository, copied.destinationRoot.digest.toString());
            for (const QString &tag : extra) {
                const Status put = root ? client.putManifest(repository, tag, root->descriptor.mediaType, root->bytes) : Status(root.error());
                log.append(put ? QCoreApplication::translate("Manifold::Ui::PushWizard", "tagged %1").arg(tag)
                               : QCoreApplication::translate("Manifold::Ui::PushWizard", "could not tag %1: %2").arg(tag, put.error().toString()));
            }
            if (store) {
                const Status stored = Registry::KeychainCredentials().store(client.apiHost(), Registry::Credential{username, password});
                log.append(stored ? QCoreApplication::translate("Manifold::Ui::PushWizard", "credentials stored in the keychain")
                                  : QCoreApplication::translate("Manifold::Ui::PushWizard", "credentials not stored: %1").arg(stored.error().toString()));
            }
            return log;
        }));
    });
    m_job->start();
}

void PushWizard::finishPush()
{
    m_cancelPush->setEnabled(false);
    const bool ok = m_result && m_result->ok();
    if (ok) {
        const Registry::CopyResult &copied = m_result->value();
        for (const Registry::CopiedBlob &blob : copied.blobs) {
            const PushPlanModel::Action action = blob.transfer == Registry::BlobTransfer::Mounted ? PushPlanModel::Action::Mounted
                                               : blob.transfer == Registry::BlobTransfer::Skipped ? PushPlanModel::Action::Skipped
                                                                                                  : PushPlanModel::Action::Uploaded;
            m_plan->setOutcome(blob.digest, action);
        }
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_stage->setText(tr("Pushed %1").arg(copied.destinationRoot.digest.toString()));
        m_resultSummary->setText(tr("Pushed %1 to %2/%3\nDigest: %4\nTags: %5\nPlatforms: %6\nBlobs: %7 uploaded (%8), %9 mounted, %10 skipped.%11")
                                     .arg(m_review->opened.title, destinationRegistry(), destinationRepository(),
                                          copied.destinationRoot.digest.toString(),
                                          (copied.tags + destinationTags().mid(1)).join(QStringLiteral(", ")),
                                          copied.copiedPlatforms.join(QStringLiteral(", ")))
                                     .arg(m_plan->count(PushPlanModel::Action::Uploaded))
                                     .arg(humanSize(copied.bytesUploaded()))
                                     .arg(m_plan->count(PushPlanModel::Action::Mounted))
                                     .arg(m_plan->count(PushPlanModel::Action::Skipped))
                                     .arg(copied.destinationPlainHttp ? tr("\nNote: the registry was reached over plain HTTP.") : QString()));
    } else {
        const QString error = m_result ? m_result->error().toString() : tr("the push did not finish");
        m_stage->setText(tr("Push failed"));
        m_log->appendPlainText(error);
        m_resultSummary->setText(tr("The push failed: %1\nNothing was tagged unless listed above; run the wizard again to resume (blobs already uploaded are skipped).").arg(error));
    }
    static_cast<WizardPage *>(page(ProgressPageId))->refresh();
    emit pushFinished(ok);
}

void PushWizard::startVerification()
{
    if (!m_result || !m_result->ok()) {
        m_verificationLabel->setText(tr("Not verified: the push did not complete."));
        return;
    }
    m_verificationLabel->setText(tr("Verifying: reading the pushed tag back…"));
    const Registry::CopyResult copied = m_result->value();
    const std::shared_ptr<Registry::RegistrySession> session = destinationSession();
    const QString tag = destinationTags().first();
    Result<Registry::ImageReference> destination =
        Registry::ImageReference::parseRepository(destinationRegistry() + QLatin1Char('/') + destinationRepository());
    if (!destination)
        return;
    const Registry::ImageReference repository = *destination;
    auto watcher = new QFutureWatcher<QPair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<QPair<bool, QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_verified = watcher->result().first;
        m_verification = watcher->result().second;
        m_verificationLabel->setText(m_verification);
        m_verificationLabel->setStyleSheet(m_verified ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
        emit verificationFinished(m_verified);
    });
    watcher->setFuture(QtConcurrent::run(wizardPool(), [session, repository, tag, copied]() -> QPair<bool, QString> {
        auto source = std::make_shared<Registry::RegistryContentSource>(session, repository);
        Result<Oci::ImageTree> tree = Oci::ImageTreeLoader::loadNow(source, tag);
        auto tr = [](const char *text) { return QCoreApplication::translate("Manifold::Ui::PushWizard", text); };
        if (!tree)
            return {false, tr("Verification failed: %1").arg(tree.error().toString())};
        if (tree->root.digest != copied.destinationRoot.digest)
            return {false, tr("Verification failed: the tag points at %1, not at the pushed %2 (someone pushed meanwhile?)")
                               .arg(tree->root.digest.toString(), copied.destinationRoot.digest.toString())};
        Oci::VerifyOptions options;
        for (const QString &platform : copied.copiedPlatforms) {
            if (Result<Platform> parsed = Platform::parse(platform); parsed)
                options.expectPlatforms.append(*parsed);
        }
        const Oci::VerifyReport report = Oci::ImageVerifier::verify(*tree, options);
        if (report.hasErrors()) {
            QStringList problems;
            for (const Oci::Finding &finding : report.findings) {
                if (finding.severity == Oci::Finding::Severity::Error)
                    problems.append(finding.message);
            }
            return {false, tr("Verification found problems: %1").arg(problems.join(QStringLiteral("; ")))};
        }
        return {true, QCoreApplication::translate("Manifold::Ui::PushWizard",
                                                  "Verified: %1 resolves to %2 with %n platform(s), every manifest and config readable.",
                                                  nullptr, int(tree->platformImages().size()))
                          .arg(repository.toString() + QLatin1Char(':') + tag, copied.destinationRoot.digest.toString())};
    }));
}

PushWizard *showPushWizard(QWidget *parent, const QString &lastBuildLayout)
{
    auto wizard = new PushWizard(parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setLastBuildLayout(lastBuildLayout);
    wizard->show();
    return wizard;
}

} // namespace Manifold::Ui
