#include "import/importers/K8sEventsImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/K8sAuditParse.h"
#include "import/importers/LogLineReader.h"
#include "import/importers/LogText.h"
#include "import/importers/ReportJson.h"
#include "util/Text.h"
#include "util/Time.h"

#include <simdjson.h>

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

namespace ab {
namespace {

namespace od = simdjson::ondemand;
namespace dom = simdjson::dom;

constexpr size_t kMaxJson = 512u << 20;
constexpr size_t kMaxYaml = 64u << 20;
constexpr size_t kPad = simdjson::SIMDJSON_PADDING;
constexpr char kBom[] = "\xEF\xBB\xBF";

bool isEventApiVersion(std::string_view v)
{
    return v == "v1" || v == "events.k8s.io/v1" || v == "events.k8s.io/v1beta1";
}

/// What the head says about a JSON document: the top-level kind and apiVersion
/// and, for the first element of its "items", the same. Strings and nesting are
/// followed, so an involvedObject's "kind" is not taken for the item's own.
struct Shape
{
    std::string kind, apiVersion, itemKind, itemApiVersion;
    bool items = false;
};

Shape jsonShape(QByteArrayView head)
{
    Shape s;
    std::string stack;
    int itemsAt = -1; // depth of the items array, once entered
    int itemIndex = -1;
    std::string key;
    bool expectValue = false;
    const qsizetype n = head.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = head[i];
        if (c == '"') {
            std::string str;
            for (++i; i < n && head[i] != '"'; ++i) {
                if (head[i] == '\\')
                    ++i;
                else
                    str += head[i];
            }
            if (expectValue) {
                const int depth = static_cast<int>(stack.size());
                if (depth == 1 && key == "kind")
                    s.kind = str;
                else if (depth == 1 && key == "apiVersion")
                    s.apiVersion = str;
                else if (itemIndex == 0 && depth == itemsAt + 1 && key == "kind")
                    s.itemKind = str;
                else if (itemIndex == 0 && depth == itemsAt + 1 && key == "apiVersion")
                    s.itemApiVersion = str;
                expectValue = false;
            } else {
                key = std::move(str);
            }
        } else if (c == ':') {
            expectValue = true;
        } else if (c == '{' || c == '[') {
            if (c == '[' && expectValue && stack.size() == 1 && key == "items") {
                s.items = true;
                itemsAt = 2;
            }
            if (c == '{' && static_cast<int>(stack.size()) == itemsAt)
                ++itemIndex;
            stack += c;
            expectValue = false;
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            expectValue = false;
        } else if (c == ',') {
            expectValue = false;
        }
    }
    return s;
}

/// The same for YAML: top-level keys in column 0, the first item's keys one step
/// in from its "- ".
Shape yamlShape(QByteArrayView head)
{
    Shape s;
    int itemColumn = -1; // column of the items' "- "
    bool inFirstItem = false;
    auto valueOf = [](std::string_view line, std::string_view key) -> std::string {
        if (line.substr(0, key.size()) != key || line.size() <= key.size() || line[key.size()] != ':')
            return {};
        std::string v(trimmed(line.substr(key.size() + 1)));
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\''))
            v = v.substr(1, v.size() - 2);
        return v;
    };
    qsizetype from = 0;
    while (from < head.size()) {
        qsizetype nl = head.indexOf('\n', from);
        if (nl < 0)
            nl = head.size();
        std::string_view line(head.data() + from, static_cast<size_t>(nl - from));
        from = nl + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        size_t col = 0;
        while (col < line.size() && line[col] == ' ')
            ++col;
        std::string_view rest = line.substr(col);
        if (rest.empty() || rest.front() == '#' || rest == "---")
            continue;
        if (col == 0 && rest.front() != '-') {
            if (s.items && itemColumn >= 0)
                inFirstItem = false;
            if (auto v = valueOf(rest, "kind"); !v.empty())
                s.kind = v;
            else if (auto a = valueOf(rest, "apiVersion"); !a.empty())
                s.apiVersion = a;
            else if (rest == "items:")
                s.items = true;
            continue;
        }
        if (!s.items)
            continue;
        int keyColumn = static_cast<int>(col);
        if (rest.substr(0, 2) == "- " || rest == "-") {
            if (itemColumn < 0) {
                itemColumn = static_cast<int>(col);
                inFirstItem = true;
            } else if (static_cast<int>(col) == itemColumn) {
                inFirstItem = false;
            }
            rest = trimmed(rest.substr(1));
            keyColumn = static_cast<int>(col) + 2;
        }
        if (inFirstItem && keyColumn == itemColumn + 2) {
            if (auto v = valueOf(rest, "kind"); !v.empty())
                s.itemKind = v;
            else if (auto a = valueOf(rest, "apiVersion"); !a.empty())
                s.itemApiVersion = a;
        }
    }
    return s;
}

