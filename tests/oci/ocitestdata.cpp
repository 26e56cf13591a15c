#include "tests/oci/ocitestdata.h"

#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

namespace Manifold::Test::Oci {

using namespace Manifold::Oci;

namespace {

void put16(QByteArray &bytes, int offset, quint16 value, bool bigEndian)
{
    bytes[offset] = char(bigEndian ? value >> 8 : value & 0xff);
    bytes[offset + 1] = char(bigEndian ? value & 0xff : value >> 8);
}

void put32(QByteArray &bytes, int offset, quint32 value, bool bigEndian)
{
    for (int i = 0; i < 4; ++i) {
        const int shift = bigEndian ? (3 - i) * 8 : i * 8;
        bytes[offset + i] = char((value >> shift) & 0xff);
    }
}

la_ssize_t appendCallback(archive *, void *data, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

QByteArray elfHeader(int elfClass, int elfData, int machine, int type)
{
    QByteArray header(64, '\0');
    header[0] = 0x7f;
    header[1] = 'E';
    header[2] = 'L';
    header[3] = 'F';
    header[4] = char(elfClass);
    header[5] = char(elfData);
    header[6] = 1; // EV_CURRENT
    const bool bigEndian = elfData == 2;
    put16(header, 16, quint16(type), bigEndian);
    put16(header, 18, quint16(machine), bigEndian);
    put32(header, 20, 1, bigEndian);
    return header + QByteArray(200, 'x'); // some body so the file is not just a header
}

QByteArray peHeader(int machine)
{
    QByteArray header(0x100, '\0');
    header[0] = 'M';
    header[1] = 'Z';
    put32(header, 0x3c, 0x80, false);
    header.replace(0x80, 4, QByteArray("PE\0\0", 4));
    put16(header, 0x84, quint16(machine), false);
    return header;
}

QByteArray machOThin(quint32 cpuType, bool bits64)
{
    QByteArray header(32, '\0');
    put32(header, 0, bits64 ? 0xfeedfacf : 0xfeedface, false);
    put32(header, 4, cpuType, false);
    return header;
}

QByteArray machOFat(const QList<quint32> &cpuTypes)
{
    QByteArray header(8 + 20 * cpuTypes.size(), '\0');
    put32(header, 0, 0xcafebabe, true);
    put32(header, 4, quint32(cpuTypes.size()), true);
    for (int i = 0; i < cpuTypes.size(); ++i) {
        put32(header, 8 + 20 * i, cpuTypes.at(i), true);
        put32(header, 8 + 20 * i + 8, quint32(4096 * (i + 1)), true);
    }
    return header;
}

QByteArray makeTar(const QList<TarEntry> &entries, Compression compression)
{
    QByteArray output;
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    if (compression == Compression::Gzip)
        archive_write_add_filter_gzip(writer);
    else if (compression == Compression::Zstd)
        archive_write_add_filter_zstd(writer);
    archive_write_set_bytes_in_last_block(writer, 1);
    archive_write_open(writer, &output, nullptr, appendCallback, nullptr);
    for (const TarEntry &item : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.name.toUtf8().constData());
        archive_entry_set_perm(entry, item.mode);
        archive_entry_set_mtime(entry, 0, 0);
        switch (item.kind) {
        case TarEntry::Kind::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, item.data.size());
            break;
        case TarEntry::Kind::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            break;
        case TarEntry::Kind::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, item.linkTarget.toUtf8().constData());
            break;
        case TarEntry::Kind::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, item.linkTarget.toUtf8().constData());
            break;
        }
        archive_write_header(writer, entry);
        if (item.kind == TarEntry::Kind::File && !item.data.isEmpty())
            archive_write_data(writer, item.data.constData(), size_t(item.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return output;
}

QByteArray configJson(const Manifold::Platform &platform, const QStringList &diffIds)
{
    QJsonObject object;
    object.insert(QStringLiteral("architecture"), platform.architecture);
    object.insert(QStringLiteral("os"), platform.os);
    if (!platform.variant.isEmpty())
        object.insert(QStringLiteral("variant"), platform.variant);
    QJsonObject config;
    config.insert(QStringLiteral("Env"), QJsonArray{QStringLiteral("PATH=/usr/bin:/bin")});
    config.insert(QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh")});
    object.insert(QStringLiteral("config"), config);
    QJsonObject rootfs;
    rootfs.insert(QStringLiteral("type"), QStringLiteral("layers"));
    rootfs.insert(QStringLiteral("diff_ids"), QJsonArray::fromStringList(diffIds));
    object.insert(QStringLiteral("rootfs"), rootfs);
    QJsonArray history;
    history.append(QJsonObject{{QStringLiteral("created_by"), QStringLiteral("test layer")}});
    object.insert(QStringLiteral("history"), history);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Descriptor addImage(OciLayoutWriter &writer, const TestImage &image)
{
    QList<Descriptor> layers;
    QStringList diffIds;
    for (const QList<TarEntry> &entries : image.layers) {
        const QByteArray tar = makeTar(entries);
        diffIds.append(Digest::of(tar).toString());
        layers.append(*writer.addBlob(MediaType::OciLayerGzip, makeTar(entries, Compression::Gzip)));
    }
    const Descriptor config = *writer.addBlob(MediaType::OciConfig, configJson(image.configPlatform, diffIds));
    const ImageManifest manifest = ImageManifest::create(config, layers);
    Descriptor descriptor = manifest.descriptor();
    (void)writer.addBlob(descriptor, manifest.rawBytes());
    descriptor.platform = image.indexPlatform;
    return descriptor;
}

Descriptor addAttestation(OciLayoutWriter &writer, const Descriptor &subject)
{
    const Descriptor config = *writer.addBlob(MediaType::OciConfig, configJson(Platform::unknown()));
    const QByteArray statement = QByteArrayLiteral("{\"_type\":\"https://in-toto.io/Statement/v0.1\"}");
    Descriptor layer = *writer.addBlob(MediaType::InToto, statement);
    layer.annotations.insert(QStringLiteral("in-toto.io/predicate-type"), QStringLiteral("https://slsa.dev/provenance/v0.2"));
    const ImageManifest manifest = ImageManifest::create(config, {layer});
    Descriptor descriptor = manifest.descriptor();
    (void)writer.addBlob(descriptor, manifest.rawBytes());
    descriptor.platform = Platform::unknown();
    descriptor.annotations.insert(MediaType::AnnotationReferenceType, MediaType::AttestationManifestType);
    descriptor.annotations.insert(MediaType::AnnotationReferenceDigest, subject.digest.toString());
    return descriptor;
}

Descriptor addIndex(OciLayoutWriter &writer, const QList<Descriptor> &entries, const QString &tag)
{
    const ImageIndex index = ImageIndex::create(entries);
    const Descriptor descriptor = index.descriptor();
    (void)writer.addManifest(descriptor, index.rawBytes(), tag);
    return descriptor;
}

} // namespace Manifold::Test::Oci
