#include "core/oci/binaryinfo.h"

#include <QJsonArray>

namespace Manifold::Oci {

namespace {

quint32 read32(const QByteArray &bytes, qsizetype offset, bool bigEndian)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    if (bigEndian)
        return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | quint32(p[0]);
}

quint16 read16(const QByteArray &bytes, qsizetype offset, bool bigEndian)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
    return bigEndian ? quint16(p[0] << 8 | p[1]) : quint16(p[1] << 8 | p[0]);
}

std::optional<BinaryInfo> identifyElf(const QByteArray &header)
{
    if (header.size() < 52)
        return std::nullopt;
    const int elfClass = uchar(header.at(4));
    const int elfData = uchar(header.at(5));
    if ((elfClass != 1 && elfClass != 2) || (elfData != 1 && elfData != 2))
        return std::nullopt;
    BinaryInfo info;
    info.format = BinaryInfo::Format::Elf;
    info.bits = elfClass == 2 ? 64 : 32;
    info.bigEndian = elfData == 2;
    const quint16 type = read16(header, 16, info.bigEndian);
    info.machine = read16(header, 18, info.bigEndian);
    const qsizetype flagsOffset = elfClass == 2 ? 48 : 36;
    const quint32 flags = header.size() >= flagsOffset + 4 ? read32(header, flagsOffset, info.bigEndian) : 0;
    switch (type) {
    case 1: info.elfType = BinaryInfo::ElfType::Relocatable; break;
    case 2: info.elfType = BinaryInfo::ElfType::Executable; break;
    case 3: info.elfType = BinaryInfo::ElfType::SharedObject; break;
    case 4: info.elfType = BinaryInfo::ElfType::Core; break;
    default: info.elfType = BinaryInfo::ElfType::Other; break;
    }
    info.platform = platformForElf(elfClass, elfData, info.machine, flags);
    info.machineName = elfMachineName(info.machine);
    return info;
}

std::optional<BinaryInfo> identifyPe(const QByteArray &header)
{
    if (header.size() < 0x40)
        return std::nullopt;
    const quint32 peOffset = read32(header, 0x3c, false);
    if (peOffset > quint32(header.size() - 6) || header.mid(peOffset, 4) != QByteArray("PE\0\0", 4))
        return std::nullopt;
    BinaryInfo info;
    info.format = BinaryInfo::Format::Pe;
    info.machine = read16(header, peOffset + 4, false);
    const QString windows = QStringLiteral("windows");
    switch (info.machine) {
    case 0x14c: info.platform = Platform(windows, QStringLiteral("386")); info.bits = 32; info.machineName = QStringLiteral("PE i386"); break;
    case 0x8664: info.platform = Platform(windows, QStringLiteral("amd64")); info.bits = 64; info.machineName = QStringLiteral("PE x86-64"); break;
    case 0xaa64: info.platform = Platform(windows, QStringLiteral("arm64")); info.bits = 64; info.machineName = QStringLiteral("PE ARM64"); break;
    case 0x1c4: info.platform = Platform(windows, QStringLiteral("arm"), QStringLiteral("v7")); info.bits = 32; info.machineName = QStringLiteral("PE ARMv7"); break;
    default: info.machineName = QStringLiteral("PE machine 0x%1").arg(info.machine, 0, 16); break;
    }
    return info;
}

