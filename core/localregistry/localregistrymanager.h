#pragma once

#include "core/localregistry/localregistrypaths.h"
#include "core/localregistry/registrytypes.h"
#include "core/localregistry/runtimedetector.h"
#include "core/oci/canceltoken.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include <functional>

namespace Manifold::LocalRegistry {

// Manifold's own local registry: start, adopt, stop, status and logs. One managed registry per
// LocalRegistryPaths. Everything it needs to find the registry again is in the state file, so a
// new manager (a restarted app, the CLI after the GUI) adopts the running one.
//
// The binary runtime runs distribution in its own session/process group with stdout and stderr
// appended to registry.log; the registry outlives the app that started it. Docker/Podman run
// the registry:2 image (never pulled) with the storage directory bind-mounted.
//
// Calls block (they run processes and wait for the registry to answer); the *Async forms run
// them on the global thread pool.
class LocalRegistryManager
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry::LocalRegistryManager)

public:
    using StepCallback = std::function<void(const QString &step)>;

    explicit LocalRegistryManager(LocalRegistryPaths paths = LocalRegistryPaths::standard());

    const LocalRegistryPaths &paths() const { return m_paths; }

    // Starts the registry with `options` and waits until /v2/ answers. With auth and a password,
    // the password goes to the keychain (and only its bcrypt hash to a file); a password of an
    // earlier start that no longer applies (auth off, another user or port) leaves the keychain.
    // The state file records the start ("starting") before anything is spawned, so a manager
    // that dies half-way leaves nothing unknown: the next status() adopts or cleans it up.
    // `cancel` is checked between steps and while waiting for the registry to answer: a
    // cancelled start stops what it spawned and removes what it wrote (state, config, htpasswd,
    // TLS files, keychain entry; an earlier state is restored) before it returns.
    // Errors: localregistry.already-running, .port-in-use (names the occupant), .no-runtime,
    // .storage, .keychain, .start-failed (with the registry's last log lines), .cancelled,
    // htpasswd/TLS errors.
    Result<RegistryStatus> start(const RegistryOptions &options, const StepCallback &step = {},
                                 const Oci::CancelToken &cancel = Oci::CancelToken());
    QFuture<Result<RegistryStatus>> startAsync(const RegistryOptions &options, const StepCallback &step = {},
                                               const Oci::CancelToken &cancel = Oci::CancelToken());

    // SIGTERM to the process group, SIGKILL after `graceMs`; the storage stays.
    Status stop(int graceMs = 10000);
    QFuture<Status> stopAsync(int graceMs = 10000);

    // Starts again with the recorded settings (htpasswd and TLS files are reused).
    Result<RegistryStatus> restart(const StepCallback &step = {});

    // A state left "starting" by a manager that is gone is resolved here: a registry process
    // (or container) that runs is adopted, anything else is cleaned up as a cancelled start.
    RegistryStatus status() const;

    // The auth password (the keychain holds it; start() stored it): for Manifold's own pushes.
    Result<QString> password() const;
    // Deletes the registry: stops it, removes its password from the keychain and its state,
    // config, htpasswd and TLS files. The storage (the images) stays unless `deleteStorage`.
    Status forget(bool deleteStorage = false);
    // The last `lines` lines the registry wrote (its log file, or `docker logs`).
    Result<QStringList> logs(int lines = 50) const;

    // The recorded state (nullopt: never started with these paths).
    std::optional<RegistryState> recordedState() const;
    // The options a restart would use.
    static RegistryOptions optionsFrom(const RegistryState &state);

    // Blocks until GET /v2/ answers 200 or 401, the process dies, `cancel` is set
    // (localregistry.cancelled) or `timeoutMs` passes.
    Status waitUntilReady(const RegistryState &state, int timeoutMs = 20000,
                          const Oci::CancelToken &cancel = Oci::CancelToken()) const;

private:
    Status writeState(const RegistryState &state) const;
    bool isAlive(const RegistryState &state, QString *exitDetail = nullptr) const;
    Result<RegistryState> launchBinary(const RegistryOptions &options, const RuntimeInfo &runtime, RegistryState state);
    Result<RegistryState> launchContainer(const RegistryOptions &options, const RuntimeInfo &runtime, RegistryState state);
    Error startFailure(const RegistryState &state, const QString &why) const;
    Error cancelled() const;
    // Stops the registry `state` describes (SIGTERM/SIGKILL to its group, or stop + rm of the
    // container) without touching the state file.
    Status stopRegistry(const RegistryState &state, int graceMs) const;
    // A "starting" state whose manager is gone: adopt the registry it spawned, or clean up.
    RegistryStatus recoverInterruptedStart(RegistryState state) const;
    // Removes what a start that never finished wrote (no earlier state to go back to).
    void removeStartFiles(const RegistryState &state) const;

    LocalRegistryPaths m_paths;
};

// Last `lines` lines of a text file, read from its end.
QStringList tailLines(const QString &path, int lines);

} // namespace Manifold::LocalRegistry
