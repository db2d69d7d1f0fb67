#pragma once

#include "model/Finding.h"

#include <QSortFilterProxyModel>

#include <array>

namespace ab {

struct FindingRecord;
class FindingsModel;

/// Filters the findings table by text, lowest severity, tool and status, and
/// sorts it. Group rows show while any of their findings pass.
class FindingsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterProxy(FindingsModel* model, QObject* parent = nullptr);

    /// Words that must all appear (any case) in the rule, title, resource,
    /// package, image, CVE or tool of a finding.
    void setText(const QString& text);
    void setMinSeverity(Severity s);
    /// Empty: any.
    void setTool(const QString& tool);
    void setStatus(const QString& status);

    bool accepts(const FindingRecord& f) const;
    /// Findings that pass the filter, per severity (index = ab::Severity), those
    /// other evidence overrides aside: they decide nothing.
    std::array<int, 5> severityCounts() const;
    /// Overridden findings that pass the filter.
    int overriddenCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    FindingsModel* m_model;
    QStringList m_words;
    Severity m_minSeverity = Severity::Info;
    QString m_tool;
    QString m_status;
};

} // namespace ab
