#include "import/importers/JournaldImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"

#include <simdjson.h>

#include <charconv>
#include <limits>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

constexpr size_t kMaxEntry = 16u << 20;

/// The fields of one entry the importer uses; views into the parser's buffers.
struct Entry
{
    sv realtime, sourceRealtime, hostname, identifier, comm, unit, pid, priority, cursor, container;
    bool hasMessage = false;
    std::string message; // raw bytes (a byte array need not be UTF-8)
};

/// A JSON value as text: strings as they are, arrays of byte values as bytes, the
/// first element of an array of strings (a field given several times).
bool valueText(simdjson::ondemand::value v, std::string* bytes, sv* text)
{
    simdjson::ondemand::json_type type;
    if (v.type().get(type))
        return false;
    switch (type) {
    case simdjson::ondemand::json_type::string:
        return !v.get_string().get(*text);
    case simdjson::ondemand::json_type::null:
        *text = {};
        return true;
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array arr;
        if (v.get_array().get(arr))
            return false;
        bool first = true;
        bool sawByte = false;
        for (auto el : arr) {
            simdjson::ondemand::value item;
            if (el.get(item))
                return false;
            simdjson::ondemand::json_type itemType;
            if (item.type().get(itemType))
                return false;
            if (itemType == simdjson::ondemand::json_type::number) {
                uint64_t byte = 0;
                if (item.get_uint64().get(byte) || byte > 255 || !first)
                    return false;
                sawByte = true;
                if (bytes)
                    bytes->push_back(static_cast<char>(byte));
            } else if (itemType == simdjson::ondemand::json_type::string && sawByte) {
                return false; // bytes and strings mixed: no journal writes that
            } else if (itemType == simdjson::ondemand::json_type::string && first) {
                if (item.get_string().get(*text))
                    return false;
                first = false;
                if (bytes)
                    bytes->append(text->data(), text->size());
            } else if (itemType == simdjson::ondemand::json_type::string) {
                sv ignored;
                if (item.get_string().get(ignored))
                    return false;
            } else {
                return false;
            }
        }
        if (bytes)
            *text = *bytes;
        return true;
    }
    default: {
        *text = trimmed(v.raw_json_token());
        return true;
    }
    }
}

enum class Parsed { Entry, BadJson, NotAnEntry };

Parsed parseEntry(simdjson::ondemand::parser& parser, std::string& json, size_t len, Entry* e)
{
    json.resize(len + simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::document doc;
    if (parser.iterate(simdjson::padded_string_view(json.data(), len, json.size())).get(doc))
        return Parsed::BadJson;
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj))
        return Parsed::BadJson;
    bool any = false;
    for (auto field : obj) {
        sv key;
        if (field.unescaped_key().get(key))
            return Parsed::BadJson;
        simdjson::ondemand::value v;
        if (field.value().get(v))
            return Parsed::BadJson;
        sv* slot = nullptr;
        if (key == "MESSAGE") {
            e->message.clear();
            sv text;
            if (!valueText(v, &e->message, &text))
                return Parsed::BadJson;
            if (text.data() != e->message.data())
                e->message.assign(text.data(), text.size());
            e->hasMessage = any = true;
            continue;
        }
        if (key == "__REALTIME_TIMESTAMP")
            slot = &e->realtime;
        else if (key == "_SOURCE_REALTIME_TIMESTAMP")
            slot = &e->sourceRealtime;
        else if (key == "_HOSTNAME")
            slot = &e->hostname;
        else if (key == "SYSLOG_IDENTIFIER")
            slot = &e->identifier;
        else if (key == "_COMM")
            slot = &e->comm;
        else if (key == "_SYSTEMD_UNIT")
            slot = &e->unit;
        else if (key == "_PID")
            slot = &e->pid;
        else if (key == "PRIORITY")
            slot = &e->priority;
        else if (key == "__CURSOR")
            slot = &e->cursor;
        else if (key == "CONTAINER_NAME")
            slot = &e->container;
        if (!slot)
            continue; // ondemand skips the value when the loop moves on
        if (!valueText(v, nullptr, slot))
            return Parsed::BadJson;
        any = true;
    }
    return any && (e->hasMessage || !e->realtime.empty()) ? Parsed::Entry : Parsed::NotAnEntry;
}

bool microsToNs(sv text, qint64* ns)
{
    qint64 us = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), us);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || us < 0 ||
        us > std::numeric_limits<qint64>::max() / 1000)
        return false;
    *ns = us * 1000;
    return true;
}

/// Message text on one line: newlines and carriage returns as spaces.
void appendOneLine(TextLogReader& reader, std::string& out, sv in)
{
    if (in.find_first_of("\r\n") == sv::npos) {
        reader.appendRepaired(out, in);
        return;
    }
    std::string flat(in);
    for (char& c : flat) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    reader.appendRepaired(out, flat);
}