bool isEventList(const Shape& s)
{
    if (s.kind == "EventList")
        return s.apiVersion.empty() || isEventApiVersion(s.apiVersion);
    if (!s.items || s.itemKind != "Event" || !isEventApiVersion(s.itemApiVersion))
        return false;
    return s.kind.empty() || s.kind == "List";
}

/// Bytes with kPad readable spare bytes after size().
struct Text
{
    std::unique_ptr<char[]> data;
    size_t size = 0;
    size_t capacity = 0;
};

enum class ReadOutcome { Ok, TooLarge, NoMemory };

ReadOutcome readAll(ImportSource& src, size_t limit, Text* text, QString* readError)
{
    const qint64 hint = src.decodedSizeHint();
    size_t capacity = hint > 0 ? std::min(static_cast<size_t>(hint) + 1, limit) : (1u << 20);
    for (;;) {
        if (text->size == text->capacity) {
            if (text->capacity >= limit)
                return ReadOutcome::TooLarge;
            capacity = text->capacity == 0 ? capacity : std::min(text->capacity * 2, limit);
            std::unique_ptr<char[]> fresh(new (std::nothrow) char[capacity + kPad]);
            if (!fresh)
                return ReadOutcome::NoMemory;
            if (text->size > 0)
                std::memcpy(fresh.get(), text->data.get(), text->size);
            text->data = std::move(fresh);
            text->capacity = capacity;
        }
        const qint64 n = src.read(text->data.get() + text->size, static_cast<qint64>(text->capacity - text->size));
        if (n < 0) {
            *readError = src.errorString();
            break;
        }
        if (n == 0)
            break;
        text->size += static_cast<size_t>(n);
    }
    std::memset(text->data.get() + text->size, ' ', text->capacity + kPad - text->size);
    return ReadOutcome::Ok;
}

std::string_view field(dom::element e, std::initializer_list<const char*> path)
{
    for (const char* key : path) {
        if (e.at_key(key).get(e) != simdjson::SUCCESS)
            return {};
    }
    std::string_view v;
    return e.get_string().get(v) == simdjson::SUCCESS ? v : std::string_view();
}

qint64 number(dom::element e, std::initializer_list<const char*> path)
{
    for (const char* key : path) {
        if (e.at_key(key).get(e) != simdjson::SUCCESS)
            return 0;
    }
    int64_t v = 0;
    return e.get_int64().get(v) == simdjson::SUCCESS ? v : 0;
}

/// "Pod" → "pods", "NetworkPolicy" → "networkpolicies", as the API's resource names.
std::string resourceOf(std::string_view kind)
{
    std::string r;
    for (char c : kind)
        r += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (r.empty() || r == "endpoints")
        return r;
    if (r.back() == 'y' && r.size() > 1 && std::strchr("aeiou", r[r.size() - 2]) == nullptr)
        return r.substr(0, r.size() - 1) + "ies";
    if (r.back() == 's' || r.back() == 'x')
        return r + "es";
    return r + "s";
}

/// "spec.containers{nginx}" → "nginx".
std::string_view containerOf(std::string_view fieldPath)
{
    const size_t open = fieldPath.find('{');
    const size_t close = fieldPath.rfind('}');
    if (open == std::string_view::npos || close == std::string_view::npos || close <= open)
        return {};
    return fieldPath.substr(open + 1, close - open - 1);
}

void appendOneLine(std::string& out, std::string_view text)
{
    std::string clean;
    appendLossyUtf8(clean, text);
    bool space = false;
    for (char c : clean) {
        if (c == '\n' || c == '\r' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty() && out.back() != ' ')
            out += ' ';
        space = false;
        out += c;
    }
}

/// What an Event says, however it was written (an object's fields, a row of
/// `kubectl get events`).
struct EventFacts
{
    std::string_view objKind, objName, ns, reason, component, host, type, note, fieldPath, action;
    qint64 count = 0;
};

