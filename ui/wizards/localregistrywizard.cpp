#include "ui/wizards/localregistrywizard.h"

#include "ui/wizards/backgroundtask.h"

#include "core/localregistry/enginetrust.h"
#include "core/localregistry/imagemirror.h"
#include "core/localregistry/localregistrymanager.h"
#include "core/localregistry/portprobe.h"
#include "ui/inspector/imagesourceopener.h"
#include "ui/wizards/wizardpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Manifold::Ui {

using namespace Manifold::LocalRegistry;

namespace {

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QThreadPool *setupPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(2);
    // Setup work is rare: threads end with their task, so the per-thread network and TLS state
    // they built is freed then, not left to the order of static destruction at exit.
    pool.setExpiryTimeout(0);
    return &pool;
}

} // namespace

LocalRegistryWizard::LocalRegistryWizard(QWidget *parent)
    : LocalRegistryWizard(LocalRegistryPaths::standard(), parent)
{
}

LocalRegistryWizard::LocalRegistryWizard(LocalRegistryPaths paths, QWidget *parent)
    : QWizard(parent)
    , m_paths(std::move(paths))
    , m_detected(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("localRegistryWizard"));
    setWindowTitle(tr("Local Registry Setup"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(DetectPageId, createDetectPage());
    setPage(RuntimePageId, createRuntimePage());
    setPage(PortPageId, createPortPage());
    setPage(StoragePageId, createStoragePage());
    setPage(SecurityPageId, createSecurityPage());
    setPage(StartPageId, createStartPage());
    setPage(VerifyPageId, createVerifyPage());
    setPage(TrustPageId, createTrustPage());
    setPage(MirrorPageId, createMirrorPage());
    setStartId(DetectPageId);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("localNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("localBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("localFinishButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("localCommitButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("localCancelButton"));
}

LocalRegistryWizard::~LocalRegistryWizard()
{
    // Destroyed mid-start (the app quits): the start is cancelled and cleans up before this
    // returns, so the process never exits leaving an unrecorded or half-started registry. One
    // that became ready before it saw the cancel was never shown to the user: it goes too.
    m_startCancel.cancel();
    m_startFuture.waitForFinished();
    if (m_starting && !m_discarding && m_startFuture.isValid() && m_startFuture.result().ok())
        (void)LocalRegistryManager(m_paths).forget();
    m_discardFuture.waitForFinished();
}

void LocalRegistryWizard::reject()
{
    if (m_starting) {
        cancelStart();
        return;
    }
    QWizard::reject();
}

void LocalRegistryWizard::cancelStart()
{
    if (m_closeAfterStart)
        return;
    m_closeAfterStart = true;
    m_startCancel.cancel();
    m_startLog->appendPlainText(tr("Cancelling: stopping the registry and removing what was set up…"));
    button(QWizard::CancelButton)->setEnabled(false);
}

void LocalRegistryWizard::setDetectPorts(const QList<quint16> &ports)
{
    m_detectPorts = ports;
}

void LocalRegistryWizard::setTrustRoot(const QString &root)
{
    m_trustRoot = root;
    updateTrustPlan();
}

void LocalRegistryWizard::refresh(int id)
{
    static_cast<WizardPage *>(page(id))->refresh();
}

int LocalRegistryWizard::nextId() const
{
    const int id = currentId();
    return id >= DetectPageId && id < MirrorPageId ? id + 1 : -1;
}

void LocalRegistryWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case DetectPageId: detect(); break;
    case RuntimePageId: detectRuntimes(); break;
    case PortPageId: updatePortStatus(); break;
    case StartPageId: start(); break;
    case VerifyPageId: verify(); break;
    case TrustPageId: updateTrustPlan(); break;
    default: break;
    }
}

QWizardPage *LocalRegistryWizard::createDetectPage()
{
    auto page = new WizardPage(QStringLiteral("localDetectPage"), this);
    page->setTitle(tr("Registries on this machine"));
    page->setSubTitle(tr("Registries already answering on loopback ports. Manifold sets up its own next to them."));
    m_detectedView = new QListView(page);
    m_detectedView->setObjectName(QStringLiteral("localDetectedList"));
    m_detectedView->setModel(m_detected);
    m_detectStatus = statusLabel(QStringLiteral("localDetectStatus"), page);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_detectStatus);
    layout->addWidget(m_detectedView, 1);
    page->setCompletePredicate([this] { return !m_detecting; });
    return page;
}

