#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// OSCAL assessment results, JSON (NIST OSCAL 1.x):
/// https://pages.nist.gov/OSCAL-Reference/models/v1.1.2/assessment-results/json-reference/
///
/// Each `assessment-results.results[].findings[]` entry becomes a Finding: ruleId
/// the target's target-id ("ac-6.1_obj"), status from target.status.state
/// (satisfied → pass, not-satisfied → fail, else info), the description and
/// the descriptions and remarks of its related observations in the detail, the
/// result's start and end as first and last seen. Observations no finding refers
/// to are evidence too: each becomes an info finding of its own.
///
/// Severity: OSCAL findings carry none. A related risk's characterization facet
/// named "impact", "severity" or "risk" gives it when present; otherwise a
/// not-satisfied finding is medium and everything else info.
/// SOC 2 criteria stay empty: the controls are NIST SP 800-53's, and no mapping
/// is guessed.
///
/// Issues: "oscal.bad-json", ".wrong-type", ".truncated", ".no-results".
class OscalImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("oscal"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