/// Fills `ev`'s columns and message from `f`; the hints give what the Event does
/// not say.
void fillEvent(NormalizedEvent& ev, const EventFacts& f, const SourceHints& h)
{
    std::string_view host = f.host;
    if (f.objKind == "Node" && !f.objName.empty())
        host = f.objName;
    ev.set(EventText::Source, "k8s-events");
    ev.set(EventText::Cluster, h.cluster.toStdString());
    ev.set(EventText::Namespace, !f.ns.empty() ? std::string(f.ns) : h.namespace_.toStdString());
    ev.set(EventText::Node, !host.empty() ? std::string(host) : h.node.toStdString());
    if (f.objKind == "Pod") {
        ev.set(EventText::Pod, f.objName);
        const std::string_view container = containerOf(f.fieldPath);
        ev.set(EventText::Container, !container.empty() ? std::string(container) : h.container.toStdString());
    } else {
        ev.set(EventText::Pod, h.pod.toStdString());
        ev.set(EventText::Container, h.container.toStdString());
    }
    ev.set(EventText::Principal, f.component);
    ev.set(EventText::Verb, f.action);
    ev.set(EventText::Resource, resourceOf(f.objKind));
    ev.set(EventText::Name, f.objName);
    std::string object(f.objKind);
    if (!f.objName.empty()) {
        object += ' ';
        if (!f.ns.empty() && f.objKind != "Node" && f.objKind != "Namespace") {
            object += f.ns;
            object += '/';
        }
        object += f.objName;
    }
    ev.set(EventText::Object, object);
    ev.set(EventText::Reason, f.reason);
    ev.severity = f.type == "Warning" ? 2 : 0;

    std::string& msg = ev[EventText::Message];
    appendOneLine(msg, f.type.empty() ? std::string_view("Normal") : f.type);
    msg += ' ';
    appendOneLine(msg, f.reason);
    if (!object.empty()) {
        msg += ' ';
        appendOneLine(msg, object);
    }
    msg += ": ";
    appendOneLine(msg, f.note);
    // A failed container's command line, a probe's URL: an Event's note
    // quotes what it reports on, credentials and all.
    logtext::redactInlineSecrets(msg);
    if (f.count > 1)
        msg += " (" + std::to_string(f.count) + " times)";
}

/// Turns Event items into timeline events; one per importer call.
class EventReader
{
public:
    EventReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
    {}

    /// One item, `raw` being its text (padded behind), at `line`, `offset`, `length` in the input.
    void item(std::string_view raw, qint64 line, qint64 offset, qint64 length)
    {
        ++m_stats.lines;
        ++m_items;
        dom::element e;
        if (m_parser.parse(raw.data(), raw.size(), false).get(e) != simdjson::SUCCESS) {
            skip(QStringLiteral("k8s-events.bad-json"), QObject::tr("the item is not valid JSON"), line);
            return;
        }
        const std::string_view kind = field(e, {"kind"});
        if (!kind.empty() && kind != "Event") {
            skip(QStringLiteral("k8s-events.not-an-event"),
                 QObject::tr("the item is a %1, not an Event")
                     .arg(QString::fromUtf8(kind.data(), qsizetype(kind.size()))),
                 line);
            return;
        }
        // Items of an events.k8s.io list often leave their own apiVersion out.
        dom::element unused;
        const bool eventsApi = field(e, {"apiVersion"}).substr(0, 10) == "events.k8s" ||
                               (e.at_key("regarding").get(unused) == simdjson::SUCCESS &&
                                e.at_key("involvedObject").get(unused) != simdjson::SUCCESS);
        NormalizedEvent& ev = m_ev;
        ev.clear();
        ev.line = line;
        ev.byteOffset = offset;
        ev.byteLength = length;
        if (!setTime(e, eventsApi, line))
            return;

        const char* regarding = eventsApi ? "regarding" : "involvedObject";
        EventFacts f;
        f.objKind = field(e, {regarding, "kind"});
        f.objName = field(e, {regarding, "name"});
        f.ns = field(e, {"metadata", "namespace"});
        if (f.ns.empty())
            f.ns = field(e, {regarding, "namespace"});
        f.reason = field(e, {"reason"});
        f.component = eventsApi ? field(e, {"reportingController"}) : field(e, {"source", "component"});
        f.host = eventsApi ? field(e, {"deprecatedSource", "host"}) : field(e, {"source", "host"});
        f.type = field(e, {"type"});
        f.note = eventsApi ? field(e, {"note"}) : field(e, {"message"});
        f.fieldPath = field(e, {regarding, "fieldPath"});
        f.action = field(e, {"action"});
        f.count =
            eventsApi ? std::max(number(e, {"series", "count"}), number(e, {"deprecatedCount"})) : number(e, {"count"});
        fillEvent(ev, f, m_ctx.hints());
        const std::string_view uid = field(e, {"metadata", "uid"});
        ev.set(EventText::RecordId, !uid.empty() ? uid : field(e, {"metadata", "name"}));
        const qint64 count = f.count;
        // The same Event copied into several dumps: the copy seen most often wins.
        if (!uid.empty()) {
            ev.mergeKey = "k8s-event/";
            ev.mergeKey += uid;
            ev.mergeRank = static_cast<int>(std::min<qint64>(count, 1 << 30));
        }
        m_out.addEvent(ev);
        ++m_events;
    }