void LocalRegistryWizard::detect()
{
    if (m_detecting)
        return;
    m_detecting = true;
    m_detected->clear();
    m_detectStatus->setText(tr("Probing ports %1…").arg([this] {
        QStringList ports;
        for (quint16 port : std::as_const(m_detectPorts))
            ports.append(QString::number(port));
        return ports.join(QStringLiteral(", "));
    }()));
    refresh(DetectPageId);
    DetectOptions options;
    options.ports = m_detectPorts;
    options.testIndexSupport = false; // never write into someone else's registry while just looking
    options.timeoutMs = 3000;
    runInBackground(this, setupPool(), [options] { return RegistryDetector::detect(options); }, [this](const QList<DetectedRegistry> &detected) {
        m_detecting = false;
        int registries = 0;
        for (const DetectedRegistry &found : detected) {
            if (!found.answering)
                continue;
            QString text = found.isRegistry ? tr("%1 — registry (%2)").arg(found.url, found.apiVersion.isEmpty() ? tr("API v2") : found.apiVersion)
                                             : tr("%1 — something else answers (HTTP %2)").arg(found.url).arg(found.status);
            if (found.authRequired)
                text += tr(", requires login");
            if (found.owner)
                text += tr(", held by %1").arg(found.owner->describe());
            auto item = new QStandardItem(text);
            item->setEditable(false);
            item->setData(found.port, Qt::UserRole);
            m_detected->appendRow(item);
            registries += found.isRegistry;
        }
        m_detectStatus->setText(registries ? tr("%n registry(ies) found. Continue to set up Manifold's managed registry.", nullptr, registries)
                                           : tr("No registry answers on these ports. Continue to set one up."));
        refresh(DetectPageId);
        emit detectionFinished();
    });
}

QWizardPage *LocalRegistryWizard::createRuntimePage()
{
    auto page = new WizardPage(QStringLiteral("localRuntimePage"), this);
    page->setTitle(tr("Runtime"));
    page->setSubTitle(tr("How the registry runs: the distribution binary as a supervised process, or the registry:2 image in Docker or Podman."));
    m_runtime = new QComboBox(page);
    m_runtime->setObjectName(QStringLiteral("localRuntimeCombo"));
    m_runtimeStatus = statusLabel(QStringLiteral("localRuntimeStatus"), page);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_runtime);
    layout->addWidget(m_runtimeStatus);
    layout->addStretch(1);
    connect(m_runtime, &QComboBox::currentIndexChanged, page, &WizardPage::refresh);
    page->setCompletePredicate([this] { return m_runtimesReady && m_runtime->currentIndex() >= 0 && m_runtime->currentData().isValid(); });
    return page;
}

void LocalRegistryWizard::detectRuntimes()
{
    if (m_runtimesReady)
        return;
    m_runtimeStatus->setText(tr("Looking for registry runtimes…"));
    runInBackground(this, setupPool(), [] { return RuntimeDetector::detect(); }, [this](const QList<RuntimeInfo> &runtimes) {
        m_runtimes = runtimes;
        m_runtime->clear();
        QStringList unusable;
        for (const RuntimeInfo &runtime : std::as_const(m_runtimes)) {
            if (runtime.usable)
                m_runtime->addItem(tr("%1 — %2 %3").arg(runtimeKindName(runtime.kind), runtime.program, runtime.version), int(runtime.kind));
            else
                unusable.append(tr("%1: %2").arg(runtimeKindName(runtime.kind), runtime.reason));
        }
        m_runtimesReady = true;
        m_runtimeStatus->setText(m_runtime->count() ? unusable.join(QLatin1Char('\n'))
                                                    : tr("No usable runtime: %1\nInstall docker-registry (Debian) or pull registry:2.").arg(unusable.join(QStringLiteral("; "))));
        refresh(RuntimePageId);
    });
}

QWizardPage *LocalRegistryWizard::createPortPage()
{
    auto page = new WizardPage(QStringLiteral("localPortPage"), this);
    page->setTitle(tr("Port"));
    page->setSubTitle(tr("The registry listens on 127.0.0.1 only. Engines reach it as localhost:PORT."));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("localPortSpin"));
    m_port->setRange(1024, 65535);
    m_port->setValue(5002);
    m_portStatus = statusLabel(QStringLiteral("localPortStatus"), page);
    auto form = new QFormLayout(page);
    form->addRow(tr("Port:"), m_port);
    form->addRow(m_portStatus);
    connect(m_port, &QSpinBox::valueChanged, this, &LocalRegistryWizard::updatePortStatus);
    page->setCompletePredicate([this] { return PortProbe::isFree(quint16(m_port->value())); });
    return page;
}

