#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Grype JSON reports (`grype -o json`): https://github.com/anchore/grype#output-formats
///
/// Each `matches[]` entry becomes a Finding: the vulnerability (id, severity, CVSS,
/// description, URLs, fix versions and state), its related vulnerabilities as
/// aliases, and the matched package (name, version, type, purl, location). The
/// `source` names the scanned image (by ImageRef's rule, so findings group with
/// Trivy's) or directory; a scanned image becomes a `ContainerImage` Resource.
/// When Grype's id is not a CVE but a related one is (GHSA-… with CVE-…), the CVE
/// comes first in Finding::cve, as other tools name such findings by the CVE.
class GrypeImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("grype"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
