#include "import/importers/HttpAccessImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/JsonObjectReader.h"
#include "import/importers/KlogImporter.h"
#include "import/importers/LogLineReader.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <optional>

namespace ab {
namespace {

using namespace logtext;
using sv = std::string_view;

/// The fields of one record, views into the line; "-" already means empty.
struct Access
{
    sv client;
    sv user;
    sv time;
    sv request; // "GET /path HTTP/1.1" as written (a malformed request stays whole)
    sv method;
    sv path;
    sv status;
    sv bytes;
    sv referer;
    sv userAgent;
    sv forwardedFor;
    sv requestTime;
    sv upstream;
    sv upstreamAddr;
    sv upstreamStatus;
    sv requestId;
    sv cacheResult; // Squid's "TCP_DENIED"
    sv elapsedMs;   // Squid's, in milliseconds
};

sv orEmpty(sv v)
{
    return v == "-" ? sv() : v;
}

bool allDigits(sv s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

/// Reads the line left to right: bare words, "quoted" strings (a backslash escapes
/// the next character, as Apache and nginx write a quote inside) and [bracketed] ones.
class Cursor
{
public:
    explicit Cursor(sv s)
        : m_s(s)
    {}
    bool atEnd()
    {
        skipSpaces();
        return m_i >= m_s.size();
    }
    char peek()
    {
        skipSpaces();
        return m_i < m_s.size() ? m_s[m_i] : '\0';
    }
    sv word()
    {
        skipSpaces();
        const size_t from = m_i;
        while (m_i < m_s.size() && m_s[m_i] != ' ')
            ++m_i;
        return m_s.substr(from, m_i - from);
    }
    bool quoted(sv* out)
    {
        skipSpaces();
        if (m_i >= m_s.size() || m_s[m_i] != '"')
            return false;
        const size_t from = ++m_i;
        while (m_i < m_s.size() && m_s[m_i] != '"')
            m_i += m_s[m_i] == '\\' ? 2 : 1;
        if (m_i >= m_s.size())
            return false;
        *out = m_s.substr(from, m_i - from);
        ++m_i;
        return true;
    }
    bool bracketed(sv* out)
    {
        skipSpaces();
        if (m_i >= m_s.size() || m_s[m_i] != '[')
            return false;
        const size_t close = m_s.find(']', m_i);
        if (close == sv::npos)
            return false;
        *out = m_s.substr(m_i + 1, close - m_i - 1);
        m_i = close + 1;
        return true;
    }

private:
    void skipSpaces()
    {
        while (m_i < m_s.size() && m_s[m_i] == ' ')
            ++m_i;
    }
    sv m_s;
    size_t m_i = 0;
};

/// "14/May/2024:00:00:09 +0000" → UTC nanoseconds; false if it is not one.
bool parseClfTime(sv t, qint64* ns)
{
    if (t.size() != 26 || t[2] != '/' || t[6] != '/' || t[11] != ':' || t[14] != ':' || t[17] != ':' || t[20] != ' ' ||
        (t[21] != '+' && t[21] != '-'))
        return false;
    const int month = monthFromAbbrev(t.substr(3, 3));
    qint64 day = 0, year = 0, hour = 0, minute = 0, second = 0, zone = 0;
    if (month == 0 || !parseInt(t.substr(0, 2), &day) || !parseInt(t.substr(7, 4), &year) ||
        !parseInt(t.substr(12, 2), &hour) || !parseInt(t.substr(15, 2), &minute) ||
        !parseInt(t.substr(18, 2), &second) || !allDigits(t.substr(22, 4)) || !parseInt(t.substr(22, 4), &zone))
        return false;
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60 || year < 1970 || year > 9999)
        return false;
    const qint64 offsetMinutes = (zone / 100) * 60 + zone % 100;
    qint64 local = 0;
    if (!civilToNs(static_cast<int>(year), month, static_cast<int>(day), static_cast<int>(hour),
                   static_cast<int>(minute), static_cast<int>(second), 0, &local))
        return false;
    *ns = local - (t[21] == '-' ? -1 : 1) * offsetMinutes * 60 * 1000000000LL;
    return true;
}

bool readAccess(sv line, Access* a)
{
    Cursor c(line);
    a->client = c.word();
    if (a->client.empty() || a->client.front() == '[' || a->client.front() == '"')
        return false;
    const sv ident = c.word();
    a->user = orEmpty(c.word());
    if (ident.empty() || !c.bracketed(&a->time) || !c.quoted(&a->request))
        return false;
    a->status = c.word();
    a->bytes = orEmpty(c.word());
    if (a->status.size() != 3 || !allDigits(a->status) || (!a->bytes.empty() && !allDigits(a->bytes)))
        return false;
    const sv request = a->request;
    const size_t sp1 = request.find(' ');
    if (sp1 != sv::npos && sp1 > 0 && sp1 <= 16) {
        const sv method = request.substr(0, sp1);
        bool upper = true;
        for (char ch : method)
            upper = upper && ((ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '_');
        if (upper) {
            a->method = method;
            const size_t sp2 = request.find(' ', sp1 + 1);
            a->path = request.substr(sp1 + 1, sp2 == sv::npos ? sv::npos : sp2 - sp1 - 1);
        }
    }
    // Combined: referer and user agent.
    sv referer, agent;
    if (!c.quoted(&referer))
        return c.atEnd();
    if (!c.quoted(&agent))
        return false;
    a->referer = orEmpty(referer);
    a->userAgent = orEmpty(agent);
    if (c.atEnd())
        return true;
    // nginx's main: the X-Forwarded-For header, quoted.
    sv xff;
    if (c.peek() == '"') {
        if (c.quoted(&xff))
            a->forwardedFor = orEmpty(xff);
        return true;
    }
    // ingress-nginx: request_length request_time [upstream] [alternative] upstream_addr(s)
    // upstream_response_length(s) upstream_response_time(s) upstream_status(es) req_id
    const sv requestLength = c.word();
    a->requestTime = c.word();
    sv alternative;
    if (!allDigits(requestLength) || !c.bracketed(&a->upstream) || !c.bracketed(&alternative))
        return true; // a combined line with more after it: what came before is read
    a->upstream = orEmpty(a->upstream);
    // Several upstreams tried are listed "a, b" in each upstream field: the last answered.
    const auto last = [&c] {
        sv w = c.word();
        while (!w.empty() && w.back() == ',')
            w = c.word();
        return orEmpty(w);
    };
    a->upstreamAddr = last();
    last(); // response length
    last(); // response time
    a->upstreamStatus = last();
    a->requestId = orEmpty(c.word());
    return true;
}

/// Squid's native access log, as an egress proxy writes it: "1715740001.250
/// 123 10.244.2.17 TCP_TUNNEL/200 4512 CONNECT api.github.com:443 -
/// HIER_DIRECT/140.82.112.6 -": time in epoch seconds with milliseconds, elapsed
/// milliseconds, client, cache result and status, bytes, method, URL, user,
/// hierarchy and the server it went to, content type.
bool readSquid(sv line, Access* a, qint64* ts)
{
    // Asked of every container log line: the time's shape rejects other text at once.
    if (line.size() < 40 || !isDigit(line[0]) || line[10] != '.' || line[14] != ' ')
        return false;
    Cursor c(line);
    const sv time = c.word();
    a->elapsedMs = c.word();
    a->client = c.word();
    const sv result = c.word();
    a->bytes = c.word();
    a->method = c.word();
    a->path = c.word();
    a->user = orEmpty(c.word());
    const sv hierarchy = c.word();
    const size_t slash = result.find('/');
    if (time.size() != 14 || !secondsToNs(time.substr(0, 10), time.substr(11), ts) || !allDigits(a->elapsedMs) ||
        a->client.empty() || slash == sv::npos || slash == 0 || !allDigits(a->bytes) || a->method.empty() ||
        a->path.empty() || hierarchy.empty())
        return false;
    a->cacheResult = result.substr(0, slash);
    a->status = result.substr(slash + 1);
    if (a->status.size() != 3 || !allDigits(a->status) ||
        !std::all_of(a->cacheResult.begin(), a->cacheResult.end(),
                     [](char ch) { return isUpperAscii(ch) || ch == '_'; }) ||
        !std::all_of(a->method.begin(), a->method.end(), isUpperAscii))
        return false;
    // "HIER_DIRECT/140.82.112.6": the server the proxy went to; "HIER_NONE/-" none.
    if (const size_t at = hierarchy.find('/'); at != sv::npos)
        a->upstreamAddr = orEmpty(hierarchy.substr(at + 1));
    // Squid writes status 000 for a request it never answered (a client that left).
    if (a->status == "000")
        a->status = {};
    return true;
}

/// Apache writes a quote inside a quoted field as \" and a backslash as \\.
void unescapeQuotes(std::string& s)
{
    if (s.find('\\') == std::string::npos)
        return;
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '"' || s[i + 1] == '\\'))
            ++i;
        out.push_back(s[i]);
    }
    s = std::move(out);
}

