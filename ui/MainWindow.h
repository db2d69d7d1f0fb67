#pragma once

#include <QMainWindow>

namespace ab {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    bool openCase(const QString& path);
};

} // namespace ab
