#pragma once

#include "core/platform/platform.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Manifold::Oci {

// What a file's first bytes say about the machine it runs on.
struct BinaryInfo
{
    enum class Format { Elf, Pe, MachO, MachOFat };
    enum class ElfType { None, Relocatable, Executable, SharedObject, Core, Other };

    Format format = Format::Elf;
    Platform platform;      // empty when the machine is not one Manifold maps
    QString machineName;    // "AArch64", "x86-64", "PE i386", "Mach-O arm64"
    int machine = 0;        // e_machine, PE machine or Mach-O cputype
    int bits = 0;           // 32 or 64
    bool bigEndian = false;
    ElfType elfType = ElfType::None;
    QList<BinaryInfo> slices; // Mach-O fat binaries: one per architecture

    // Identifies ELF, PE and Mach-O (thin and fat) headers; `header` is the start of a file
    // (a few KB are enough: PE needs its e_lfanew offset inside it). nullopt for anything else.
    static std::optional<BinaryInfo> identify(const QByteArray &header);

    static QString formatName(Format format);
    QJsonObject toJson() const;
};

} // namespace Manifold::Oci
