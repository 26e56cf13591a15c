#include "ui/app/guiapplication.h"

#include <QByteArray>

// `manifold-studio`: the desktop application. Usually started by `manifold` without a command.
int main(int argc, char *argv[])
{
    // One window class whichever name started it, so desktops match it to its .desktop entry.
    if (qEnvironmentVariableIsEmpty("RESOURCE_NAME"))
        qputenv("RESOURCE_NAME", QByteArrayLiteral("manifold"));
    return Manifold::Ui::runGui(argc, argv);
}
