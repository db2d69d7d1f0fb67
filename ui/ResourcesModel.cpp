#include "ResourcesModel.h"

#include <QFileInfo>
#include <QFont>
#include <QMap>

namespace ab {

// Internal ids are node indexes; the root (node 0) is never an index.

ResourcesModel::ResourcesModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_nodes.push_back(Node{});
}

QString ResourcesModel::clusterScopeLabel()
{
    return tr("(cluster)");
}

void ResourcesModel::setResources(QVector<ResourceRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_nodes.clear();
    m_nodes.push_back(Node{});
    m_nodeOfRecord.fill(-1, m_records.size());
    // Namespaces by name with the cluster scope first, kinds by name, objects by name.
    QMap<QString, QMap<QString, QVector<int>>> tree;
    for (int i = 0; i < m_records.size(); ++i) {
        const ResourceRecord& r = m_records[i];
        const QString ns = r.namespace_.isEmpty() ? QString() : r.namespace_;
        tree[ns][r.kind].push_back(i);
    }
    const auto addNode = [this](int parent, const QString& label, int record) {
        Node n;
        n.label = label;
        n.parent = parent;
        n.row = static_cast<int>(m_nodes[parent].children.size());
        n.record = record;
        const int id = static_cast<int>(m_nodes.size());
        m_nodes.push_back(n);
        m_nodes[parent].children.push_back(id);
        return id;
    };
    for (auto ns = tree.cbegin(); ns != tree.cend(); ++ns) {
        const int nsNode = addNode(0, ns.key().isEmpty() ? clusterScopeLabel() : ns.key(), -1);
        for (auto kind = ns.value().cbegin(); kind != ns.value().cend(); ++kind) {
            const int kindNode = addNode(nsNode, kind.key(), -1);
            QVector<int> objects = kind.value();
            std::sort(objects.begin(), objects.end(),
                      [this](int a, int b) { return m_records[a].name < m_records[b].name; });
            for (int i : objects)
                m_nodeOfRecord[i] = addNode(kindNode, m_records[i].name, i);
            m_nodes[kindNode].objects = static_cast<int>(objects.size());
            m_nodes[nsNode].objects += static_cast<int>(objects.size());
        }
    }
    endResetModel();
}

int ResourcesModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    const auto id = static_cast<int>(index.internalId());
    return id > 0 && id < m_nodes.size() ? id : -1;
}

const ResourceRecord* ResourcesModel::recordAt(const QModelIndex& index) const
{
    const int n = nodeOf(index);
    if (n <= 0 || m_nodes[n].record < 0)
        return nullptr;
    return &m_records[m_nodes[n].record];
}

QModelIndex ResourcesModel::indexOfRecord(int i) const
{
    if (i < 0 || i >= m_nodeOfRecord.size() || m_nodeOfRecord[i] <= 0)
        return {};
    const int n = m_nodeOfRecord[i];
    return createIndex(m_nodes[n].row, 0, quintptr(n));
}

QModelIndex ResourcesModel::index(int row, int column, const QModelIndex& parent) const
{
    const int p = nodeOf(parent);
    if (p < 0 || row < 0 || column < 0 || column >= ColumnCount || row >= m_nodes[p].children.size() ||
        (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(m_nodes[p].children[row]));
}

QModelIndex ResourcesModel::parent(const QModelIndex& child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    const int p = m_nodes[n].parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int ResourcesModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return p < 0 ? 0 : static_cast<int>(m_nodes[p].children.size());
}

int ResourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant ResourcesModel::data(const QModelIndex& index, int role) const
{
    const int n = nodeOf(index);
    if (n <= 0)
        return {};
    const Node& node = m_nodes[n];
    const ResourceRecord* r = node.record >= 0 ? &m_records[node.record] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return r ? node.label : tr("%1 (%2)").arg(node.label).arg(node.objects);
        if (!r)
            return {};
        if (index.column() == Snapshots)
            return r->snapshots > 1 ? tr("%1 snapshots, %2 versions").arg(r->snapshots).arg(r->versions) : QString();
        if (index.column() == Source)
            return r->line > 0 ? tr("%1:%2").arg(QFileInfo(r->artifactName).fileName()).arg(r->line)
                               : QFileInfo(r->artifactName).fileName();
        break;
    case Qt::ToolTipRole:
        if (r)
            return tr("%1 %2\nfrom %3")
                .arg(r->kind, r->namespace_.isEmpty() ? r->name : r->namespace_ + '/' + r->name, r->artifactName);
        break;
    case Qt::FontRole:
        if (!r && node.parent == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case RecordRole:
        return node.record;
    }
    return {};
}

QVariant ResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Object");
    case Snapshots:
        return tr("Snapshots");
    case Source:
        return tr("From");
    }
    return {};
}

} // namespace ab
