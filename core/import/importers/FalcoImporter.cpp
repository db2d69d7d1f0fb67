#include "import/importers/FalcoImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/LineReader.h"
#include "import/importers/LogText.h"
#include "import/importers/ReportJson.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <unordered_map>
#include <vector>

namespace ab {
namespace {

using namespace reportjson;

constexpr qint64 kMaxLine = 1 << 20;
constexpr int kTickEvery = 1000;
constexpr int kMaxTags = 32;

QString code(const char* reason)
{
    return QStringLiteral("falco.") + QLatin1String(reason);
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

/// Falco's priorities on our 0..4 scale; -1 for a word that is not one.
int severityOfPriority(std::string_view p)
{
    static constexpr std::pair<std::string_view, int> kMap[] = {
        {"emergency", 4}, {"alert", 4}, {"critical", 4},      {"error", 3}, {"warning", 2},
        {"notice", 1},    {"info", 0},  {"informational", 0}, {"debug", 0},
    };
    for (const auto& [word, sev] : kMap) {
        if (equalsNoCase(p, word))
            return sev;
    }
    return -1;
}

/// Falco writes "<NA>" for a field the event does not have (a host process has no pod).
std::string_view known(std::string_view value)
{
    return value == "<NA>" ? std::string_view() : value;
}

/// One alert, as views into the parser's buffers (valid for the current line).
struct Alert
{
    std::string_view time, rule, priority, output, source, hostname, uuid;
    std::string_view ns, pod, containerName, containerId, user, cmdline, fdName, evtType;
    std::string_view kaUser, kaVerb, kaResource, kaSubresource, kaName, kaNamespace;
    std::string_view ctUser, ctName, ctSrcIp, fdRip;
    std::string_view tags[kMaxTags];
    int tagCount = 0;
    qint64 evtTimeNs = 0;
};

/// A (rule, place) the alerts are summarized by.
struct Group
{
    std::string rule;
    std::string priority;
    std::string source;
    std::string sample;
    std::string ns, pod, host;
    std::vector<std::string> tags;
    qint64 count = 0;
    qint64 firstNs = 0, lastNs = 0;
    qint64 firstLine = 0;
    int severity = 0;
};

/// Strips "<time>: <Priority> " (and the pre-0.27 "HH:MM:SS.nnnnnnnnn: ") from an output.
std::string_view messageOf(std::string_view output, std::string_view priority)
{
    const size_t colon = output.find(": ");
    if (colon != std::string_view::npos && colon >= 8 && colon <= 40) {
        const std::string_view stamp = output.substr(0, colon);
        if (stamp.find(' ') == std::string_view::npos && stamp[0] >= '0' && stamp[0] <= '9')
            output.remove_prefix(colon + 2);
    }
    if (!priority.empty() && output.size() > priority.size() && output[priority.size()] == ' ' &&
        equalsNoCase(output.substr(0, priority.size()), priority))
        output.remove_prefix(priority.size() + 1);
    return output;
}

class AlertReader
{
public:
    AlertReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
    {
        m_padded.resize(4096);
    }

    void line(const TextLine& l)
    {
        std::string_view text = trimmed(l.text);
        if (l.offset == 0 && text.substr(0, 3) == "\xEF\xBB\xBF")
            text = trimmed(text.substr(3));
        if (text.empty())
            return;
        ++m_stats.lines;
        if (l.truncated) {
            skip(code("line-too-long"), QObject::tr("longer than %1 MiB; skipped").arg(kMaxLine >> 20), l.number);
            return;
        }
        m_alert = Alert();
        bool ok = false;
        if (text.front() == '{') {
            ok = parseJson(text, l.number); // simdjson rejects invalid UTF-8
        } else if (isValidUtf8(text)) {
            ok = parseText(text, l.number);
        } else {
            // Every field of a text alert is a piece of the line: repair it first.
            m_repaired.clear();
            appendLossyUtf8(m_repaired, text);
            ok = parseText(m_repaired, l.number);
        }
        if (ok)
            emitAlert(l);
    }

    void finish()
    {
        std::vector<const Group*> groups;
        groups.reserve(m_groups.size());
        for (const auto& [key, g] : m_groups)
            groups.push_back(&g);
        std::sort(groups.begin(), groups.end(),
                  [](const Group* a, const Group* b) { return a->firstLine < b->firstLine; });
        for (const Group* g : groups)
            m_out.addFinding(toFinding(*g));
        m_stats.findings += static_cast<qint64>(groups.size());
    }

    qint64 alerts() const { return m_alerts; }

private:
    void skip(const QString& c, const QString& message, qint64 line)
    {
        m_ctx.issues().warn(c, message, line);
        ++m_stats.skipped;
    }

    bool parseJson(std::string_view text, qint64 lineNo)
    {
        if (m_padded.size() < text.size() + simdjson::SIMDJSON_PADDING)
            m_padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
        std::memcpy(m_padded.data(), text.data(), text.size());
        od::document doc;
        od::object obj;
        simdjson::error_code err = m_parser.iterate(m_padded.data(), text.size(), m_padded.size()).get(doc);
        if (!err)
            err = doc.get_object().get(obj);
        if (!err)
            err = readAlert(obj, 0);
        if (!err && !atEnd(doc))
            err = simdjson::TRAILING_CONTENT;
        if (err) {
            skip(code("bad-json"), QObject::tr("not valid JSON (%1)").arg(QLatin1String(simdjson::error_message(err))),
                 lineNo);
            return false;
        }
        if (m_alert.rule.empty() || m_alert.priority.empty()) {
            skip(code("not-an-alert"), QObject::tr("a JSON object without Falco's rule and priority"), lineNo);
            return false;
        }
        return true;
    }

    /// Reads an alert object, or the envelope it travels in.
    simdjson::error_code readAlert(od::object& obj, int depth)
    {
        for (auto field : obj) {
            std::string_view key;
            if (auto err = field.unescaped_key().get(key))
                return err;
            od::value v = field.value();
            if (key == "time")
                m_alert.time = stringOf(v);
            else if (key == "rule")
                m_alert.rule = stringOf(v);
            else if (key == "priority")
                m_alert.priority = stringOf(v);
            else if (key == "output")
                m_alert.output = stringOf(v);
            else if (key == "source")
                m_alert.source = stringOf(v);
            else if (key == "hostname")
                m_alert.hostname = stringOf(v);
            else if (key == "uuid")
                m_alert.uuid = stringOf(v);
            else if (key == "tags")
                readTags(v);
            else if (key == "output_fields") {
                od::object fields;
                if (!v.get_object().get(fields)) {
                    if (auto err = readFields(fields))
                        return err;
                }
            } else if (depth == 0 && m_alert.rule.empty() &&
                       (key == "event" || key == "payload" || key == "_source" || key == "detail" || key == "falco")) {
                od::object inner;
                if (!v.get_object().get(inner)) {
                    if (auto err = readAlert(inner, depth + 1))
                        return err;
                }
            } else if (depth == 0 && m_alert.rule.empty() && (key == "message" || key == "Message")) {
                const std::string_view s = stringOf(v);
                if (!s.empty() && s.front() == '{') {
                    m_inner.assign(s.data(), s.size());
                    m_inner.append(simdjson::SIMDJSON_PADDING, ' ');
                    od::document doc;
                    od::object inner;
                    if (!m_innerParser.iterate(m_inner.data(), s.size(), m_inner.size()).get(doc) &&
                        !doc.get_object().get(inner)) {
                        if (auto err = readAlert(inner, depth + 1))
                            return err;
                    }
                }
            }
        }
        return simdjson::SUCCESS;
    }

    void readTags(od::value v)
    {
        od::array arr;
        if (v.get_array().get(arr))
            return;
        for (auto el : arr) {
            std::string_view s;
            if (el.get_string().get(s))
                continue;
            if (m_alert.tagCount < kMaxTags)
                m_alert.tags[m_alert.tagCount++] = s;
        }
    }

    simdjson::error_code readFields(od::object& fields)
    {
        for (auto field : fields) {
            std::string_view key;
            if (auto err = field.unescaped_key().get(key))
                return err;
            od::value v = field.value();
            if (key == "evt.time" || key == "evt.time.iso8601") {
                // Epoch ns as a number, or an ISO string.
                int64_t n = 0;
                if (!v.get_int64().get(n))
                    m_alert.evtTimeNs = static_cast<qint64>(n);
                else if (std::string_view s = stringOf(v); !s.empty())
                    parseRfc3339(s, &m_alert.evtTimeNs);
                continue;
            }
            std::string_view* slot = slotFor(key);
            if (slot)
                *slot = known(stringOf(v));
        }
        return simdjson::SUCCESS;
    }

    std::string_view* slotFor(std::string_view key)
    {
        struct Slot
        {
            std::string_view name;
            std::string_view Alert::*member;
        };
        static const Slot kSlots[] = {
            {"k8s.ns.name", &Alert::ns},
            {"k8s.pod.name", &Alert::pod},
            {"container.name", &Alert::containerName},
            {"container.id", &Alert::containerId},
            {"user.name", &Alert::user},
            {"proc.cmdline", &Alert::cmdline},
            {"fd.name", &Alert::fdName},
            {"evt.type", &Alert::evtType},
            {"ka.user.name", &Alert::kaUser},
            {"ka.verb", &Alert::kaVerb},
            {"ka.target.resource", &Alert::kaResource},
            {"ka.target.subresource", &Alert::kaSubresource},
            {"ka.target.name", &Alert::kaName},
            {"ka.target.namespace", &Alert::kaNamespace},
            {"ct.user", &Alert::ctUser},
            {"ct.name", &Alert::ctName},
            {"ct.srcip", &Alert::ctSrcIp},
            {"fd.rip", &Alert::fdRip},
            {"hostname", &Alert::hostname},
        };
        for (const Slot& s : kSlots) {
            if (key == s.name)
                return &(m_alert.*(s.member));
        }
        return nullptr;
    }

    /// "2024-05-07T18:54:19.341081180+0000: Warning Sensitive file opened … (user=root command=… )".
    bool parseText(std::string_view text, qint64 lineNo)
    {
        const size_t colon = text.find(": ");
        qint64 ns = 0;
        if (colon == std::string_view::npos || !parseRfc3339(text.substr(0, colon), &ns)) {
            skip(code("bad-line"), QObject::tr("neither a JSON alert nor a Falco alert line"), lineNo);
            return false;
        }
        std::string_view rest = text.substr(colon + 2);
        const size_t sp = rest.find(' ');
        const std::string_view priority = rest.substr(0, sp);
        if (sp == std::string_view::npos || severityOfPriority(priority) < 0) {
            skip(code("bad-line"), QObject::tr("no Falco priority after the time"), lineNo);
            return false;
        }
        m_alert.time = text.substr(0, colon);
        m_alert.priority = priority;
        m_alert.output = text;
        rest = rest.substr(sp + 1);
        // The rule's message ends where its fields start: at " (" or, for outputs
        // without parentheses, at the first "key=value" word.
        const size_t paren = rest.find(" (");
        const size_t field = firstFieldWord(rest);
        if (field < paren) {
            m_alert.rule = trimmed(rest.substr(0, field));
            readTextFields(rest.substr(field));
        } else {
            m_alert.rule = trimmed(rest.substr(0, paren));
            if (paren != std::string_view::npos && rest.back() == ')')
                readTextFields(rest.substr(paren + 2, rest.size() - paren - 3));
        }
        if (m_alert.rule.empty())
            m_alert.rule = trimmed(rest);
        return true;
    }

    /// Offset of the first word shaped "key=…" (key of letters, digits, '_' and '.'), or npos.
    static size_t firstFieldWord(std::string_view s)
    {
        size_t start = 0;
        while (start < s.size()) {
            size_t j = start;
            while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '.'))
                ++j;
            if (j > start && j < s.size() && s[j] == '=')
                return start;
            const size_t next = s.find(' ', start);
            if (next == std::string_view::npos)
                break;
            start = next + 1;
        }
        return std::string_view::npos;
    }