void LocalRegistryWizard::updatePortStatus()
{
    const quint16 port = quint16(m_port->value());
    if (PortProbe::isFree(port)) {
        m_portStatus->setText(tr("Port %1 is free.").arg(port));
    } else {
        const std::optional<PortOccupant> occupant = PortProbe::occupant(port);
        const quint16 free = PortProbe::nextFree(port);
        m_portStatus->setText(tr("Port %1 is taken by %2. %3")
                                  .arg(port)
                                  .arg(occupant ? occupant->describe() : tr("an unknown process"))
                                  .arg(free ? tr("Port %1 is free.").arg(free) : QString()));
    }
    refresh(PortPageId);
}

QWizardPage *LocalRegistryWizard::createStoragePage()
{
    auto page = new WizardPage(QStringLiteral("localStoragePage"), this);
    page->setTitle(tr("Storage"));
    page->setSubTitle(tr("Where blobs and manifests are kept; it survives restarts and stopping the registry."));
    m_storage = new QLineEdit(m_paths.defaultStorageDir(), page);
    m_storage->setObjectName(QStringLiteral("localStorageEdit"));
    m_deleteEnabled = new QCheckBox(tr("Allow deleting manifests (needed to clean up tags)"), page);
    m_deleteEnabled->setObjectName(QStringLiteral("localDeleteCheck"));
    m_deleteEnabled->setChecked(true);
    auto form = new QFormLayout(page);
    form->addRow(tr("Storage folder:"), m_storage);
    form->addRow(m_deleteEnabled);
    connect(m_storage, &QLineEdit::textChanged, page, &WizardPage::refresh);
    page->setCompletePredicate([this] { return QDir::isAbsolutePath(m_storage->text().trimmed()); });
    return page;
}

