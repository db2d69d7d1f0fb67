#include "import/importers/EnvoyAccessImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/JsonObjectReader.h"
#include "import/importers/LogLineReader.h"
#include "import/importers/LogText.h"
#include "util/Text.h"
#include "util/Time.h"

namespace ab {
namespace {

using namespace logtext;

/// The fields of one access log record, as views into the line (or into the
/// JSON parser's strings); "-" and null already mean empty.
struct Access
{
    std::string_view start;
    std::string_view method;
    std::string_view path;
    std::string_view code;
    std::string_view flags;
    std::string_view details;
    std::string_view xff;
    std::string_view userAgent;
    std::string_view requestId;
    std::string_view authority;
    std::string_view upstreamHost;
    std::string_view upstreamCluster;
    std::string_view downstreamRemote;
    std::string_view peerPrincipal;
};

std::string_view orEmpty(std::string_view v)
{
    return v == "-" || v == "null" ? std::string_view() : v;
}

/// Splits the text format after "[time] " into tokens: "quoted" (without the
/// quotes; Envoy does not escape, so a quote ends a token only before a space
/// or the end) or bare words.
class Tokens
{
public:
    static constexpr int kMax = 32;

    explicit Tokens(std::string_view s)
    {
        size_t i = 0;
        while (i < s.size() && m_count < kMax) {
            while (i < s.size() && s[i] == ' ')
                ++i;
            if (i >= s.size())
                break;
            if (s[i] == '"') {
                size_t j = i + 1;
                while (j < s.size() && !(s[j] == '"' && (j + 1 == s.size() || s[j + 1] == ' ')))
                    ++j;
                m_tokens[m_count] = s.substr(i + 1, j - i - 1);
                m_quoted[m_count++] = true;
                i = j + 1;
            } else {
                const size_t j = std::min(s.find(' ', i), s.size());
                m_tokens[m_count] = s.substr(i, j - i);
                m_quoted[m_count++] = false;
                i = j;
            }
        }
    }
    int count() const { return m_count; }
    std::string_view operator[](int i) const { return i < m_count ? orEmpty(m_tokens[i]) : std::string_view(); }
    bool quoted(int i) const { return i < m_count && m_quoted[i]; }

private:
    std::string_view m_tokens[kMax];
    bool m_quoted[kMax] = {};
    int m_count = 0;
};

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool readText(std::string_view line, Access* a)
{
    const size_t close = line.find("] ");
    if (line.empty() || line.front() != '[' || close == std::string_view::npos)
        return false;
    a->start = line.substr(1, close - 1);
    const Tokens t(line.substr(close + 2));
    // "METHOD PATH PROTOCOL" CODE FLAGS, and at least the bytes and duration.
    if (t.count() < 6 || !t.quoted(0) || !(allDigits(t[1]) || t[1].empty()))
        return false;
    const std::string_view request = t[0];
    const size_t sp1 = request.find(' ');
    const size_t sp2 = sp1 == std::string_view::npos ? sp1 : request.find(' ', sp1 + 1);
    a->method = orEmpty(request.substr(0, sp1));
    if (sp1 != std::string_view::npos)
        a->path = orEmpty(request.substr(sp1 + 1, sp2 == std::string_view::npos ? sp2 : sp2 - sp1 - 1));
    a->code = t[1];
    a->flags = t[2];
    // Istio's default adds details, termination details and a quoted failure reason;
    // Istio before 1.9 had two quoted fields there (mixer status, failure reason).
    int i = 3;
    if (t.quoted(5) && !allDigits(t[3])) {
        a->details = t[3];
        i = 6;
    } else if (t.quoted(3) && t.quoted(4)) {
        i = 5;
    }
    // RX TX DURATION UPSTREAM_TIME "XFF" "UA" "ID" "AUTHORITY" "UPSTREAM_HOST"
    i += 4;
    a->xff = t[i];
    a->userAgent = t[i + 1];
    a->requestId = t[i + 2];
    a->authority = t[i + 3];
    a->upstreamHost = t[i + 4];
    // CLUSTER UPSTREAM_LOCAL DOWNSTREAM_LOCAL DOWNSTREAM_REMOTE SNI ROUTE (Istio)
    a->upstreamCluster = t[i + 5];
    a->downstreamRemote = t[i + 8];
    return true;
}

struct AccessJson : JsonVisitor
{
    explicit AccessJson(Access& a)
        : a(a)
    {}
    void field(std::string_view key, std::string_view value, bool) override
    {
        value = orEmpty(value);
        if (key == "start_time")
            a.start = value;
        else if (key == "method")
            a.method = value;
        else if (key == "path")
            a.path = value;
        else if (key == "response_code")
            a.code = value;
        else if (key == "response_flags")
            a.flags = value;
        else if (key == "response_code_details")
            a.details = value;
        else if (key == "x_forwarded_for")
            a.xff = value;
        else if (key == "user_agent")
            a.userAgent = value;
        else if (key == "request_id")
            a.requestId = value;
        else if (key == "authority")
            a.authority = value;
        else if (key == "upstream_host")
            a.upstreamHost = value;
        else if (key == "upstream_cluster")
            a.upstreamCluster = value;
        else if (key == "downstream_remote_address" || (key == "downstream_peer_address" && a.downstreamRemote.empty()))
            a.downstreamRemote = value;
        else if (key == "downstream_peer_principal" || (key == "downstream_peer_uri_san" && a.peerPrincipal.empty()))
            a.peerPrincipal = value;
        else
            return;
        sawKey = true;
    }
    Access& a;
    bool sawKey = false;
};

bool isDenied(const Access& a, int status)
{
    auto has = [](std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; };
    return status == 403 || has(a.flags, "RBAC") || has(a.flags, "UAEX") || has(a.details, "rbac_access_denied") ||
           has(a.details, "ext_authz_denied") || has(a.details, "jwt_authn_access_denied");
}

void append(std::string& out, std::string_view prefix, std::string_view value)
{
    if (value.empty())
        return;
    out.append(prefix.data(), prefix.size());
    appendOneLine(out, value);
}

void fill(const Access& a, NormalizedEvent& ev)
{
    setText(ev, EventText::Verb, a.method);
    setText(ev, EventText::Object, a.path);
    redactInlineSecrets(ev[EventText::Object]); // "/oauth/callback?access_token=…"
    setText(ev, EventText::Name, a.authority);
    setText(ev, EventText::Resource, a.upstreamCluster);
    setText(ev, EventText::UserAgent, a.userAgent);
    setText(ev, EventText::RecordId, a.requestId);
    setText(ev, EventText::Principal, a.peerPrincipal);
    std::string_view source = hostOf(a.downstreamRemote);
    if (source.empty())
        source = trimmed(a.xff.substr(0, a.xff.find(',')));
    setText(ev, EventText::SourceIp, source);
    qint64 code = 0;
    if (parseInt(a.code, &code) && code < 1000)
        ev.status = static_cast<int>(code);
    std::string& reason = ev[EventText::Reason];
    reason.clear();
    append(reason, {}, a.flags);
    append(reason, reason.empty() ? std::string_view() : " ", a.details);
    if (isDenied(a, ev.status)) {
        ev.set(EventText::Decision, "forbid");
        ev.severity = 1;
    }
    // "GET reviews:9080/api/v1 403 RBAC from 10.0.0.4 (spiffe://…) to 10.0.0.5:8080"
    std::string& msg = ev[EventText::Message];
    msg.clear();
    appendOneLine(msg, a.method.empty() ? std::string_view("TCP") : a.method);
    append(msg, " ", a.authority);
    append(msg, a.authority.empty() ? " " : "", a.path);
    append(msg, " ", a.code);
    append(msg, " ", reason);
    append(msg, " from ", source);
    append(msg, " as ", a.peerPrincipal);
    append(msg, " to ", a.upstreamHost);
    append(msg, " via ", a.upstreamCluster);
    redactInlineSecrets(msg);
}

class AccessLogReader
{
public:
    AccessLogReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
    {}

