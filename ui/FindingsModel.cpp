#include "FindingsModel.h"

#include <QBrush>
#include <QFileInfo>

namespace ab {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(QVector<FindingRecord> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const FindingRecord* FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
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

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size() || index.column() >= ColumnCount)
        return {};
    const FindingRecord& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return severityText(f.severity);
        case Rule:
            return f.ruleId;
        case Resource:
            return f.resource;
        case Controls:
            return f.controls.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", "));
        case Title:
            return f.title;
        }
        break;
    case Qt::ToolTipRole: {
        const QString where = f.line > 0 ? tr("%1, line %2").arg(QFileInfo(f.artifactName).fileName()).arg(f.line)
                                         : QFileInfo(f.artifactName).fileName();
        switch (index.column()) {
        case Severity:
            return tr("Severity %1, as the tool (%2) rated it").arg(severityText(f.severity), f.tool);
        case Controls:
            return tr("SOC 2 criteria this finding is evidence for: %1").arg(f.controls);
        default:
            return tr("%1\n%2").arg(data(index, Qt::DisplayRole).toString(), where);
        }
    }
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return severityColor(f.severity);
        break;
    case Qt::BackgroundRole:
        // A translucent tint reads on light and dark palettes alike.
        if (index.column() == Severity && f.severity >= ab::Severity::Low) {
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
    case SortRole:
        if (index.column() == Severity)
            return static_cast<int>(f.severity);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Severity:
            return tr("Severity");
        case Rule:
            return tr("Rule");
        case Resource:
            return tr("Resource");
        case Controls:
            return tr("SOC 2");
        case Title:
            return tr("Title");
        }
    }
    if (role == Qt::ToolTipRole && section == Controls)
        return tr("SOC 2 trust services criteria the finding is evidence for");
    return {};
}

} // namespace ab
