#include "import/importers/GcpLoggingImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/K8sAuditParse.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <simdjson.h>

#include <algorithm>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

constexpr size_t kMaxDocument = 256u << 20; // a whole JSON document
constexpr size_t kMaxYamlDocument = 16u << 20;

enum class Form { JsonLines, JsonDocument, Yaml };

Form detectForm(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (i >= head.size())
        return Form::JsonLines;
    if (head[i] == '[')
        return Form::JsonDocument;
    if (head[i] != '{')
        return Form::Yaml;
    qsizetype nl = head.indexOf('\n', i);
    if (nl < 0)
        return Form::JsonLines;
    while (nl > i && isSpace(head[nl - 1]))
        --nl;
    return head[nl - 1] == '}' ? Form::JsonLines : Form::JsonDocument;
}

/// `key` as a JSON ("key":) or YAML (key:) key.
bool hasKey(QByteArrayView head, QByteArrayView key)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = head.indexOf(key, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0) {
            const char b = head[at - 1];
            if (b != '"' && !isSpace(b) && b != '{' && b != ',')
                continue;
        }
        qsizetype i = at + key.size();
        if (i < head.size() && head[i] == '"')
            ++i;
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t'))
            ++i;
        if (i < head.size() && head[i] == ':')
            return true;
    }
}

int severityFromName(sv s)
{
    if (s == "NOTICE")
        return 1;
    if (s == "WARNING")
        return 2;
    if (s == "ERROR")
        return 3;
    if (s == "CRITICAL" || s == "ALERT" || s == "EMERGENCY")
        return 4;
    return 0;
}

sv stringAt(simdjson::dom::object o, sv key)
{
    sv v;
    if (o[key].get_string().get(v))
        return {};
    return v;
}

simdjson::dom::object objectAt(simdjson::dom::object o, sv key, bool* found)
{
    simdjson::dom::object sub;
    *found = !o[key].get_object().get(sub);
    return sub;
}

/// Appends text as one line of valid UTF-8: newlines become spaces, other control
/// bytes U+FFFD.
void appendFlat(std::string& out, sv in)
{
    if (in.find_first_of("\r\n") == sv::npos) {
        appendLossyUtf8(out, in);
        return;
    }
    std::string flat(in);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::replace(flat.begin(), flat.end(), '\r', ' ');
    appendLossyUtf8(out, flat);
}

class EntrySink
{
public:
    EntrySink(CaseWriter& out, ImportContext& ctx, ImportStats& stats, QString kind)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_kind(std::move(kind))
    {}

