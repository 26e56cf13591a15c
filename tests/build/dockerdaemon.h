#pragma once

#include "core/utils/result.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Manifold::Test {

// A private, real dockerd for end-to-end tests: its own data root, exec root, pid file and unix
// socket, no iptables, no bridge, vfs storage (works on every kernel, also inside containers).
// RUN steps therefore need `--network host` (BuildRequest::hostNetwork). It never touches the
// system daemon; stop() (and the destructor) ends dockerd, its managed containerd and every shim,
// and removes all of its directories.
//
//   DockerDaemon daemon(QStringLiteral("a"));
//   const Status started = daemon.start();   // waits until /_ping answers
//   ... BuilderEndpoint{daemon.host()} ... daemon.holdsLayer(diffId)
class DockerDaemon
{
public:
    explicit DockerDaemon(QString name);
    ~DockerDaemon();

    DockerDaemon(const DockerDaemon &) = delete;
    DockerDaemon &operator=(const DockerDaemon &) = delete;

    Status start(int timeoutMs = 60000);
    void stop();

    QString host() const;       // "unix:///tmp/mfd-XXXX/docker.sock" (a DOCKER_HOST value)
    QString dataRoot() const;
    QString logs() const;
    qint64 processId() const;
    QString directory() const; // holds the data root, exec root, socket and log
    // Every process still running whose command line names `directory` (dockerd, containerd,
    // shims): after stop() this must be empty.
    static QList<qint64> processesUnder(const QString &directory);
    // True when the daemon's layer store holds a layer with this uncompressed digest (diff id).
    bool holdsLayer(const QString &diffId) const;

    // dockerd and Debian's Docker CLI (20.10, /usr/bin/docker) are installed and we are root.
    static bool isAvailable();
    static QString cli(); // the Docker CLI the tests drive: /usr/bin/docker

private:
    QString m_name;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Manifold::Test
