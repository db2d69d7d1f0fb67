#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Kubernetes API-server audit logs:
/// https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
///
/// Reads native audit.k8s.io/v1 and v1beta1 Event objects (also without
/// apiVersion/kind, as in Falco's trace files) as JSON lines, EventList
/// documents, and the cloud wrappers: GKE Cloud Logging AuditLog entries
/// (https://cloud.google.com/kubernetes-engine/docs/how-to/audit-logging),
/// AKS diagnostic records with the event as a JSON string in properties.log
/// (https://learn.microsoft.com/azure/aks/monitor-aks-reference), and EKS
/// CloudWatch exports with the event in @message/message. Each of these as JSON
/// lines, a JSON array, a {"items"|"records"|"events"|"entries": [...]} document
/// (EventList, AKS, CloudWatch filter-log-events, Cloud Logging entries.list), or YAML
/// documents separated by "---".
///
/// JSON lines stream in blocks and are parsed in place (simdjson ondemand); a
/// line over 64 MiB is skipped unread. Whole documents (arrays, EventLists,
/// pretty-printed JSON, YAML) are loaded up to 512 MiB. Each record becomes one
/// event pointing at its own bytes; stages of one request share the auditID as
/// merge key and the most complete stage wins. A bad record is an issue
/// ("k8s-audit.bad-json", ".not-an-event", ".no-time", ".bad-time",
/// ".line-too-long", ".binary", ".truncated", ".wrong-type", ".bad-utf8",
/// ".bad-yaml", ".read-error") and the import goes on; the import fails only
/// when nothing in the input is an audit event.
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
