#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Syft's native JSON SBOM (`syft -o json`, what Grype reads):
/// https://github.com/anchore/syft/tree/main/schema/json
///
/// Each `artifacts[]` package becomes an `SbomComponent` Resource (the kind
/// CycloneDX components and SPDX packages use: name "name@version", uid the purl
/// or Syft's id, type, licenses, where it was found). The `source` becomes a
/// `ContainerImage` Resource named by ImageRef's rule when it is an image (both
/// the older `source.target` and the newer `source.metadata` layouts), else an
/// `SbomSubject`. An SBOM lists no vulnerabilities, so there are no findings.
class SyftImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("syft"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
