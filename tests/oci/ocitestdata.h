#pragma once

// Builders for OCI test content: binary headers written as bytes, tar layers made with
// libarchive, and small OCI layouts written through OciLayoutWriter.

#include "core/oci/descriptor.h"
#include "core/oci/ocilayoutwriter.h"
#include "core/platform/platform.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Manifold::Test::Oci {

// ELF header: class 1/2, data 1 (LE) / 2 (BE), e_machine, e_type (2 = executable).
QByteArray elfHeader(int elfClass, int elfData, int machine, int type = 2);
QByteArray peHeader(int machine);
QByteArray machOThin(quint32 cpuType, bool bits64 = true);
QByteArray machOFat(const QList<quint32> &cpuTypes);

struct TarEntry
{
    enum class Kind { File, Directory, Symlink, Hardlink };
    TarEntry(QString name, QByteArray data = {}, Kind kind = Kind::File, QString linkTarget = {}, int mode = 0755)
        : name(std::move(name)), data(std::move(data)), kind(kind), linkTarget(std::move(linkTarget)), mode(mode) {}

    QString name;
    QByteArray data;
    Kind kind = Kind::File;
    QString linkTarget;
    int mode = 0755;
};

enum class Compression { None, Gzip, Zstd };
QByteArray makeTar(const QList<TarEntry> &entries, Compression compression = Compression::None);

// A platform image to put in a layout.
struct TestImage
{
    Manifold::Platform indexPlatform;             // the index entry's platform
    Manifold::Platform configPlatform;            // what the config declares
    QList<QList<TarEntry>> layers;                // each layer's entries (gzip)
};

struct BuiltImage
{
    Manifold::Oci::Descriptor manifest; // with platform
};

// Adds config + gzip layers + manifest; returns the manifest descriptor with indexPlatform set.
Manifold::Oci::Descriptor addImage(Manifold::Oci::OciLayoutWriter &writer, const TestImage &image);
// Adds a buildx-style attestation manifest for `subject`.
Manifold::Oci::Descriptor addAttestation(Manifold::Oci::OciLayoutWriter &writer, const Manifold::Oci::Descriptor &subject);
// Writes an index over `entries` tagged `tag`.
Manifold::Oci::Descriptor addIndex(Manifold::Oci::OciLayoutWriter &writer, const QList<Manifold::Oci::Descriptor> &entries,
                                   const QString &tag);

QByteArray configJson(const Manifold::Platform &platform, const QStringList &diffIds = {});

} // namespace Manifold::Test::Oci