void append(std::string& out, sv prefix, sv value)
{
    if (value.empty())
        return;
    out.append(prefix.data(), prefix.size());
    appendOneLine(out, value);
}

void fill(const Access& a, NormalizedEvent& ev)
{
    setText(ev, EventText::SourceIp, a.client);
    setText(ev, EventText::Principal, a.user);
    setText(ev, EventText::Verb, a.method);
    setText(ev, EventText::Object, a.method.empty() ? a.request : a.path);
    redactInlineSecrets(ev[EventText::Object]); // "/login?password=…"
    setText(ev, EventText::UserAgent, a.userAgent);
    unescapeQuotes(ev[EventText::UserAgent]);
    setText(ev, EventText::Resource, a.upstream);
    setText(ev, EventText::RecordId, a.requestId);
    qint64 status = 0;
    parseInt(a.status, &status);
    ev.status = static_cast<int>(status);
    if (status == 401 || status == 403 || startsWith(a.cacheResult, "TCP_DENIED")) {
        ev.set(EventText::Decision, "forbid");
        ev.severity = 1;
    } else if (status >= 500) {
        ev.severity = 1;
    }
    setText(ev, EventText::Reason, a.cacheResult);
    // "GET /api/orders 200 from 198.51.100.23 as erin to 10.1.2.3:8080 via payments-api-8080 in 0.004 s"
    std::string& msg = ev[EventText::Message];
    msg.clear();
    appendOneLine(msg, a.method.empty() ? a.request : a.method);
    append(msg, " ", a.method.empty() ? sv() : a.path);
    append(msg, " ", a.status);
    append(msg, " ", a.cacheResult);
    append(msg, " from ", a.client);
    append(msg, " (for ", a.forwardedFor);
    if (!a.forwardedFor.empty())
        msg += ')';
    append(msg, " as ", a.user);
    append(msg, " to ", a.upstreamAddr);
    append(msg, " via ", a.upstream);
    append(msg, " answered ", a.upstreamStatus == a.status ? sv() : a.upstreamStatus);
    if (!a.requestTime.empty() && a.requestTime != "-") {
        msg += " in ";
        appendOneLine(msg, a.requestTime);
        msg += " s";
    }
    if (!a.elapsedMs.empty()) {
        msg += " in ";
        appendOneLine(msg, a.elapsedMs);
        msg += " ms";
    }
    append(msg, " referer ", a.referer);
    redactInlineSecrets(msg);
}