QWizardPage *LocalRegistryWizard::createSecurityPage()
{
    auto page = new WizardPage(QStringLiteral("localSecurityPage"), this);
    page->setTitle(tr("Authentication and TLS"));
    page->setSubTitle(tr("Both are optional on a loopback-only registry; TLS avoids marking it insecure in every engine."));
    m_auth = new QCheckBox(tr("Require a user name and password (htpasswd, bcrypt)"), page);
    m_auth->setObjectName(QStringLiteral("localAuthCheck"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("localUserEdit"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("localPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QCheckBox(tr("Serve HTTPS with a generated certificate authority"), page);
    m_tls->setObjectName(QStringLiteral("localTlsCheck"));
    auto form = new QFormLayout(page);
    form->addRow(m_auth);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_tls);
    auto sync = [this] {
        m_user->setEnabled(m_auth->isChecked());
        m_password->setEnabled(m_auth->isChecked());
    };
    sync();
    connect(m_auth, &QCheckBox::toggled, this, sync);
    for (QLineEdit *edit : {m_user, m_password})
        connect(edit, &QLineEdit::textChanged, page, &WizardPage::refresh);
    connect(m_auth, &QCheckBox::toggled, page, &WizardPage::refresh);
    page->setCompletePredicate([this] { return !m_auth->isChecked() || (!m_user->text().isEmpty() && m_password->text().size() >= 8); });
    return page;
}

LocalRegistry::RegistryOptions LocalRegistryWizard::options() const
{
    RegistryOptions options;
    options.port = quint16(m_port->value());
    options.storageDir = m_storage->text().trimmed();
    options.deleteEnabled = m_deleteEnabled->isChecked();
    if (m_runtime->currentData().isValid())
        options.runtime = RuntimeKind(m_runtime->currentData().toInt());
    if (m_auth->isChecked()) {
        options.htpasswdUser = m_user->text();
        options.htpasswdPassword = m_password->text();
    }
    options.tls = m_tls->isChecked();
    return options;
}

QWizardPage *LocalRegistryWizard::createStartPage()
{
    auto page = new WizardPage(QStringLiteral("localStartPage"), this);
    page->setTitle(tr("Start"));
    page->setSubTitle(tr("Starting the registry and waiting until it answers."));
    page->setCommitPage(true);
    m_startLog = new QPlainTextEdit(page);
    m_startLog->setObjectName(QStringLiteral("localStartLog"));
    m_startLog->setReadOnly(true);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_startLog);
    page->setCompletePredicate([this] { return !m_starting && m_started.has_value(); });
    return page;
}

void LocalRegistryWizard::start()
{
    if (m_starting || m_started)
        return;
    m_starting = true;
    m_startError.clear();
    m_startLog->clear();
    refresh(StartPageId);
    const RegistryOptions chosen = options();
    const LocalRegistryPaths paths = m_paths;
    auto step = postTo(this, [](LocalRegistryWizard *self, const QString &text) { self->m_startLog->appendPlainText(text); });
    m_startCancel = Oci::CancelToken();
    const Oci::CancelToken cancel = m_startCancel;
    auto watcher = new QFutureWatcher<Result<RegistryStatus>>(this);
    connect(watcher, &QFutureWatcher<Result<RegistryStatus>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<RegistryStatus> status = watcher->result();
        m_starting = false;
        if (status) {
            m_started = *status;
            m_startLog->appendPlainText(tr("Running at %1 (%2).").arg(status->instance ? status->instance->url() : QString(), status->detail));
        } else {
            m_startError = status.error().toString();
            m_startLog->appendPlainText(tr("Could not start: %1").arg(m_startError));
        }
        refresh(StartPageId);
        button(QWizard::CancelButton)->setEnabled(true);
        emit registryStarted(status.ok());
        if (!m_closeAfterStart)
            return;
        if (!m_started) {
            m_closeAfterStart = false;
            QWizard::reject();
            return;
        }
        // Ready just before the cancel took effect: the user cancelled, so it is not kept either.
        m_started.reset();
        m_starting = true;
        m_discarding = true;
        auto discard = new QFutureWatcher<Status>(this);
        connect(discard, &QFutureWatcher<Status>::finished, this, [this, discard] {
            discard->deleteLater();
            m_starting = false;
            m_discarding = false;
            m_closeAfterStart = false;
            QWizard::reject();
        });
        const LocalRegistryPaths stopPaths = m_paths;
        m_discardFuture = QtConcurrent::run(setupPool(), [stopPaths] { return LocalRegistryManager(stopPaths).forget(); });
        discard->setFuture(m_discardFuture);
    });
    m_startFuture = QtConcurrent::run(setupPool(), [paths, chosen, step, cancel] {
        return LocalRegistryManager(paths).start(chosen, step, cancel);
    });
    watcher->setFuture(m_startFuture);
}

QWizardPage *LocalRegistryWizard::createVerifyPage()
{
    auto page = new WizardPage(QStringLiteral("localVerifyPage"), this);
    page->setTitle(tr("Verify"));
    page->setSubTitle(tr("Pushes a tiny image and an index, reads them back and deletes them: the registry must accept multi-platform indexes."));
    m_verifyStatus = statusLabel(QStringLiteral("localVerifyStatus"), page);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_verifyStatus);
    layout->addStretch(1);
    page->setCompletePredicate([this] { return !m_verifying && m_verified.has_value(); });
    return page;
}

void LocalRegistryWizard::verify()
{
    if (m_verifying || !m_started || !m_started->instance)
        return;
    m_verifying = true;
    m_verified.reset();
    m_verifyStatus->setText(tr("Checking…"));
    refresh(VerifyPageId);
    const RegistryState state = *m_started->instance;
    const RegistryOptions chosen = options();
    DetectOptions detectOptions;
    detectOptions.testIndexSupport = true;
    detectOptions.username = chosen.htpasswdUser;
    detectOptions.password = chosen.htpasswdPassword;
    detectOptions.caCertificatePath = state.caCertificatePath;
    runInBackground(this, setupPool(), [state, detectOptions] { return RegistryDetector::probe(state.port, detectOptions); }, [this](const DetectedRegistry &probed) {
        m_verifying = false;
        m_verified = probed;
        const DetectedRegistry &found = *m_verified;
        const bool ok = found.isRegistry && found.acceptsIndex.value_or(false);
        QStringList lines;
        lines.append(found.isRegistry ? tr("Answers as a registry (%1).").arg(found.url) : tr("Does not answer as a registry (HTTP %1).").arg(found.status));
        if (found.acceptsIndex)
            lines.append(*found.acceptsIndex ? tr("Accepts multi-platform indexes.") : tr("Rejects indexes: %1").arg(found.indexDetail));
        if (found.deleteAllowed)
            lines.append(*found.deleteAllowed ? tr("Deleting manifests works.") : tr("Deleting manifests is disabled."));
        m_verifyStatus->setText(lines.join(QLatin1Char('\n')));
        refresh(VerifyPageId);
        emit verificationFinished(ok);
    });
}