    /// "user=root command=cat /dev/null container_id=…": a value runs up to the next "key=".
    void readTextFields(std::string_view s)
    {
        std::string_view key;
        size_t valueStart = 0;
        auto store = [&](size_t end) {
            if (key.empty())
                return;
            const std::string_view value = known(trimmed(s.substr(valueStart, end - valueStart)));
            if (key == "user")
                m_alert.user = value;
            else if (key == "command" || key == "cmdline")
                m_alert.cmdline = value;
            else if (key == "file" || key == "fd_name")
                m_alert.fdName = value;
            else if (key == "container_name")
                m_alert.containerName = value;
            else if (key == "container_id")
                m_alert.containerId = value;
            else if (key == "evt_type")
                m_alert.evtType = value;
            else if (key == "k8s_ns" || key == "k8s.ns")
                m_alert.ns = value;
            else if (key == "k8s_pod_name" || key == "k8s.pod" || key == "k8s_pod")
                m_alert.pod = value;
        };
        size_t i = 0;
        while (i < s.size()) {
            const size_t start = i;
            size_t j = start;
            while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '.'))
                ++j;
            if (j > start && j < s.size() && s[j] == '=' && (start == 0 || s[start - 1] == ' ')) {
                store(start);
                key = s.substr(start, j - start);
                valueStart = j + 1;
                i = j + 1;
                continue;
            }
            const size_t next = s.find(' ', i);
            i = next == std::string_view::npos ? s.size() : next + 1;
        }
        store(s.size());
    }

    void emitAlert(const TextLine& l)
    {
        const Alert& a = m_alert;
        NormalizedEvent& ev = m_ev;
        ev.clear();
        qint64 ns = 0;
        if (!a.time.empty() && parseRfc3339(a.time, &ns)) {
            ev.tsNs = ns;
        } else if (a.evtTimeNs != 0) {
            ev.tsNs = a.evtTimeNs;
        } else {
            ev.tsNs = m_ctx.hints().modifiedNs;
            ev.tsQuality = TsQuality::Missing;
            m_ctx.issues().warn(code("no-time"), QObject::tr("the alert has no usable time; the file's time was used"),
                                l.number);
        }
        ev.line = l.number;
        ev.byteOffset = l.offset;
        ev.byteLength = l.length;
        const int sev = severityOfPriority(a.priority);
        ev.severity = sev < 0 ? 0 : sev;
        const SourceHints& h = m_ctx.hints();
        ev.set(EventText::Source, "falco");
        setOr(EventText::Cluster, {}, h.cluster);
        setOr(EventText::Node, a.hostname, h.node);
        setOr(EventText::Namespace, !a.ns.empty() ? a.ns : a.kaNamespace, h.namespace_);
        setOr(EventText::Pod, a.pod, h.pod);
        setOr(EventText::Container, a.containerName, h.container);
        ev.set(EventText::Principal, first({a.user, a.kaUser, a.ctUser}));
        ev.set(EventText::SourceIp, first({a.ctSrcIp, a.fdRip}));
        ev.set(EventText::Verb, first({a.evtType, a.kaVerb, a.ctName}));
        ev.set(EventText::Resource, a.kaResource);
        ev.set(EventText::Subresource, a.kaSubresource);
        ev.set(EventText::Name, a.kaName);
        if (!a.fdName.empty()) {
            ev.set(EventText::Object, a.fdName);
        } else if (!a.cmdline.empty()) {
            ev.set(EventText::Object, a.cmdline);
        } else if (!a.kaResource.empty()) {
            std::string& o = ev[EventText::Object];
            o.assign(a.kaResource.data(), a.kaResource.size());
            if (!a.kaName.empty())
                o.append(" ").append(a.kaNamespace).append(a.kaNamespace.empty() ? "" : "/").append(a.kaName);
        }
        ev.set(EventText::Reason, a.rule);
        ev.set(EventText::RecordId, a.uuid);
        std::string& msg = ev[EventText::Message];
        appendLossyUtf8(msg, messageOf(a.output, a.priority));
        if (msg.empty())
            msg.assign(a.rule.data(), a.rule.size());
        // A process's command line (proc.cmdline, the output's "command=") carries
        // the credentials given to it: "mysql -pS3cret", "curl -H 'Authorization: Bearer …'".
        logtext::redactInlineSecrets(ev[EventText::Object]);
        logtext::redactInlineSecrets(msg);
        m_out.addEvent(ev);
        ++m_stats.events;
        ++m_alerts;
        group(ev, sev < 0 ? 0 : sev);
        if (++m_sinceTick >= kTickEvery) {
            m_sinceTick = 0;
            m_ctx.reportProgress(l.offset + l.length);
        }
    }

    void setOr(EventText f, std::string_view value, const QString& fallback)
    {
        if (!value.empty()) {
            m_ev.set(f, value);
        } else if (!fallback.isEmpty()) {
            const QByteArray utf8 = fallback.toUtf8();
            m_ev.set(f, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        }
    }

    static std::string_view first(std::initializer_list<std::string_view> values)
    {
        for (std::string_view v : values) {
            if (!v.empty())
                return v;
        }
        return {};
    }

    void group(const NormalizedEvent& ev, int severity)
    {
        const Alert& a = m_alert;
        const std::string& ns = ev[EventText::Namespace];
        const std::string& pod = ev[EventText::Pod];
        const std::string& host = ev[EventText::Node];
        m_key.assign(a.rule.data(), a.rule.size());
        m_key += '\0';
        if (!pod.empty())
            m_key.append(ns).append("/").append(pod);
        else
            m_key.append("host:").append(host);
        auto [it, fresh] = m_groups.try_emplace(m_key);
        Group& g = it->second;
        if (fresh) {
            g.rule.assign(a.rule.data(), a.rule.size());
            g.priority.assign(a.priority.data(), a.priority.size());
            g.source.assign(a.source.data(), a.source.size());
            g.sample = ev[EventText::Message];
            if (!pod.empty()) {
                g.ns = ns;
                g.pod = pod;
            } else {
                g.host = host;
            }
            for (int i = 0; i < a.tagCount; ++i)
                g.tags.emplace_back(a.tags[i]);
            g.firstNs = g.lastNs = ev.tsNs;
            g.firstLine = ev.line;
            g.severity = severity;
        }
        ++g.count;
        g.firstNs = std::min(g.firstNs, ev.tsNs);
        g.lastNs = std::max(g.lastNs, ev.tsNs);
        if (severity > g.severity) {
            g.severity = severity;
            g.priority.assign(a.priority.data(), a.priority.size());
        }
    }

    static QString isoTime(qint64 ns)
    {
        return QDateTime::fromMSecsSinceEpoch(ns / 1000000, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    }

    Finding toFinding(const Group& g) const
    {
        Finding f;
        f.tool = QStringLiteral("falco");
        f.ruleId = qs(g.rule);
        f.title = f.ruleId;
        f.severity = static_cast<Severity>(g.severity);
        f.severityOriginal = qs(g.priority);
        f.status = g.severity == 0 ? FindingStatus::Info : FindingStatus::Fail;
        QString where;
        if (!g.pod.empty()) {
            f.resourceKind = QStringLiteral("Pod");
            f.resourceNamespace = qs(g.ns);
            f.resourceName = qs(g.pod);
            f.resource = QStringLiteral("Pod %1/%2").arg(f.resourceNamespace, f.resourceName);
            where = f.resource;
        } else {
            f.resource = g.host.empty() ? QObject::tr("unknown host") : QStringLiteral("host %1").arg(qs(g.host));
            where = f.resource;
        }
        QStringList tags;
        bool network = false;
        for (const std::string& t : g.tags) {
            tags << qs(t);
            network = network || t == "network";
        }
        QStringList detail;
        detail << (g.count == 1 ? QObject::tr("1 alert on %1 at %2.").arg(where, isoTime(g.firstNs))
                                : QObject::tr("%1 alerts on %2 between %3 and %4.")
                                      .arg(g.count)
                                      .arg(where, isoTime(g.firstNs), isoTime(g.lastNs)));
        detail << QObject::tr("First: %1").arg(qs(g.sample));
        if (!g.source.empty())
            detail << QObject::tr("Event source: %1").arg(qs(g.source));
        if (!tags.isEmpty())
            detail << QObject::tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
        f.detail = detail.join(QLatin1Char('\n'));
        f.firstSeenNs = g.firstNs;
        f.lastSeenNs = g.lastNs;
        f.controls = network ? QStringLiteral("CC6.6,CC7.2") : QStringLiteral("CC7.2");
        f.line = g.firstLine;
        return f;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    od::parser m_parser;
    od::parser m_innerParser;
    std::string m_padded;
    std::string m_inner;
    std::string m_repaired;
    std::string m_key;
    Alert m_alert;
    NormalizedEvent m_ev;
    std::unordered_map<std::string, Group> m_groups;
    qint64 m_alerts = 0;
    int m_sinceTick = 0;
};

/// A plain-text Falco alert line: "<RFC 3339 time>: <Priority> <message>".
bool isTextAlert(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(": ");
    if (colon < 19 || colon > 40)
        return false;
    qint64 ns = 0;
    if (!parseRfc3339(std::string_view(line.data(), static_cast<size_t>(colon)), &ns))
        return false;
    const QByteArrayView rest = line.sliced(colon + 2);
    const qsizetype sp = rest.indexOf(' ');
    return sp > 0 && severityOfPriority(std::string_view(rest.data(), static_cast<size_t>(sp))) >= 0;
}

} // namespace

QString FalcoImporter::displayName() const
{
    return QObject::tr("Falco alerts");
}

QStringList FalcoImporter::nameFilters() const
{
    return {QStringLiteral("*falco*.json"), QStringLiteral("*falco*.jsonl"), QStringLiteral("*falco*.log"),
            QStringLiteral("*falco*.txt")};
}

Confidence FalcoImporter::sniff(QByteArrayView head) const
{
    const char first = firstByte(head);
    if (first == '{') {
        // Falco's own keys; Kubernetes audit events (Falco's k8s_audit trace files) have none of them.
        const bool alert = hasKey(head, "rule") && hasKey(head, "priority") &&
                           (hasKey(head, "output") || hasKey(head, "output_fields"));
        const bool escaped =
            head.contains("\\\"rule\\\"") && head.contains("\\\"priority\\\"") && head.contains("\\\"output");
        return alert || escaped ? Confidence::Signature : Confidence::No;
    }
    int lines = 0;
    int alerts = 0;
    qsizetype from = 0;
    while (from < head.size() && lines < 20) {
        const qsizetype nl = head.indexOf('\n', from);
        if (nl < 0 && head.size() >= ImportSource::kHeadSize)
            break; // the last line may be cut short
        const qsizetype end = nl < 0 ? head.size() : nl;
        const QByteArrayView line = head.sliced(from, end - from).trimmed();
        from = end + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        if (isTextAlert(line))
            ++alerts;
    }
    return alerts > 0 && alerts * 2 >= lines ? Confidence::Signature : Confidence::No;
}

ImportResult FalcoImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    AlertReader reader(out, ctx, stats);
    LineReader lines(src, kMaxLine);
    // The stored copy is masked where the columns are fingerprinted: the same scan
    // over each line as read, JSON or text.
    lines.setSkippedObserver(
        [&ctx](std::string_view bytes, qint64 offset) { logtext::maskInlineSecrets(ctx, offset, bytes); });
    TextLine line;
    qint64 count = 0;
    while (lines.next(&line)) {
        logtext::maskInlineSecrets(ctx, line.offset, line.text);
        reader.line(line);
        if (++count % kTickEvery == 0) {
            ctx.parsedThrough(line.offset);
            if (ctx.isCancelled())
                return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
        }
    }
    if (!lines.error().isEmpty())
        ctx.issues().error(code("read-error"),
                           QObject::tr("the input could not be read to its end: %1").arg(lines.error()));
    if (reader.alerts() == 0)
        return makeError(ErrorCode::Parse, QObject::tr("no Falco alert found"), src.displayPath());
    reader.finish();
    return stats;
}

} // namespace ab
