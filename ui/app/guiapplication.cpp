#include "ui/app/guiapplication.h"

#include "ui/app/translations.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace Manifold::Ui {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("manifold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Manifold"));
    QApplication::setOrganizationName(QStringLiteral("Manifold"));
    QApplication::setApplicationVersion(QStringLiteral(MANIFOLD_VERSION));

    installTranslations();

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A Manifold project or a Dockerfile to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG file and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("With --screenshot: the view to render."),
                                  QStringLiteral("name"), QStringLiteral("window"));
    parser.addOptions({screenshot, view});
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Manifold::Ui