    void line(const TextLine& l, std::string_view text)
    {
        if (trimmed(text).empty())
            return;
        m_ev.clear();
        qint64 start = 0;
        if (!envoy::readLine(trimmed(text), m_json, m_ev, &start)) {
            ++m_stats.skipped;
            m_ctx.issues().warn(QStringLiteral("envoy-access.bad-line"),
                                QObject::tr("Not an Envoy access log record; skipped"), l.number);
            return;
        }
        m_ev.line = l.number;
        m_ev.byteOffset = l.offset;
        m_ev.byteLength = l.length;
        if (start != 0) {
            m_ev.tsNs = m_lastTs = start;
        } else {
            m_ctx.issues().warn(QStringLiteral("envoy-access.bad-time"),
                                QObject::tr("Unreadable start time; the time of the line before was used"), l.number);
            m_ev.tsNs = m_lastTs;
            m_ev.tsQuality = TsQuality::Neighbours;
        }
        m_ev.set(EventText::Source, "envoy-access");
        fillFromHints(m_ev, m_ctx.hints());
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

private:
    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    JsonObjectReader m_json;
    NormalizedEvent m_ev;
    qint64 m_lastTs = 0;
};

} // namespace

namespace envoy {

LineKind lineKind(std::string_view line)
{
    if (line.size() > 24 && line[0] == '[' && line[1] >= '0' && line[1] <= '9' && line[5] == '-' &&
        line.find("] \"") != std::string_view::npos)
        return LineKind::Text;
    if (!line.empty() && line[0] == '{' && line.find("\"response_flags\"") != std::string_view::npos &&
        (line.find("\"upstream_host\"") != std::string_view::npos ||
         line.find("\"upstream_cluster\"") != std::string_view::npos))
        return LineKind::Json;
    return LineKind::None;
}

bool readLine(std::string_view line, JsonObjectReader& json, NormalizedEvent& ev, qint64* startNs)
{
    Access a;
    switch (lineKind(line)) {
    case LineKind::Text:
        if (!readText(line, &a))
            return false;
        break;
    case LineKind::Json: {
        AccessJson visitor(a);
        if (!json.read(line, visitor) || !visitor.sawKey)
            return false;
        break;
    }
    case LineKind::None:
        return false;
    }
    *startNs = 0;
    parseRfc3339(a.start, startNs);
    fill(a, ev);
    return true;
}

} // namespace envoy

QString EnvoyAccessImporter::displayName() const
{
    return QObject::tr("Envoy / Istio access log");
}

QStringList EnvoyAccessImporter::nameFilters() const
{
    return {QStringLiteral("*access*.log"), QStringLiteral("*envoy*.log"), QStringLiteral("*istio-proxy*.log")};
}

Confidence EnvoyAccessImporter::sniff(QByteArrayView head) const
{
    const std::string_view text(head.data(), static_cast<size_t>(head.size()));
    const bool complete = head.size() < ImportSource::kHeadSize;
    int access = 0;
    int other = 0;
    size_t pos = 0;
    for (int n = 0; n < 100 && pos < text.size(); ++n) {
        const size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos && !complete)
            break;
        const std::string_view line =
            trimmed(text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos));
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        if (line.empty())
            continue;
        Access a;
        if ((envoy::lineKind(line) == envoy::LineKind::Text && readText(line, &a)) ||
            envoy::lineKind(line) == envoy::LineKind::Json)
            ++access;
        else
            ++other;
    }
    return access > 0 && access * 5 >= (access + other) * 4 ? Confidence::Signature : Confidence::No;
}

ImportResult EnvoyAccessImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    LogLineReader lines(src, ctx, kind());
    AccessLogReader reader(out, ctx, stats);
    while (lines.next())
        reader.line(lines.line(), lines.text());
    if (lines.cancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    stats.lines = lines.line().number;
    lines.reportReadError();
    ctx.reportProgress(lines.position());
    if (stats.events == 0 && stats.skipped > 0)
        return makeError(ErrorCode::Parse, QObject::tr("no Envoy access log record found"), src.displayPath());
    return stats;
}

} // namespace ab
