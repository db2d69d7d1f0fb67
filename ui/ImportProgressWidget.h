#pragma once

#include "import/ImportJob.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ab {

/// The running import in the status bar: file, bytes as a percentage, events so
/// far, and a Cancel button (Esc).
class ImportProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImportProgressWidget(QWidget* parent = nullptr);

    void begin(int inputCount);
    void setProgress(const ImportProgress& p);
    /// Shown while the job rolls back after a cancel.
    void setCancelling();

signals:
    void cancelRequested();

private:
    QLabel* m_fileLabel = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_eventsLabel = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace ab
