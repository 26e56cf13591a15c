#include "ui/app/guiapplication.h"

#include "core/utils/translations.h"
#include "ui/app/languagesetting.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Manifold::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Ui::GuiApplication)
};
} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("manifold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Manifold"));
    QApplication::setOrganizationName(QStringLiteral("Manifold"));
    QApplication::setApplicationVersion(QStringLiteral(MANIFOLD_VERSION));

    Utils::installTranslations(LanguageSetting::preferred());

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 Tr::tr("A Manifold project or a Dockerfile to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Tr::tr("Render the window to a PNG file and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  Tr::tr("With --screenshot: the view to render."),
                                  QStringLiteral("name"), QStringLiteral("window"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Tr::tr("Open the sample project: one Dockerfile built for linux/amd64 and "
                                           "linux/arm64."));
    parser.addOptions({screenshot, view, sample});
    parser.addHelpOption();
    parser.process(app);

    if (parser.isSet(screenshot) && !screenshotViews().contains(parser.value(view))) {
        std::fprintf(stderr, "manifold: unknown view '%s' (expected one of: %s)\n",
                     qPrintable(parser.value(view)),
                     qPrintable(screenshotViews().join(QStringLiteral(", "))));
        return 2;
    }

    MainWindow window;
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(sample)) {
        if (const Status opened = window.openSample(); !opened) {
            std::fprintf(stderr, "manifold: %s\n", qPrintable(opened.error().toString()));
            if (parser.isSet(screenshot))
                return 1;
        }
    } else if (!paths.isEmpty()) {
        if (const Status opened = window.openPath(paths.first()); !opened) {
            std::fprintf(stderr, "manifold: %s\n", qPrintable(opened.error().toString()));
            if (parser.isSet(screenshot))
                return 1;
        }
    } else {
        window.openInitialProject();
    }
    window.show();

    if (parser.isSet(screenshot)) {
        // Let the window lay out and the Dockerfile analysis land before grabbing.
        window.waitForAnalysis();
        QCoreApplication::processEvents();
        const bool written = renderScreenshot(window, parser.value(view), parser.value(screenshot));
        if (!written)
            std::fprintf(stderr, "manifold: cannot write screenshot %s\n",
                         qPrintable(parser.value(screenshot)));
        return written ? 0 : 1;
    }
    return app.exec();
}

} // namespace Manifold::Ui