    void entry(sv json, qint64 line, qint64 offset, qint64 length)
    {
        simdjson::dom::element root;
        if (m_parser.parse(json.data(), json.size(), true).get(root)) {
            reject("bad-json", line, QObject::tr("malformed JSON entry; skipped"));
            return;
        }
        simdjson::dom::object entry;
        if (root.get_object().get(entry)) {
            reject("not-an-entry", line, QObject::tr("not a LogEntry object; skipped"));
            return;
        }
        bool found = false;
        objectAt(entry, "protoPayload", &found);
        if (found) {
            ++m_stats.skipped;
            m_ctx.issues().info(code("audit-entry"),
                                QObject::tr("Cloud Audit Logs entry; import the file as k8s-audit to read it"), line);
            return;
        }
        bool hasJson = false;
        const simdjson::dom::object payload = objectAt(entry, "jsonPayload", &hasJson);
        sv textPayload;
        const bool hasText = !entry["textPayload"].get_string().get(textPayload);
        if (!hasJson && !hasText) {
            reject("not-an-entry", line, QObject::tr("LogEntry without jsonPayload or textPayload; skipped"));
            return;
        }
        m_ev.clear();
        setTime(entry, line);
        m_ev.line = line;
        m_ev.byteOffset = offset;
        m_ev.byteLength = length;
        m_ev.set(EventText::Source, "gcp-logging");
        m_ev.severity = severityFromName(stringAt(entry, "severity"));
        m_ev.set(EventText::RecordId, stringAt(entry, "insertId"));
        bool hasResource = false;
        const simdjson::dom::object resource = objectAt(entry, "resource", &hasResource);
        bool hasLabels = false;
        const simdjson::dom::object labels =
            hasResource ? objectAt(resource, "labels", &hasLabels) : simdjson::dom::object();
        if (hasLabels) {
            setClean(EventText::Node, stringAt(labels, "node_name"));
            setClean(EventText::Cluster, stringAt(labels, "cluster_name"));
            setClean(EventText::Namespace, stringAt(labels, "namespace_name"));
            setClean(EventText::Pod, stringAt(labels, "pod_name"));
            setClean(EventText::Container, stringAt(labels, "container_name"));
        }
        sv program, pid, message;
        if (hasJson) {
            if (m_ev[EventText::Node].empty())
                setClean(EventText::Node, stringAt(payload, "_HOSTNAME"));
            program = stringAt(payload, "SYSLOG_IDENTIFIER");
            if (program.empty())
                program = stringAt(payload, "_COMM");
            pid = stringAt(payload, "_PID");
            setClean(EventText::Resource, stringAt(payload, "_SYSTEMD_UNIT"));
            for (sv key : {"MESSAGE", "message", "msg", "log"}) {
                message = stringAt(payload, key);
                if (!message.empty())
                    break;
            }
        }
        if (program.empty()) {
            const sv logName = stringAt(entry, "logName");
            program = logName.substr(logName.rfind('/') + 1);
        }
        setClean(EventText::UserAgent, program);
        std::string& msg = m_ev[EventText::Message];
        const bool journal = hasJson && !stringAt(payload, "SYSLOG_IDENTIFIER").empty();
        if (journal) {
            appendLossyUtf8(msg, program);
            if (!pid.empty())
                msg.append("[").append(pid).append("]");
            msg.append(": ");
        }
        const size_t textStart = msg.size();
        if (hasText)
            appendFlat(msg, textPayload);
        else if (!message.empty())
            appendFlat(msg, message);
        else
            appendFlat(msg, simdjson::minify(payload));
        if (journal) {
            const std::string text = msg.substr(textStart);
            authlog::parse(program, text, m_ev);
        }
        nodelog::redactSecrets(m_ev);
        nodelog::fillFromHints(m_ev, m_ctx);
        m_out.addEvent(m_ev);
        ++m_stats.events;
        if (m_stats.events % 1000 == 0)
            m_ctx.reportProgress(offset);
    }

    void reject(const char* reason, qint64 line, const QString& text)
    {
        if (m_firstProblem.isEmpty())
            m_firstProblem = QObject::tr("line %1: %2").arg(line).arg(text);
        ++m_stats.skipped;
        m_ctx.issues().warn(code(reason), text, line);
    }

    QString code(const char* reason) const { return m_kind + QLatin1Char('.') + QLatin1String(reason); }
    QString firstProblem() const { return m_firstProblem; }

private:
    void setClean(EventText column, sv value)
    {
        std::string& out = m_ev[column];
        out.clear();
        appendFlat(out, value);
    }

