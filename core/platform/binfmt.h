#pragma once

#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Manifold {

// One registered binfmt_misc handler (/proc/sys/fs/binfmt_misc/<name>), e.g. qemu-aarch64.
struct BinfmtHandler
{
    QString name;
    bool enabled = false;
    QString interpreter;
    QString flags;      // subset of "POCF" (preserve-argv0, open-binary, credentials, fix-binary)
    int offset = 0;
    QByteArray magic;   // for type 'M' handlers
    QByteArray mask;
    QString extension;  // for type 'E' handlers
    Platform platform;  // what it runs, derived from the ELF magic; empty when not an ELF handler

    bool hasFlag(QChar flag) const { return flags.contains(flag); }
    // F: the kernel opens the interpreter at registration time, so it also works inside
    // containers and chroots that do not contain the interpreter (what builds need).
    bool isFixBinary() const { return hasFlag(QLatin1Char('F')); }
    bool isQemu() const;
};

// The state of binfmt_misc on this machine.
struct BinfmtStatus
{
    QString directory;     // usually /proc/sys/fs/binfmt_misc
    bool mounted = false;  // the "register" file exists
    bool enabled = false;  // the "status" file says enabled
    QList<BinfmtHandler> handlers;
};

class BinfmtParser
{
public:
    // Parses the text of one handler file; `name` is its file name.
    static Result<BinfmtHandler> parseHandler(const QString &name, const QString &text);
    // The platform an ELF magic/mask pair selects (class, data and e_machine bytes).
    static Platform platformForMagic(const QByteArray &magic, const QByteArray &mask, int offset);
    // Reads a binfmt_misc directory; a missing directory gives mounted = false, not an error.
    static BinfmtStatus readDirectory(const QString &directory);
};

} // namespace Manifold
