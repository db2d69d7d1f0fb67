#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Google Cloud Logging LogEntry exports of node and workload logs
/// (https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry), as
/// `gcloud logging read --format=yaml` writes them (documents separated by
/// "---"), as `--format=json` (one JSON array, or a single entry), and as JSON
/// lines (sinks to Cloud Storage, `jq -c '.[]'`).
///
/// Only entries with a jsonPayload or textPayload are read: Cloud Audit Logs
/// (protoPayload with an AuditLog @type) belong to the k8s-audit importer, so the
/// sniffer says No to them and the importer skips them ("gcp-logging.audit-entry").
///
/// Columns: time from timestamp (else receiveTimestamp), Exact; severity from
/// the LogEntry severity; Node from resource.labels.node_name (else the journal's
/// _HOSTNAME, else the hinted node); Cluster, Namespace, Pod, Container from
/// resource.labels cluster_name, namespace_name, pod_name, container_name;
/// UserAgent the journal's SYSLOG_IDENTIFIER (else _COMM, else the log's name,
/// "kubelet" of ".../logs/kubelet"); Resource the journal's _SYSTEMD_UNIT;
/// RecordId the insertId; Message "identifier[_PID]: MESSAGE" for journal
/// payloads, else textPayload, else jsonPayload message / msg / log. Journal
/// lines of authentication programs get the structured fields of authlog::parse.
///
/// A whole JSON document is loaded (up to 256 MiB); YAML documents and JSON
/// lines stream. Issues: "gcp-logging.bad-json", "gcp-logging.bad-yaml",
/// "gcp-logging.not-an-entry", "gcp-logging.audit-entry", "gcp-logging.no-time",
/// "gcp-logging.too-large", and those of nodelog::TextLogReader.
class GcpLoggingImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("gcp-logging"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