    void skip(const QString& code, const QString& message, qint64 line)
    {
        ++m_stats.skipped;
        m_ctx.issues().warn(code, message, line);
    }
    qint64 items() const { return m_items; }
    qint64 events() const { return m_events; }

private:
    bool setTime(dom::element e, bool eventsApi, qint64 line)
    {
        const std::initializer_list<const char*> order[] = {
            {eventsApi ? "deprecatedLastTimestamp" : "lastTimestamp"},
            {"series", "lastObservedTime"},
            {"eventTime"},
            {eventsApi ? "deprecatedFirstTimestamp" : "firstTimestamp"},
            {"metadata", "creationTimestamp"},
        };
        for (const auto& path : order) {
            const std::string_view text = field(e, path);
            if (text.empty())
                continue;
            if (parseRfc3339(text, &m_ev.tsNs)) {
                m_ev.tsQuality = TsQuality::Exact;
                return true;
            }
            m_ctx.issues().warn(QStringLiteral("k8s-events.bad-time"),
                                QObject::tr("unreadable time '%1'")
                                    .arg(QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 64)))),
                                line);
        }
        const qint64 fallback = m_ctx.hints().modifiedNs;
        m_ctx.issues().warn(QStringLiteral("k8s-events.no-time"),
                            fallback ? QObject::tr("the Event carries no time; the file's time is used")
                                     : QObject::tr("the Event carries no time"),
                            line);
        m_ev.tsNs = fallback;
        m_ev.tsQuality = TsQuality::Missing;
        return true;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    dom::parser m_parser;
    NormalizedEvent m_ev;
    qint64 m_items = 0;
    qint64 m_events = 0;
};

/// Where each item of the input starts, for lines and byte ranges.
struct ItemSpan
{
    qint64 line = 0;
    qint64 offset = 0;
    qint64 length = 0;
};

/// Counts lines forward through a text, from one offset to a later one.
class LineCounter
{
public:
    explicit LineCounter(const char* text)
        : m_text(text)
    {}
    qint64 lineAt(size_t offset)
    {
        for (const char* p = m_text + m_offset;
             (p = static_cast<const char*>(std::memchr(p, '\n', offset - (p - m_text)))) != nullptr; ++p)
            ++m_line;
        m_offset = offset;
        return m_line;
    }

private:
    const char* m_text;
    size_t m_offset = 0;
    qint64 m_line = 1;
};

/// The items of {"items": [...]} handed to the reader one by one. Returns the
/// simdjson error that stopped the walk, SUCCESS if none. `spans`, when given,
/// replaces each item's position (items of a YAML document converted to JSON);
/// items it has no span for point at the whole document.
simdjson::error_code walkItems(const char* data,
                               size_t size,
                               size_t allocated,
                               EventReader& reader,
                               ImportContext& ctx,
                               const std::vector<ItemSpan>* spans)
{
    od::parser parser;
    od::document doc;
    if (auto err = parser.iterate(data, size, allocated).get(doc))
        return err;
    od::object root;
    if (auto err = doc.get_object().get(root))
        return err;
    LineCounter lines(data);
    for (auto fieldResult : root) {
        od::field f;
        if (auto err = std::move(fieldResult).get(f))
            return err;
        std::string_view key;
        if (auto err = f.unescaped_key().get(key))
            return err;
        if (key != "items")
            continue;
        od::array items;
        if (auto err = f.value().get_array().get(items))
            return err;
        size_t index = 0;
        for (auto element : items) {
            od::object item;
            std::string_view raw;
            if (auto err = element.get_object().get(item))
                return err;
            if (auto err = item.raw_json().get(raw))
                return err;
            ItemSpan span;
            if (spans && index < spans->size() - 1) {
                span = (*spans)[index];
            } else if (spans) {
                span = spans->back();
            } else {
                span.offset = raw.data() - data;
                span.length = static_cast<qint64>(raw.size());
                span.line = lines.lineAt(static_cast<size_t>(span.offset));
            }
            reader.item(raw, span.line, span.offset, span.length);
            ++index;
            if (index % 1000 == 0) {
                ctx.reportProgress(span.offset);
                if (ctx.isCancelled())
                    return simdjson::SUCCESS;
            }
        }
    }
    return simdjson::SUCCESS;
}

