#pragma once

#include "import/ArtifactImporter.h"
#include "model/Event.h"

#include <string_view>

namespace ab {

namespace logtext {
class JsonObjectReader;
}

/// Envoy and Istio sidecar access logs, the network evidence of CC6.6:
/// - Envoy's default text format
///   (https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#default-format-string)
///   and Istio's longer default (https://istio.io/latest/docs/tasks/observability/logs/access-log/):
///   [START_TIME] "METHOD PATH PROTOCOL" CODE FLAGS [DETAILS TERMINATION "FAILURE"]
///   RX TX DURATION UPSTREAM_TIME "XFF" "UA" "REQUEST_ID" "AUTHORITY" "UPSTREAM_HOST"
///   [CLUSTER UPSTREAM_LOCAL DOWNSTREAM_LOCAL DOWNSTREAM_REMOTE SNI ROUTE]
///   (Istio before 1.9: "MIXER_STATUS" "FAILURE" in place of the details)
/// - Istio's JSON encoding (meshConfig.accessLogEncoding: JSON): start_time,
///   method, path, response_code, response_flags, response_code_details,
///   upstream_host, upstream_cluster, downstream_remote_address, and, where the
///   mesh adds them, downstream_peer_principal / downstream_peer_uri_san.
///
/// Columns: method → Verb, path → Object (credentials in its query string
/// fingerprinted), authority → Name, upstream cluster → Resource, response code
/// → status, response flags and details → Reason, the downstream peer's address
/// → SourceIp (X-Forwarded-For's first address when the format has no peer), its
/// SPIFFE id → Principal, request id → RecordId. A request the proxy denied (403,
/// response flags RBAC or UAEX, an rbac/ext_authz/jwt denial in the details) gets
/// Decision "forbid" and severity low, so `decision=forbid` or `code=403` lists
/// them.
///
/// Issues: "envoy-access.bad-line" (a line in neither format), ".bad-time",
/// ".line-too-long", ".bad-encoding", ".read-error".
class EnvoyAccessImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("envoy-access"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

namespace envoy {

enum class LineKind { None, Text, Json };

/// Which access log format `line` is in, from its shape alone (cheap).
LineKind lineKind(std::string_view line);

/// Fills the event's columns from an access log line of either format. Returns
/// false if the line is not one; `*startNs` is its start time, 0 if unreadable.
bool readLine(std::string_view line, logtext::JsonObjectReader& json, NormalizedEvent& ev, qint64* startNs);

} // namespace envoy
} // namespace ab