class EntryImporter
{
public:
    EntryImporter(CaseWriter& out, ImportContext& ctx, TextLogReader& reader, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_reader(reader)
        , m_stats(stats)
    {}

    /// One entry from json[0, len); `offset`/`length`/`line` locate it in the input.
    void entry(std::string& json, size_t len, qint64 line, qint64 offset, qint64 length)
    {
        Entry e;
        switch (parseEntry(m_parser, json, len, &e)) {
        case Parsed::BadJson:
            reject("bad-json", line, QObject::tr("malformed JSON entry; skipped"));
            return;
        case Parsed::NotAnEntry:
            reject("not-an-entry", line, QObject::tr("JSON object without journal fields; skipped"));
            return;
        case Parsed::Entry:
            break;
        }
        m_ev.clear();
        if (microsToNs(e.realtime, &m_ev.tsNs) || microsToNs(e.sourceRealtime, &m_ev.tsNs)) {
            m_ev.tsQuality = TsQuality::Exact;
        } else {
            m_ctx.issues().warn(
                m_reader.code("no-time"),
                QObject::tr("entry without a usable __REALTIME_TIMESTAMP; it takes the time of the entry before"),
                line);
            m_ev.tsNs = m_lastTs;
            m_ev.tsQuality = TsQuality::Neighbours;
        }
        m_lastTs = m_ev.tsNs;
        m_ev.line = line;
        m_ev.byteOffset = offset;
        m_ev.byteLength = length;
        const sv program = e.identifier.empty() ? e.comm : e.identifier;
        m_ev.set(EventText::Source, "journald");
        m_ev.set(EventText::Node, e.hostname);
        m_ev.set(EventText::UserAgent, program);
        m_ev.set(EventText::Resource, e.unit);
        m_ev.set(EventText::Container, e.container);
        m_ev.set(EventText::RecordId, e.cursor);
        if (e.priority.size() == 1 && e.priority[0] >= '0' && e.priority[0] <= '7')
            m_ev.severity = nodelog::severityFromSyslog(e.priority[0] - '0');
        std::string& msg = m_ev[EventText::Message];
        if (!program.empty()) {
            msg.append(program);
            if (!e.pid.empty())
                msg.append("[").append(e.pid).append("]");
            msg.append(": ");
        }
        const size_t textStart = msg.size();
        appendOneLine(m_reader, msg, e.message);
        // The parser may set columns from views into `msg`: copy the text first.
        const std::string text = msg.substr(textStart);
        authlog::parse(program, text, m_ev);
        nodelog::fillFromHints(m_ev, m_ctx);
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

    void reject(const char* reason, qint64 line, const QString& text)
    {
        if (m_firstProblem.isEmpty())
            m_firstProblem = QObject::tr("line %1: %2").arg(line).arg(text);
        ++m_stats.skipped;
        m_ctx.issues().warn(m_reader.code(reason), text, line);
    }

    QString firstProblem() const { return m_firstProblem; }

private:
    CaseWriter& m_out;
    ImportContext& m_ctx;
    TextLogReader& m_reader;
    ImportStats& m_stats;
    simdjson::ondemand::parser m_parser;
    NormalizedEvent m_ev;
    qint64 m_lastTs = 0;
    QString m_firstProblem;
};

} // namespace

QString JournaldImporter::displayName() const
{
    return QObject::tr("systemd journal (journalctl -o json)");
}

QStringList JournaldImporter::nameFilters() const
{
    return {QStringLiteral("*journal*.json"), QStringLiteral("*journal*.jsonl"), QStringLiteral("journalctl*")};
}

Confidence JournaldImporter::sniff(QByteArrayView head) const
{
    qsizetype i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return Confidence::No;
    if (!head.contains(QByteArrayView("\"__REALTIME_TIMESTAMP\"")))
        return Confidence::No;
    for (const char* key : {"\"__CURSOR\"", "\"MESSAGE\"", "\"_HOSTNAME\"", "\"_BOOT_ID\""}) {
        if (head.contains(QByteArrayView(key)))
            return Confidence::Signature;
    }
    return Confidence::No;
}

ImportResult JournaldImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    TextLogReader reader(src, ctx, stats, kind());
    EntryImporter entries(out, ctx, reader, stats);
    std::string json;
    // A json-pretty entry being gathered: its first line and byte range.
    bool gathering = false;
    bool oversized = false;
    qint64 entryLine = 0, entryOffset = 0;
    qint64 content = 0;

    while (reader.next()) {
        const sv text = reader.text();
        const TextLine& raw = reader.raw();
        if (gathering) {
            if (!oversized && json.size() + text.size() + 1 <= kMaxEntry) {
                json.append(text).push_back('\n');
            } else if (!oversized) {
                oversized = true;
                entries.reject("too-large", entryLine, QObject::tr("entry larger than 16 MiB; skipped"));
            }
            if (!text.empty() && text.front() == '}' && trimmed(text) == "}") {
                gathering = false;
                if (!oversized)
                    entries.entry(json, json.size(), entryLine, entryOffset, raw.offset + raw.length - entryOffset);
            }
            continue;
        }
        const sv t = trimmed(text);
        if (t.empty())
            continue;
        ++content;
        if (t == "{") {
            gathering = true;
            oversized = false;
            entryLine = raw.number;
            entryOffset = raw.offset;
            json.assign("{\n");
            continue;
        }
        json.assign(t);
        entries.entry(json, t.size(), raw.number, raw.offset, raw.length);
    }
    if (reader.cancelled())
        return reader.cancelledError();
    if (gathering && !oversized)
        entries.reject("bad-json", entryLine, QObject::tr("the last entry is cut off (truncated input); skipped"));
    if (content == 0) {
        ctx.issues().warn(reader.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0)
        return makeError(ErrorCode::Parse, QObject::tr("not a journal export (%1)").arg(entries.firstProblem()),
                         src.displayPath());
    return stats;
}

} // namespace ab