/// A line of one of the text formats into `a` (a fresh one) and its time; false if
/// it is not one.
bool readTextAccess(sv line, Access* a, qint64* ts)
{
    if (httpaccess::looksLikeAccessLine(line))
        return readAccess(line, a) && parseClfTime(a->time, ts);
    return readSquid(line, a, ts);
}

/// nginx's and ingress-nginx's JSON log formats (`log-format-escape-json`): the
/// variables' names as keys, in whatever order the format lists them.
struct AccessJson : JsonVisitor
{
    explicit AccessJson(Access& a)
        : a(a)
    {}
    void field(sv key, sv value, bool) override
    {
        value = orEmpty(value);
        if (key == "time" || key == "time_iso8601" || key == "time_local" || key == "timestamp" || key == "@timestamp")
            a.time = value;
        else if (key == "remote_addr" || key == "remote_ip" || key == "client_ip")
            a.client = value;
        else if (key == "remote_user")
            a.user = value;
        else if (key == "request")
            a.request = value;
        else if (key == "request_method" || key == "method")
            a.method = value;
        else if (key == "request_uri" || key == "uri" || key == "path")
            a.path = value;
        else if (key == "status" || key == "status_code")
            a.status = value;
        else if (key == "http_referer" || key == "referer")
            a.referer = value;
        else if (key == "http_user_agent" || key == "user_agent")
            a.userAgent = value;
        else if (key == "http_x_forwarded_for" || key == "x_forwarded_for")
            a.forwardedFor = value;
        else if (key == "request_time" || key == "duration")
            a.requestTime = value;
        else if (key == "proxy_upstream_name" || key == "upstream_name")
            a.upstream = value;
        else if (key == "upstream_addr")
            a.upstreamAddr = value;
        else if (key == "upstream_status")
            a.upstreamStatus = value;
        else if (key == "req_id" || key == "request_id")
            a.requestId = value;
    }
    Access& a;
};

