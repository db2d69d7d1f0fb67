#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Fairwinds Polaris audit reports (`polaris audit --format json`):
/// https://polaris.docs.fairwinds.com/infrastructure-as-code/
///
/// Each workload of `Results[]` (Kind, Namespace, Name) becomes a Resource; each
/// check in its `Results`, `PodResult.Results` and
/// `PodResult.ContainerResults[].Results` maps becomes a Finding: passed checks
/// are "pass" (evidence too), failed ones "fail" when Polaris rates them
/// "danger" and "warn" when "warning".
class PolarisImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("polaris"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
