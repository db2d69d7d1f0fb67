#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// SARIF 2.1.0 from any tool (checkov, kics, semgrep, gitleaks, trivy, grype, dockle):
/// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
///
/// Every `runs[].results[]` entry becomes a Finding: tool and version from
/// `tool.driver`, the rule (by ruleId, ruleIndex or rule.index) for title,
/// description, help, references and tags (CWE ids from "CWE-79" or
/// "external/cwe/cwe-79"), the first physical location for file and line.
/// Severity from `security-severity` (result, then rule) as a CVSS-like score,
/// else from `level` (result, then the rule's defaultConfiguration):
/// error → high, warning → medium, note → low, none → info. Status from `kind`:
/// pass → pass, notApplicable/informational → info, review/open → warn, else fail;
/// a result with an accepted suppression is info, its justification in the detail.
/// CVE/GHSA ids in the rule id, and "Package:", "Installed Version:" and
/// "Fixed Version:" lines (Trivy, Grype), fill the vulnerability fields.
///
/// Secrets: code snippets (in locations, related locations, code flows, fixes) and the
/// properties secret scanners put the match in ("offender", "secret", "match",
/// "raw") are never stored: the finding names their fingerprint, and the copy
/// of the file the case keeps has them, and any message quoting them, replaced.
///
/// Issues: "sarif.bad-json", ".wrong-type", ".version", ".no-results".
class SarifImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("sarif"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
    OriginalStorage originalStorage() const override { return OriginalStorage::Redacted; }
};

} // namespace ab
