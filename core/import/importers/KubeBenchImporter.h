#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// kube-bench results (CIS Kubernetes Benchmark checks):
/// https://github.com/aquasecurity/kube-bench/blob/main/docs/running.md#output-formats
///
/// Reads the `--json` output (an object with `Controls[]` and `Totals`, also one
/// level down inside a wrapper object), the legacy top-level array of Controls
/// objects, and the plain-text console output (`[PASS] 1.1.1 …` lines, the
/// `== Remediations <node type> ==` and `== Summary <node type> ==` sections,
/// ANSI colours stripped). Every check becomes a Finding, passed ones included
/// (status pass: they are audit evidence). ruleId is the test number, resource
/// the node type and CIS benchmark version ("master (CIS 1.5)").
///
/// Severity, decided from the status and whether the check is scored (automated):
///   FAIL scored → high; FAIL not scored (manual) → medium; WARN → low (the check
///   needs a manual review); PASS and INFO → info.
///
/// SOC 2 criteria, by the CIS section's title (numbering differs between CIS
/// benchmarks, titles do not); other sections map to nothing:
///   | section title contains | criteria |
///   |---|---|
///   | "Logging"              | CC7.2 |
///   | "RBAC"                 | CC6.1 |
///   | "Pod Security"         | CC6.1 |
///   | "Network Policies"     | CC6.6 |
///   | "Secrets Management"   | CC6.7 |
///
/// Issues: "kube-bench.bad-json", ".wrong-type", ".no-results",
/// ".totals-mismatch", ".bad-line", ".empty".
class KubeBenchImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("kube-bench"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
