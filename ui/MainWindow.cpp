#include "MainWindow.h"

namespace ab {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Auditbench"));
}

bool MainWindow::openCase(const QString& path)
{
    setWindowTitle(tr("%1 - Auditbench").arg(path));
    return true;
}

} // namespace ab
