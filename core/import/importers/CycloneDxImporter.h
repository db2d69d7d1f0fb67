#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// CycloneDX JSON SBOMs and VEX, specVersion 1.2 and later:
/// https://cyclonedx.org/docs/1.6/json/
///
/// `metadata.component` (the image or application the BOM describes) becomes a
/// `ContainerImage` Resource when it is a container, named by ImageRef's rule from
/// Trivy's aquasecurity:trivy:* properties, the pkg:oci purl or name and version;
/// otherwise an `SbomSubject`. Every entry of `components[]`, nested ones included,
/// becomes an `SbomComponent` Resource (name "name@version", uid the purl or
/// bom-ref). Each `vulnerabilities[]` entry gives one Finding per affected
/// component (`affects[].ref` resolved to its package and version), with the
/// highest rating as severity, CWE ids, advisories as references, and the
/// `analysis.state` as status (not_affected, false_positive and resolved are
/// "pass"). Trivy's and Grype's CycloneDX output and Trivy's KBOM read this way;
/// the tool named in `metadata.tools` is the finding's tool.
class CycloneDxImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("cyclonedx"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
