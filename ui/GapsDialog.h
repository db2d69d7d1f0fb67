#pragma once

#include "query/Silences.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ab {

/// View › Gaps in the Evidence: where the timeline's events fall silent, for the
/// case as a whole or for each node, source kind or artifact, within the filter's
/// time window when it has one (Silences::find,
/// what `auditbench-cli gaps` prints). The search runs on a worker with its own
/// read-only connection; the window stays responsive and a new search replaces
/// one still running. Double-clicking a gap (or Enter on it) shows the timeline
/// around it: the gap with a tenth of its length on each side (rounded outward as
/// the histogram rounds a drag), as a time window in the filter, so what else
/// was logged meanwhile is in view.
class GapsDialog : public QDialog
{
    Q_OBJECT
public:
    GapsDialog(const QString& casePath, QWidget* parent = nullptr);
    ~GapsDialog() override;

    /// Searches the events `filterText` matches (the timeline's filter); its time
    /// window, if it has one, is the period they should cover.
    void search(const QString& filterText);
    bool isSearching() const { return m_searching; }
    QTreeWidget* results() const { return m_tree; }
    /// The results as tab-separated lines (where, from, until, seconds, edge), a
    /// header first: what Copy puts on the clipboard, for a workpaper.
    QString resultsText() const;

signals:
    /// The analyst asked to see [fromNs, toNs) in the timeline.
    void windowChosen(qint64 fromNs, qint64 toNs);
    /// The analyst asked for the events of a filter: a node without logs' kubelet.
    void filterChosen(const QString& filter);

private:
    void showResults();
    void openItem(QTreeWidgetItem* item);

    QString m_casePath;
    QString m_filterText;
    QComboBox* m_by = nullptr;
    QComboBox* m_min = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_copy = nullptr;
    QFutureWatcher<Result<QVector<Silences::Group>>>* m_watcher = nullptr;
    Silences::By m_searchedBy = Silences::By::All;
    bool m_searching = false;
    bool m_again = false; // asked for again while one ran
};

} // namespace ab
