#pragma once

namespace Manifold::Ui {

// Starts the studio: QApplication, translations, the main window on the last or sample project.
// Handles the GUI-only options (a project, Dockerfile or folder path, --sample, --screenshot FILE,
// --view NAME).
int runGui(int argc, char *argv[]);

} // namespace Manifold::Ui