/// Items of a YAML List: lines starting "- " at the column of the first item under
/// a top-level "items:". One span per item, in order.
std::vector<ItemSpan> yamlItemSpans(const char* data, size_t size)
{
    std::vector<ItemSpan> spans;
    int column = -1;
    bool inItems = false;
    size_t pos = 0;
    qint64 lineNo = 1;
    auto close = [&](size_t end) {
        if (!spans.empty() && spans.back().length == 0) {
            size_t e = end;
            while (e > static_cast<size_t>(spans.back().offset) && isSpace(data[e - 1]))
                --e;
            spans.back().length = static_cast<qint64>(e) - spans.back().offset;
        }
    };
    while (pos < size) {
        const void* nl = std::memchr(data + pos, '\n', size - pos);
        const size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : size;
        std::string_view line(data + pos, end - pos);
        size_t col = 0;
        while (col < line.size() && line[col] == ' ')
            ++col;
        const std::string_view rest = line.substr(col);
        if (!rest.empty() && rest.front() != '#') {
            if (col == 0 && rest.front() != '-') {
                close(pos);
                inItems = trimmed(rest) == "items:";
            } else if (inItems && (rest.substr(0, 2) == "- " || rest == "-")) {
                if (column < 0)
                    column = static_cast<int>(col);
                if (static_cast<int>(col) == column) {
                    close(pos);
                    spans.push_back({lineNo, static_cast<qint64>(pos + col), 0});
                }
            }
        }
        pos = nl ? end + 1 : size;
        ++lineNo;
    }
    close(size);
    return spans;
}

Error cancelled(const ImportSource& src)
{
    return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
}

// ---- `kubectl get events` as a table ------------------------------------------

enum class Col {
    Namespace,
    LastSeen,
    FirstSeen,
    Count,
    Name,
    Kind,
    Type,
    Reason,
    Object,
    Subobject,
    Source,
    Message,
    Other
};

struct Column
{
    Col col = Col::Other;
    size_t start = 0; // in characters: kubectl's table pads by characters
};

/// The columns of a `kubectl get events` header: names two spaces or more apart
/// (kubectl pads with three; "LAST SEEN" holds one). Empty if `line` is none.
std::vector<Column> tableHeader(std::string_view line)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
        line.remove_suffix(1);
    std::vector<Column> columns;
    if (line.empty() || line.front() == ' ')
        return columns;
    static constexpr std::pair<std::string_view, Col> kNames[] = {
        {"NAMESPACE", Col::Namespace}, {"LAST SEEN", Col::LastSeen}, {"FIRST SEEN", Col::FirstSeen},
        {"COUNT", Col::Count},         {"NAME", Col::Name},          {"KIND", Col::Kind},
        {"TYPE", Col::Type},           {"REASON", Col::Reason},      {"OBJECT", Col::Object},
        {"SUBOBJECT", Col::Subobject}, {"SOURCE", Col::Source},      {"MESSAGE", Col::Message}};
    bool lastSeen = false, reason = false, message = false, object = false;
    for (size_t at = 0; at < line.size();) {
        size_t end = at;
        while (end < line.size() && !(line[end] == ' ' && (end + 1 == line.size() || line[end + 1] == ' ')))
            ++end;
        const std::string_view name = line.substr(at, end - at);
        Column c;
        c.start = at;
        for (const auto& [word, col] : kNames) {
            if (name == word)
                c.col = col;
        }
        if (c.col == Col::Other &&
            (name.empty() || name.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos))
            return {};
        lastSeen = lastSeen || c.col == Col::LastSeen;
        reason = reason || c.col == Col::Reason;
        message = message || c.col == Col::Message;
        object = object || c.col == Col::Object || c.col == Col::Name;
        columns.push_back(c);
        at = end;
        while (at < line.size() && line[at] == ' ')
            ++at;
    }
    if (!(lastSeen && reason && message && object))
        return {};
    return columns;
}

/// The first line of `head`, without a byte order mark.
std::string_view firstLine(QByteArrayView head)
{
    std::string_view text(head.data(), static_cast<size_t>(head.size()));
    if (text.substr(0, 3) == kBom)
        text.remove_prefix(3);
    return text.substr(0, text.find('\n'));
}

/// An age as kubectl prints it ("45s", "5m12s", "3h4m", "2d3h", "400d", "3y45d"):
/// nanoseconds, and the nanoseconds of its smallest unit. False for "<unknown>",
/// "<invalid>" and anything else.
bool parseAge(std::string_view s, qint64* ns, qint64* unit)
{
    constexpr qint64 kSec = 1000000000;
    qint64 total = 0;
    qint64 smallest = 0;
    size_t at = 0;
    while (at < s.size()) {
        qint64 n = 0;
        size_t digits = 0;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9' && digits < 9) {
            n = n * 10 + (s[at++] - '0');
            ++digits;
        }
        if (digits == 0 || at >= s.size())
            return false;
        qint64 u = 0;
        switch (s[at++]) {
        case 'y':
            u = 365 * 86400 * kSec;
            break;
        case 'd':
            u = 86400 * kSec;
            break;
        case 'h':
            u = 3600 * kSec;
            break;
        case 'm':
            u = 60 * kSec;
            break;
        case 's':
            u = kSec;
            break;
        default:
            return false;
        }
        // Ages of centuries are no Event's: and no overflow on digits a file made up.
        constexpr qint64 kMaxAge = qint64(200) * 365 * 86400 * kSec;
        if (n > kMaxAge / u || total > kMaxAge - n * u)
            return false;
        total += n * u;
        smallest = u;
    }
    if (smallest == 0)
        return false;
    *ns = total;
    *unit = smallest;
    return true;
}

