#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Trivy JSON reports, SchemaVersion 2: https://trivy.dev/latest/docs/configuration/reporting/#json
///
/// Reads image, filesystem, repository, VM and SBOM scans (`Results[]` of class
/// os-pkgs / lang-pkgs with Vulnerabilities, `config` with Misconfigurations,
/// `secret` with Secrets, `license` with Licenses); `trivy k8s` cluster reports,
/// both the current `{ClusterName, Resources[]}` shape and the older one split into
/// top-level `Vulnerabilities[]` / `Misconfigurations[]` lists of resources; and the
/// trivy-operator `VulnerabilityReport` custom resource
/// (https://aquasecurity.github.io/trivy-operator/latest/docs/crds/vulnerability-report/),
/// alone or in a `List`, as JSON or YAML (`kubectl get vulnerabilityreports -o yaml`;
/// read with SafeYaml's bounds, converted, and pointed back at the YAML's lines). Every entry becomes a Finding
/// pointing at the line its object starts on; scanned images, Kubernetes objects and the packages of
/// `--list-all-pkgs` reports become Resources.
/// Images are named by ImageRef's rule so findings group with other tools'.
///
/// Secret findings carry the matched text: it is replaced by secretFingerprint(),
/// in the findings and in the copy of the report the case keeps (Redacted storage).
/// Other SchemaVersions are refused; a document cut short keeps what came before.
class TrivyImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("trivy"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
    OriginalStorage originalStorage() const override { return OriginalStorage::Redacted; }
};

} // namespace ab