/// A JSON access log line into `a` and its time; false if it is not one (no client,
/// status, request or time).
bool readJsonAccess(sv line, JsonObjectReader& json, Access* a, qint64* ts)
{
    if (line.size() < 2 || line.front() != '{' || line.find("\"status") == sv::npos)
        return false;
    AccessJson visitor(*a);
    if (!json.read(line, visitor) || a->client.empty() || a->status.empty() || !allDigits(a->status) ||
        (a->request.empty() && a->method.empty()))
        return false;
    if (a->method.empty()) {
        // "GET /path HTTP/1.1", as the text formats have it.
        const size_t sp1 = a->request.find(' ');
        if (sp1 != sv::npos) {
            a->method = a->request.substr(0, sp1);
            const size_t sp2 = a->request.find(' ', sp1 + 1);
            a->path = a->request.substr(sp1 + 1, sp2 == sv::npos ? sv::npos : sp2 - sp1 - 1);
        }
    } else if (a->path.empty()) {
        a->path = a->request;
    }
    // ISO 8601 ($time_iso8601), or the text formats' "14/May/2024:00:00:09 +0000" ($time_local).
    return parseRfc3339(a->time, ts) || parseClfTime(a->time, ts);
}

class AccessReader
{
public:
    AccessReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
    {}

