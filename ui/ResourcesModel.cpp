#include "ResourcesModel.h"

#include <QFileInfo>
#include <QFont>

namespace ab {

// Internal ids are node indexes; the root (node 0) is never an index.

ResourcesModel::ResourcesModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

// The loader joins its thread here, before the model it delivers to goes.
ResourcesModel::~ResourcesModel() = default;

QString ResourcesModel::clusterScopeLabel()
{
    return tr("(cluster)");
}

void ResourcesModel::openCase(const QString& path)
{
    closeCase();
    m_loader = std::make_unique<ResourcesLoader>(
        path, this, [this](ResourcesLoader::Reply reply) { acceptReply(std::move(reply)); },
        [this](ResourcesLoader::Detail detail) { acceptDetail(std::move(detail)); });
    request(true);
}

void ResourcesModel::closeCase()
{
    m_loader.reset();
    // Replies already queued are for the case closed.
    ++m_generation;
    ++m_detailGeneration;
    setLoading(false);
    beginResetModel();
    m_tree = ResourceTree();
    endResetModel();
}

void ResourcesModel::refresh()
{
    if (m_loader)
        request(true);
}

void ResourcesModel::setFilter(const QString& text)
{
    m_filterText = text;
    request(false);
}

void ResourcesModel::request(bool reload)
{
    ++m_generation;
    if (!m_loader)
        return;
    m_loader->request(m_generation, m_filterText, reload);
    setLoading(true);
}

void ResourcesModel::requestDetail(const ResourceRecord& r)
{
    ++m_detailGeneration;
    if (m_loader)
        m_loader->requestDetail(m_detailGeneration, r);
}

void ResourcesModel::acceptDetail(ResourcesLoader::Detail detail)
{
    if (detail.generation != m_detailGeneration) {
        ++m_staleDropped;
        return;
    }
    emit detailLoaded(detail);
}

void ResourcesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void ResourcesModel::acceptReply(ResourcesLoader::Reply reply)
{
    if (reply.generation != m_generation) {
        ++m_staleDropped;
        return;
    }
    m_lastReplyMs = reply.ms;
    m_lastReplyReloaded = reply.reloaded;
    if (reply.ok) {
        beginResetModel();
        m_tree = std::move(reply.tree);
        endResetModel();
    }
    setLoading(false);
    if (!reply.ok)
        emit queryFailed(reply.error);
}

int ResourcesModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    const auto id = static_cast<int>(index.internalId());
    return id > 0 && id < m_tree.nodes.size() ? id : -1;
}

const ResourceRecord* ResourcesModel::recordAt(const QModelIndex& index) const
{
    const int n = nodeOf(index);
    if (n <= 0 || m_tree.nodes[n].record < 0)
        return nullptr;
    return &m_tree.records[m_tree.nodes[n].record];
}

QModelIndex ResourcesModel::indexOfRecord(int i) const
{
    if (i < 0 || i >= m_tree.nodeOfRecord.size() || m_tree.nodeOfRecord[i] <= 0)
        return {};
    const int n = m_tree.nodeOfRecord[i];
    return createIndex(m_tree.nodes[n].row, 0, quintptr(n));
}

QModelIndex ResourcesModel::index(int row, int column, const QModelIndex& parent) const
{
    const int p = nodeOf(parent);
    if (p < 0 || row < 0 || column < 0 || column >= ColumnCount || row >= m_tree.nodes[p].children.size() ||
        (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, quintptr(m_tree.nodes[p].children[row]));
}

QModelIndex ResourcesModel::parent(const QModelIndex& child) const
{
    const int n = nodeOf(child);
    if (n <= 0)
        return {};
    const int p = m_tree.nodes[n].parent;
    if (p <= 0)
        return {};
    return createIndex(m_tree.nodes[p].row, 0, quintptr(p));
}

int ResourcesModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return p < 0 ? 0 : static_cast<int>(m_tree.nodes[p].children.size());
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
    const ResourceTree::Node& node = m_tree.nodes[n];
    const ResourceRecord* r = node.record >= 0 ? &m_tree.records[node.record] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            if (r)
                return node.label;
            const bool clusterScope = node.parent == 0 && node.label.isEmpty();
            return tr("%1 (%2)").arg(clusterScope ? clusterScopeLabel() : node.label).arg(node.objects);
        }
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