    void setTime(simdjson::dom::object entry, qint64 line)
    {
        for (const char* key : {"timestamp", "receiveTimestamp"}) {
            if (parseRfc3339(stringAt(entry, key), &m_ev.tsNs)) {
                m_ev.tsQuality = TsQuality::Exact;
                m_lastTs = m_ev.tsNs;
                return;
            }
        }
        m_ctx.issues().warn(code("no-time"),
                            QObject::tr("LogEntry without a usable timestamp; it takes the time of the entry before"),
                            line);
        m_ev.tsNs = m_lastTs;
        m_ev.tsQuality = TsQuality::Neighbours;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    QString m_kind;
    simdjson::dom::parser m_parser;
    NormalizedEvent m_ev;
    qint64 m_lastTs = 0;
    QString m_firstProblem;
};

void importJsonLines(TextLogReader& reader, EntrySink& sink, qint64* content)
{
    while (reader.next()) {
        const sv t = trimmed(reader.text());
        if (t.empty())
            continue;
        ++*content;
        const TextLine& raw = reader.raw();
        sink.entry(t, raw.number, raw.offset, raw.length);
    }
}

/// YAML documents separated by "---"; each entry points at its document's lines.
void importYaml(TextLogReader& reader, EntrySink& sink, qint64* content)
{
    std::string doc;
    std::string json;
    qint64 docLine = 0, docOffset = 0, docEnd = 0;
    bool oversized = false;
    auto flush = [&] {
        if (docLine > 0 && !oversized) {
            QString error;
            int errorLine = 0;
            if (k8saudit::yamlToJson(doc, &json, &error, &errorLine))
                sink.entry(json, docLine, docOffset, docEnd - docOffset);
            else
                sink.reject("bad-yaml", docLine + errorLine,
                            QObject::tr("malformed YAML document (%1); skipped").arg(error));
        }
        doc.clear();
        docLine = 0;
        oversized = false;
    };
    while (reader.next()) {
        const sv text = reader.text();
        const TextLine& raw = reader.raw();
        if (text == "---" || text.substr(0, 4) == "--- " || text == "...") {
            flush();
            continue;
        }
        const sv t = trimmed(text);
        if (!t.empty() && t.front() != '#') {
            if (docLine == 0) {
                ++*content;
                docLine = raw.number;
                docOffset = raw.offset;
            }
            docEnd = raw.offset + raw.length;
        }
        if (doc.size() + text.size() + 1 > kMaxYamlDocument) {
            if (!oversized && docLine > 0)
                sink.reject("too-large", docLine, QObject::tr("YAML document larger than 16 MiB; skipped"));
            oversized = true;
            continue;
        }
        doc.append(text).push_back('\n');
    }
    flush();
}

/// Calls `fn(begin, end)` for each complete object in the top-level array that
/// opens at text[start]; stops when `fn` returns false. Returns where the scan
/// ended: `size` when the array was read to its end, else the start of the first
/// element that is malformed or cut off.
template <class Fn>
size_t forEachArrayObject(const char* text, size_t size, size_t start, Fn fn)
{
    int depth = 0;
    bool inString = false;
    size_t objectStart = start;
    size_t lastEnd = start;
    for (size_t i = start; i < size; ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 1 && c == '{')
                objectStart = i;
            else if (depth == 1)
                return i; // only objects are entries
            if (++depth > 256)
                return objectStart;
        } else if (c == ']' || c == '}') {
            if (--depth == 1 && c == '}') {
                lastEnd = i + 1;
                if (!fn(objectStart, i + 1))
                    return size;
            }
            if (depth == 0)
                return size;
            if (depth < 0)
                return i;
        } else if (depth == 1 && !isSpace(c) && c != ',') {
            return i;
        }
    }
    return depth == 0 ? size : std::max(objectStart, lastEnd);
}