/// The kind an OBJECT's lower-case prefix names ("pod/web-1", "replicaset/web-6d5f").
std::string kindOfPrefix(std::string_view lower)
{
    static constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
        {"pod", "Pod"},
        {"node", "Node"},
        {"namespace", "Namespace"},
        {"deployment", "Deployment"},
        {"replicaset", "ReplicaSet"},
        {"statefulset", "StatefulSet"},
        {"daemonset", "DaemonSet"},
        {"job", "Job"},
        {"cronjob", "CronJob"},
        {"service", "Service"},
        {"endpoints", "Endpoints"},
        {"endpointslice", "EndpointSlice"},
        {"ingress", "Ingress"},
        {"configmap", "ConfigMap"},
        {"secret", "Secret"},
        {"serviceaccount", "ServiceAccount"},
        {"persistentvolume", "PersistentVolume"},
        {"persistentvolumeclaim", "PersistentVolumeClaim"},
        {"horizontalpodautoscaler", "HorizontalPodAutoscaler"},
        {"poddisruptionbudget", "PodDisruptionBudget"},
        {"lease", "Lease"},
        {"certificate", "Certificate"},
        {"certificaterequest", "CertificateRequest"},
    };
    for (const auto& [prefix, kind] : kKinds) {
        if (lower == prefix)
            return std::string(kind);
    }
    std::string kind(lower);
    if (!kind.empty() && kind[0] >= 'a' && kind[0] <= 'z')
        kind[0] = static_cast<char>(kind[0] - 32);
    return kind;
}

/// `kubectl get events` (-A, -o wide, and the older layout that starts with LAST
/// SEEN and FIRST SEEN): one Event a row, its time its LAST SEEN age counted back
/// from the file's time.
class TableReader
{
public:
    TableReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, std::vector<Column> columns)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_columns(std::move(columns))
    {
        for (const Column& c : m_columns)
            m_oldLayout = m_oldLayout || c.col == Col::Kind;
    }

    void row(const TextLine& l, std::string_view text)
    {
        if (trimmed(text).empty())
            return;
        ++m_stats.lines;
        cells(text);
        EventFacts f;
        std::string_view lastSeen, firstSeen, eventName;
        std::string kind;
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const std::string_view v = m_cells[i];
            switch (m_columns[i].col) {
            case Col::Namespace:
                f.ns = v;
                break;
            case Col::LastSeen:
                lastSeen = v;
                break;
            case Col::FirstSeen:
                firstSeen = v;
                break;
            case Col::Count:
                logtext::parseInt(v, &f.count);
                break;
            case Col::Name:
                if (m_oldLayout)
                    f.objName = v;
                else
                    eventName = v;
                break;
            case Col::Kind:
                kind.assign(v);
                break;
            case Col::Type:
                f.type = v;
                break;
            case Col::Reason:
                f.reason = v;
                break;
            case Col::Object:
                if (const size_t slash = v.find('/'); slash != std::string_view::npos) {
                    std::string lower(v.substr(0, slash));
                    if (const size_t dot = lower.find('.'); dot != std::string::npos)
                        lower.resize(dot); // "certificate.cert-manager.io"
                    kind = kindOfPrefix(lower);
                    f.objName = v.substr(slash + 1);
                } else {
                    f.objName = v;
                }
                break;
            case Col::Subobject:
                f.fieldPath = v;
                break;
            case Col::Source:
                // "kubelet, worker-1", or the component alone
                f.component = v.substr(0, v.find(','));
                if (const size_t comma = v.find(", "); comma != std::string_view::npos)
                    f.host = v.substr(comma + 2);
                break;
            case Col::Message:
                f.note = v;
                break;
            case Col::Other:
                break;
            }
        }
        if (f.reason.empty() && f.note.empty()) {
            ++m_stats.skipped;
            m_ctx.issues().warn(QStringLiteral("k8s-events.bad-row"),
                                QObject::tr("not a row of `kubectl get events` (no reason, no message); skipped"),
                                l.number);
            return;
        }
        f.objKind = kind;
        m_ev.clear();
        m_ev.line = l.number;
        m_ev.byteOffset = l.offset;
        m_ev.byteLength = l.length;
        setTime(lastSeen, firstSeen, l.number);
        fillEvent(m_ev, f, m_ctx.hints());
        m_ev.set(EventText::RecordId, eventName);
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

