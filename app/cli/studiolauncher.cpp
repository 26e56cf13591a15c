#include "app/cli/studiolauncher.h"

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/utils/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Manifold::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::StudioLauncher)
};

QString studioPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
#if defined(Q_OS_MACOS)
    // Manifold.app/Contents/Helpers/manifold starts Manifold.app/Contents/MacOS/Manifold.
    if (here.dirName() == QLatin1String("Helpers"))
        return here.filePath(QStringLiteral("../MacOS/Manifold"));
#elif defined(Q_OS_WIN)
    return here.filePath(QStringLiteral("manifold-studio.exe"));
#endif
    return here.filePath(QStringLiteral("manifold-studio"));
}

int cannotStart(const QString &path, const QString &why)
{
    QTextStream err(stderr);
    printError(err, QStringLiteral("studio"),
               Error(QStringLiteral("cli.studio"), Tr::tr("cannot start the studio: %1").arg(why), QDir::toNativeSeparators(path),
                     Tr::tr("Install the studio next to manifold (it ships in the same package; in a build "
                            "tree, build the manifold-studio target), or run a command: manifold --help.")));
    return ExitFindings;
}
} // namespace

int launchStudio(char *argv[])
{
    const QString path = studioPath();
    if (!QFileInfo(path).isExecutable())
        return cannotStart(path, Tr::tr("the file is missing or not executable"));
#ifdef Q_OS_UNIX
    // argv[0] stays "manifold": the studio names its windows and settings after it.
    const QByteArray file = QFile::encodeName(path);
    ::execv(file.constData(), argv);
    return cannotStart(path, QString::fromLocal8Bit(std::strerror(errno)));
#else
    QStringList arguments;
    for (int i = 1; argv[i]; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const int code = QProcess::execute(path, arguments);
    return code < 0 ? cannotStart(path, Tr::tr("it did not run")) : code;
#endif
}

} // namespace Manifold::Cli
