#pragma once

#include "core/build/linemap.h"
#include "core/build/progressparser.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace Manifold::Build {

enum class EngineKind { Buildah, Docker, Podman };

QString engineKindName(EngineKind kind);
Result<EngineKind> parseEngineKind(const QString &name);

struct EngineCapabilities
{
    bool multiPlatform = false;    // one invocation can build several platforms
    bool buildx = false;           // Docker: the buildx plugin is present
    bool remoteEndpoints = false;  // can send a build to another machine
    QStringList outputFormats;     // "oci-layout", "registry", "docker-archive"
    QStringList progressFormats;   // "buildah-steps", "plain", "rawjson"
};

// What detection found out about one engine on this machine.
struct EngineInfo
{
    EngineKind kind = EngineKind::Buildah;
    QString program;       // absolute path of the CLI
    QString version;       // "1.28.2"
    bool usable = false;
    QString problem;       // why it cannot be used (empty when usable)
    QString fix;           // how to make it usable
    EngineCapabilities capabilities;

    QJsonObject toJson() const;
};

// Where one platform's executor runs: locally, or on another machine through the engine's own
// remoting (a Docker context or DOCKER_HOST such as ssh://arm-box, a buildx builder, a Podman
// connection). Empty fields mean "local default".
struct BuilderEndpoint
{
    QString dockerHost;       // DOCKER_HOST value, e.g. unix:///run/other.sock or ssh://arm-box
    QString dockerContext;    // docker --context NAME
    QString buildxBuilder;    // docker buildx build --builder NAME
    QString podmanConnection; // podman --remote --connection NAME

    bool isLocal() const
    {
        return dockerHost.isEmpty() && dockerContext.isEmpty() && buildxBuilder.isEmpty()
               && podmanConnection.isEmpty();
    }
    QString describe() const;
    // "linux/arm64=ssh://arm-box", "linux/arm64=context:arm-box", "builder:name",
    // "podman:conn"; parses the right-hand side.
    static Result<BuilderEndpoint> parse(const QString &text);
};

// Everything one executor needs to build one platform.
struct ExecutorSpec
{
    Platform platform;
    QString dockerfilePath;   // the per-platform Dockerfile Manifold wrote
    QString contextDir;
    QMap<QString, QString> buildArgs;
    QString imageName;        // local name the engine tags the result with
    QString workDir;          // private temp dir: storage roots, digest file, OCI output
    QString ociLayoutDir;     // where the result is exported as an OCI image layout
    QString ociTag;           // its tag inside that layout
    QString digestFile;       // where the engine writes the exported manifest digest
    // Registries pulled without TLS verification (loopback, --insecure-registry), and the
    // registries.conf that marks exactly these insecure for this build (empty: none).
    QStringList insecureRegistries;
    QString registriesConf;
    bool hostNetwork = false; // RUN steps use the host network (needed by a dockerd without bridge)
    bool dropAttestations = false; // ask the engine for no provenance/SBOM manifests
    BuilderEndpoint endpoint;
};

// One process to run, in order; the first failing one ends the executor.
struct ProcessCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QString purpose;   // "build", "export"
    bool reportsProgress = false; // its output goes through the engine's progress parser
    bool optional = false;        // housekeeping (e.g. removing a temporary tag): failure is logged, not fatal

    QString commandLine() const;
};

// A real container engine Manifold drives; it never builds layers itself.
class Engine
{
public:
    virtual ~Engine() = default;

    virtual EngineKind kind() const = 0;
    QString name() const { return engineKindName(kind()); }
    QString program() const { return m_program; }
    void setProgram(const QString &program) { m_program = program; }

    // Runs the CLI briefly (version, plugins); call it off the UI thread.
    virtual EngineInfo detect() const = 0;
    // Turns a user-given endpoint into what the executor's commands need (Docker: a context's
    // daemon address); runs the CLI briefly, so call it off the UI thread.
    virtual Result<BuilderEndpoint> resolveEndpoint(const BuilderEndpoint &endpoint, const EngineInfo &) const
    {
        return endpoint;
    }
    // Build, then export to the OCI layout named in `spec`.
    virtual Result<QList<ProcessCommand>> commands(const ExecutorSpec &spec, const EngineInfo &info) const = 0;
    virtual std::unique_ptr<ProgressParser> progressParser() const = 0;
    virtual LineMap::Numbering numbering() const = 0;

    // The engine for `kind` with `program` (empty: found on PATH).
    static std::unique_ptr<Engine> create(EngineKind kind, const QString &program = QString());
    // Buildah when installed (the Linux default: daemonless), else Podman, else Docker.
    static std::unique_ptr<Engine> createDefault();

protected:
    explicit Engine(QString program) : m_program(std::move(program)) {}
    // Runs `program arguments` for at most `timeoutMs`; returns merged output, or an error.
    static Result<QString> runQuick(const QString &program, const QStringList &arguments,
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                                    int timeoutMs = 15000);

    QString m_program;
};

class BuildahEngine : public Engine
{
public:
    explicit BuildahEngine(const QString &program = QString());
    EngineKind kind() const override { return EngineKind::Buildah; }
    EngineInfo detect() const override;
    Result<QList<ProcessCommand>> commands(const ExecutorSpec &spec, const EngineInfo &info) const override;
    std::unique_ptr<ProgressParser> progressParser() const override;
    LineMap::Numbering numbering() const override { return LineMap::Numbering::Buildah; }
    // Global options giving each executor its own storage (vfs works on every kernel here).
    static QStringList storageOptions(const QString &workDir);
};

class PodmanEngine : public Engine
{
public:
    explicit PodmanEngine(const QString &program = QString());
    EngineKind kind() const override { return EngineKind::Podman; }
    EngineInfo detect() const override;
    Result<QList<ProcessCommand>> commands(const ExecutorSpec &spec, const EngineInfo &info) const override;
    std::unique_ptr<ProgressParser> progressParser() const override;
    LineMap::Numbering numbering() const override { return LineMap::Numbering::Buildah; }
};

class DockerEngine : public Engine
{
public:
    explicit DockerEngine(const QString &program = QString());
    EngineKind kind() const override { return EngineKind::Docker; }
    EngineInfo detect() const override;
    // Without buildx a Docker context is resolved to its daemon address (DOCKER_HOST), which
    // both the CLI and the skopeo export understand.
    Result<BuilderEndpoint> resolveEndpoint(const BuilderEndpoint &endpoint, const EngineInfo &info) const override;
    Result<QList<ProcessCommand>> commands(const ExecutorSpec &spec, const EngineInfo &info) const override;
    std::unique_ptr<ProgressParser> progressParser() const override;
    LineMap::Numbering numbering() const override { return LineMap::Numbering::BuildKit; }
    // The environment for an endpoint (DOCKER_HOST, DOCKER_BUILDKIT=1).
    static QProcessEnvironment environmentFor(const BuilderEndpoint &endpoint);
    static QStringList globalOptions(const BuilderEndpoint &endpoint);
};

} // namespace Manifold::Build
