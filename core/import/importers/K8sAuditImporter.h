#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Kubernetes API-server audit logs:
/// https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
/// Native audit.k8s.io/v1 and v1beta1 Event objects as JSON lines, EventList
/// documents, and the cloud wrappers (GKE Cloud Logging AuditLog entries, AKS
/// diagnostic records, EKS CloudWatch exports).
class K8sAuditImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("k8s-audit"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