/// One JSON document: an array of entries, {"entries": [...]}, or a single entry.
Result<void> importJsonDocument(ImportSource& src, ImportContext& ctx, EntrySink& sink, qint64* content)
{
    std::string buf;
    std::vector<char> chunk(1 << 20);
    for (;;) {
        const qint64 n = src.read(chunk.data(), static_cast<qint64>(chunk.size()));
        if (n < 0) {
            ctx.issues().error(sink.code("read-error"),
                               QObject::tr("the input could not be read to its end (%1)").arg(src.errorString()));
            break;
        }
        if (n == 0)
            break;
        if (buf.size() + static_cast<size_t>(n) > kMaxDocument)
            return makeError(ErrorCode::Parse,
                             QObject::tr("the JSON document is larger than %1 MiB; convert it to JSON lines first "
                                         "(for example: jq -c '.[]')")
                                 .arg(kMaxDocument >> 20),
                             src.displayPath());
        buf.append(chunk.data(), static_cast<size_t>(n));
        if (ctx.isCancelled())
            return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    }
    // The document as read is the stored copy: its credentials are masked before any repair.
    logtext::maskInlineSecrets(ctx, 0, buf);
    if (!isValidUtf8(buf)) {
        std::string repaired;
        appendLossyUtf8(repaired, buf);
        buf.swap(repaired);
        ctx.issues().warn(sink.code("bad-encoding"),
                          QObject::tr("the document is not clean UTF-8; the bad bytes were read as Latin-1"));
    }
    if (trimmed(buf).empty())
        return {};
    ++*content;
    const size_t size = buf.size();
    buf.append(simdjson::SIMDJSON_PADDING, ' ');
    qint64 lineAt = 1;
    size_t counted = 0;
    auto lineOf = [&](size_t offset) {
        lineAt += std::count(buf.data() + counted, buf.data() + offset, '\n');
        counted = offset;
        return lineAt;
    };
    auto takeEntry = [&](size_t begin, size_t end) {
        sink.entry(sv(buf.data() + begin, end - begin), lineOf(begin), static_cast<qint64>(begin),
                   static_cast<qint64>(end - begin));
    };
    const sv whole = trimmed(sv(buf.data(), size));
    const size_t start = static_cast<size_t>(whole.data() - buf.data());
    if (whole.front() == '[') {
        qint64 n = 0;
        const size_t done = forEachArrayObject(buf.data(), size, start, [&](size_t begin, size_t end) {
            takeEntry(begin, end);
            return ++n % 1000 != 0 || !ctx.isCancelled();
        });
        if (done < size && !ctx.isCancelled())
            sink.reject("bad-json", lineOf(std::max(done, counted)),
                        QObject::tr("the JSON array is malformed or cut off here; the rest is skipped"));
    } else {
        // {"entries": [...]} (entries.list) or one entry.
        simdjson::ondemand::parser parser;
        simdjson::ondemand::document doc;
        simdjson::ondemand::object obj;
        simdjson::ondemand::array entries;
        if (!parser.iterate(simdjson::padded_string_view(buf.data(), size, buf.size())).get(doc) &&
            !doc.get_object().get(obj) && !obj["entries"].get_array().get(entries)) {
            for (auto el : entries) {
                simdjson::ondemand::object item;
                sv raw;
                if (el.get_object().get(item) || item.raw_json().get(raw)) {
                    sink.reject("bad-json", lineOf(counted), QObject::tr("malformed JSON entry; the rest is skipped"));
                    break;
                }
                takeEntry(static_cast<size_t>(raw.data() - buf.data()),
                          static_cast<size_t>(raw.data() - buf.data()) + raw.size());
            }
        } else {
            takeEntry(start, start + whole.size());
        }
    }
    if (ctx.isCancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    ctx.reportProgress(static_cast<qint64>(size));
    return {};
}

} // namespace

QString GcpLoggingImporter::displayName() const
{
    return QObject::tr("Google Cloud Logging entries (node and workload logs)");
}

QStringList GcpLoggingImporter::nameFilters() const
{
    return {QStringLiteral("*logging*.json"), QStringLiteral("*logging*.yaml")};
}

Confidence GcpLoggingImporter::sniff(QByteArrayView head) const
{
    if (head.contains(QByteArrayView("protoPayload")))
        return Confidence::No;
    if (hasKey(head, "logName") && hasKey(head, "resource") &&
        (hasKey(head, "jsonPayload") || hasKey(head, "textPayload")))
        return Confidence::Signature;
    return Confidence::No;
}

ImportResult GcpLoggingImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    EntrySink sink(out, ctx, stats, kind());
    qint64 content = 0;
    const Form form = detectForm(src.head());
    if (form == Form::JsonDocument) {
        if (auto r = importJsonDocument(src, ctx, sink, &content); !r)
            return r.error();
        stats.lines = stats.events + stats.skipped;
    } else {
        TextLogReader reader(src, ctx, stats, kind());
        if (form == Form::Yaml)
            importYaml(reader, sink, &content);
        else
            importJsonLines(reader, sink, &content);
        if (reader.cancelled())
            return reader.cancelledError();
    }
    if (content == 0) {
        ctx.issues().warn(sink.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0 && !ctx.issues().has(sink.code("audit-entry")))
        return makeError(ErrorCode::Parse, QObject::tr("no Cloud Logging entry found (%1)").arg(sink.firstProblem()),
                         src.displayPath());
    return stats;
}

} // namespace ab
