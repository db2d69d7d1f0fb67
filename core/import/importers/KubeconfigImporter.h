#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// kubeconfig files: https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/
/// Stores each context as a resource with every secret replaced by a fingerprint,
/// and records hygiene findings (insecure TLS, embedded credentials, exec plugins, …).
class KubeconfigImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("kubeconfig"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