QWizardPage *LocalRegistryWizard::createTrustPage()
{
    auto page = new WizardPage(QStringLiteral("localTrustPage"), this);
    page->setTitle(tr("Engine trust"));
    page->setSubTitle(tr("What each engine needs to push to and pull from the registry. Apply writes the files (needs permission), or run the script yourself."));
    m_trustEngine = new QComboBox(page);
    m_trustEngine->setObjectName(QStringLiteral("localTrustEngineCombo"));
    for (TrustEngine engine : {TrustEngine::Buildah, TrustEngine::Podman, TrustEngine::Docker})
        m_trustEngine->addItem(trustEngineName(engine), int(engine));
    m_trustPlan = new QPlainTextEdit(page);
    m_trustPlan->setObjectName(QStringLiteral("localTrustPlan"));
    m_trustPlan->setReadOnly(true);
    m_trustPlan->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto apply = new QPushButton(tr("Apply"), page);
    apply->setObjectName(QStringLiteral("localTrustApplyButton"));
    m_trustStatus = statusLabel(QStringLiteral("localTrustStatus"), page);
    auto layout = new QVBoxLayout(page);
    layout->addWidget(m_trustEngine);
    layout->addWidget(m_trustPlan, 1);
    layout->addWidget(apply, 0, Qt::AlignRight);
    layout->addWidget(m_trustStatus);
    connect(m_trustEngine, &QComboBox::currentIndexChanged, this, &LocalRegistryWizard::updateTrustPlan);
    connect(apply, &QPushButton::clicked, this, &LocalRegistryWizard::applyTrust);
    return page;
}

void LocalRegistryWizard::updateTrustPlan()
{
    if (!m_trustPlan || !m_started || !m_started->instance)
        return;
    TrustInput input;
    input.hostPort = m_started->instance->hostPort();
    input.tls = m_started->instance->tls;
    input.caCertificatePath = m_started->instance->caCertificatePath;
    input.rootDir = m_trustRoot;
    const Result<TrustPlan> plan = EngineTrust::plan(TrustEngine(m_trustEngine->currentData().toInt()), input);
    m_trustPlan->setPlainText(plan ? plan->shellScript() : plan.error().toString());
    m_trustStatus->clear();
}

void LocalRegistryWizard::applyTrust()
{
    if (!m_started || !m_started->instance)
        return;
    TrustInput input;
    input.hostPort = m_started->instance->hostPort();
    input.tls = m_started->instance->tls;
    input.caCertificatePath = m_started->instance->caCertificatePath;
    input.rootDir = m_trustRoot;
    const Result<TrustPlan> plan = EngineTrust::plan(TrustEngine(m_trustEngine->currentData().toInt()), input);
    const Status applied = plan ? EngineTrust::apply(*plan, m_trustRoot) : Status(plan.error());
    if (applied) {
        QStringList files;
        for (const TrustFile &file : plan->files)
            files.append(file.path);
        m_trustStatus->setText(tr("Written: %1").arg(files.join(QStringLiteral(", ")))
                               + (plan->afterCommands.isEmpty() ? QString() : tr("\nThen run: %1").arg(plan->afterCommands.join(QStringLiteral("; ")))));
    } else {
        m_trustStatus->setText(tr("Not applied: %1").arg(applied.error().toString()));
    }
    emit trustApplied(applied.ok());
}