private:
    /// The row's cells, at its header's columns counted in characters.
    void cells(std::string_view text)
    {
        m_cells.assign(m_columns.size(), std::string_view());
        std::vector<size_t> starts(m_columns.size(), text.size());
        size_t chars = 0;
        size_t next = 0;
        for (size_t b = 0; b <= text.size() && next < m_columns.size(); ++b) {
            if (b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) {
                while (next < m_columns.size() && m_columns[next].start == chars)
                    starts[next++] = b;
                ++chars;
            }
        }
        for (size_t i = 0; i < m_columns.size(); ++i) {
            const size_t end = i + 1 < m_columns.size() ? starts[i + 1] : text.size();
            if (starts[i] < end)
                m_cells[i] = trimmed(text.substr(starts[i], end - starts[i]));
        }
    }

    /// The time LAST SEEN's age gives, else FIRST SEEN's ("<unknown>": an Event
    /// kubectl found no last time in).
    void setTime(std::string_view lastSeen, std::string_view firstSeen, qint64 line)
    {
        const qint64 reference = m_ctx.hints().modifiedNs;
        qint64 ns = 0, unit = 0;
        if (!parseAge(lastSeen, &ns, &unit) && !parseAge(firstSeen, &ns, &unit)) {
            m_ctx.issues().warn(
                QStringLiteral("k8s-events.no-time"),
                QObject::tr("LAST SEEN is '%1', no age; the file's time is used")
                    .arg(QString::fromUtf8(lastSeen.data(), qsizetype(std::min<size_t>(lastSeen.size(), 32)))),
                line);
            m_ev.tsNs = reference;
            m_ev.tsQuality = TsQuality::Missing;
            return;
        }
        m_ev.tsNs = reference - ns;
        m_ev.tsQuality = TsQuality::Age;
        if (!m_told) {
            m_told = true;
            m_ctx.issues().info(
                QStringLiteral("k8s-events.ages"),
                QObject::tr("`kubectl get events` prints how long ago each Event was last seen: its time is that "
                            "age counted back from the file's time (%1), as close as the age's smallest unit "
                            "(\"5m12s\" to the second, \"2d\" to the day)")
                    .arg(QDateTime::fromMSecsSinceEpoch(reference / 1000000, Qt::UTC).toString(Qt::ISODate)),
                line);
        }
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    std::vector<Column> m_columns;
    std::vector<std::string_view> m_cells;
    NormalizedEvent m_ev;
    bool m_oldLayout = false; // NAME and KIND are the object's
    bool m_told = false;
};

ImportResult readTable(ImportSource& src, CaseWriter& out, ImportContext& ctx, std::vector<Column> columns)
{
    ImportStats stats;
    if (ctx.hints().modifiedNs == 0)
        return makeError(ErrorCode::Parse,
                         QObject::tr("`kubectl get events` prints ages, counted from when it ran; this file's time, "
                                     "which stands for that, is not known"),
                         src.displayPath());
    logtext::LogLineReader lines(src, ctx, QStringLiteral("k8s-events"));
    TableReader reader(out, ctx, stats, std::move(columns));
    bool header = true;
    while (lines.next()) {
        if (header) {
            header = false;
            continue;
        }
        reader.row(lines.line(), lines.text());
    }
    if (lines.cancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    lines.reportReadError();
    return stats;
}
} // namespace

QString K8sEventsImporter::displayName() const
{
    return QObject::tr("Kubernetes events");
}

QStringList K8sEventsImporter::nameFilters() const
{
    return {QStringLiteral("events.json"), QStringLiteral("events.yaml"), QStringLiteral("*events*.json"),
            QStringLiteral("*events*.yaml")};
}

Confidence K8sEventsImporter::sniff(QByteArrayView head) const
{
    if (head.startsWith(kBom))
        head = head.sliced(3);
    qsizetype i = 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (i == head.size() || head.contains(QByteArrayView("audit.k8s.io")))
        return Confidence::No;
    if (!tableHeader(firstLine(head)).empty())
        return Confidence::Signature;
    const Shape shape = head[i] == '{' ? jsonShape(head.sliced(i)) : yamlShape(head.sliced(i));
    return isEventList(shape) ? Confidence::Signature : Confidence::No;
}

