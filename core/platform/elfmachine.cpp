#include "core/platform/platform.h"

namespace Manifold {

// ELF constants (elf.h) spelled out so the mapping reads without the system header.
namespace {
constexpr int ElfClass32 = 1;
constexpr int ElfClass64 = 2;
constexpr int ElfDataLittle = 1;
constexpr int EmI386 = 3;
constexpr int EmMips = 8;
constexpr int EmPpc = 20;
constexpr int EmPpc64 = 21;
constexpr int EmS390 = 22;
constexpr int EmArm = 40;
constexpr int EmSparcV9 = 43;
constexpr int EmX86_64 = 62;
constexpr int EmAarch64 = 183;
constexpr int EmRiscv = 243;
constexpr int EmLoongArch = 258;
} // namespace

Platform platformForElf(int elfClass, int elfData, int machine, quint32 flags)
{
    Q_UNUSED(flags)
    const bool is64 = elfClass == ElfClass64;
    const bool little = elfData == ElfDataLittle;
    const QString linux = QStringLiteral("linux");
    switch (machine) {
    case EmI386:
        return Platform(linux, QStringLiteral("386"));
    case EmX86_64:
        // x32 binaries are ELFCLASS32 with EM_X86_64.
        return Platform(linux, is64 ? QStringLiteral("amd64") : QStringLiteral("amd64p32"));
    case EmArm:
        // The ELF header cannot tell v6 from v7 (that is in .ARM.attributes); v7 is the norm.
        return Platform(linux, little ? QStringLiteral("arm") : QStringLiteral("armbe"),
                        QStringLiteral("v7"));
    case EmAarch64:
        return Platform(linux, little ? QStringLiteral("arm64") : QStringLiteral("arm64be"));
    case EmPpc64:
        return Platform(linux, little ? QStringLiteral("ppc64le") : QStringLiteral("ppc64"));
    case EmPpc:
        return Platform(linux, QStringLiteral("ppc"));
    case EmS390:
        return Platform(linux, is64 ? QStringLiteral("s390x") : QStringLiteral("s390"));
    case EmMips:
        if (is64)
            return Platform(linux, little ? QStringLiteral("mips64le") : QStringLiteral("mips64"));
        return Platform(linux, little ? QStringLiteral("mipsle") : QStringLiteral("mips"));
    case EmRiscv:
        return Platform(linux, is64 ? QStringLiteral("riscv64") : QStringLiteral("riscv"));
    case EmLoongArch:
        return Platform(linux, QStringLiteral("loong64"));
    case EmSparcV9:
        return Platform(linux, QStringLiteral("sparc64"));
    default:
        break;
    }
    Q_UNUSED(ElfClass32)
    return {};
}

QString elfMachineName(int machine)
{
    switch (machine) {
    case EmI386:
        return QStringLiteral("Intel 80386");
    case EmX86_64:
        return QStringLiteral("x86-64");
    case EmArm:
        return QStringLiteral("ARM");
    case EmAarch64:
        return QStringLiteral("AArch64");
    case EmPpc64:
        return QStringLiteral("PowerPC64");
    case EmPpc:
        return QStringLiteral("PowerPC");
    case EmS390:
        return QStringLiteral("IBM S/390");
    case EmMips:
        return QStringLiteral("MIPS");
    case EmRiscv:
        return QStringLiteral("RISC-V");
    case EmLoongArch:
        return QStringLiteral("LoongArch");
    case EmSparcV9:
        return QStringLiteral("SPARC V9");
    default:
        return QStringLiteral("machine %1").arg(machine);
    }
}

} // namespace Manifold