void describeMachO(BinaryInfo &info, quint32 cpuType)
{
    constexpr quint32 Abi64 = 0x01000000;
    const QString darwin = QStringLiteral("darwin");
    info.machine = int(cpuType);
    info.bits = (cpuType & Abi64) ? 64 : 32;
    switch (cpuType) {
    case 7: info.platform = Platform(darwin, QStringLiteral("386")); info.machineName = QStringLiteral("Mach-O i386"); break;
    case 7 | Abi64: info.platform = Platform(darwin, QStringLiteral("amd64")); info.machineName = QStringLiteral("Mach-O x86_64"); break;
    case 12: info.platform = Platform(darwin, QStringLiteral("arm")); info.machineName = QStringLiteral("Mach-O arm"); break;
    case 12 | Abi64: info.platform = Platform(darwin, QStringLiteral("arm64")); info.machineName = QStringLiteral("Mach-O arm64"); break;
    case 18: info.platform = Platform(darwin, QStringLiteral("ppc")); info.machineName = QStringLiteral("Mach-O ppc"); break;
    case 18 | Abi64: info.platform = Platform(darwin, QStringLiteral("ppc64")); info.machineName = QStringLiteral("Mach-O ppc64"); break;
    default: info.machineName = QStringLiteral("Mach-O cputype 0x%1").arg(cpuType, 0, 16); break;
    }
}

std::optional<BinaryInfo> identifyMachO(const QByteArray &header)
{
    if (header.size() < 8)
        return std::nullopt;
    const quint32 magicBe = read32(header, 0, true);
    // Thin: feedface/feedfacf in either byte order.
    for (const bool bigEndian : {true, false}) {
        const quint32 magic = read32(header, 0, bigEndian);
        if (magic == 0xfeedface || magic == 0xfeedfacf) {
            BinaryInfo info;
            info.format = BinaryInfo::Format::MachO;
            info.bigEndian = bigEndian;
            describeMachO(info, read32(header, 4, bigEndian));
            return info;
        }
    }
    // Fat headers are always big-endian. 0xcafebabe is also a Java class file; a fat header's
    // architecture count is small, while a class file has its version (>= 45) there.
    if (magicBe != 0xcafebabe && magicBe != 0xcafebabf)
        return std::nullopt;
    const bool fat64 = magicBe == 0xcafebabf;
    const quint32 count = read32(header, 4, true);
    if (count == 0 || count >= 20)
        return std::nullopt;
    BinaryInfo info;
    info.format = BinaryInfo::Format::MachOFat;
    info.bigEndian = true;
    info.machineName = QStringLiteral("Mach-O universal");
    const qsizetype entrySize = fat64 ? 32 : 20;
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype offset = 8 + qsizetype(i) * entrySize;
        if (offset + 8 > header.size())
            break;
        BinaryInfo slice;
        slice.format = BinaryInfo::Format::MachO;
        describeMachO(slice, read32(header, offset, true));
        info.slices.append(slice);
    }
    return info;
}

} // namespace

std::optional<BinaryInfo> BinaryInfo::identify(const QByteArray &header)
{
    if (header.startsWith("\x7f" "ELF"))
        return identifyElf(header);
    if (header.startsWith("MZ"))
        return identifyPe(header);
    return identifyMachO(header);
}

QString BinaryInfo::formatName(Format format)
{
    switch (format) {
    case Format::Elf: return QStringLiteral("elf");
    case Format::Pe: return QStringLiteral("pe");
    case Format::MachO: return QStringLiteral("macho");
    case Format::MachOFat: return QStringLiteral("macho-fat");
    }
    return {};
}

QJsonObject BinaryInfo::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), formatName(format));
    object.insert(QStringLiteral("machine"), machineName);
    if (!platform.isEmpty())
        object.insert(QStringLiteral("platform"), platform.toString());
    if (bits)
        object.insert(QStringLiteral("bits"), bits);
    object.insert(QStringLiteral("endianness"), bigEndian ? QStringLiteral("big") : QStringLiteral("little"));
    if (format == Format::Elf) {
        static const char *const types[] = {"none", "relocatable", "executable", "shared-object", "core", "other"};
        object.insert(QStringLiteral("elfType"), QLatin1String(types[int(elfType)]));
    }
    if (!slices.isEmpty()) {
        QJsonArray array;
        for (const BinaryInfo &slice : slices)
            array.append(slice.toJson());
        object.insert(QStringLiteral("slices"), array);
    }
    return object;
}

} // namespace Manifold::Oci
