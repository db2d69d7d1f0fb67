#pragma once

#include "import/ArtifactImporter.h"
#include "model/Event.h"

#include <string_view>

namespace ab {

namespace logtext {
class JsonObjectReader;
}

/// HTTP access logs in the NCSA family, the network evidence of CC6.6 that web
/// servers and ingress controllers keep:
/// - Common Log Format (Apache `%h %l %u %t "%r" %>s %b`),
/// - Combined (nginx's default `main`, Apache's `combined`): and `"referer" "user agent"`,
///   nginx's `main` with `"$http_x_forwarded_for"` after them,
/// - ingress-nginx's default `log-format-upstream`: and `request_length request_time
///   [upstream] [alternative upstream] upstream_addr upstream_response_length
///   upstream_response_time upstream_status req_id`;
/// - JSON formats (ingress-nginx's `log-format-escape-json`, nginx's `escape=json`):
///   one object a line, nginx's variable names as keys (remote_addr, request or
///   method and path, status, time_iso8601 or time_local…).
///
/// Columns: the client address → SourceIp, the authenticated user → Principal,
/// method → Verb, path → Object (credentials in its query string fingerprinted),
/// status → status, user agent → UserAgent, ingress-nginx's upstream → Resource
/// and its request id → RecordId. The time carries its zone: Exact. A 401 or 403
/// gets Decision "forbid" and severity low, so `decision=forbid` lists refusals as
/// it does for the API server and Envoy.
///
/// Also read inside container logs (an ingress controller's pod log), where the
/// runtime's time stamp wins. A controller's own output saved with `kubectl logs`
/// (its banner, klog lines among the requests) is read as long as the requests
/// outnumber it: the klog lines with their year from the file's time, the banner
/// named and skipped.
///
/// Issues: "http-access.bad-line" (a line in none of the formats; skipped),
/// ".line-too-long", ".bad-encoding", ".read-error".
class HttpAccessImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("http-access"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

namespace httpaccess {

/// Cheap test of the shape: an address, two words, "[dd/Mon/yyyy:" and '"'.
bool looksLikeAccessLine(std::string_view line);

/// Fills the event's columns from an access log line. False if the line is not
/// one; `*timeNs` is its time (UTC), 0 if unreadable.
bool readLine(std::string_view line, NormalizedEvent& ev, qint64* timeNs);

/// Likewise for a JSON format's line, as a container log's body (an ingress
/// controller with `log-format-escape-json`): needs nginx's `remote_addr` key, a
/// status, a request and a time. False if the line is not one.
bool readJsonLine(std::string_view line, logtext::JsonObjectReader& json, NormalizedEvent& ev, qint64* timeNs);

} // namespace httpaccess
} // namespace ab
