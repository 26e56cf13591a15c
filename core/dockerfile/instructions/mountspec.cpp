#include "core/dockerfile/instructions/mountspec.h"

#include <QCoreApplication>

namespace Manifold::Dockerfile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Dockerfile)
};

Error mountError(const QString &message, const QString &hint)
{
    return Error(QStringLiteral("dockerfile.mount"), message, {}, hint);
}

bool parseBool(const QString &value, bool *ok)
{
    const QString lower = value.toLower();
    *ok = true;
    if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower.isEmpty())
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("0"))
        return false;
    *ok = false;
    return false;
}

} // namespace

Result<MountSpec> MountSpec::parse(const QString &value,
                                   const std::function<Result<QString>(const QString &)> &expand)
{
    MountSpec mount;
    mount.raw = value;
    const QStringList fields = value.split(QLatin1Char(','));
    // The type decides which keys are valid; it may come anywhere in the list.
    for (const QString &field : fields) {
        const QString key = field.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        if (key == QLatin1String("type"))
            mount.type = field.section(QLatin1Char('='), 1).trimmed().toLower();
    }
    static const QStringList types{QStringLiteral("bind"), QStringLiteral("cache"),
                                   QStringLiteral("tmpfs"), QStringLiteral("secret"),
                                   QStringLiteral("ssh")};
    if (!types.contains(mount.type))
        return mountError(Tr::tr("unsupported mount type \"%1\"").arg(mount.type),
                          Tr::tr("Use one of type=bind, cache, tmpfs, secret or ssh."));

    for (const QString &field : fields) {
        if (field.trimmed().isEmpty())
            continue;
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        const QString key = (equals < 0 ? field : field.left(equals)).trimmed().toLower();
        QString fieldValue = equals < 0 ? QString() : field.mid(equals + 1);
        if (equals >= 0 && expand) {
            Result<QString> expanded = expand(fieldValue);
            if (!expanded)
                return expanded.error();
            fieldValue = *expanded;
        }
        bool ok = true;
        if (key == QLatin1String("type")) {
            continue;
        } else if (key == QLatin1String("readonly") || key == QLatin1String("ro")) {
            mount.readOnly = parseBool(fieldValue, &ok);
        } else if (key == QLatin1String("readwrite") || key == QLatin1String("rw")) {
            mount.readOnly = !parseBool(fieldValue, &ok);
        } else if (key == QLatin1String("required")) {
            mount.required = parseBool(fieldValue, &ok);
        } else if (equals < 0) {
            return mountError(Tr::tr("unexpected key '%1' in '%2'").arg(key, field),
                              Tr::tr("Write the field as key=value."));
        } else if (key == QLatin1String("from")) {
            mount.from = fieldValue;
        } else if (key == QLatin1String("source") || key == QLatin1String("src")) {
            mount.source = fieldValue;
        } else if (key == QLatin1String("target") || key == QLatin1String("dst")
                   || key == QLatin1String("destination")) {
            mount.target = fieldValue;
        } else if (key == QLatin1String("id")) {
            mount.id = fieldValue;
        } else if (key == QLatin1String("sharing")) {
            mount.sharing = fieldValue;
            if (fieldValue != QLatin1String("shared") && fieldValue != QLatin1String("private")
                && fieldValue != QLatin1String("locked"))
                return mountError(Tr::tr("unsupported sharing value \"%1\"").arg(fieldValue),
                                  Tr::tr("Use sharing=shared, private or locked."));
        } else if (key == QLatin1String("mode")) {
            mount.mode = fieldValue;
        } else if (key == QLatin1String("uid")) {
            mount.uid = fieldValue;
        } else if (key == QLatin1String("gid")) {
            mount.gid = fieldValue;
        } else if (key == QLatin1String("env")) {
            mount.env = fieldValue;
        } else if (key == QLatin1String("size")) {
            continue;
        } else {
            return mountError(Tr::tr("unexpected key '%1' in '%2'").arg(key, field),
                              Tr::tr("Valid keys: type, from, source, target, id, sharing, mode, uid, "
                                 "gid, readonly, required, env."));
        }
        if (!ok)
            return mountError(Tr::tr("invalid value for %1: %2").arg(key, fieldValue),
                              Tr::tr("Use true or false."));
    }
    const bool needsTarget = mount.type == QLatin1String("bind")
        || mount.type == QLatin1String("cache") || mount.type == QLatin1String("tmpfs");
    if (needsTarget && mount.target.isEmpty())
        return mountError(Tr::tr("mount type %1 requires a target").arg(mount.type),
                          Tr::tr("Add target=/path to the --mount value."));
    // Bind mounts are read-only unless rw is given (BuildKit's default).
    if (mount.type == QLatin1String("bind")) {
        bool explicitRw = false;
        for (const QString &field : fields) {
            const QString key = field.section(QLatin1Char('='), 0, 0).trimmed().toLower();
            explicitRw = explicitRw || key == QLatin1String("rw") || key == QLatin1String("readwrite");
        }
        if (!explicitRw)
            mount.readOnly = true;
    }
    return mount;
}

} // namespace Manifold::Dockerfile
