#include "core/platform/binfmt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Manifold {

bool BinfmtHandler::isQemu() const
{
    return name.startsWith(QLatin1String("qemu-")) ||
           QFileInfo(interpreter).fileName().startsWith(QLatin1String("qemu-"));
}

static QByteArray parseHex(const QString &text, bool *ok)
{
    const QByteArray hex = text.trimmed().toLatin1();
    *ok = hex.size() % 2 == 0;
    for (const char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            *ok = false;
    }
    return *ok ? QByteArray::fromHex(hex) : QByteArray();
}

Result<BinfmtHandler> BinfmtParser::parseHandler(const QString &name, const QString &text)
{
    BinfmtHandler handler;
    handler.name = name;
    bool sawState = false;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line == QLatin1String("enabled") || line == QLatin1String("disabled")) {
            handler.enabled = line == QLatin1String("enabled");
            sawState = true;
        } else if (line.startsWith(QLatin1String("interpreter "))) {
            handler.interpreter = line.mid(12).trimmed();
        } else if (line.startsWith(QLatin1String("flags:"))) {
            handler.flags = line.mid(6).trimmed();
        } else if (line.startsWith(QLatin1String("offset "))) {
            handler.offset = line.mid(7).trimmed().toInt();
        } else if (line.startsWith(QLatin1String("magic "))) {
            bool ok = false;
            handler.magic = parseHex(line.mid(6), &ok);
            if (!ok) {
                return Error(QStringLiteral("binfmt.parse"),
                             QCoreApplication::translate("Manifold::Binfmt",
                                                         "the magic is not hexadecimal"),
                             name);
            }
        } else if (line.startsWith(QLatin1String("mask "))) {
            bool ok = false;
            handler.mask = parseHex(line.mid(5), &ok);
            if (!ok) {
                return Error(QStringLiteral("binfmt.parse"),
                             QCoreApplication::translate("Manifold::Binfmt",
                                                         "the mask is not hexadecimal"),
                             name);
            }
        } else if (line.startsWith(QLatin1String("extension "))) {
            handler.extension = line.mid(10).trimmed();
        }
    }
    if (!sawState || handler.interpreter.isEmpty()) {
        return Error(QStringLiteral("binfmt.parse"),
                     QCoreApplication::translate(
                         "Manifold::Binfmt",
                         "not a binfmt_misc handler: expected an enabled/disabled line and an "
                         "interpreter line"),
                     name);
    }
    handler.platform = platformForMagic(handler.magic, handler.mask, handler.offset);
    return handler;
}

Platform BinfmtParser::platformForMagic(const QByteArray &magic, const QByteArray &mask, int offset)
{
    // An ELF handler matches the 20 header bytes up to e_machine.
    if (offset != 0 || magic.size() < 20 || !magic.startsWith("\x7f" "ELF"))
        return {};
    // Read the magic unmasked: registrations mask class/data bits so that one handler also
    // catches odd headers (qemu-x86_64 masks EI_DATA with 0xfe), but the values are the truth.
    Q_UNUSED(mask)
    auto byteAt = [&](int i) { return int(static_cast<unsigned char>(magic.at(i))); };
    const int elfClass = byteAt(4);
    const int elfData = byteAt(5);
    const int machine = elfData == 1 ? (byteAt(18) | (byteAt(19) << 8))
                                     : ((byteAt(18) << 8) | byteAt(19));
    return platformForElf(elfClass, elfData, machine);
}

BinfmtStatus BinfmtParser::readDirectory(const QString &directory)
{
    BinfmtStatus status;
    status.directory = directory;
    const QDir dir(directory);
    status.mounted = QFileInfo::exists(dir.filePath(QStringLiteral("register")));
    if (!status.mounted)
        return status;
    QFile statusFile(dir.filePath(QStringLiteral("status")));
    if (statusFile.open(QIODevice::ReadOnly))
        status.enabled = statusFile.readAll().trimmed() == "enabled";
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        if (entry == QLatin1String("register") || entry == QLatin1String("status"))
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Result<BinfmtHandler> handler =
            parseHandler(entry, QString::fromLocal8Bit(file.readAll()));
        if (handler)
            status.handlers.append(*handler);
    }
    return status;
}

} // namespace Manifold
