#pragma once

#include "model/Artifact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace ab {

/// The artifacts of a case (CaseFile::artifacts()), one row each.
class ArtifactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Events, Findings, Issues, Sha256, Size, ImportedAt, ColumnCount };
    enum Role {
        ArtifactIdRole = Qt::UserRole + 1, // qint64
        SortRole,                          // raw value for sorting (numbers as numbers)
    };

    explicit ArtifactsModel(QObject* parent = nullptr);

    void setArtifacts(QVector<Artifact> artifacts);
    const QVector<Artifact>& artifacts() const { return m_artifacts; }
    const Artifact* artifactById(qint64 id) const;
    /// Events of the artifact and, for an archive, of all its members.
    qint64 eventsWithin(qint64 id) const;
    /// Columns the artifacts panel hides until the user shows them (the values are
    /// in the name's tooltip too).
    static bool hiddenByDefault(int column);
    /// Whether the artifact has an issue with this code.
    static bool hasIssue(const Artifact& a, const QString& code);
    /// Issue occurrences of an artifact, all codes together.
    static qint64 issueCount(const Artifact& a);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The file name; for an archive member, indented under its archive.
    QString displayName(const Artifact& a) const;
    /// What an artifact and everything read from it hold: for an archive, the sum
    /// over its members (nested ones too), since the archive stores nothing itself.
    struct Totals
    {
        qint64 events = 0;
        qint64 findings = 0;
        qint64 members = 0;
    };
    void computeTotals();

    QVector<Artifact> m_artifacts;
    QHash<qint64, int> m_rowById;
    QVector<Totals> m_totals; // by row
};

} // namespace ab
