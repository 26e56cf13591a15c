#pragma once

#include <QMainWindow>

namespace Manifold::Ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Manifold::Ui
