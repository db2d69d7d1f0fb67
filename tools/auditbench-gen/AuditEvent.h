#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace abgen {

/// Audit policy level of a request: https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
enum class Level : uint8_t { Metadata, Request, RequestResponse };

/// Who sent a request, with everything about them that goes into an audit event.
struct Identity
{
    std::string username; // empty: authentication failed ("user":{})
    std::string userJson; // {"username":…,"uid":…,"groups":[…],"extra":{…}}
    std::string sourceIp;
    std::string userAgent;
    std::string allowReason;  // authorization.k8s.io/reason on allow, JSON-escaped
    std::string ownNamespace; // a service account's namespace; a human's team namespace
    std::string node;         // kubelets and pods: the node
    /// Annotations authentication adds (legacy-token …), JSON-escaped key/value.
    std::vector<std::pair<std::string, std::string>> authAnnotations;
};

/// One API request as the audit backend sees it, rendered into one to three
/// `audit.k8s.io/v1` Event lines (RequestReceived, ResponseStarted, ResponseComplete).
struct AuditRequest
{
    int64_t receivedNs = 0; // requestReceivedTimestamp
    int64_t startedNs = 0;  // ResponseStarted stage (watch, exec, failed authentication); 0 = not logged
    int64_t completeNs = 0; // ResponseComplete stage; 0 = not logged
    bool logReceived = false;
    Level level = Level::Metadata;
    char auditId[37] = {};

    const Identity* user = nullptr;
    std::string impersonatedJson; // {"username":…,"groups":[…]}, empty = none
    std::string sourceIp;         // overrides user->sourceIp when set
    std::string userAgent;        // overrides user->userAgent when set

    std::string verb;
    std::string requestUri;
    bool hasObjectRef = false;
    std::string resource, ns, name, uid, apiGroup, apiVersion, resourceVersion, subresource;

    int code = 200;
    std::string statusExtra;    // pre-rendered ,"status":…,"message":…,"reason":…,"details":{…} (without code)
    std::string requestObject;  // JSON, empty = none
    std::string responseObject; // JSON, empty = none

    bool authorized = true; // authorization ran (not for failed authentication)
    bool allowed = true;
    std::string reason;                                           // authorization.k8s.io/reason, JSON-escaped
    std::vector<std::pair<std::string, std::string>> annotations; // more, JSON-escaped
};

/// Appends `2024-05-14T09:12:33.123456Z` (microseconds, UTC) for nanoseconds since the epoch.
void appendTimestamp(std::string& out, int64_t ns);
/// Appends `2024-05-14T09:12:33Z` (seconds, as metav1.Time is written).
void appendTimestampSeconds(std::string& out, int64_t ns);
/// Nanoseconds since the epoch for a UTC civil date and time.
int64_t civilToNs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int64_t nanos = 0);
/// Appends `s` as JSON string content (no quotes).
void appendEscaped(std::string& out, std::string_view s);
std::string escaped(std::string_view s);

enum class Stage : uint8_t { RequestReceived, ResponseStarted, ResponseComplete };

/// Appends one JSON line (with '\n') for `req` at `stage`.
void renderEvent(std::string& out, const AuditRequest& req, Stage stage);

} // namespace abgen
