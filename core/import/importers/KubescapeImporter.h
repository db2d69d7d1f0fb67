#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Kubescape JSON results, v2 and later (`kubescape scan --format json`):
/// https://kubescape.io/docs/cli/scanning/#output-formats
///
/// Reads `summaryDetails` (controls with controlID, name, status, scoreFactor;
/// frameworks and the controls each holds), `results[]` (per resource: the
/// controls with their status and rules, the failed paths and fixes) and
/// `resources[]` (the scanned objects). Findings:
///   - one per (control, resource) that failed, about that resource;
///   - one per control the summary lists as passed (status pass: audit evidence),
///     skipped (status info, with Kubescape's reason), or failed without any
///     failing resource in `results` (status fail, about the whole scan).
/// Severity from the control's scoreFactor (Kubescape's own scale: ≥9 critical,
/// ≥7 high, ≥4 medium, >0 low), kept as "scoreFactor N" in severityOriginal.
///
/// SOC 2 criteria come from Kubescape's SOC2 framework, which names them in its
/// control names ("Firewall (CC6.1,CC6.6,CC7.2)"): read from any framework in the
/// report whose control names carry them, and for reports scanned with other
/// frameworks from the SOC2 framework's own table (regolibrary frameworks/soc2.json):
///   | control | criteria |
///   |---|---|
///   | C-0260 | CC6.1,CC6.6,CC7.2 |
///   | C-0012 | CC6.1,CC6.6,CC6.7 |
///   | C-0186 | CC6.1,CC6.6,CC6.7 |
///   | C-0035 | CC6.1,CC6.2,CC6.7,CC6.8 |
///   | C-0067 | CC6.8,CC7.1,CC7.2 |
///   | C-0263 | CC6.1,CC6.6,CC6.7 |
///   | C-0264 | CC1.1,CC6.7 |
///
/// Every object in `resources[]` (and `results[].rawResource`, where newer
/// reports repeat it) becomes a Resource row. Secret objects keep their
/// keys but every `data`/`stringData` value, and the last-applied-configuration
/// annotation that repeats them, is replaced by its fingerprint, in the row and in
/// the copy of the report the case keeps.
///
/// Issues: "kubescape.bad-json", ".wrong-type", ".unknown-status", ".no-results".
class KubescapeImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("kubescape"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
    OriginalStorage originalStorage() const override { return OriginalStorage::Redacted; }
};

} // namespace ab
