#include "ui/mainwindow/mainwindow.h"

namespace Manifold::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Manifold"));
}

} // namespace Manifold::Ui
