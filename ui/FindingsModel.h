#pragma once

#include "query/FindingQuery.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVector>

namespace ab {

/// The findings of a case (FindingQuery::all), one row each, most severe first.
/// Findings are few next to events (thousands, not millions), so they are held
/// whole; the view sorts them through a proxy.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Rule, Resource, Controls, Title, ColumnCount };
    enum Role {
        FindingIdRole = Qt::UserRole + 1, // qint64
        SeverityRole,                     // int (ab::Severity)
        ArtifactIdRole,                   // qint64
        SortRole,                         // raw value for sorting (severity as a number)
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QVector<FindingRecord> findings);
    const QVector<FindingRecord>& findings() const { return m_findings; }
    const FindingRecord* findingAt(int row) const;
    /// The first row (in model order) of a finding from artifact `artifactId`, or -1.
    int firstRowOfArtifact(qint64 artifactId) const;

    /// "High", "Medium", … for display (severityName() is the stable id).
    static QString severityText(ab::Severity s);
    /// The colour severity is marked with: red for critical and high, orange, yellow, grey.
    static QColor severityColor(ab::Severity s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<FindingRecord> m_findings;
};

} // namespace ab
