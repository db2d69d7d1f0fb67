#pragma once

#include "query/AccessReview.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ab {

/// View › Access Review: each node's accounts that can log in or act as root,
/// how, and their last login (AccessReview::build, what `auditbench-cli access`
/// prints), grouped by node, each node's password policy on its heading. The review is built on a worker with its own
/// read-only connection, so the window stays responsive on a case of many nodes.
/// Double-clicking an account (or Enter on it) shows its events on its node in the
/// timeline; Copy puts the table on the clipboard as tab-separated lines.
class AccessDialog : public QDialog
{
    Q_OBJECT
public:
    AccessDialog(const QString& casePath, QWidget* parent = nullptr);

    /// Builds the review again (after an import, say).
    void refresh();
    bool isLoading() const { return m_loading; }
    QTreeWidget* results() const { return m_tree; }
    /// The review as tab-separated lines, a header first.
    QString resultsText() const;
    /// The role of a node heading's node name (its text adds the node's policy).
    static constexpr int kNodeRole = Qt::UserRole + 2;

signals:
    /// The analyst asked for the events of a filter: an account's on its node.
    void filterChosen(const QString& filter);
    /// The analyst asked for a node's objects (its accounts, policy and other
    /// files): double-click on the node's heading.
    void nodeObjectsChosen(const QString& node);

private:
    void showResults();

    QString m_casePath;
    QLabel* m_status = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_copy = nullptr;
    /// The accounts, and each node's password policy for its heading.
    struct Review
    {
        QVector<AccessEntry> entries;
        QVector<NodePolicy> policies;
    };
    QFutureWatcher<Result<Review>>* m_watcher = nullptr;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace ab
