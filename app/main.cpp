#include "app/cli/dispatcher.h"
#include "ui/app/guiapplication.h"
#include "ui/app/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Manifold::Cli::wantsCli(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("manifold"));
        QCoreApplication::setOrganizationName(QStringLiteral("Manifold"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MANIFOLD_VERSION));
        Manifold::Ui::installTranslations(Manifold::Ui::commandLineLanguage());
        return Manifold::Cli::dispatch(arguments);
    }
    return Manifold::Ui::runGui(argc, argv);
}