ImportResult K8sEventsImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    if (std::vector<Column> columns = tableHeader(firstLine(src.head())); !columns.empty())
        return readTable(src, out, ctx, std::move(columns));
    ImportStats stats;
    QByteArrayView head = src.head();
    if (head.startsWith(kBom))
        head = head.sliced(3);
    qsizetype lead = 0;
    while (lead < head.size() && isSpace(head[lead]))
        ++lead;
    if (lead == head.size()) {
        ctx.issues().info(QStringLiteral("k8s-events.empty"), QObject::tr("the file is empty"));
        return stats;
    }
    const bool yaml = head[lead] != '{';

    Text text;
    QString readError;
    switch (readAll(src, yaml ? kMaxYaml : kMaxJson, &text, &readError)) {
    case ReadOutcome::TooLarge:
        ctx.issues().error(QStringLiteral("k8s-events.too-large"), QObject::tr("the document is too large"));
        return makeError(
            ErrorCode::Parse,
            QObject::tr("the document is larger than %1 MiB; split it first (for example: jq -c '.items[]')")
                .arg((yaml ? kMaxYaml : kMaxJson) >> 20),
            src.displayPath());
    case ReadOutcome::NoMemory:
        return makeError(ErrorCode::Io, QObject::tr("out of memory"), src.displayPath());
    case ReadOutcome::Ok:
        break;
    }
    // The document as read is the stored copy: the credentials the messages'
    // fingerprints stand for are masked in it too.
    logtext::maskInlineSecrets(ctx, 0, std::string_view(text.data.get(), text.size));
    if (!readError.isEmpty())
        ctx.issues().warn(QStringLiteral("k8s-events.read-error"),
                          QObject::tr("the file could not be read to its end; the events before that were imported: %1")
                              .arg(readError));

    EventReader reader(out, ctx, stats);
    const char* data = text.data.get();
    size_t size = text.size;
    std::string json; // the YAML document as JSON
    std::vector<ItemSpan> spans;
    if (yaml) {
        spans = yamlItemSpans(data, size);
        QString error;
        int errorLine = 0;
        std::string_view doc(data, size);
        bool ok = k8saudit::yamlToJson(doc, &json, &error, &errorLine);
        if (!ok && spans.size() > 1) {
            // Cut short: drop the last, broken item and read the ones before it.
            doc = doc.substr(0, static_cast<size_t>(spans.back().offset));
            spans.pop_back();
            QString again;
            int againLine = 0;
            if (k8saudit::yamlToJson(doc, &json, &again, &againLine)) {
                ok = true;
                reader.skip(QStringLiteral("k8s-events.truncated"),
                            QObject::tr("the document ends inside an item; the items before it were imported"),
                            spans.empty() ? 1 : spans.back().line);
            }
        }
        if (!ok) {
            ctx.issues().error(QStringLiteral("k8s-events.bad-yaml"), QObject::tr("not valid YAML: %1").arg(error),
                               errorLine + 1);
            return makeError(ErrorCode::Parse, QObject::tr("not valid YAML: %1").arg(error), src.displayPath(),
                             errorLine + 1);
        }
        // Last: the whole document, for items the line scan did not find.
        spans.push_back({1, 0, static_cast<qint64>(size)});
        size = json.size();
        json.append(kPad, ' ');
        data = json.data();
    }
    const size_t allocated = yaml ? json.size() : text.capacity + kPad;
    simdjson::error_code err = walkItems(data, size, allocated, reader, ctx, yaml ? &spans : nullptr);
    if (ctx.isCancelled())
        return cancelled(src);
    if (err != simdjson::SUCCESS) {
        size_t cut = 0;
        std::string head;
        if (reader.items() == 0 && reportjson::closeTruncatedList(std::string_view(data, size), &head, &cut)) {
            // The document as far as its last whole item, closed again.
            const size_t len = head.size();
            head.append(kPad, ' ');
            walkItems(head.data(), len, head.size(), reader, ctx, nullptr);
        }
        if (reader.items() > 0) {
            LineCounter lines(data);
            reader.skip(QStringLiteral("k8s-events.truncated"),
                        QObject::tr("the document is cut short or damaged after %1 items; they were imported (%2)")
                            .arg(reader.items())
                            .arg(QString::fromUtf8(simdjson::error_message(err))),
                        lines.lineAt(cut > 0 ? cut : size));
        } else {
            ctx.issues().error(QStringLiteral("k8s-events.bad-json"),
                               QObject::tr("not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(err))));
            return makeError(ErrorCode::Parse,
                             QObject::tr("not a readable list of Kubernetes events: %1")
                                 .arg(QString::fromUtf8(simdjson::error_message(err))),
                             src.displayPath());
        }
    }
    if (ctx.isCancelled())
        return cancelled(src);
    if (reader.items() == 0)
        ctx.issues().info(QStringLiteral("k8s-events.empty"), QObject::tr("the list holds no events"));
    return stats;
}

} // namespace ab
