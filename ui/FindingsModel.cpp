#include "FindingsModel.h"

#include <QBrush>
#include <QFileInfo>
#include <QFont>
#include <QHash>

namespace ab {

// Internal ids: 0 for top-level rows, group index + 1 for a group's children.

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void FindingsModel::setFindings(QVector<FindingRecord> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    regroup();
    endResetModel();
}

void FindingsModel::setGroupBy(GroupBy by)
{
    if (by == m_groupBy)
        return;
    beginResetModel();
    m_groupBy = by;
    regroup();
    endResetModel();
}

void FindingsModel::regroup()
{
    m_groups.clear();
    m_position.fill({-1, 0}, m_findings.size());
    if (m_groupBy == GroupBy::None) {
        for (int i = 0; i < m_findings.size(); ++i)
            m_position[i] = {-1, i};
        return;
    }
    // Findings are most severe first, so groups come out most severe first too.
    QHash<QString, int> byKey;
    for (int i = 0; i < m_findings.size(); ++i) {
        const QString key = groupKey(m_findings[i], m_groupBy);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, static_cast<int>(m_groups.size()));
            m_groups.push_back(Group{key, {}, m_findings[i].severity});
        }
        Group& g = m_groups[it.value()];
        m_position[i] = {it.value(), static_cast<int>(g.members.size())};
        g.members.push_back(i);
        g.highest = std::max(g.highest, m_findings[i].severity);
    }
}

QString FindingsModel::groupKey(const FindingRecord& f, GroupBy by)
{
    QString key;
    switch (by) {
    case GroupBy::None:
        break;
    case GroupBy::Image:
        key = !f.image.isEmpty() ? f.image : f.imageDigest;
        break;
    case GroupBy::Resource:
        key = f.resource;
        if (key.isEmpty() && !f.resourceName.isEmpty())
            key = QStringLiteral("%1 %2/%3").arg(f.resourceKind, f.resourceNamespace, f.resourceName);
        break;
    case GroupBy::Rule:
        key = f.tool + QStringLiteral(": ") + f.ruleId;
        break;
    }
    return key.isEmpty() ? tr("(none)") : key;
}

const FindingRecord* FindingsModel::findingAt(int i) const
{
    return i >= 0 && i < m_findings.size() ? &m_findings[i] : nullptr;
}

const FindingRecord* FindingsModel::findingAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (m_groupBy == GroupBy::None)
        return findingAt(index.row());
    if (index.internalId() == 0)
        return nullptr; // a group row
    const Group& g = m_groups[static_cast<int>(index.internalId() - 1)];
    return index.row() < g.members.size() ? &m_findings[g.members[index.row()]] : nullptr;
}

QModelIndex FindingsModel::indexOfFinding(int i) const
{
    if (i < 0 || i >= m_findings.size())
        return {};
    const auto [group, row] = m_position[i];
    if (group < 0)
        return createIndex(row, 0, quintptr(0));
    return createIndex(row, 0, quintptr(group + 1));
}

int FindingsModel::firstRowOfArtifact(qint64 artifactId) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].artifactId == artifactId)
            return i;
    }
    return -1;
}

QString FindingsModel::severityText(ab::Severity s)
{
    switch (s) {
    case ab::Severity::Info:
        return tr("Info");
    case ab::Severity::Low:
        return tr("Low");
    case ab::Severity::Medium:
        return tr("Medium");
    case ab::Severity::High:
        return tr("High");
    case ab::Severity::Critical:
        return tr("Critical");
    }
    return tr("Info");
}

QColor FindingsModel::severityColor(ab::Severity s)
{
    switch (s) {
    case ab::Severity::Critical:
        return QColor(0x8b, 0x00, 0x00);
    case ab::Severity::High:
        return QColor(0xd0, 0x30, 0x20);
    case ab::Severity::Medium:
        return QColor(0xe6, 0x7e, 0x00);
    case ab::Severity::Low:
        return QColor(0xd4, 0xb0, 0x00);
    case ab::Severity::Info:
        break;
    }
    return QColor(0x90, 0x90, 0x90);
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groupBy == GroupBy::None ? m_findings.size() : m_groups.size());
    if (parent.column() != 0 || m_groupBy == GroupBy::None || parent.internalId() != 0)
        return 0;
    return static_cast<int>(m_groups[parent.row()].members.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (const FindingRecord* f = findingAt(index))
        return findingData(*f, index.column(), role);
    if (m_groupBy != GroupBy::None && index.internalId() == 0 && index.row() < m_groups.size())
        return groupData(m_groups[index.row()], index.column(), role);
    return {};
}

