#pragma once

#include "core/oci/imagetree.h"
#include "core/platform/platform.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Manifold::Oci {

// One verification result: what is wrong (or worth knowing), the proof, and the fix.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Info;
    QString id;          // stable: "platform-mismatch", "foreign-binaries", "missing-platform", ...
    QString subject;     // the platform image or entry it concerns ("linux/amd64", "manifests[3]")
    QString message;
    QStringList evidence;
    QString fix;

    static QString severityName(Severity severity);
    QJsonObject toJson() const;
    bool operator==(const Finding &other) const = default;
};

// A machine that would run the image: platforms it runs natively and through emulation
// (HostProbe fills this from binfmt_misc; tests describe other machines).
struct HostDescription
{
    QList<Platform> native;   // first = the default platform a runtime asks for
    QList<Platform> emulated;
};

// Which entry a runtime picks for one requested platform and how it would run.
struct RuntimeSelection
{
    enum class How { Native, Emulated, NotRunnable };

    Platform requested;
    int entryIndex = -1;      // index into ImageTree::images; -1 when nothing matches
    Platform selected;
    How how = How::NotRunnable;
    QString explanation;

    static QString howName(How how);
    QJsonObject toJson() const;
};

struct VerifyOptions
{
    QList<Platform> expectPlatforms;      // the tag must provide these (multi-arch expectation)
    std::optional<HostDescription> host;  // also explain what this host would run
    int maxEvidence = 10;                 // file names listed per finding
};

struct VerifyReport
{
    QList<Finding> findings;
    QList<RuntimeSelection> selections;

    bool hasErrors() const;
    int count(Finding::Severity severity) const;
    QJsonObject toJson() const;
};

// The platform checks behind `manifold verify`: index platform vs config, invalid variants,
// binaries whose machine differs from the declared architecture, duplicate and missing
// platforms, single-arch tags, attestation entries, and runtime selection for a host.
class ImageVerifier
{
public:
    static VerifyReport verify(const ImageTree &tree, const VerifyOptions &options = {});

    // How a binary of `binary`'s platform fits an image declared as `declared`:
    // Native (same architecture), Compatible (386 in amd64, arm in arm64: runs, with a warning),
    // Foreign (will fail with "exec format error" without emulation).
    enum class BinaryFit { Native, Compatible, Foreign, Unknown };
    static BinaryFit binaryFit(const Platform &declared, const Platform &binary);
};

} // namespace Manifold::Oci
