#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace ab {

/// Every question, message box and file dialog the GUI shows goes through here,
/// so tests can script the answers (KeePassXC's MessageBox::setNextAnswer idea)
/// and no test ever blocks on a modal dialog.
class Prompter
{
public:
    enum class Answer { Yes, No, Cancel };

    virtual ~Prompter() = default;

    /// An error the user must see: `text` names the file and the reason.
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    /// A yes/no question; `Cancel` when the user closes the box.
    virtual Answer question(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Asks before something that cannot be undone: the button says what it does
    /// (`action`, "Remove") and Cancel is the default, so Enter never destroys.
    virtual bool
    confirmDestructive(QWidget* parent, const QString& title, const QString& text, const QString& action) = 0;

    /// File dialogs. An empty result means the user cancelled.
    virtual QString
    saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) = 0;
    virtual QString
    openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) = 0;
    virtual QStringList
    openFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) = 0;
    virtual QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir) = 0;
    /// One of `items`, `current` preselected; empty when the user cancelled.
    virtual QString
    chooseItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items, int current) = 0;
};

/// The real thing: QMessageBox and QFileDialog.
class WidgetPrompter : public Prompter
{
public:
    void error(QWidget* parent, const QString& title, const QString& text) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    Answer question(QWidget* parent, const QString& title, const QString& text) override;
    bool confirmDestructive(QWidget* parent, const QString& title, const QString& text, const QString& action) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) override;
    QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) override;
    QStringList
    openFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) override;
    QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir) override;
    QString chooseItem(
        QWidget* parent, const QString& title, const QString& label, const QStringList& items, int current) override;
};

} // namespace ab