    void line(const TextLine& l, sv text)
    {
        const sv t = trimmed(text);
        if (t.empty())
            return;
        m_ev.clear();
        qint64 ts = 0;
        Access a;
        TsQuality quality = TsQuality::Exact;
        if (readJsonAccess(t, m_json, &a, &ts)) {
            fill(a, m_ev);
        } else if (klog::Header h; klog::parseHeader(t, &h) && klogTime(h, &ts)) {
            // An ingress controller's own lines among its access lines (`kubectl logs`):
            // klog, its year from the file's time, read in the assumed zone.
            m_ev.severity = h.severity;
            klog::applyMessage(h.message, m_ev, false);
            quality = TsQuality::InferredYear;
        } else if (!httpaccess::readLine(t, m_ev, &ts)) {
            ++m_stats.skipped;
            m_ctx.issues().warn(QStringLiteral("http-access.bad-line"),
                                QObject::tr("not an access log record (Common, Combined, ingress-nginx, Squid "
                                            "or JSON format); skipped"),
                                l.number);
            return;
        }
        m_ev.line = l.number;
        m_ev.byteOffset = l.offset;
        m_ev.byteLength = l.length;
        m_ev.tsNs = ts;
        m_ev.tsQuality = quality;
        m_ev.set(EventText::Source, "http-access");
        fillFromHints(m_ev, m_ctx.hints());
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

private:
    bool klogTime(const klog::Header& h, qint64* ts)
    {
        if (!m_years) {
            const qint64 reference = m_ctx.hints().yearReferenceNs() != 0
                                         ? m_ctx.hints().yearReferenceNs()
                                         : QDateTime::currentMSecsSinceEpoch() * 1000000;
            m_years.emplace(reference, m_zone.zone(), klog::YearInference::Reference::LastWritten);
        }
        return klog::headerTime(h, *m_years, m_zone, ts);
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    ZoneConverter m_zone{m_ctx.options().assumedZone};
    std::optional<klog::YearInference> m_years;
    JsonObjectReader m_json;
    NormalizedEvent m_ev;
};

} // namespace

namespace httpaccess {

bool looksLikeAccessLine(sv line)
{
    // "<client> <ident> <user> [dd/Mon/yyyy:" and a quote after it. Asked of every
    // container log line: three short searches for a space reject most text.
    size_t open = 0;
    for (int word = 0; word < 3; ++word) {
        const size_t window = std::min<size_t>(line.size() - std::min(open, line.size()), 96);
        const void* space = window ? std::memchr(line.data() + open, ' ', window) : nullptr;
        if (!space)
            return false;
        open = size_t(static_cast<const char*>(space) - line.data()) + 1;
    }
    // open: after the third space, at "[".
    return open >= 6 && line.size() > open + 29 && line[open] == '[' && line[open + 3] == '/' &&
           line[open + 7] == '/' && line[open + 12] == ':' && line.find("] \"", open) != sv::npos;
}

bool readLine(sv line, NormalizedEvent& ev, qint64* timeNs)
{
    Access a;
    qint64 ts = 0;
    if (!readTextAccess(line, &a, &ts))
        return false;
    fill(a, ev);
    *timeNs = ts;
    return true;
}

bool readJsonLine(sv line, JsonObjectReader& json, NormalizedEvent& ev, qint64* timeNs)
{
    Access a;
    qint64 ts = 0;
    if (line.find("\"remote_addr\"") == sv::npos || !readJsonAccess(line, json, &a, &ts))
        return false;
    fill(a, ev);
    *timeNs = ts;
    return true;
}

} // namespace httpaccess

QString HttpAccessImporter::displayName() const
{
    return QObject::tr("HTTP access log (nginx, Apache, ingress-nginx, Squid)");
}

QStringList HttpAccessImporter::nameFilters() const
{
    return {QStringLiteral("access.log*"), QStringLiteral("*access_log*"), QStringLiteral("*-access.log*")};
}

Confidence HttpAccessImporter::sniff(QByteArrayView head) const
{
    // Four access lines in five of the head's complete lines. An ingress controller's
    // own output (`kubectl logs`: its banner, then klog lines among the requests) does
    // not vote, as long as the requests outnumber it.
    const sv text(head.data(), static_cast<size_t>(head.size()));
    const bool whole = head.size() < ImportSource::kHeadSize;
    JsonObjectReader json;
    int access = 0, other = 0, controller = 0;
    size_t pos = 0;
    while (pos < text.size() && access + other < 50) {
        const size_t nl = text.find('\n', pos);
        if (nl == sv::npos && !whole)
            break;
        const sv raw = text.substr(pos, (nl == sv::npos ? text.size() : nl) - pos);
        pos = nl == sv::npos ? text.size() : nl + 1;
        const sv line = trimmed(raw);
        Access a;
        qint64 ts = 0;
        klog::Header h;
        if (line.empty())
            continue;
        if (readTextAccess(line, &a, &ts) || readJsonAccess(line, json, &a, &ts))
            ++access;
        else if (klog::parseHeader(line, &h) || line.substr(0, 3) == "---" ||
                 line.substr(0, 24) == "NGINX Ingress controller" ||
                 (raw.substr(0, 2) == "  " && line.find(": ") != sv::npos && line.find(": ") < 24))
            ++controller;
        else
            ++other;
    }
    return access > 0 && access > controller && access * 5 >= (access + other) * 4 ? Confidence::Signature
                                                                                   : Confidence::No;
}

ImportResult HttpAccessImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    LogLineReader lines(src, ctx, kind());
    AccessReader reader(out, ctx, stats);
    while (lines.next())
        reader.line(lines.line(), lines.text());
    if (lines.cancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    stats.lines = lines.line().number;
    lines.reportReadError();
    ctx.reportProgress(lines.position());
    if (stats.events == 0 && stats.skipped > 0)
        return makeError(ErrorCode::Parse, QObject::tr("no access log record found"), src.displayPath());
    return stats;
}

} // namespace ab