QWizardPage *LocalRegistryWizard::createMirrorPage()
{
    auto page = new WizardPage(QStringLiteral("localMirrorPage"), this);
    page->setTitle(tr("Mirror base images (optional)"));
    page->setSubTitle(tr("Copy a base image with every platform, so builds for arm64 and amd64 both find it locally."));
    m_mirrorSource = new QLineEdit(page);
    m_mirrorSource->setObjectName(QStringLiteral("localMirrorSourceEdit"));
    m_mirrorSource->setPlaceholderText(tr("docker.io/library/python:3.12-slim, or an OCI layout"));
    m_mirrorRepository = new QLineEdit(page);
    m_mirrorRepository->setObjectName(QStringLiteral("localMirrorRepositoryEdit"));
    m_mirrorTag = new QLineEdit(QStringLiteral("latest"), page);
    m_mirrorTag->setObjectName(QStringLiteral("localMirrorTagEdit"));
    m_mirrorIndex = new QCheckBox(tr("Push the multi-platform index (same digest as the source)"), page);
    m_mirrorIndex->setObjectName(QStringLiteral("localMirrorIndexCheck"));
    m_mirrorIndex->setChecked(true);
    m_mirrorPerArch = new QCheckBox(tr("Also push per-arch tags (<tag>-amd64, <tag>-arm64 …)"), page);
    m_mirrorPerArch->setObjectName(QStringLiteral("localMirrorPerArchCheck"));
    auto run = new QPushButton(tr("Mirror"), page);
    run->setObjectName(QStringLiteral("localMirrorButton"));
    m_mirrorStatus = statusLabel(QStringLiteral("localMirrorStatus"), page);
    auto form = new QFormLayout(page);
    form->addRow(tr("Source image:"), m_mirrorSource);
    form->addRow(tr("Repository:"), m_mirrorRepository);
    form->addRow(tr("Tag:"), m_mirrorTag);
    form->addRow(m_mirrorIndex);
    form->addRow(m_mirrorPerArch);
    form->addRow(run);
    form->addRow(m_mirrorStatus);
    connect(run, &QPushButton::clicked, this, &LocalRegistryWizard::startMirror);
    page->setCompletePredicate([this] { return !m_mirroring; });
    page->setFinalPage(true);
    return page;
}

QString LocalRegistryWizard::mirrorSummary() const
{
    return m_mirrorSummary;
}

void LocalRegistryWizard::startMirror()
{
    if (m_mirroring || !m_started || !m_started->instance)
        return;
    m_mirroring = true;
    m_mirrorFinished = false;
    m_mirrorStatus->setText(tr("Mirroring…"));
    refresh(MirrorPageId);
    const RegistryState state = *m_started->instance;
    const RegistryOptions chosen = options();
    MirrorRequest request;
    request.destination.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(state.tls ? QStringLiteral("https") : QStringLiteral("http")).arg(state.port));
    request.destination.username = chosen.htpasswdUser;
    request.destination.password = chosen.htpasswdPassword;
    request.destination.caCertificatePath = state.caCertificatePath;
    request.repository = m_mirrorRepository->text().trimmed();
    request.tag = m_mirrorTag->text().trimmed().isEmpty() ? QStringLiteral("latest") : m_mirrorTag->text().trimmed();
    request.pushIndex = m_mirrorIndex->isChecked();
    request.perArchTags = m_mirrorPerArch->isChecked();
    const QString source = m_mirrorSource->text().trimmed();
    auto progress = postTo(this, [](LocalRegistryWizard *self, const MirrorProgress &step) {
        self->m_mirrorStatus->setText(step.message.isEmpty() ? tr("blob %1 of %2").arg(step.blobIndex).arg(step.blobCount) : step.message);
    });
    runInBackground(this, setupPool(), [request, source, progress]() mutable -> Result<MirrorResult> {
        Result<OpenedImageSource> opened = ImageSourceOpener::open(source);
        if (!opened)
            return opened.error();
        request.source = opened->source;
        request.sourceReference = opened->reference;
        return ImageMirror::run(request, progress);
    }, [this](const Result<MirrorResult> &result) {
        m_mirroring = false;
        m_mirrorFinished = true;
        if (result) {
            QStringList tags;
            for (const MirroredImage &image : result->images) {
                if (!image.tag.isEmpty())
                    tags.append(image.tag);
            }
            if (!result->indexTag.isEmpty())
                tags.prepend(result->indexTag);
            m_mirrorSummary = tr("Mirrored into %1: tags %2; %3 blobs uploaded, %4 already there.%5")
                                  .arg(result->repository, tags.join(QStringLiteral(", ")))
                                  .arg(result->blobsUploaded)
                                  .arg(result->blobsSkipped)
                                  .arg(result->indexUnchanged ? tr(" The index keeps the source digest %1.").arg(result->indexDigest) : QString());
        } else {
            m_mirrorSummary = tr("Mirroring failed: %1").arg(result.error().toString());
        }
        m_mirrorStatus->setText(m_mirrorSummary);
        refresh(MirrorPageId);
        emit mirrorFinished(result.ok());
    });
}

LocalRegistryWizard *showLocalRegistryWizard(QWidget *parent)
{
    auto wizard = new LocalRegistryWizard(parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

} // namespace Manifold::Ui
