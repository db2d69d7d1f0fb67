#include "FindingsFilterProxy.h"

#include "FindingsModel.h"

#include <algorithm>

namespace ab {

FindingsFilterProxy::FindingsFilterProxy(FindingsModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(FindingsModel::SortRole);
    setRecursiveFilteringEnabled(true);
}

void FindingsFilterProxy::setText(const QString& text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void FindingsFilterProxy::setMinSeverity(Severity s)
{
    m_minSeverity = s;
    refilter();
}

void FindingsFilterProxy::setTool(const QString& tool)
{
    m_tool = tool;
    refilter();
}

void FindingsFilterProxy::setStatus(const QString& status)
{
    m_status = status;
    refilter();
}

void FindingsFilterProxy::refilter()
{
    invalidateFilter();
}

bool FindingsFilterProxy::accepts(const FindingRecord& f) const
{
    if (f.severity < m_minSeverity)
        return false;
    if (!m_tool.isEmpty() && f.tool != m_tool && !f.groupTools.contains(m_tool))
        return false;
    if (!m_status.isEmpty() && f.status != m_status)
        return false;
    for (const QString& w : m_words) {
        const bool hit = f.ruleId.contains(w, Qt::CaseInsensitive) || f.title.contains(w, Qt::CaseInsensitive) ||
                         f.resource.contains(w, Qt::CaseInsensitive) || f.package.contains(w, Qt::CaseInsensitive) ||
                         f.image.contains(w, Qt::CaseInsensitive) || f.cve.contains(w, Qt::CaseInsensitive) ||
                         f.tool.contains(w, Qt::CaseInsensitive) || f.controls.contains(w, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

std::array<int, 5> FindingsFilterProxy::severityCounts() const
{
    std::array<int, 5> counts{};
    for (const FindingRecord& f : m_model->findings()) {
        if (f.status != FindingStatus::Overridden && accepts(f))
            ++counts[static_cast<size_t>(std::clamp(static_cast<int>(f.severity), 0, 4))];
    }
    return counts;
}

int FindingsFilterProxy::overriddenCount() const
{
    const auto& all = m_model->findings();
    return int(std::count_if(all.begin(), all.end(), [this](const FindingRecord& f) {
        return f.status == FindingStatus::Overridden && accepts(f);
    }));
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = m_model->index(sourceRow, 0, sourceParent);
    const FindingRecord* f = m_model->findingAt(idx);
    // Group rows pass only through their findings (recursive filtering).
    return f && accepts(*f);
}

} // namespace ab