QVariant FindingsModel::groupData(const Group& g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Severity)
            return severityText(g.highest);
        if (column == Rule)
            return g.key;
        if (column == Title)
            return g.members.size() == 1 ? tr("1 finding") : tr("%1 findings").arg(g.members.size());
        break;
    case Qt::ToolTipRole:
        return tr("%1: %n finding(s), the most severe %2", nullptr, int(g.members.size()))
            .arg(g.key, severityText(g.highest));
    case Qt::DecorationRole:
        if (column == Severity)
            return severityColor(g.highest);
        break;
    case Qt::FontRole:
        if (column == Rule) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SeverityRole:
        return static_cast<int>(g.highest);
    case IsGroupRole:
        return true;
    case FindingIdRole:
    case ArtifactIdRole:
        return qint64(0);
    case SortRole:
        if (column == Severity)
            return static_cast<int>(g.highest);
        if (column == Title)
            return static_cast<int>(g.members.size());
        return column == Rule ? QVariant(g.key) : QVariant(QString());
    }
    return {};
}

QVariant FindingsModel::findingData(const FindingRecord& f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Severity:
            return severityText(f.severity);
        case Status:
            return f.status;
        case Rule:
            return f.ruleId;
        case Resource:
            return f.resource;
        case Package:
            return f.installedVersion.isEmpty() ? f.package : f.package + QLatin1Char(' ') + f.installedVersion;
        case Sources:
            return f.groupTools.isEmpty() ? f.tool : f.groupTools.join(QStringLiteral(", "));
        case Controls:
            return f.controls.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", "));
        case Title:
            return f.title;
        }
        break;
    case Qt::ToolTipRole: {
        const QString where = f.line > 0 ? tr("%1, line %2").arg(QFileInfo(f.artifactName).fileName()).arg(f.line)
                                         : QFileInfo(f.artifactName).fileName();
        switch (column) {
        case Severity:
            return f.severityOriginal.isEmpty()
                       ? tr("Severity %1, as the tool (%2) rated it").arg(severityText(f.severity), f.tool)
                       : tr("Severity %1; %2 said \"%3\"").arg(severityText(f.severity), f.tool, f.severityOriginal);
        case Sources:
            return tr("Reported %n time(s), by: %1", nullptr, int(f.groupSize))
                .arg(f.groupTools.join(QStringLiteral(", ")));
        case Controls:
            return tr("SOC 2 criteria this finding is evidence for: %1").arg(f.controls);
        case Status:
            if (!f.overriddenBy.isEmpty())
                return f.overriddenBy;
            return tr("%1\n%2").arg(f.status, where);
        default:
            return tr("%1\n%2").arg(findingData(f, column, Qt::DisplayRole).toString(), where);
        }
    }
    case Qt::DecorationRole:
        if (column == Severity)
            return severityColor(f.severity);
        break;
    case Qt::ForegroundRole:
        // Kept, and shown, but not what holds on the node: greyed.
        if (f.status == FindingStatus::Overridden)
            return QBrush(QColor(Qt::gray));
        break;
    case Qt::BackgroundRole:
        // A translucent tint reads on light and dark palettes alike.
        if (column == Severity && f.severity >= ab::Severity::Low) {
            QColor c = severityColor(f.severity);
            c.setAlpha(f.severity >= ab::Severity::High ? 60 : 45);
            return QBrush(c);
        }
        break;
    case FindingIdRole:
        return f.id;
    case SeverityRole:
        return static_cast<int>(f.severity);
    case ArtifactIdRole:
        return f.artifactId;
    case IsGroupRole:
        return false;
    case SortRole:
        if (column == Severity)
            return static_cast<int>(f.severity);
        if (column == Sources)
            return f.groupSize;
        return findingData(f, column, Qt::DisplayRole);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Severity:
            return tr("Severity");
        case Status:
            return tr("Status");
        case Rule:
            return tr("Rule");
        case Resource:
            return tr("Resource");
        case Package:
            return tr("Package");
        case Sources:
            return tr("Seen by");
        case Controls:
            return tr("SOC 2");
        case Title:
            return tr("Title");
        }
    }
    if (role == Qt::ToolTipRole && section == Controls)
        return tr("SOC 2 trust services criteria the finding is evidence for");
    if (role == Qt::ToolTipRole && section == Sources)
        return tr("The tools that reported this problem (the same CVE in the same package of the same image)");
    return {};
}

} // namespace ab
