#include "ArtifactsModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace ab {
namespace {

QString issueSeverityName(IssueSeverity s)
{
    switch (s) {
    case IssueSeverity::Info:
        return ArtifactsModel::tr("info");
    case IssueSeverity::Warning:
        return ArtifactsModel::tr("warning");
    case IssueSeverity::Error:
        return ArtifactsModel::tr("error");
    }
    return {};
}

} // namespace

ArtifactsModel::ArtifactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ArtifactsModel::setArtifacts(QVector<Artifact> artifacts)
{
    beginResetModel();
    m_artifacts = std::move(artifacts);
    m_rowById.clear();
    for (int row = 0; row < m_artifacts.size(); ++row)
        m_rowById.insert(m_artifacts[row].id, row);
    computeTotals();
    endResetModel();
}

void ArtifactsModel::computeTotals()
{
    m_totals = QVector<Totals>(m_artifacts.size());
    for (int row = 0; row < m_artifacts.size(); ++row) {
        const Artifact& a = m_artifacts[row];
        m_totals[row].events += a.stats.events;
        m_totals[row].findings += a.stats.findings;
        // Every enclosing archive counts this artifact; the depth bound guards
        // against a parent cycle in a damaged case.
        int depth = 0;
        for (auto it = m_rowById.constFind(a.parentId); it != m_rowById.cend() && depth < 16;
             it = m_rowById.constFind(m_artifacts[*it].parentId), ++depth) {
            m_totals[*it].events += a.stats.events;
            m_totals[*it].findings += a.stats.findings;
            ++m_totals[*it].members;
        }
    }
}

QString ArtifactsModel::displayName(const Artifact& a) const
{
    const QString file = QFileInfo(a.name).fileName();
    if (a.parentId == 0)
        return file.isEmpty() ? a.name : file;
    // An archive member sits under its archive, indented by how deep it is nested.
    // Container runtimes name their logs 0.log, current.log: the folder above (the
    // container) says which one it is.
    int depth = 0;
    for (const Artifact* p = artifactById(a.parentId); p && depth < 8; p = artifactById(p->parentId))
        ++depth;
    static const QRegularExpression generic(QStringLiteral("^(\\d+\\.log.*|current\\.log|previous\\.log|logs\\.txt)$"));
    QString label = file;
    if (generic.match(file).hasMatch()) {
        const QString folder = QFileInfo(QFileInfo(a.name).path()).fileName();
        if (!folder.isEmpty())
            label = folder + QLatin1Char('/') + file;
    }
    return QString(2 * std::max(depth - 1, 0), QLatin1Char(' ')) + QStringLiteral("\u2514 ") + label;
}

const Artifact* ArtifactsModel::artifactById(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_artifacts[*it];
}

qint64 ArtifactsModel::eventsWithin(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? 0 : m_totals[*it].events;
}

bool ArtifactsModel::hiddenByDefault(int column)
{
    return column == Issues || column == Sha256 || column == Size || column == ImportedAt;
}

bool ArtifactsModel::hasIssue(const Artifact& a, const QString& code)
{
    return std::any_of(a.issues.begin(), a.issues.end(), [&code](const Issue& i) { return i.code == code; });
}

qint64 ArtifactsModel::issueCount(const Artifact& a)
{
    qint64 n = 0;
    for (const Issue& i : a.issues)
        n += i.occurrences;
    return n;
}

int ArtifactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_artifacts.size());
}

int ArtifactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtifactsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_artifacts.size() || index.column() >= ColumnCount)
        return {};
    const Artifact& a = m_artifacts[index.row()];
    const Totals& total = m_totals[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return displayName(a);
        case Kind:
            return a.kind;
        case Events:
            return locale.toString(total.events);
        case Findings:
            return locale.toString(total.findings);
        case Issues:
            return locale.toString(issueCount(a));
        case Sha256:
            return a.sha256.left(12);
        case Size:
            return locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat);
        case ImportedAt:
            return a.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return tr("%1\nArtifact %2, importer %3, analyst %4\n%5, imported %6 UTC\nSHA-256 %7\n%8 issues")
                .arg(a.name, QString::number(a.id), a.importer, a.analyst.isEmpty() ? tr("unknown") : a.analyst,
                     locale.formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat),
                     a.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.sha256,
                     locale.toString(issueCount(a)));
        case Findings:
            if (total.members > 0)
                return tr("%1 findings in its %2 members").arg(total.findings).arg(total.members);
            return a.stats.findings ? tr("%1 findings: double-click to see them").arg(a.stats.findings)
                                    : tr("No findings");
        case Events:
            if (total.members > 0)
                return tr("%1 events in its %2 members: double-click a member to see its events")
                    .arg(total.events)
                    .arg(total.members);
            return tr("%1 lines read, %2 events stored, %3 stages merged, %4 records skipped")
                .arg(a.stats.lines)
                .arg(a.stats.events)
                .arg(a.stats.merged)
                .arg(a.stats.skipped);
        case Issues: {
            if (a.issues.isEmpty())
                return tr("No issues");
            QStringList lines;
            for (const Issue& i : a.issues)
                lines << tr("%1 %2 (×%3): %4")
                             .arg(issueSeverityName(i.severity), i.code)
                             .arg(i.occurrences)
                             .arg(i.message);
            return lines.join(QLatin1Char('\n'));
        }
        case Sha256:
            return tr("SHA-256 of the bytes as given: %1").arg(a.sha256);
        case Size:
            return tr("%1 bytes").arg(a.size);
        case ImportedAt:
            return a.importedAt.toUTC().toString(Qt::ISODateWithMs);
        }
        break;
    case Qt::DecorationRole:
        // Warnings and errors show at a glance; informational issues (a redacted
        // copy, say) are in the tooltip and the Issues column.
        if (index.column() == Name && QApplication::style()) {
            IssueSeverity worst = IssueSeverity::Info;
            for (const Issue& i : a.issues)
                worst = std::max(worst, i.severity);
            if (worst == IssueSeverity::Error)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            if (worst == IssueSeverity::Warning)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Events || index.column() == Findings || index.column() == Issues ||
            index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArtifactIdRole:
        return a.id;
    case SortRole:
        switch (index.column()) {
        case Name:
            return a.name;
        case Kind:
            return a.kind;
        case Events:
            return total.events;
        case Findings:
            return total.findings;
        case Issues:
            return issueCount(a);
        case Sha256:
            return a.sha256;
        case Size:
            return a.size;
        case ImportedAt:
            return a.importedAt;
        }
        break;
    }
    return {};
}

QVariant ArtifactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Events:
        return tr("Events");
    case Findings:
        return tr("Findings");
    case Issues:
        return tr("Issues");
    case Sha256:
        return tr("SHA-256");
    case Size:
        return tr("Size");
    case ImportedAt:
        return tr("Imported (UTC)");
    }
    return {};
}

} // namespace ab
