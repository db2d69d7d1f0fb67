#pragma once

#include "query/ResourceQuery.h"

#include <QAbstractItemModel>
#include <QVector>

namespace ab {

/// The objects of a case as a tree: namespace → kind → object (cluster-scoped
/// objects under "(cluster)"), each object its latest snapshot. Objects are
/// thousands at most, so they are held whole; bodies are read on selection.
class ResourcesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Snapshots, Source, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1, // int: index into records(), -1 on namespace and kind rows
    };

    explicit ResourcesModel(QObject* parent = nullptr);

    void setResources(QVector<ResourceRecord> records);
    const QVector<ResourceRecord>& records() const { return m_records; }
    /// The object at `index`, or null for namespace and kind rows.
    const ResourceRecord* recordAt(const QModelIndex& index) const;
    /// Where the object with index `i` of records() is shown.
    QModelIndex indexOfRecord(int i) const;
    /// Label of the namespace row of cluster-scoped objects.
    static QString clusterScopeLabel();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString label;
        int parent = -1; // node index; -1 for the root
        int row = 0;     // row within the parent
        int record = -1; // index into m_records for objects
        int objects = 0; // objects below (namespace and kind rows)
        QVector<int> children;
    };
    int nodeOf(const QModelIndex& index) const;

    QVector<ResourceRecord> m_records;
    QVector<Node> m_nodes;       // m_nodes[0] is the root
    QVector<int> m_nodeOfRecord; // per record
};

} // namespace ab
