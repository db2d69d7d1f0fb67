#pragma once

#include "ResourcesLoader.h"

#include <QAbstractItemModel>

#include <memory>

namespace ab {

/// The objects of a case as a tree: namespace → kind → object (cluster-scoped
/// objects under "(cluster)"), each object its latest snapshot; bodies are read
/// on selection.
///
/// A worker (ResourcesLoader) reads the objects, filters them and builds the
/// tree; the UI thread only swaps the result in. Each filter change or refresh
/// bumps a generation counter, and replies for an older generation are dropped,
/// so a slow reply for an earlier filter never replaces a newer one.
class ResourcesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Snapshots, Source, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1, // int: index into records(), -1 on namespace and kind rows
    };

    explicit ResourcesModel(QObject* parent = nullptr);
    ~ResourcesModel() override;

    /// Starts showing the objects of the case at `path` with the current filter.
    void openCase(const QString& path);
    void closeCase();
    /// Reads the objects again (after an import or a removal), keeping the filter.
    void refresh();
    /// Shows the objects whose name, kind or namespace holds each word of `text`.
    void setFilter(const QString& text);
    QString filterText() const { return m_filterText; }

    /// True from a request until its reply arrives.
    bool isLoading() const { return m_loading; }
    /// Objects in the case, shown or not (once loaded).
    int totalCount() const { return m_tree.total; }
    /// The objects shown.
    const QVector<ResourceRecord>& records() const { return m_tree.records; }
    /// The object at `index`, or null for namespace and kind rows.
    const ResourceRecord* recordAt(const QModelIndex& index) const;
    /// Where the object with index `i` of records() is shown.
    QModelIndex indexOfRecord(int i) const;
    /// Index into records() of the object with this ResourceRecord::key, or -1.
    int recordOfKey(const QString& key) const { return m_tree.recordOfKey.value(key, -1); }
    /// Label of the namespace row of cluster-scoped objects.
    static QString clusterScopeLabel();

    /// Asks the worker what the tab shows of the object `r`; it comes with
    /// detailLoaded() unless another is asked for first.
    void requestDetail(const ResourceRecord& r);

    /// Where the worker's replies land. Public so that tests can hand in replies
    /// in any order.
    void acceptReply(ResourcesLoader::Reply reply);
    void acceptDetail(ResourcesLoader::Detail detail);
    quint64 generation() const { return m_generation; }
    quint64 detailGeneration() const { return m_detailGeneration; }
    int staleRepliesDropped() const { return m_staleDropped; }
    /// True if the rows shown were read from the case anew, not only filtered again.
    bool lastReplyReloaded() const { return m_lastReplyReloaded; }
    /// Worker time of the last reply taken (ms).
    double lastReplyMs() const { return m_lastReplyMs; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void detailLoaded(const ab::ResourcesLoader::Detail& detail);
    /// The worker could not read the objects (the case went away, disk error).
    void queryFailed(const QString& message);

private:
    void request(bool reload);
    void setLoading(bool loading);
    int nodeOf(const QModelIndex& index) const;

    std::unique_ptr<ResourcesLoader> m_loader;
    ResourceTree m_tree;
    QString m_filterText;
    quint64 m_generation = 0;
    quint64 m_detailGeneration = 0; // bumped on every requestDetail()
    bool m_loading = false;
    int m_staleDropped = 0;
    double m_lastReplyMs = 0;
    bool m_lastReplyReloaded = false;
};

} // namespace ab
