#pragma once

#include "query/FindingQuery.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QVector>

#include <array>

namespace ab {

/// The findings of a case, one row per problem (findings of several tools about
/// the same problem are one row; see FindingQuery::collapseGroups), most severe
/// first. Flat, or grouped by image, resource or rule: then the top-level rows
/// are groups (their most severe finding's severity, their count) and the
/// findings are their children. Findings are few next to events (thousands to a
/// few hundred thousand), so they are held whole; the view filters and sorts
/// them through FindingsFilterProxy.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Severity, Status, Rule, Resource, Package, Sources, Title, Controls, ColumnCount };
    enum Role {
        FindingIdRole = Qt::UserRole + 1, // qint64; 0 on group rows
        SeverityRole,                     // int (ab::Severity); the group's highest on group rows
        ArtifactIdRole,                   // qint64
        SortRole,                         // raw value for sorting (severity as a number)
        IsGroupRole,                      // bool
    };
    enum class GroupBy { None, Image, Resource, Rule };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QVector<FindingRecord> findings);
    const QVector<FindingRecord>& findings() const { return m_findings; }
    /// The finding with index `i` of findings(), or null.
    const FindingRecord* findingAt(int i) const;
    /// The finding shown at `index`, or null (group rows, invalid indexes).
    const FindingRecord* findingAt(const QModelIndex& index) const;
    /// Where the finding with index `i` of findings() is shown.
    QModelIndex indexOfFinding(int i) const;
    /// The first finding (index into findings()) from artifact `artifactId`, or -1.
    int firstRowOfArtifact(qint64 artifactId) const;

    void setGroupBy(GroupBy by);
    GroupBy groupBy() const { return m_groupBy; }
    /// What a finding is grouped under; empty findings go to "(none)".
    static QString groupKey(const FindingRecord& f, GroupBy by);

    /// "High", "Medium", … for display (severityName() is the stable id).
    static QString severityText(ab::Severity s);
    /// The colour severity is marked with: red for critical and high, orange, yellow, grey.
    static QColor severityColor(ab::Severity s);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString key;
        QVector<int> members; // indexes into m_findings, in model order
        ab::Severity highest = ab::Severity::Info;
    };
    void regroup();
    QVariant findingData(const FindingRecord& f, int column, int role) const;
    QVariant groupData(const Group& g, int column, int role) const;

    QVector<FindingRecord> m_findings;
    GroupBy m_groupBy = GroupBy::None;
    QVector<Group> m_groups;
    QVector<QPair<int, int>> m_position; // per finding: (group, row in it); group -1 when flat
};

} // namespace ab
