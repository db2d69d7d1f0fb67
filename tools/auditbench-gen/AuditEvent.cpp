#include "AuditEvent.h"

#include <cstring>

namespace abgen {
namespace {

constexpr int64_t kNsPerSec = 1000000000;

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civilFromDays(int64_t z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

void put2(char* p, unsigned v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
}

/// "2024-05-14T09:12:33" for a second, cached: consecutive events share it.
const char* secondPrefix(int64_t secs)
{
    thread_local int64_t cachedSecs = INT64_MIN;
    thread_local char buf[20];
    if (secs != cachedSecs) {
        cachedSecs = secs;
        int64_t days = secs / 86400;
        int64_t rem = secs % 86400;
        if (rem < 0) {
            rem += 86400;
            --days;
        }
        int y;
        unsigned m, d;
        civilFromDays(days, y, m, d);
        buf[0] = static_cast<char>('0' + (y / 1000) % 10);
        buf[1] = static_cast<char>('0' + (y / 100) % 10);
        buf[2] = static_cast<char>('0' + (y / 10) % 10);
        buf[3] = static_cast<char>('0' + y % 10);
        buf[4] = '-';
        put2(buf + 5, m);
        buf[7] = '-';
        put2(buf + 8, d);
        buf[10] = 'T';
        put2(buf + 11, static_cast<unsigned>(rem / 3600));
        buf[13] = ':';
        put2(buf + 14, static_cast<unsigned>(rem / 60 % 60));
        buf[16] = ':';
        put2(buf + 17, static_cast<unsigned>(rem % 60));
    }
    return buf;
}

void appendInt(std::string& out, int64_t v)
{
    char buf[24];
    char* p = buf + sizeof buf;
    const bool neg = v < 0;
    uint64_t u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    do {
        *--p = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        *--p = '-';
    out.append(p, static_cast<size_t>(buf + sizeof buf - p));
}

const char* levelName(Level l)
{
    switch (l) {
    case Level::Metadata:
        return "Metadata";
    case Level::Request:
        return "Request";
    case Level::RequestResponse:
        return "RequestResponse";
    }
    return "Metadata";
}

const char* stageName(Stage s)
{
    switch (s) {
    case Stage::RequestReceived:
        return "RequestReceived";
    case Stage::ResponseStarted:
        return "ResponseStarted";
    case Stage::ResponseComplete:
        return "ResponseComplete";
    }
    return "ResponseComplete";
}

void appendField(std::string& out, const char* key, const std::string& value, bool& first)
{
    if (value.empty())
        return;
    if (!first)
        out += ',';
    first = false;
    out += '"';
    out += key;
    out += "\":\"";
    out += value;
    out += '"';
}

} // namespace

int64_t civilToNs(int year, int month, int day, int hour, int minute, int second, int64_t nanos)
{
    const int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return ((days * 86400 + hour * 3600 + minute * 60 + second) * kNsPerSec) + nanos;
}

void appendTimestamp(std::string& out, int64_t ns)
{
    int64_t secs = ns / kNsPerSec;
    int64_t frac = ns % kNsPerSec;
    if (frac < 0) {
        frac += kNsPerSec;
        --secs;
    }
    char buf[28];
    std::memcpy(buf, secondPrefix(secs), 19);
    buf[19] = '.';
    unsigned micros = static_cast<unsigned>(frac / 1000);
    for (int i = 25; i >= 20; --i) {
        buf[i] = static_cast<char>('0' + micros % 10);
        micros /= 10;
    }
    buf[26] = 'Z';
    out.append(buf, 27);
}

void appendTimestampSeconds(std::string& out, int64_t ns)
{
    int64_t secs = ns / kNsPerSec;
    if (ns % kNsPerSec < 0)
        --secs;
    out.append(secondPrefix(secs), 19);
    out += 'Z';
}

void appendEscaped(std::string& out, std::string_view s)
{
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
}

std::string escaped(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 8);
    appendEscaped(out, s);
    return out;
}

void renderEvent(std::string& out, const AuditRequest& r, Stage stage)
{
    // Field order follows the Go struct (audit.k8s.io/v1 Event), as the API server writes it.
    out += R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":")";
    out += levelName(r.level);
    out += R"(","auditID":")";
    out.append(r.auditId, 36);
    out += R"(","stage":")";
    out += stageName(stage);
    out += R"(","requestURI":")";
    out += r.requestUri;
    out += R"(","verb":")";
    out += r.verb;
    out += R"(","user":)";
    if (r.user && !r.user->userJson.empty())
        out += r.user->userJson;
    else
        out += "{}";
    if (!r.impersonatedJson.empty() && stage != Stage::RequestReceived) {
        out += R"(,"impersonatedUser":)";
        out += r.impersonatedJson;
    }
    out += R"(,"sourceIPs":[")";
    out += !r.sourceIp.empty() ? r.sourceIp : (r.user ? r.user->sourceIp : std::string());
    out += '"';
    out += ']';
    const std::string& ua = !r.userAgent.empty() ? r.userAgent : (r.user ? r.user->userAgent : std::string());
    if (!ua.empty()) {
        out += R"(,"userAgent":")";
        out += ua;
        out += '"';
    }
    if (r.hasObjectRef) {
        out += R"(,"objectRef":{)";
        bool first = true;
        appendField(out, "resource", r.resource, first);
        appendField(out, "namespace", r.ns, first);
        appendField(out, "name", r.name, first);
        appendField(out, "uid", r.uid, first);
        appendField(out, "apiGroup", r.apiGroup, first);
        appendField(out, "apiVersion", r.apiVersion, first);
        appendField(out, "resourceVersion", r.resourceVersion, first);
        appendField(out, "subresource", r.subresource, first);
        out += '}';
    }
    if (stage != Stage::RequestReceived) {
        out += R"(,"responseStatus":{"metadata":{})";
        out += r.statusExtra;
        out += R"(,"code":)";
        appendInt(out, r.code);
        out += '}';
        if (r.level != Level::Metadata && !r.requestObject.empty() && stage == Stage::ResponseComplete) {
            out += R"(,"requestObject":)";
            out += r.requestObject;
        }
        if (r.level == Level::RequestResponse && !r.responseObject.empty() && stage == Stage::ResponseComplete) {
            out += R"(,"responseObject":)";
            out += r.responseObject;
        }
    }
    out += R"(,"requestReceivedTimestamp":")";
    appendTimestamp(out, r.receivedNs);
    out += R"(","stageTimestamp":")";
    switch (stage) {
    case Stage::RequestReceived:
        appendTimestamp(out, r.receivedNs);
        break;
    case Stage::ResponseStarted:
        appendTimestamp(out, r.startedNs);
        break;
    case Stage::ResponseComplete:
        appendTimestamp(out, r.completeNs);
        break;
    }
    out += '"';
    // Authentication annotations exist from the start; authorization ones only once
    // the request got past authorization (never at RequestReceived). Go writes map
    // keys sorted, so they are sorted here too.
    std::string_view keys[16];
    std::string_view values[16];
    int n = 0;
    auto add = [&](std::string_view k, std::string_view v) {
        if (n < 16) {
            keys[n] = k;
            values[n] = v;
            ++n;
        }
    };
    if (r.user) {
        for (const auto& [k, v] : r.user->authAnnotations)
            add(k, v);
    }
    if (r.authorized && stage != Stage::RequestReceived) {
        add("authorization.k8s.io/decision", r.allowed ? "allow" : "forbid");
        add("authorization.k8s.io/reason", r.reason);
    }
    if (stage != Stage::RequestReceived) {
        for (const auto& [k, v] : r.annotations)
            add(k, v);
    }
    if (n > 0) {
        for (int i = 1; i < n; ++i) {
            for (int j = i; j > 0 && keys[j] < keys[j - 1]; --j) {
                std::swap(keys[j], keys[j - 1]);
                std::swap(values[j], values[j - 1]);
            }
        }
        out += R"(,"annotations":{)";
        for (int i = 0; i < n; ++i) {
            if (i)
                out += ',';
            out += '"';
            out += keys[i];
            out += "\":\"";
            out += values[i];
            out += '"';
        }
        out += '}';
    }
    out += "}\n";
}

} // namespace abgen
